import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import { FRAME_LEVELS, decodeBytes, encodeBytes, frameCoordinates } from '../../model/inside';
import { PIXELS_PER_IMAGE } from '../batches';
import { buildModel } from '../builders';
import { disposeEvalSet, evaluate, makeEvalSet } from '../evaluate';
import { registerWasmTrainingKernels } from '../wasm/wasm-kernels';
import { activationMapOf } from './activation-map';
import { LiveMap } from './live-map';
import { symmetricEigen } from './pca';
import { InsideProbe, TAP_CHUNKS } from './probe';

setFlagsFromString('--experimental-wasm-relaxed-simd');

const random = mulberry32(5);
const gaussian = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};

/** n rows of width d: a mean, three directions of sd 6, 3 and 2, and noise of sd 0.5. */
function rows(n: number, d: number): Float64Array {
  const directions = Array.from({ length: 3 }, () => Array.from({ length: d }, gaussian));
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const a = [6, 3, 2].map((sd) => sd * gaussian());
    for (let j = 0; j < d; j++)
      x[i * d + j] =
        1 +
        a.reduce((sum, v, c) => sum + v * directions[c][j], 0) / Math.sqrt(d) +
        0.5 * gaussian();
  }
  return x;
}

/** The exact PCA of the rows: each row's scores on the first two axes, and their variance
 *  shares, by the eigenvectors of the whole covariance. */
function exactPca(x: Float64Array, n: number, d: number) {
  const mean = Array.from({ length: d }, (_, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i * d + j];
    return s / n;
  });
  const c = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++)
      for (let b = 0; b < d; b++)
        c[a * d + b] += (x[i * d + a] - mean[a]) * (x[i * d + b] - mean[b]);
  for (let k = 0; k < d * d; k++) c[k] /= n - 1;
  const { values, vectors } = symmetricEigen(c, d);
  const total = values.reduce((s, v) => s + v, 0);
  const scores = (axis: number) =>
    Array.from({ length: n }, (_, i) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (x[i * d + j] - mean[j]) * vectors[j * d + axis];
      return s;
    });
  return { scores: [scores(0), scores(1)], shares: [values[0] / total, values[1] / total] };
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i] - mb);
    aa += (x - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('LiveMap', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('converges to the exact PCA of fixed activations, one product a pass, signs kept', async () => {
    const [n, d] = [300, 20];
    const x = rows(n, d);
    const exact = exactPca(x, n, d);
    const images = { layer: 'hidden', dims: d, indices: [], labels: [] };
    const map = new LiveMap(d, { ...images, indices: Array.from({ length: n }, (_, i) => i) });
    const hidden = tf.tensor2d(Float32Array.from(x), [n, d]);
    const logits = tf.zeros([n, 10]);
    let previous: number[] | null = null;
    let last = null;
    for (let pass = 0; pass < 12; pass++) {
      map.begin();
      // Two chunks, the first the covariance's: as the evaluation pass shows them.
      tf.tidy(() => {
        map.observe(hidden.slice([0, 0], [200, d]), logits.slice([0, 0], [200, 10]), true, null);
        map.observe(
          hidden.slice([200, 0], [100, d]),
          logits.slice([200, 0], [100, 10]),
          false,
          null,
        );
      });
      last = await map.frame();
      const { x: xs } = frameCoordinates(last.frame);
      // From the second pass on, the first axis keeps its sign from frame to frame.
      if (previous && pass > 1) expect(correlation(previous, xs)).toBeGreaterThan(0.9);
      previous = xs;
    }
    const { x: xs, y: ys } = frameCoordinates(last!.frame);
    // The covariance is the first chunk's 200 rows: the axes are that sample's, close to all 300's.
    expect(Math.abs(correlation(xs, exact.scores[0]))).toBeGreaterThan(0.99);
    expect(Math.abs(correlation(ys, exact.scores[1]))).toBeGreaterThan(0.97);
    expect(last!.frame.explained[0]).toBeCloseTo(exact.shares[0], 1);
    expect(last!.frame.explained[1]).toBeCloseTo(exact.shares[1], 1);
    expect(last!.images).toBe(200);
    map.dispose();
    tf.dispose([hidden, logits]);
  });

  it('keeps bytes through base64, and a frame back in its own units to within a level', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
    expect(decodeBytes(encodeBytes(bytes))).toEqual(bytes);
    const frame = {
      x: encodeBytes(Uint8Array.of(0, FRAME_LEVELS)),
      y: encodeBytes(Uint8Array.of(FRAME_LEVELS, 0)),
      range: [-2, 3, 0, 1] as [number, number, number, number],
      predicted: encodeBytes(Uint8Array.of(4, 9)),
      explained: [0.5, 0.2] as [number, number],
    };
    expect(frameCoordinates(frame)).toEqual({ x: [-2, 3], y: [1, 0], predicted: [4, 9] });
  });
});

describe('The live map on wasm', () => {
  beforeAll(async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });
  afterAll(() => tf.setBackend('cpu'));

  /** A pool of random images with labels 0..9. */
  const count = 2600;
  const pool = {
    images: Uint8Array.from({ length: count * PIXELS_PER_IMAGE }, () => Math.floor(random() * 256)),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  };
  const data = {
    pool,
    trainIndices: Int32Array.from({ length: 100 }, (_, i) => i),
    validationIndices: Int32Array.from({ length: 2500 }, (_, i) => 100 + i),
  };

  async function frameOn(backend: 'wasm' | 'cpu', config: TrainConfig, weights?: tf.Tensor[]) {
    await tf.setBackend(backend);
    const model = buildModel(config);
    if (weights) model.setWeights(weights.map((w) => tf.tensor(w.dataSync(), w.shape)));
    const set = makeEvalSet(pool, data.validationIndices, TAP_CHUNKS);
    const probe = await InsideProbe.start(model, data, set);
    const before = tf.memory().numTensors;
    await evaluate(model, set, probe.tap());
    const gradients = new Map(
      model.trainableWeights.map((w) => [
        (w.read() as tf.Variable).name,
        new Float32Array(w.read().size),
      ]),
    );
    const snapshot = await probe.measure(gradients, 32);
    const leaked = tf.memory().numTensors - before;
    const kept = model.getWeights().map((w) => tf.tensor(w.dataSync(), w.shape));
    probe.dispose();
    disposeEvalSet(set);
    model.dispose();
    return { snapshot, leaked, weights: kept };
  }

  it.each([
    ['dense', { ...DEFAULT_CONFIG, hiddenUnits: 30 }],
    ['report CNN', { ...DEFAULT_CONFIG, model: 'cnn', filters: 4, kernelSize: 2 }],
  ] as [string, TrainConfig][])(
    "places the images of a %s where the layers' own pass on cpu does",
    async (_, config) => {
      const wasm = await frameOn('wasm', config);
      const cpu = await frameOn('cpu', config, wasm.weights);
      expect(wasm.leaked).toBe(0);
      const [a, b] = [wasm.snapshot.map!, cpu.snapshot.map!];
      expect(a.images?.indices).toHaveLength(2000);
      const [pa, pb] = [frameCoordinates(a), frameCoordinates(b)];
      // The same axes, up to sign and float rounding: the same picture.
      expect(Math.abs(correlation(pa.x, pb.x))).toBeGreaterThan(0.999);
      expect(Math.abs(correlation(pa.y, pb.y))).toBeGreaterThan(0.99);
      expect(pa.predicted).toEqual(pb.predicted);
      expect(a.explained[0]).toBeCloseTo(b.explained[0], 3);
      // Dead units agree (the layers' names differ: two models).
      const unnamed = (list: { name: string }[]) => list.map(({ name: _, ...rest }) => rest);
      expect(unnamed(wasm.snapshot.activations)).toEqual(unnamed(cpu.snapshot.activations));
      expect(wasm.snapshot.saturated).toBeCloseTo(cpu.snapshot.saturated, 3);
      tf.dispose([...wasm.weights, ...cpu.weights]);
    },
    60_000,
  );

  it("makes the end-of-run map of a CNN's test images on wasm as on cpu", async () => {
    const config: TrainConfig = { ...DEFAULT_CONFIG, model: 'cnn', filters: 4, kernelSize: 2 };
    const test = { ...pool, count };
    const mapOn = async (backend: 'wasm' | 'cpu', weights?: tf.Tensor[]) => {
      await tf.setBackend(backend);
      const model = buildModel(config);
      if (weights) model.setWeights(weights.map((w) => tf.tensor(w.dataSync(), w.shape)));
      const map = await activationMapOf(model, test, 'pca', 10);
      const kept = model.getWeights().map((w) => tf.tensor(w.dataSync(), w.shape));
      model.dispose();
      return { map, weights: kept };
    };
    const wasm = await mapOn('wasm');
    const cpu = await mapOn('cpu', wasm.weights);
    expect(Math.abs(correlation(wasm.map.x, cpu.map.x))).toBeGreaterThan(0.999);
    expect(wasm.map.explained![0]).toBeCloseTo(cpu.map.explained![0], 3);
    expect(wasm.map.predicted).toEqual(cpu.map.predicted);
    tf.dispose([...wasm.weights, ...cpu.weights]);
  }, 60_000);
});
