/**
 * A look inside the network at each evaluation point: per layer with a kernel, histograms of its
 * weights and of the loss's gradients, and how far the weights moved since the last point; per
 * ReLU-family layer, the units that never fired. It runs the model's own layers (model.apply),
 * never the training step, so any engine's fast path stays as it is.
 *
 * Gradients come from a fixed batch of training images (GRADIENT_BATCH, or the training batch
 * if smaller, spread over the training set) at the point's weights, not from the last training
 * step: the step keeps none, and a fixed batch makes points comparable. Dead units and
 * saturation are measured on the first PROBE_IMAGES validation images (CONV_PROBE_IMAGES for a
 * model with a convolution).
 */
import * as tf from '@tensorflow/tfjs';
import {
  INSIDE_TIME_SHARE,
  SATURATED_PROBABILITY,
  type ActivationInside,
  type Histogram,
  type InsideSnapshot,
  type LayerInside,
} from '../../model/inside';
import { gatherTensors, type ImagePool } from '../batches';
import { NUM_CLASSES } from '../builders';
import { histogram, relativeChange } from './histogram';

/**
 * Validation images the dead units are counted on. A dense unit gives one value per image, so it
 * takes some hundreds of images to call it dead; a filter gives one per position (729 per image
 * for the report CNN), so 100 images test it at 72,900 places. Both keep the probe within a
 * tenth of a run on wasm: a dense-100 interval of 50 steps and its 5,000-image evaluation take
 * some 135 ms, and the layers' forward pass of the report CNN costs 0.2 ms an image.
 */
export const PROBE_IMAGES = 500;
export const CONV_PROBE_IMAGES = 100;
/** Training images the gradients are computed on, at most: the report CNN's backward pass
 *  through its layers takes 25 ms for 16 images, 47 ms for 32. */
export const GRADIENT_BATCH = 16;
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

/** `count` indices spread evenly over `indices`. */
function spread(indices: Int32Array, count: number): Int32Array {
  const n = Math.min(count, indices.length);
  return Int32Array.from({ length: n }, (_, i) => indices[Math.floor((i * indices.length) / n)]);
}

function kernelOf(layer: tf.layers.Layer): tf.LayerVariable {
  const kernel = layer.trainableWeights.find((w) => /kernel$/.test(w.originalName));
  if (!kernel) throw new Error(`Layer ${layer.name} has no kernel to look at.`);
  return kernel;
}

/** The images a probe draws on: TrainingData's pool and split. */
export interface ProbeData {
  pool: ImagePool;
  trainIndices: Int32Array;
  validationIndices: Int32Array;
}

export class InsideProbe {
  private readonly gradientBatch: { xs: tf.Tensor4D; ys: tf.Tensor1D };
  private readonly probe: { xs: tf.Tensor4D; ys: tf.Tensor1D };
  private readonly layers: tf.layers.Layer[];
  /** Each kernel's values at the previous point, by layer name. */
  private readonly previous = new Map<string, Float32Array>();
  /** Measured before the first step; sent with the first point. */
  private atStart: InsideSnapshot['atStart'];
  /** Time spent measuring points, and since when: the budget of INSIDE_TIME_SHARE. */
  private spentMs = 0;
  private measured = 0;
  private readonly since = performance.now();

  /** A probe that has measured the model as initialised, before any step. */
  static async start(
    model: tf.LayersModel,
    data: ProbeData,
    batchSize: number,
    timeShare = INSIDE_TIME_SHARE,
  ): Promise<InsideProbe> {
    const probe = new InsideProbe(model, data, batchSize, timeShare);
    try {
      const { activations, saturated } = await probe.measureUnits();
      probe.atStart = { activations, saturated };
    } catch (error) {
      probe.dispose();
      throw error;
    }
    return probe;
  }

  constructor(
    private readonly model: tf.LayersModel,
    { pool, trainIndices, validationIndices }: ProbeData,
    batchSize: number,
    /** The share of INSIDE_TIME_SHARE; tests that measure back to back pass Infinity. */
    private readonly timeShare = INSIDE_TIME_SHARE,
  ) {
    this.layers = model.layers.filter((layer) => KERNEL_LAYERS.has(layer.getClassName()));
    this.gradientBatch = gatherTensors(
      pool,
      spread(trainIndices, Math.min(batchSize, GRADIENT_BATCH)),
    );
    const hasConv = model.layers.some((layer) => layer.getClassName() === 'Conv2D');
    const probeImages = hasConv ? CONV_PROBE_IMAGES : PROBE_IMAGES;
    this.probe = gatherTensors(pool, validationIndices.subarray(0, probeImages));
  }

  /**
   * Measures the model as it is now, or null when that would pass the probe's share of the
   * run's time; the first point, and a `last` one, are always measured. Tensors it makes are
   * gone when it resolves.
   */
  async measure(last = false): Promise<InsideSnapshot | null> {
    const started = performance.now();
    const over = this.spentMs > this.timeShare * (started - this.since);
    if (!last && this.measured > 0 && over) return null;
    try {
      return await this.measureNow(started);
    } finally {
      this.measured++;
      this.spentMs += performance.now() - started;
    }
  }

  private async measureNow(started: number): Promise<InsideSnapshot> {
    const kernels = this.layers.map((layer) => kernelOf(layer).read() as tf.Variable);
    const { xs, ys } = this.gradientBatch;
    const { value, grads } = tf.variableGrads(
      () =>
        tf.losses.softmaxCrossEntropy(
          tf.oneHot(ys, NUM_CLASSES),
          this.model.apply(xs, { training: true }) as tf.Tensor,
        ) as tf.Scalar,
      kernels,
    );
    value.dispose();
    try {
      const layers: LayerInside[] = [];
      for (const [i, layer] of this.layers.entries()) {
        // data() may hand back the backend's own store: copy what is kept for the next point.
        const weights = ((await kernels[i].data()) as Float32Array).slice();
        const gradients = (await grads[kernels[i].name].data()) as Float32Array;
        const before = this.previous.get(layer.name);
        const ratio = before ? relativeChange(weights, before) : null;
        layers.push({
          name: layer.name,
          kind: layer.getClassName(),
          weights: compact(histogram(weights)),
          gradients: compact(histogram(gradients)),
          updateRatio: ratio === null ? null : round(ratio),
        });
        this.previous.set(layer.name, weights);
      }
      const { activations, saturated } = await this.measureUnits();
      const atStart = this.atStart;
      this.atStart = undefined;
      return {
        layers,
        activations,
        saturated,
        probeImages: this.probe.ys.shape[0],
        gradientBatch: ys.shape[0],
        ms: round(performance.now() - started),
        ...(atStart ? { atStart } : {}),
      };
    } finally {
      tf.dispose(Object.values(grads));
    }
  }

  /** Dead units per rectifier layer and the saturated share, on the probe images. */
  private async measureUnits(): Promise<{ activations: ActivationInside[]; saturated: number }> {
    const { firing, saturated } = this.firingSums();
    try {
      const activations: ActivationInside[] = [];
      for (const { name, sums, filters } of firing) {
        const values = Array.from(await sums.data());
        activations.push({
          name,
          units: values.length,
          filters,
          dead: values.filter((sum) => sum <= 0).length,
        });
      }
      return { activations, saturated: round((await saturated.data())[0]) };
    } finally {
      tf.dispose([...firing.map((m) => m.sums), saturated]);
    }
  }

  /**
   * Per rectifier layer, each unit's summed positive output over the probe images [units] (0
   * exactly when the unit never fired), and the share of those images whose softmax is
   * saturated. The sum is a product with a row of ones: wasm reduces over leading axes by
   * transposing first, which took 350 ms for the report CNN's 1,000 maps.
   */
  private firingSums(): {
    firing: { name: string; sums: tf.Tensor; filters: boolean }[];
    saturated: tf.Scalar;
  } {
    return tf.tidy(() => {
      const firing: { name: string; sums: tf.Tensor; filters: boolean }[] = [];
      let x: tf.Tensor = this.probe.xs;
      for (const layer of this.model.layers) {
        x = layer.apply(x, { training: false }) as tf.Tensor;
        if (RECTIFIER_LAYERS.has(layer.getClassName())) {
          const units = x.shape[x.rank - 1];
          // A ReLU's output is already >= 0; a leaky one's is summed over its positive part.
          const positive = (layer.getClassName() === 'ReLU' ? x : tf.relu(x)).reshape([-1, units]);
          const ones = tf.ones([1, positive.shape[0]]);
          const filters = x.rank === 4;
          firing.push({ name: layer.name, sums: tf.matMul(ones, positive), filters });
        }
      }
      const top = tf.max(tf.softmax(x), 1);
      const saturated = tf.mean(tf.cast(tf.greater(top, SATURATED_PROBABILITY), 'float32'));
      return { firing, saturated: saturated as tf.Scalar };
    });
  }

  dispose(): void {
    tf.dispose([this.gradientBatch.xs, this.gradientBatch.ys, this.probe.xs, this.probe.ys]);
    this.previous.clear();
  }
}
