import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { DEFAULT_CONFIG } from '../../model/config';
import { buildModel } from '../builders';
import {
  activationMapOf,
  hiddenActivations,
  hiddenLayerName,
  principalComponents,
} from './activation-map';
import { symmetricEigen } from './pca';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** n rows of d values: a random mixture of `directions` with the given sds, plus a little noise. */
function sampleRows(n: number, directions: number[][], sds: number[], seed: number) {
  const random = mulberry32(seed);
  const d = directions[0].length;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    directions.forEach((direction, e) => {
      const a = sds[e] * normal();
      for (let j = 0; j < d; j++) rows[i * d + j] += a * direction[j];
    });
  for (let i = 0; i < rows.length; i++) rows[i] += 0.01 * normal() + 3;
  return rows;
}

function sampleCovariance(rows: Float64Array, n: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += rows[i * d + j] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++)
      for (let b = 0; b < d; b++)
        cov[a * d + b] += ((rows[i * d + a] - mean[a]) * (rows[i * d + b] - mean[b])) / (n - 1);
  return cov;
}

describe('principalComponents', () => {
  it('agrees with the exact eigendecomposition of the 3x3 sample covariance', async () => {
    const c = Math.SQRT1_2;
    const rows = sampleRows(
      2000,
      [
        [c, c, 0],
        [0, 0, 1],
        [c, -c, 0],
      ],
      [3, 2, 0.5],
      1,
    );
    const exact = symmetricEigen(sampleCovariance(rows, 2000, 3), 3);
    const x = tf.tensor2d(Float32Array.from(rows), [2000, 3]);
    const found = await principalComponents(x, 2);
    x.dispose();
    expect(found.variances[0]).toBeCloseTo(exact.values[0], 2);
    expect(found.variances[1]).toBeCloseTo(exact.values[1], 2);
    expect(found.variances[0] / exact.values[0]).toBeCloseTo(1, 4);
    expect(found.total).toBeCloseTo(exact.values[0] + exact.values[1] + exact.values[2], 2);
    // Each row's score is its centred row along the exact eigenvector (up to the sign).
    const mean = [0, 1, 2].map(
      (j) => rows.filter((_, i) => i % 3 === j).reduce((a, b) => a + b) / 2000,
    );
    for (const j of [0, 1]) {
      const v = [0, 1, 2].map((r) => exact.vectors[r * 3 + j]);
      const sign = Math.sign(
        found.scores[j] *
          ((rows[0] - mean[0]) * v[0] + (rows[1] - mean[1]) * v[1] + (rows[2] - mean[2]) * v[2]),
      );
      for (const i of [0, 7, 1999]) {
        const expected = [0, 1, 2].reduce((s, r) => s + (rows[i * 3 + r] - mean[r]) * v[r], 0);
        expect(sign * found.scores[i * 2 + j]).toBeCloseTo(expected, 3);
      }
    }
  });

  it('finds the two strong directions among 40 dimensions', async () => {
    const d = 40;
    const random = mulberry32(2);
    const direction = () => {
      const v = Array.from({ length: d }, () => random() - 0.5);
      const norm = Math.hypot(...v);
      return v.map((a) => a / norm);
    };
    const directions = [direction(), direction(), direction()];
    const rows = sampleRows(500, directions, [5, 3, 1], 3);
    const exact = symmetricEigen(sampleCovariance(rows, 500, d), d);
    const x = tf.tensor2d(Float32Array.from(rows), [500, d]);
    const found = await principalComponents(x, 10);
    x.dispose();
    for (const j of [0, 1, 2]) expect(found.variances[j] / exact.values[j]).toBeCloseTo(1, 4);
  });
});

describe('activationMapOf', () => {
  const test = (() => {
    const random = mulberry32(9);
    const count = 60;
    return {
      images: Uint8Array.from({ length: count * 784 }, () => Math.floor(random() * 256)),
      labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
      count,
    };
  })();

  it("maps the dense net's hidden units by PCA and by UMAP, with each image's prediction", async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 12 });
    expect(hiddenLayerName(model)).toBe(model.layers[2].name);
    const before = tf.memory().numTensors;
    const pca = await activationMapOf(model, test, 'pca', 50);
    expect(tf.memory().numTensors).toBe(before);
    expect(pca).toMatchObject({ method: 'pca', step: 50, dims: 12, layer: model.layers[2].name });
    expect(pca.x).toHaveLength(60);
    expect(pca.labels.slice(0, 3)).toEqual([0, 1, 2]);
    expect(pca.explained![0]).toBeGreaterThanOrEqual(pca.explained![1]);
    const logits = tf.tidy(() =>
      Array.from(
        (
          model.predict(
            tf.tensor4d(
              Float32Array.from(test.images.subarray(0, 784), (v) => v / 255),
              [1, 28, 28, 1],
            ),
          ) as tf.Tensor
        )
          .argMax(1)
          .dataSync(),
      ),
    );
    expect(pca.predicted[0]).toBe(logits[0]);
    const umap = await activationMapOf(model, test, 'umap', 50);
    expect(umap.x).toHaveLength(60);
    expect(umap.explained).toBeUndefined();
  });

  it("takes the report CNN's flattened convolution as its hidden layer", async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, model: 'cnn', filters: 2, kernelSize: 2 });
    const h = hiddenActivations(model, tf.zeros([3, 28, 28, 1]));
    expect(h.shape).toEqual([3, 27 * 27 * 2]);
    h.dispose();
    const map = await activationMapOf(model, test, 'pca', 10);
    expect(map.dims).toBe(1458);
    expect(map.layer).toBe(model.layers[1].name);
  });
});
