/**
 * A map of what the network learned: the activations of test images in the layer before the
 * output, projected to 2-D, by PCA (subspace iteration on the covariance, which is never formed:
 * the report CNN's layer is 23,328 wide) or, on request, by UMAP (umap-js).
 */
import * as tf from '@tensorflow/tfjs';
import { UMAP } from 'umap-js';
import { mulberry32 } from '../../data/split';
import type { ActivationMap, MapMethod } from '../../model/inside';
import { gatherTensors, type ImagePool } from '../batches';
import { columnMoments } from '../wasm/wasm-ops';
import { topEigenvectors } from './pca';
import { times, transposedTimes } from './products';

/** Test images on the map: the first 2,000, enough for every class to show its shape. */
export const MAP_IMAGES = 2000;
/** Images per forward pass: the report CNN's layer makes 93 KB of activations per image. */
const CHUNK = 500;
/** Directions the subspace iteration follows: the 2 shown and 8 more, which make the first two
 *  converge fast (their error shrinks by lambda_11 / lambda_2 per iteration). */
const SUBSPACE = 10;
/** Products with the covariance at most, and the settling of the two axes' variances that
 *  ends them sooner: for the report CNN's 2,000 x 23,328 activations each product is most of
 *  the map's time on wasm; a dense net's takes a millisecond. */
const ITERATION = { maxIterations: 8, tolerance: 1e-3, watch: 2 };
/** Layers wider than this go to UMAP as their first SUBSPACE principal components, which keeps
 *  its neighbour search fast (the usual practice before UMAP or t-SNE). */
const UMAP_MAX_DIMS = 128;
const UMAP_EPOCHS = 200;
const UMAP_NEIGHBOURS = 15;
const SEED = 7;
/** Significant digits kept of each coordinate: a map of 2,000 points is some 30 KB stored. */
const DIGITS = 4;
/** Layers that only reshape or, at inference, pass their input on: not named as "the layer". */
const PASS_THROUGH: ReadonlySet<string> = new Set(['Flatten', 'Dropout', 'Reshape']);

/** Activations [n, d] of the layer before the output, for images xs [n, 28, 28, 1]. */
export function hiddenActivations(model: tf.LayersModel, xs: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => {
    let x = xs;
    for (const layer of model.layers.slice(0, -1))
      x = layer.apply(x, { training: false }) as tf.Tensor;
    return x.reshape([x.shape[0], -1]) as tf.Tensor2D;
  });
}

/** The layer whose activations hiddenActivations returns, for the caption. */
export function hiddenLayerName(model: tf.LayersModel): string {
  const named = model.layers
    .slice(0, -1)
    .filter((layer) => !PASS_THROUGH.has(layer.getClassName()));
  return named.at(-1)?.name ?? 'input';
}

/**
 * The top `k` principal components of the rows of `x` [n, d]: each row's scores [n * k]
 * (row-major), the variance along each component, and the total variance.
 */
export async function principalComponents(
  x: tf.Tensor2D,
  k: number,
  iteration = ITERATION,
  random = mulberry32(SEED),
): Promise<{ scores: Float32Array; variances: Float64Array; total: number }> {
  const [n, d] = x.shape;
  // The column sums and squares in one pass (a mean over axis 0 would transpose X on wasm).
  const moments = columnMoments(x);
  const mean = tf.tidy(() => moments.slice([0, 0], [1, -1]).div(n));
  try {
    // (X - 1 mean)^T (X - 1 mean) Q / (n - 1), without forming X - 1 mean: its columns of Y sum
    // to 0, so X^T Y is already the centred product.
    const multiply = async (block: Float64Array, width: number) => {
      const product = tf.tidy(() => {
        const q = tf.tensor2d(Float32Array.from(block), [d, width]);
        const y = tf.sub(times(x, q), tf.matMul(mean, q)) as tf.Tensor2D;
        return tf.div(transposedTimes(x, y), n - 1);
      });
      const values = Float64Array.from(await product.data());
      product.dispose();
      return values;
    };
    const { values, vectors } = await topEigenvectors(multiply, d, k, random, iteration);
    const scoresTensor = tf.tidy(() => {
      const v = tf.tensor2d(Float32Array.from(vectors), [d, k]);
      return tf.sub(times(x, v), tf.matMul(mean, v));
    });
    // The sum of squares from the column moments: no squared copy of X.
    const totalTensor = tf.tidy(() => {
      const squares = tf.sum(moments.slice([1, 0], [1, -1]));
      return tf.div(tf.sub(squares, tf.mul(n, tf.sum(tf.square(mean)))), n - 1);
    });
    const scores = (await scoresTensor.data()) as Float32Array;
    const total = (await totalTensor.data())[0];
    tf.dispose([scoresTensor, totalTensor]);
    return { scores, variances: values, total };
  } finally {
    tf.dispose([moments, mean]);
  }
}

const round = (v: number) => Number(v.toPrecision(DIGITS));

/** Column `j` of an n x k row-major block. */
function column(block: ArrayLike<number>, n: number, k: number, j: number): number[] {
  return Array.from({ length: n }, (_, i) => round(block[i * k + j]));
}

/**
 * The map of the first MAP_IMAGES test images by `method`, with each image's true and
 * predicted class; `step` is the run's step it shows.
 */
export async function activationMapOf(
  model: tf.LayersModel,
  test: ImagePool & { count: number },
  method: MapMethod,
  step: number,
): Promise<ActivationMap> {
  const started = performance.now();
  const n = Math.min(MAP_IMAGES, test.count);
  const indices = Array.from({ length: n }, (_, i) => i);
  const parts: tf.Tensor2D[] = [];
  for (let start = 0; start < n; start += CHUNK) {
    const batch = gatherTensors(test, indices, start, Math.min(n, start + CHUNK));
    parts.push(hiddenActivations(model, batch.xs));
    tf.dispose([batch.xs, batch.ys]);
  }
  const x = tf.concat(parts);
  tf.dispose(parts);
  try {
    const output = model.layers.at(-1)!;
    const predictedTensor = tf.tidy(() => tf.argMax(output.apply(x) as tf.Tensor, 1));
    const predicted = Array.from(await predictedTensor.data());
    predictedTensor.dispose();
    const d = x.shape[1];
    const k = Math.min(SUBSPACE, d, n - 1);
    const common = {
      method,
      step,
      layer: hiddenLayerName(model),
      dims: d,
      indices,
      labels: Array.from(test.labels.subarray(0, n)),
      predicted,
    };
    if (method === 'pca' || d > UMAP_MAX_DIMS) {
      const pca = await principalComponents(x, k);
      if (method === 'pca')
        return {
          ...common,
          x: column(pca.scores, n, k, 0),
          y: column(pca.scores, n, k, 1),
          explained: [pca.variances[0] / pca.total, pca.variances[1] / pca.total],
          ms: performance.now() - started,
        };
      return { ...common, ...umapOf(pca.scores, n, k), ms: performance.now() - started };
    }
    return { ...common, ...umapOf(await x.data(), n, d), ms: performance.now() - started };
  } finally {
    x.dispose();
  }
}

/** UMAP of the n rows of width d in `rows`, seeded: the same run gives the same map. */
function umapOf(rows: ArrayLike<number>, n: number, d: number): { x: number[]; y: number[] } {
  const vectors = Array.from({ length: n }, (_, i) =>
    Array.from({ length: d }, (_, j) => rows[i * d + j]),
  );
  const umap = new UMAP({
    nComponents: 2,
    nEpochs: UMAP_EPOCHS,
    nNeighbors: UMAP_NEIGHBOURS,
    random: mulberry32(SEED),
  });
  const embedding = umap.fit(vectors);
  return { x: embedding.map((p) => round(p[0])), y: embedding.map((p) => round(p[1])) };
}
