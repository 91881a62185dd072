import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFashionMnist } from '../data/dataset';
import { stratifiedSplit } from '../data/split';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import { buildModel } from './builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { trainModel, type TrainingData } from './train';
import { registerWasmTrainingKernels } from './wasm/wasm-kernels';
import type { EvalPoint } from '../model/types';

let data: TrainingData;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const { train, test } = await loadFashionMnist(DISK_DATA_URL, undefined, undefined, diskFetch);
  // A 2,000-image slice of the test set keeps the cpu backend's final evaluation quick.
  const testSlice = {
    images: test.images.subarray(0, 2_000 * 784),
    labels: test.labels.subarray(0, 2_000),
    count: 2_000,
  };
  data = { pool: train, test: testSlice, ...stratifiedSplit(train.labels, 1_000, 1) };
});

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run(config: TrainConfig, signal = new AbortController().signal) {
  const model = buildModel(config);
  const points: EvalPoint[] = [];
  const tensorsAtPoints: number[] = [];
  const outcome = await trainModel(model, config, data, {
    signal,
    yieldToEvents: immediate,
    onEval: (point) => {
      points.push(point);
      tensorsAtPoints.push(tf.memory().numTensors);
    },
  });
  model.dispose();
  return { outcome, points, tensorsAtPoints };
}

const small: TrainConfig = { ...DEFAULT_CONFIG, hiddenUnits: 32, steps: 300, evalEvery: 50 };

/** Trains `small` from a weight that has overflowed to infinity, as a too-high rate ends up. */
async function trainOverflowed() {
  const model = buildModel(small);
  const [kernel, ...rest] = model.getWeights();
  const overflowed = tf.tidy(() => kernel.add(tf.scalar(Infinity)));
  model.setWeights([overflowed, ...rest]);
  overflowed.dispose();
  const outcome = await trainModel(model, { ...small, evalEvery: 10 }, data, {
    signal: new AbortController().signal,
    yieldToEvents: immediate,
    onEval: () => {},
  });
  model.dispose();
  return outcome;
}

describe('trainModel', () => {
  it('learns the real data and reports every evaluation point', async () => {
    const before = tf.memory().numTensors;
    const { outcome, points, tensorsAtPoints } = await run(small);
    expect(points.map((p) => p.step)).toEqual([50, 100, 150, 200, 250, 300]);
    expect(points.at(-1)!.valAccuracy).toBeGreaterThan(0.7);
    expect(points.at(-1)!.trainLoss).toBeLessThan(points[0].trainLoss);
    expect(points.at(-1)!.examplesSeen).toBe(300 * 32);
    expect(points.every((p) => p.examplesPerSec > 0 && p.elapsedMs > 0)).toBe(true);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.test.accuracy).toBeGreaterThan(0.7);
    // Tensor count is flat from point to point, and nothing is left once the model is gone.
    expect(new Set(tensorsAtPoints).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when asked and keeps what it measured', async () => {
    const controller = new AbortController();
    const model = buildModel(small);
    const outcome = await trainModel(model, { ...small, steps: 100_000 }, data, {
      signal: controller.signal,
      yieldToEvents: immediate,
      onEval: (point) => {
        if (point.step === 100) controller.abort();
      },
    });
    model.dispose();
    expect(outcome).toEqual({ status: 'stopped', steps: 100 });
  });

  it('marks a run whose loss is no longer finite as diverged, with a hint', async () => {
    // Where a too-high learning rate ends up (the report's 800-unit "crash"): a weight overflows.
    const outcome = await trainOverflowed();
    expect(outcome.status).toBe('diverged');
    if (outcome.status === 'diverged') {
      expect(outcome.steps).toBe(10);
      expect(outcome.message).toMatch(/NaN or infinite by step 10.*lower learning rate/);
    }
  });

  it('is reproducible for a seed', async () => {
    const config = { ...small, steps: 50 };
    const [a, b] = [await run(config), await run(config)];
    expect(a.points[0].valLoss).toBeCloseTo(b.points[0].valLoss, 6);
  });
});

describe('trainModel on wasm, with its training ops and fused Adam', () => {
  beforeAll(async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each([small, { ...small, model: 'cnn', filters: 8, kernelSize: 2 } as TrainConfig])(
    'learns the real data with $model, its tensor count flat',
    async (config) => {
      const before = tf.memory().numTensors;
      const { outcome, points, tensorsAtPoints } = await run(config);
      expect(points.at(-1)!.valAccuracy).toBeGreaterThan(0.7);
      expect(points.at(-1)!.trainLoss).toBeLessThan(points[0].trainLoss);
      expect(outcome.status).toBe('done');
      if (outcome.status === 'done') expect(outcome.test.accuracy).toBeGreaterThan(0.7);
      expect(new Set(tensorsAtPoints).size).toBe(1);
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('still marks a diverged run', async () => {
    const outcome = await trainOverflowed();
    expect(outcome.status).toBe('diverged');
  });
});
