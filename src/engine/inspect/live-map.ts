/**
 * The hidden activations map, live: at every evaluation point, the first MAP_FRAME_IMAGES
 * validation images placed on the two leading principal axes of their activations in the layer
 * before the output.
 *
 * Computed inside the evaluation pass, which makes those activations anyway (evaluate.ts's
 * tap): no forward pass of its own. A full PCA at every point would cost several seconds for
 * the report CNN, whose layer is 23,328 wide (activation-map.ts), so the axes are found by
 * subspace iteration spread over the run: each point makes one product of the covariance with
 * the last point's FRAME_SUBSPACE axes, in the same pass as the activations, and places the
 * images on the best axes within that span (Rayleigh-Ritz). The network changes little between
 * points, so the axes follow it; the run's first point starts from START_PASSES products on the
 * initial network. The covariance is never formed: every image's Y = X Q places it, made in the
 * output layer's own product (Q as more columns beside its kernel: no pass of its own), and on
 * the first chunk (the covariance's images) Z = X^T Y and X's column sums and squares, which
 * centre it afterwards. For the report CNN each of those two is a pass over 500 x 23,328
 * floats, about 10 ms on wasm, and the two more columns add a sixth to the output layer's
 * product: the map's cost.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../../data/split';
import { FRAME_LEVELS, encodeBytes, type MapFrame, type MapImages } from '../../model/inside';
import { columnMoments } from '../wasm/wasm-ops';
import { times, transposedTimes } from './products';
import { orthonormalizeColumns, symmetricEigen } from './pca';

/** Axes followed: the two shown. A third would make the second converge faster (by lambda_4 /
 *  lambda_2 per point, not lambda_3 / lambda_2), but X^T Y takes a pass over X per two
 *  columns of Y: for the report CNN, 10 ms more a point. */
export const FRAME_SUBSPACE = 2;
/** Products with the initial network's covariance before the first step: the first point's
 *  axes start from these, not from random directions. */
export const START_PASSES = 2;
const SEED = 11;
/** Significant digits kept of the variance shares and ranges. */
const DIGITS = 4;
const round = (v: number) => Number(v.toPrecision(DIGITS));

/** Adds `next` to the kept total `total` (or starts it), keeping the result past the tidy. */
function accumulate(total: tf.Tensor | null, next: tf.Tensor): tf.Tensor {
  const kept = tf.keep(total ? total.add(next) : next);
  total?.dispose();
  return kept;
}

/** Bytes 0..FRAME_LEVELS of `values` over their range, and the range. */
function quantise(values: Float64Array): { bytes: Uint8Array; min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = max > min ? FRAME_LEVELS / (max - min) : 0;
  const bytes = Uint8Array.from(values, (v) => Math.round((v - min) * scale));
  return { bytes, min: round(min), max: round(max) };
}

/** What one pass gathered, on the device until `frame` reads it. */
interface Gathered {
  /** Z = X^T Y [d, k] on the covariance's images, and X's column sums and squares [2, d]. */
  z: tf.Tensor | null;
  moments: tf.Tensor | null;
  /** Images the covariance is made of. */
  covarianceRows: number;
  scores: tf.Tensor[];
  predicted: tf.Tensor[];
  rows: number;
}

/** A frame, and the column sums of the layer on the covariance's images, which say which of
 *  its units never fired (inspect/probe.ts counts them). */
export interface FrameAndSums {
  frame: MapFrame;
  columnSums: Float32Array;
  images: number;
}

export class LiveMap {
  /** The axes the next pass multiplies by: d x k, orthonormal columns, row-major. */
  private q: Float64Array;
  /** The axes of the last frame, to keep each axis's sign from point to point. */
  private shown: Float64Array | null = null;
  private axes: tf.Tensor2D | null = null;
  private gathered: Gathered | null = null;
  readonly k: number;

  constructor(
    readonly dims: number,
    readonly images: MapImages,
  ) {
    this.k = Math.min(FRAME_SUBSPACE, dims, Math.max(1, images.indices.length - 1));
    const random = mulberry32(SEED);
    this.q = Float64Array.from({ length: dims * this.k }, () => random() - 0.5);
    orthonormalizeColumns(this.q, dims, this.k);
  }

  /** Readies a pass: the axes go to the device once, and the sums start at nothing. */
  begin(): void {
    this.disposePass();
    this.axes = tf.tensor2d(Float32Array.from(this.q), [this.dims, this.k]);
    this.gathered = {
      z: null,
      moments: null,
      covarianceRows: 0,
      scores: [],
      predicted: [],
      rows: 0,
    };
  }

  /** The axes on the device, for the output layer's product to multiply by (EvalTap.columns). */
  columns(): tf.Tensor2D {
    if (!this.axes) throw new Error('LiveMap.columns before begin.');
    return this.axes;
  }

  /**
   * One chunk's activations [n, dims] in the layer before the output, its logits, and their
   * product with the axes if made already; called inside the evaluation pass's tidy, the
   * covariance's chunk first. Only the first images.indices.length rows count.
   */
  observe(hidden: tf.Tensor, logits: tf.Tensor, covariance: boolean, made: tf.Tensor | null): void {
    const g = this.gathered;
    if (!g || !this.axes) throw new Error('LiveMap.observe before begin.');
    const room = this.images.indices.length - g.rows;
    if (room <= 0) return;
    let x = hidden.reshape([hidden.shape[0], -1]) as tf.Tensor2D;
    let out = logits;
    let y = (made as tf.Tensor2D | null) ?? null;
    if (x.shape[1] !== this.dims)
      throw new Error(`The map's layer has ${x.shape[1]} units, not ${this.dims}.`);
    if (x.shape[0] > room) {
      x = x.slice([0, 0], [room, -1]);
      out = out.slice([0, 0], [room, -1]);
      y = y && y.slice([0, 0], [room, -1]);
    }
    y ??= times(x, this.axes);
    if (covariance) {
      g.z = accumulate(g.z, transposedTimes(x, y));
      g.moments = accumulate(g.moments, columnMoments(x));
      g.covarianceRows += x.shape[0];
    }
    g.scores.push(tf.keep(y));
    g.predicted.push(tf.keep(tf.argMax(out, 1)));
    g.rows += x.shape[0];
  }

  /**
   * Reads the pass, places its images on the best two axes within the span of the pass's axes,
   * and takes one step of the iteration: the next pass multiplies by the covariance's product
   * with these axes, made orthonormal.
   */
  async frame(): Promise<FrameAndSums> {
    const g = this.gathered;
    if (!g || !g.z || !g.moments || g.covarianceRows < 2)
      throw new Error('LiveMap.frame before a pass saw its images.');
    const { dims: d, k } = this;
    const n = g.rows;
    const c = g.covarianceRows;
    const [z, moments, ...rest] = await Promise.all(
      [g.z, g.moments, ...g.scores, ...g.predicted].map((t) => t.data()),
    );
    const scores = concat(rest.slice(0, g.scores.length) as Float32Array[], n * k);
    const predicted = Uint8Array.from(concat(rest.slice(g.scores.length) as Int32Array[], n));
    this.disposePass();
    const columnSums = (moments as Float32Array).slice(0, d);
    let squares = 0;
    for (let r = d; r < 2 * d; r++) squares += moments[r];

    // The mean, and its projection on each axis: m = mean^T Q.
    const mean = Float64Array.from(columnSums, (v) => v / c);
    const m = new Float64Array(k);
    for (let r = 0; r < d; r++) for (let j = 0; j < k; j++) m[j] += mean[r] * this.q[r * k + j];
    // The centred covariance times Q: (Z - c mean m^T) / (c - 1).
    const cq = new Float64Array(d * k);
    for (let r = 0; r < d; r++)
      for (let j = 0; j < k; j++) cq[r * k + j] = (z[r * k + j] - c * mean[r] * m[j]) / (c - 1);
    // Rayleigh-Ritz within span(Q): T = Q^T C Q, symmetric up to rounding.
    const t = new Float64Array(k * k);
    for (let r = 0; r < d; r++)
      for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) t[i * k + j] += this.q[r * k + i] * cq[r * k + j];
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++)
        t[i * k + j] = t[j * k + i] = (t[i * k + j] + t[j * k + i]) / 2;
    const { values, vectors: w } = symmetricEigen(t, k);
    // The Ritz axes Q W, each signed to agree with the last frame's, so that the map does not
    // flip from point to point.
    const axes = new Float64Array(d * k);
    for (let r = 0; r < d; r++)
      for (let j = 0; j < k; j++) {
        let sum = 0;
        for (let i = 0; i < k; i++) sum += this.q[r * k + i] * w[i * k + j];
        axes[r * k + j] = sum;
      }
    const sign = new Float64Array(k).fill(1);
    if (this.shown)
      for (let j = 0; j < k; j++) {
        let dot = 0;
        for (let r = 0; r < d; r++) dot += axes[r * k + j] * this.shown[r * k + j];
        if (dot < 0) sign[j] = -1;
      }
    this.shown = axes;
    // Each image's position on the first two, centred on the covariance's mean: (Y - 1 m^T) W.
    const position = (j: number) =>
      Float64Array.from({ length: n }, (_, row) => {
        let sum = 0;
        for (let i = 0; i < k; i++) sum += (scores[row * k + i] - m[i]) * w[i * k + j];
        return sign[j] * sum;
      });
    let meanSquare = 0;
    for (const v of mean) meanSquare += v * v;
    const total = (squares - c * meanSquare) / (c - 1);
    const share = (j: number) =>
      j < k && total > 0 ? round(Math.min(1, Math.max(0, values[j] / total))) : 0;
    // The next pass's axes: C Q, orthonormal.
    orthonormalizeColumns(cq, d, k);
    this.q = cq;

    const x = quantise(position(0));
    const y = k > 1 ? quantise(position(1)) : quantise(new Float64Array(n));
    const frame: MapFrame = {
      x: encodeBytes(x.bytes),
      y: encodeBytes(y.bytes),
      range: [x.min, x.max, y.min, y.max],
      predicted: encodeBytes(predicted),
      explained: [share(0), share(1)],
    };
    return { frame, columnSums, images: c };
  }

  /** Ends a pass without a frame (the probe failed on the way). */
  private disposePass(): void {
    this.axes?.dispose();
    this.axes = null;
    const g = this.gathered;
    if (g) tf.dispose([g.z, g.moments, ...g.scores, ...g.predicted].filter(isTensor));
    this.gathered = null;
  }

  dispose(): void {
    this.disposePass();
  }
}

const isTensor = (t: tf.Tensor | null): t is tf.Tensor => t !== null;

/** The first `length` values of the arrays one after another. */
function concat(parts: ArrayLike<number>[], length: number): Float64Array {
  const out = new Float64Array(length);
  let at = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length && at < length; i++) out[at++] = part[i];
  }
  return out;
}
