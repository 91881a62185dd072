/**
 * What the look inside the network costs a run, in Node on wasm: a run with it and the same run
 * without, at the default evalEvery 50 and 5,000 validation images. Slow (a minute or two), so
 * it runs only when asked: INSIDE_COST=1 npx vitest run src/engine/inspect/inside-cost.test.ts
 */
import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFashionMnist } from '../../data/dataset';
import { stratifiedSplit } from '../../data/split';
import { DISK_DATA_URL, diskFetch } from '../../test/disk-fetch';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import { buildModel } from '../builders';
import { activationMapOf } from './activation-map';
import { InsideProbe } from './probe';
import { trainModel, type TrainingData } from '../train';
import { registerWasmTrainingKernels } from '../wasm/wasm-kernels';

setFlagsFromString('--experimental-wasm-relaxed-simd');

/** The most the look inside may add to a run's wall time. */
const BUDGET = 0.1;

let data: TrainingData;

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  const { train, test } = await loadFashionMnist(DISK_DATA_URL, undefined, undefined, diskFetch);
  data = { pool: train, test, ...stratifiedSplit(train.labels, 5_000, 1) };
});

/** CPU time spent in InsideProbe.measure, in ms: its own cost, apart from the machine's load. */
let probeCpuMs = 0;
const measure = InsideProbe.prototype.measure;
InsideProbe.prototype.measure = async function (this: InsideProbe) {
  const before = process.cpuUsage();
  try {
    return await measure.call(this);
  } finally {
    const used = process.cpuUsage(before);
    probeCpuMs += (used.user + used.system) / 1000;
  }
};

async function wallTime(config: TrainConfig, inspect: boolean) {
  const model = buildModel(config);
  const insideMs: number[] = [];
  probeCpuMs = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await trainModel(model, config, data, {
    signal: new AbortController().signal,
    yieldToEvents: async () => {},
    inspect,
    onEval: (point) => point.inside && insideMs.push(point.inside.ms),
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  model.dispose();
  // CPU time too: on a shared machine it moves less with the others' load than wall time.
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, insideMs, probeCpuMs };
}

const CASES: [string, TrainConfig][] = [
  ['dense-100, 3,000 steps', { ...DEFAULT_CONFIG, steps: 3_000 }],
  ['report CNN 32 filters 2x2, 1,000 steps', { ...DEFAULT_CONFIG, model: 'cnn', steps: 1_000 }],
];

describe.runIf(process.env.INSIDE_COST)('the look inside the network', () => {
  it.each(CASES)(
    'adds under 10%% to a run of %s',
    async (name, config) => {
      await wallTime({ ...config, steps: 100 }, true); // warm-up: first-call costs
      // Interleaved, and the faster of two each: the machine is shared, and its load changes.
      const runs: Awaited<ReturnType<typeof wallTime>>[] = [];
      for (const inspect of [false, true, false, true]) runs.push(await wallTime(config, inspect));
      const fastest = (inspect: boolean, key: 'ms' | 'cpuMs') =>
        Math.min(...runs.filter((_, i) => i % 2 === Number(inspect)).map((run) => run[key]));
      const added = (key: 'ms' | 'cpuMs') => fastest(true, key) / fastest(false, key) - 1;
      const insideMs = runs[1].insideMs.concat(runs[3].insideMs).sort((a, b) => a - b);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const share = (key: 'ms' | 'cpuMs') => `${(added(key) * 100).toFixed(1)}%`;
      console.log(
        `${name}: wall ${seconds(fastest(false, 'ms'))} without, ${seconds(fastest(true, 'ms'))} ` +
          `with (${share('ms')}); CPU ${seconds(fastest(false, 'cpuMs'))} without, ` +
          `${seconds(fastest(true, 'cpuMs'))} with (${share('cpuMs')}); median ` +
          `${insideMs[insideMs.length >> 1].toFixed(1)} ms a point, ${insideMs.length / 2} points a run`,
      );
      // The probe's own CPU time against the whole run's: the share least moved by the load.
      const probeShare = Math.min(
        ...[1, 3].map((i) => runs[i].probeCpuMs / (runs[i].cpuMs - runs[i].probeCpuMs)),
      );
      console.log(`${name}: the probe's CPU time is ${(probeShare * 100).toFixed(1)}% of the rest`);
      expect(Math.min(added('ms'), added('cpuMs'), probeShare)).toBeLessThan(BUDGET);
    },
    900_000,
  );
});

describe.runIf(process.env.INSIDE_COST)('the activations map at the end of a run', () => {
  it.each(CASES)(
    'costs a few seconds at most for %s',
    async (name, config) => {
      const model = buildModel(config);
      const time = async (method: 'pca' | 'umap') => {
        const started = performance.now();
        await activationMapOf(model, data.test, method, config.steps);
        return performance.now() - started;
      };
      await time('pca'); // warm-up
      const pca = await time('pca');
      const umap = await time('umap');
      console.log(`${name}: map by PCA ${pca.toFixed(0)} ms, by UMAP ${umap.toFixed(0)} ms`);
      model.dispose();
      expect(pca).toBeLessThan(10_000);
    },
    300_000,
  );
});
