import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIXELS_PER_IMAGE } from './batches';
import { buildModel, NUM_CLASSES } from './builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { disposeEvalSet, EVAL_BATCH, evaluate, makeEvalSet, predictLogits } from './evaluate';
import { registerWasmTrainingKernels } from './wasm/wasm-kernels';
import { wasmInferenceForward } from './wasm/wasm-ops';

setFlagsFromString('--experimental-wasm-relaxed-simd');

/** A pool of `count` random images with labels 0..9 (bytes, as the dataset holds them). */
function randomPool(count: number, seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  const images = Uint8Array.from({ length: count * PIXELS_PER_IMAGE }, next);
  const labels = Uint8Array.from({ length: count }, (_, i) => (i * 7 + seed) % NUM_CLASSES);
  return { images, labels };
}

/** The evaluation as it was before the fast path: the layers, TF.js's loss and argMax. */
function referenceMetrics(model: tf.LayersModel, pool: ReturnType<typeof randomPool>) {
  const count = pool.labels.length;
  let predicted: ArrayLike<number> = [];
  const metrics = tf.tidy(() => {
    const xs = tf.tensor4d(
      Float32Array.from(pool.images, (v) => v / 255),
      [count, 28, 28, 1],
    );
    const ys = tf.tensor1d(Int32Array.from(pool.labels), 'int32');
    const logits = model.predict(xs) as tf.Tensor2D;
    const loss = tf.losses.softmaxCrossEntropy(tf.oneHot(ys, NUM_CLASSES), logits).dataSync()[0];
    const accuracy = tf.equal(tf.argMax(logits, 1), ys).mean().dataSync()[0];
    predicted = tf.argMax(logits, 1).dataSync();
    return { loss, accuracy };
  });
  return { ...metrics, classAccuracy: countClassAccuracy(pool.labels, predicted) };
}

/** Per class, counted directly: of each class's images, the share predicted as their label. */
function countClassAccuracy(labels: Uint8Array, predicted: ArrayLike<number>) {
  const hits = new Array<number>(NUM_CLASSES).fill(0);
  const images = new Array<number>(NUM_CLASSES).fill(0);
  labels.forEach((label, i) => {
    images[label]++;
    if (predicted[i] === label) hits[label]++;
  });
  return hits.map((h, c) => (images[c] === 0 ? null : h / images[c]));
}

/** Weights of a model built on one backend, copied into a model built on another. */
async function buildOn(backend: 'cpu' | 'wasm', config: TrainConfig, weights?: tf.Tensor[]) {
  await tf.setBackend(backend);
  const model = buildModel(config);
  if (weights) model.setWeights(weights.map((w) => tf.tensor(w.dataSync(), w.shape)));
  return model;
}

describe('evaluation', () => {
  beforeAll(() => registerWasmTrainingKernels());
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  const configs: TrainConfig[] = [
    { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 30 },
    { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 5, init: 'truncatedNormal' },
    { ...DEFAULT_CONFIG, model: 'cnn', filters: 8, kernelSize: 2, activation: 'prelu' },
    { ...DEFAULT_CONFIG, model: 'deepCnn' },
  ];

  // More images than one chunk, and a last chunk that is not full (the deep CNN is slow on cpu:
  // fewer images).
  const countFor = (config: TrainConfig) => (config.model === 'deepCnn' ? 50 : EVAL_BATCH + 37);

  for (const config of configs)
    it(`gives today's accuracy and loss on wasm and cpu: ${config.model} ${config.hiddenUnits}/${config.filters}`, async () => {
      const count = countFor(config);
      const pool = randomPool(count, 3);
      const reference = await buildOn('cpu', config);
      const expected = referenceMetrics(reference, pool);
      const indices = Int32Array.from({ length: count }, (_, i) => i);
      const cpuSet = makeEvalSet(pool, indices);
      const cpu = await evaluate(reference, cpuSet);
      disposeEvalSet(cpuSet);

      const model = await buildOn('wasm', config, reference.getWeights());
      expect(wasmInferenceForward(model)).not.toBeNull();
      const before = tf.memory().numTensors;
      const set = makeEvalSet(pool, indices);
      expect(set.chunks.map((c) => c.xs.shape[0])).toEqual(
        count > EVAL_BATCH ? [EVAL_BATCH, count - EVAL_BATCH] : [count],
      );
      const wasm = await evaluate(model, set);
      disposeEvalSet(set);
      expect(tf.memory().numTensors).toBe(before);
      model.dispose();
      await tf.setBackend('cpu');
      reference.dispose();

      for (const metrics of [cpu, wasm]) {
        expect(metrics.accuracy).toBeCloseTo(expected.accuracy, 6);
        expect(metrics.classAccuracy).toEqual(expected.classAccuracy);
        expect(Math.abs(metrics.loss - expected.loss)).toBeLessThanOrEqual(1e-4 * expected.loss);
      }
    });

  it('gives per-class accuracy by label, null for a class the set has none of, on both backends', async () => {
    // Labels 0..4 only, so classes 5..9 are absent; a model that always says class 2.
    const count = 60;
    const pool = randomPool(count, 1);
    pool.labels.forEach((_, i) => (pool.labels[i] = i % 5));
    const indices = Int32Array.from({ length: count }, (_, i) => i);
    for (const backend of ['cpu', 'wasm'] as const) {
      const model = await buildOn(backend, { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 3 });
      const output = model.layers[3];
      const favoured = Float32Array.from({ length: NUM_CLASSES }, (_, c) => (c === 2 ? 100 : 0));
      output.setWeights([tf.zeros(output.getWeights()[0].shape), tf.tensor1d(favoured)]);
      const set = makeEvalSet(pool, indices);
      expect(set.classCounts).toEqual([12, 12, 12, 12, 12, 0, 0, 0, 0, 0]);
      const metrics = await evaluate(model, set);
      disposeEvalSet(set);
      model.dispose();
      expect(metrics.classAccuracy).toEqual([0, 0, 1, 0, 0, null, null, null, null, null]);
      expect(metrics.accuracy).toBeCloseTo(12 / count, 6);
    }
    await tf.setBackend('cpu');
  });

  it('keeps dropout off on wasm: the same logits twice, equal to the layers in inference mode', async () => {
    const config: TrainConfig = { ...DEFAULT_CONFIG, model: 'deepCnn' };
    const model = await buildOn('wasm', config);
    const xs = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 2);
    const [a, b, c] = [
      predictLogits(model, xs),
      predictLogits(model, xs),
      model.predict(xs) as tf.Tensor,
    ];
    const [av, bv, cv] = [a.dataSync(), b.dataSync(), c.dataSync()];
    expect(Array.from(av)).toEqual(Array.from(bv));
    for (let i = 0; i < av.length; i++) expect(av[i]).toBeCloseTo(cv[i], 4);
    tf.dispose([a, b, c, xs]);
    model.dispose();
  });
});
