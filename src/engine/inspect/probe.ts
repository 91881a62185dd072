/**
 * A look inside the network at each evaluation point: per layer with a kernel, histograms of its
 * weights and of the loss's gradients, and how far the weights moved since the last point; per
 * ReLU-family layer, the units that never fired; the saturated share; and a frame of the live
 * hidden activations map (live-map.ts).
 *
 * Dead units, saturation and the map come out of the evaluation pass itself (evaluate.ts's tap)
 * on its first TAPPED_CHUNKS chunks of validation images: the pass makes those activations
 * anyway. Gradients are the last training step's before the point, which trainModel keeps for
 * it: no pass of their own. Nothing here changes the training step.
 */
import * as tf from '@tensorflow/tfjs';
import {
  MAP_FRAME_IMAGES,
  SATURATED_PROBABILITY,
  type ActivationInside,
  type Histogram,
  type InsideSnapshot,
  type LayerInside,
} from '../../model/inside';
import type { ImagePool } from '../batches';
import { observeChunks, type EvalSet, type EvalTap, type StageOutput } from '../evaluate';
import { COLUMN_SUM, columnSums } from '../wasm/wasm-ops';
import { hiddenLayerName } from './activation-map';
import { histogram, relativeChange } from './histogram';
import { LiveMap, START_PASSES } from './live-map';

/**
 * The evaluation set's first chunks, which the probe looks at (evaluate.ts's makeEvalSet makes
 * them): together the MAP_FRAME_IMAGES validation images the map places. The first is the
 * covariance's images, and those that dead units and saturation are counted on: 500 tests a
 * dense unit on 500 images and a filter of the report CNN at 364,500 places. Each pass over the
 * report CNN's activations costs about 10 ms per 500 images on wasm, so the covariance (two
 * passes) is made of the first chunk alone; the others only get placed. Measured in Chromium
 * (npm run bench), chunks of 250 and 750 instead made the report CNN's training steps after
 * each point slower, 4.8-5.4 s of training against 6.3-6.4 s in all, and 500 and 500 did not.
 */
export const TAP_CHUNKS: readonly number[] = [500, 500, MAP_FRAME_IMAGES - 1000];
/** Layers whose kernel is recorded. */
const KERNEL_LAYERS: ReadonlySet<string> = new Set(['Dense', 'Conv2D']);
/** Layers whose units can die: their output is 0 (or, leaky, negative) for every input. */
const RECTIFIER_LAYERS: ReadonlySet<string> = new Set(['ReLU', 'LeakyReLU', 'PReLU']);

/** Significant digits kept of each measured number: every run keeps every point's snapshot,
 *  and a float's full 17 digits would double its size in storage. */
const DIGITS = 4;
const round = (v: number) => Number(v.toPrecision(DIGITS));
const compact = ({ min, max, counts }: Histogram): Histogram => ({
  min: round(min),
  max: round(max),
  counts,
});

/** Most bytes one kernel layer's share of a snapshot takes as JSON (probe.test.ts holds it). */
export const LAYER_BYTES_BUDGET = 500;

function kernelOf(layer: tf.layers.Layer): tf.LayerVariable {
  const kernel = layer.trainableWeights.find((w) => /kernel$/.test(w.originalName));
  if (!kernel) throw new Error(`Layer ${layer.name} has no kernel to look at.`);
  return kernel;
}

/** The images a probe draws on: TrainingData's pool and validation split. */
export interface ProbeData {
  pool: ImagePool;
  validationIndices: Int32Array;
}

/** A rectifier layer's units, and where their summed outputs are. */
interface Firing {
  name: string;
  filters: boolean;
  units: number;
  /** Each column's summed positive output on the device, or null when it is the map's layer,
   *  whose column sums the map reads anyway. */
  sums: tf.Tensor | null;
}

/** What one pass of the tap gathered of the units, on the device. */
interface UnitSums {
  /** Per rectifier layer, each unit's (or, at the map's layer, each column's) summed output. */
  firing: Firing[];
  /** Images whose softmax is saturated, and images seen. */
  saturated: tf.Tensor | null;
  images: number;
}

export class InsideProbe {
  private readonly layers: tf.layers.Layer[];
  /** Each kernel's values at the previous point, by layer name. */
  private readonly previous = new Map<string, Float32Array>();
  /** Measured before the first step; sent with the first point. */
  private atStart: InsideSnapshot['atStart'];
  private readonly map: LiveMap | null;
  private units: UnitSums | null = null;

  /**
   * A probe that has measured the model as initialised, before any step, on the validation
   * set's first chunks (and started the map's axes there).
   */
  static async start(
    model: tf.LayersModel,
    data: ProbeData,
    validation: EvalSet,
  ): Promise<InsideProbe> {
    const probe = new InsideProbe(model, data, validation);
    try {
      // The covariance's chunk alone: what the units and the map's axes are measured on.
      for (let pass = 1; pass <= (probe.map ? START_PASSES : 1); pass++) {
        observeChunks(model, validation, probe.tap(1));
        const map = probe.map && (await probe.map.frame());
        probe.atStart = await probe.readUnits(map?.columnSums ?? null);
      }
    } catch (error) {
      probe.dispose();
      throw error;
    }
    return probe;
  }

  constructor(model: tf.LayersModel, { pool, validationIndices }: ProbeData, validation: EvalSet) {
    this.layers = model.layers.filter((layer) => KERNEL_LAYERS.has(layer.getClassName()));
    const mapped = Math.min(
      MAP_FRAME_IMAGES,
      validation.chunks.slice(0, TAP_CHUNKS.length).reduce((n, c) => n + c.ys.shape[0], 0),
    );
    const hidden = model.layers.at(-2)?.outputShape as number[] | undefined;
    const dims = hidden ? hidden.slice(1).reduce((a, b) => a * b, 1) : 0;
    const indices = Array.from(validationIndices.subarray(0, mapped));
    this.map =
      mapped >= 3 && dims > 0
        ? new LiveMap(dims, {
            layer: hiddenLayerName(model),
            dims,
            indices,
            labels: indices.map((i) => pool.labels[i]),
          })
        : null;
  }

  /**
   * What the coming evaluation pass shows the probe: the rectifiers' outputs, the logits, and
   * the layer before the output for the map. `measure` reads it.
   */
  tap(chunks = TAP_CHUNKS.length): EvalTap {
    this.disposeUnits();
    const units: UnitSums = { firing: [], saturated: null, images: 0 };
    this.units = units;
    this.map?.begin();
    const map = this.map;
    return {
      chunks,
      ...(map ? { columns: () => map.columns() } : {}),
      observe: (chunk, outputs, ys, extra) => {
        const logits = outputs.at(-1)!.output;
        const hidden = map && outputs.length >= 2 ? outputs.at(-2)!.output : null;
        if (hidden) map!.observe(hidden, logits, chunk === 0, extra);
        if (chunk === 0) this.observeUnits(units, outputs, logits, ys.shape[0], hidden);
      },
    };
  }

  /**
   * Per rectifier layer, each unit's summed positive output on the chunk (0 exactly when the
   * unit never fired), but at the map's layer (`hidden`), whose column sums the map reads; and
   * the saturated images.
   */
  private observeUnits(
    units: UnitSums,
    outputs: readonly StageOutput[],
    logits: tf.Tensor,
    images: number,
    hidden: tf.Tensor | null,
  ): void {
    for (const { covers, output } of outputs) {
      const last = covers.at(-1)!;
      const kind = last.getClassName();
      if (!RECTIFIER_LAYERS.has(kind)) continue;
      const count = output.shape[output.rank - 1];
      const entry = { name: last.name, filters: output.rank === 4, units: count };
      // A plain ReLU's output at the map's layer: the map's column sums say which fired.
      if (kind === 'ReLU' && hidden && hidden.dataId === output.dataId) {
        units.firing.push({ ...entry, sums: null });
        continue;
      }
      // A ReLU's output is already >= 0; a leaky one's is summed over its positive part.
      const positive = (kind === 'ReLU' ? output : tf.relu(output)).reshape([-1, count]);
      units.firing.push({ ...entry, sums: tf.keep(columnTotals(positive)) });
    }
    const top = tf.max(tf.softmax(logits), 1);
    units.saturated = tf.keep(tf.sum(tf.cast(tf.greater(top, SATURATED_PROBABILITY), 'float32')));
    units.images = images;
  }

  /**
   * Dead units per rectifier layer and the saturated share, from the last tapped pass; the map's
   * layer's from `mapSums`, the map's column sums of it (units last).
   */
  private async readUnits(
    mapSums: Float32Array | null,
  ): Promise<{ activations: ActivationInside[]; saturated: number }> {
    const units = this.units;
    if (!units || !units.saturated) throw new Error('The probe saw no evaluation pass.');
    try {
      const activations: ActivationInside[] = [];
      for (const { name, sums, filters, units: count } of units.firing) {
        const columns = sums ? await sums.data() : mapSums;
        if (!columns) throw new Error(`No sums of ${name}'s outputs.`);
        // Each unit's total over its columns (a filter's over its positions).
        const totals = new Float64Array(count);
        for (let i = 0; i < columns.length; i++) totals[i % count] += columns[i];
        let dead = 0;
        for (const total of totals) if (total <= 0) dead++;
        activations.push({ name, units: count, filters, dead });
      }
      const saturated = (await units.saturated.data())[0] / Math.max(1, units.images);
      return { activations, saturated: round(saturated) };
    } finally {
      this.disposeUnits();
    }
  }

  /** The kernels' variable names: the gradients `measure` takes. */
  get gradientNames(): ReadonlySet<string> {
    return new Set(this.layers.map((layer) => (kernelOf(layer).read() as tf.Variable).name));
  }

  /**
   * Measures the model as it is now, with the last training step's `gradients` of its kernels
   * (by variable name) on its batch of `batch` images; the evaluation pass just made must have
   * had tap().
   */
  async measure(
    gradients: ReadonlyMap<string, tf.Tensor | Float32Array>,
    batch: number,
  ): Promise<InsideSnapshot> {
    const started = performance.now();
    const images = this.units?.images ?? 0;
    const layers: LayerInside[] = [];
    for (const layer of this.layers) {
      const kernel = kernelOf(layer).read() as tf.Variable;
      const gradient = gradients.get(kernel.name);
      if (!gradient) throw new Error(`No gradient of ${layer.name}'s kernel to look at.`);
      // data() may hand back the backend's own store: copy what is kept for the next point.
      const weights = ((await kernel.data()) as Float32Array).slice();
      const values = gradient instanceof Float32Array ? gradient : await gradient.data();
      const before = this.previous.get(layer.name);
      const ratio = before ? relativeChange(weights, before) : null;
      layers.push({
        name: layer.name,
        kind: layer.getClassName(),
        weights: compact(histogram(weights)),
        gradients: compact(histogram(values)),
        updateRatio: ratio === null ? null : round(ratio),
      });
      this.previous.set(layer.name, weights);
    }
    const map = this.map && (await this.map.frame());
    const { activations, saturated } = await this.readUnits(map?.columnSums ?? null);
    const atStart = this.atStart;
    this.atStart = undefined;
    // The first point's frame says which images every frame shows.
    const frame = map && (atStart ? { ...map.frame, images: this.map!.images } : map.frame);
    return {
      layers,
      activations,
      saturated,
      probeImages: images,
      gradientBatch: batch,
      ms: round(performance.now() - started),
      ...(atStart ? { atStart } : {}),
      ...(frame ? { map: frame } : {}),
    };
  }

  private disposeUnits(): void {
    const units = this.units;
    if (units)
      tf.dispose(
        [...units.firing.map((f) => f.sums), units.saturated].filter((t): t is tf.Tensor => !!t),
      );
    this.units = null;
  }

  dispose(): void {
    this.disposeUnits();
    this.map?.dispose();
    this.previous.clear();
  }
}

/** Each column's sum of x [n, units]: the column-sum op where the backend has it (wasm reduces
 *  over leading axes by transposing first, 350 ms for the report CNN's 1,000 maps), else a
 *  product with a row of ones. */
function columnTotals(x: tf.Tensor): tf.Tensor {
  if (tf.getKernel(COLUMN_SUM, tf.getBackend())) return columnSums(x);
  return tf.matMul(tf.ones([1, x.shape[0]]), x as tf.Tensor2D).reshape([-1]);
}
