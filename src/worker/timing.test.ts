import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFashionMnist, type LabelledImages } from '../data/dataset';
import { stratifiedSplit } from '../data/split';
import { buildModel } from '../engine/builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { registerWasmTrainingKernels } from '../engine/wasm/wasm-kernels';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import {
  FAR_SLOWER,
  fastestBackend,
  TIMING_BUDGET_MS,
  TimedBackends,
  timeBackends,
  timingKey,
} from './timing';

// The wasm kernels use relaxed SIMD where the engine has it, as browsers do; Node 20 needs a flag.
setFlagsFromString('--experimental-wasm-relaxed-simd');

// Node has no WebGL: these tests time the real wasm backend against the real cpu backend, which
// is the same contest as wasm against a software-rendered WebGL, a fast engine and a slow one.
let pool: LabelledImages;
let trainIndices: Int32Array;

beforeAll(async () => {
  registerWasmTrainingKernels();
  ({ train: pool } = await loadFashionMnist(DISK_DATA_URL, undefined, undefined, diskFetch));
  ({ trainIndices } = stratifiedSplit(pool.labels, DEFAULT_CONFIG.validationSize, 1));
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const dense = (hiddenUnits: number): TrainConfig => ({
  ...DEFAULT_CONFIG,
  model: 'dense',
  hiddenUnits,
});
const smallCnn: TrainConfig = { ...DEFAULT_CONFIG, model: 'cnn', filters: 8, kernelSize: 3 };

describe('timing a model on each backend', () => {
  it('times both in full, in the order given, and the faster wins', async () => {
    // cpu first: with nothing to compare it with, it is waited out, and then so is wasm.
    const rates = (await timeBackends(['cpu', 'wasm'], dense(16), pool, trainIndices))!;
    expect(rates.map((r) => [r.backend, r.stopped])).toEqual([
      ['cpu', null],
      ['wasm', null],
    ]);
    const [cpu, wasm] = rates.map((r) => r.examplesPerSec);
    expect(cpu).toBeGreaterThan(0);
    expect(wasm).toBeGreaterThan(cpu);
    expect(fastestBackend(rates)).toBe('wasm');
  });

  it('stops waiting on a far slower backend: its rate is a bound below the fast one', async () => {
    const started = performance.now();
    const rates = (await timeBackends(['wasm', 'cpu'], smallCnn, pool, trainIndices))!;
    const elapsed = performance.now() - started;
    const [wasm, cpu] = rates;
    expect(wasm).toMatchObject({ backend: 'wasm', stopped: null });
    // Its warm-up steps are waited out (a few seconds at most), its first round is not; on a
    // loaded machine its warm-up may already run past the limit, which stops it sooner.
    expect(cpu.backend).toBe('cpu');
    expect(['rounds', 'warm-up']).toContain(cpu.stopped);
    // Stopped once a round took FAR_SLOWER times wasm's time for it, or more: so its bound is
    // at most wasm's rate over FAR_SLOWER.
    expect(cpu.examplesPerSec).toBeLessThanOrEqual(wasm.examplesPerSec / FAR_SLOWER);
    expect(fastestBackend(rates)).toBe('wasm');
    // A cpu CNN step takes the best part of a second here: two warm-up steps and one round,
    // not three rounds of it.
    expect(elapsed).toBeLessThan(6 * TIMING_BUDGET_MS);
  });

  it('takes about the budget for a model both backends train quickly, and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const started = performance.now();
    await timeBackends(['wasm', 'cpu'], dense(8), pool, trainIndices);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThan(TIMING_BUDGET_MS / 2);
    expect(elapsed).toBeLessThan(3 * TIMING_BUDGET_MS);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('times a shape once per worker and switches TF.js to its fastest backend', async () => {
    const timed = new TimedBackends(['cpu', 'wasm']);
    const first = await timed.choose(dense(24), pool, trainIndices);
    expect(tf.getBackend()).toBe('wasm');
    await tf.setBackend('cpu');
    const started = performance.now();
    // Another seed and learning rate: the same shape, so the same timing, not a new one.
    const again = await timed.choose(
      { ...dense(24), seed: 9, learningRate: 0.01 },
      pool,
      trainIndices,
    );
    expect(performance.now() - started).toBeLessThan(50);
    expect(again).toBe(first);
    expect(tf.getBackend()).toBe('wasm');
    const other = await timed.choose(dense(25), pool, trainIndices);
    expect(other).not.toBe(first);
  });

  it('stops timing when the run is stopped: after the backend being timed, nothing kept', async () => {
    const timed = new TimedBackends(['cpu', 'wasm']);
    const controller = new AbortController();
    const cnn = { ...smallCnn, filters: 9 };
    const started = performance.now();
    const timing = timed.choose(cnn, pool, trainIndices, controller.signal);
    controller.abort();
    expect(await timing).toBeNull();
    // Timed in full this takes over 10 s here (cpu's CNN steps); stopped, it ends after the
    // step under way, which nothing can interrupt (a cpu step is synchronous), and wasm is
    // never timed.
    expect(performance.now() - started).toBeLessThan(4 * TIMING_BUDGET_MS);
    expect(timed.willTime(cnn)).toBe(true);
  });

  it('tells shapes apart by what changes a step, not by seed or run length', () => {
    const base = dense(100);
    expect(timingKey({ ...base, seed: 3, steps: 10, learningRate: 0.1 })).toBe(timingKey(base));
    for (const change of [
      { hiddenUnits: 101 },
      { batchSize: 64 },
      { activation: 'prelu' as const },
      { optimizer: 'sgd' as const },
      { augFlip: 0.5 },
      { model: 'cnn' as const },
    ])
      expect(timingKey({ ...base, ...change }), JSON.stringify(change)).not.toBe(timingKey(base));
    expect(timingKey({ ...smallCnn, filters: 9 })).not.toBe(timingKey(smallCnn));
  });

  it('leaves a model trained on one backend usable after a switch to another', async () => {
    // The design switches backends between runs: earlier runs' models must still predict.
    await tf.setBackend('cpu');
    const model = buildModel(dense(12));
    const xs = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 3);
    const onCpu = (model.predict(xs) as tf.Tensor).dataSync();
    await tf.setBackend('wasm');
    const onWasm = (model.predict(xs) as tf.Tensor).dataSync();
    for (let i = 0; i < onCpu.length; i++) expect(onWasm[i]).toBeCloseTo(onCpu[i], 4);
    tf.dispose(xs);
    model.dispose();
  });
});

describe('timings another worker made', () => {
  it('are taken for a shape not yet timed here, and never over this worker’s own', () => {
    const timed = new TimedBackends(['wasm', 'cpu']);
    const config = { ...DEFAULT_CONFIG, hiddenUnits: 12 };
    expect(timed.willTime(config)).toBe(true);
    timed.remember(config, [{ backend: 'wasm', examplesPerSec: 1000, stopped: null }]);
    expect(timed.willTime(config)).toBe(false);
    // Another seed is the same shape; another size is not.
    expect(timed.willTime({ ...config, seed: 9 })).toBe(false);
    expect(timed.willTime({ ...config, hiddenUnits: 13 })).toBe(true);
  });
});
