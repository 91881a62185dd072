/**
 * The exported PyTorch script, run with Debian's python3-torch (and python3-distributed for
 * Dask) on the real data: it must split, batch and augment as the app does, score as the app
 * scores after the same training, and write a runs file the app imports. A few minutes of CPU
 * at most: one thread per process, a few hundred steps.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFashionMnist, type LabelledImages } from '../data/dataset';
import { mulberry32, stratifiedSplit } from '../data/split';
import { drawAugmentation } from '../engine/augment';
import { BatchSampler, PIXELS_PER_IMAGE } from '../engine/batches';
import { buildModel } from '../engine/builders';
import { trainModel } from '../engine/train';
import { registerWasmTrainingKernels } from '../engine/wasm/wasm-kernels';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import type { EvalPoint, TrainOutcome } from '../model/types';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import { jsonLines, requirePython, runPython, scratchFolder, writeScript } from '../test/python';
import { newImports } from './importing';
import {
  pytorchScript,
  runExperiment,
  sweepExperiment,
  type TorchExperiment,
} from './pytorch-export';
import { groupRuns } from './repeats';
import { parseRunsImport } from './schema';
import type { Run, Sweep } from './state';

const DATA = resolve(import.meta.dirname, '../../public/data/fashion-mnist');
/** How far PyTorch's test accuracy may be from the app's after the same training. */
const ACCURACY_TOLERANCE = 0.03;
/** Python's imports (torch's takes seconds here) and the data's unzipping, per process. */
const PYTHON_TIMEOUT_MS = 300_000;

let train: LabelledImages;
let test: LabelledImages;
let folder: string;

beforeAll(async () => {
  requirePython({ numpy: 'python3-numpy', torch: 'python3-torch' });
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  ({ train, test } = await loadFashionMnist(DISK_DATA_URL, undefined, undefined, diskFetch));
  folder = scratchFolder();
}, PYTHON_TIMEOUT_MS);

afterAll(async () => {
  await tf.setBackend('cpu');
});

const aRun = (id: string, config: TrainConfig, extra: Partial<Run> = {}): Run => ({
  id,
  name: `#${id} test run`,
  config,
  status: 'done',
  createdAt: 0,
  points: [],
  step: 0,
  ...extra,
});

/** Writes the script of `experiment` and runs it with `args`, the data folder given. */
async function runScript(experiment: TorchExperiment, file: string, args: string[]) {
  const script = writeScript(folder, file, pytorchScript(experiment, 'test'));
  return runPython(script, ['--data', DATA, ...args], folder);
}

/** The runs of a runs file, as the app's import reads them; fails with the import's message. */
function importRunsFile(path: string): Run[] {
  const parsed = parseRunsImport(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`The app refused ${path}: ${parsed.error}`);
  return parsed.runs;
}

/** What the app's own training loop gives for `config` (wasm, the real data and split). */
async function trainInApp(
  config: TrainConfig,
): Promise<{ outcome: TrainOutcome; points: EvalPoint[] }> {
  const model = buildModel(config);
  const points: EvalPoint[] = [];
  const split = stratifiedSplit(train.labels, config.validationSize, config.seed);
  const outcome = await trainModel(
    model,
    config,
    { pool: train, test, ...split },
    {
      signal: new AbortController().signal,
      yieldToEvents: async () => {},
      onEval: (point) => points.push(point),
    },
  );
  model.dispose();
  return { outcome, points };
}

describe('the exported PyTorch script of a run', () => {
  const dense: TrainConfig = { ...DEFAULT_CONFIG, steps: 1_000, evalEvery: 250, seed: 1 };
  // The report's CNN as the report trained it: 32 filters of 2x2, truncated normal sd 0.5.
  const reportCnn: TrainConfig = {
    ...DEFAULT_CONFIG,
    model: 'cnn',
    filters: 32,
    kernelSize: 2,
    init: 'truncatedNormal',
    steps: 300,
    evalEvery: 100,
    seed: 2,
  };

  it.each([
    ['dense 100 units, He/Glorot', dense],
    ['report CNN, sd 0.5', reportCnn],
  ])(
    'trains %s on the app’s split, to the app’s test accuracy',
    async (label, config) => {
      const experiment = runExperiment(aRun('1', config));
      const split = await runScript(experiment, 'split.py', ['--print-split']);
      const [printed] = jsonLines(split.stdout);
      const { validationIndices } = stratifiedSplit(
        train.labels,
        config.validationSize,
        config.seed,
      );
      expect(printed.validationIndices).toEqual(Array.from(validationIndices));

      const out = join(folder, `${config.model}.runs.json`);
      // Both sides train at once, each on one thread.
      const torch = runScript(experiment, `${config.model}.py`, ['--out', out, '--threads', '1']);
      const app = await trainInApp(config);
      const { stdout, ms } = await torch;

      const [run] = importRunsFile(out);
      expect(run.name).toBe('#1 test run · PyTorch');
      expect(run.config).toEqual(config);
      expect(run.status).toBe('done');
      expect(run.points.map((p) => p.step)).toEqual(app.points.map((p) => p.step));
      // The JSON lines are the file's points, and then the run's end.
      const lines = jsonLines(stdout);
      expect(lines.slice(0, -1).map((line) => line.valAccuracy)).toEqual(
        run.points.map((p) => p.valAccuracy),
      );
      expect(lines.at(-1)).toMatchObject({ status: 'done', test: run.test });
      if (app.outcome.status !== 'done') throw new Error(`The app's run ${app.outcome.status}.`);
      const appAccuracy = app.outcome.test.accuracy;
      console.log(
        `${label}, ${config.steps} steps: test accuracy app ${appAccuracy}, PyTorch ${run.test!.accuracy} (script ${(ms / 1000).toFixed(1)} s)`,
      );
      expect(Math.abs(run.test!.accuracy - appAccuracy)).toBeLessThanOrEqual(ACCURACY_TOLERANCE);
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    'draws the batches and the augmentation in the app’s order, epoch after epoch',
    async () => {
      // Big batches, to cross an epoch (13 batches of 4,096 in 55,000 images) in a few.
      const config: TrainConfig = {
        ...DEFAULT_CONFIG,
        batchSize: 4_096,
        seed: 3,
        augFlip: 0.5,
        augShift: 2,
        augContrast: 0.2,
        augLuminance: 0.1,
        augNoise: 0.05,
      };
      const batches = 15;
      const { stdout } = await runScript(runExperiment(aRun('1', config)), 'batches.py', [
        '--print-batches',
        String(batches),
      ]);
      const printed = jsonLines(stdout);

      // A pool whose image i holds i in its first three pixels, so a batch tells its indices.
      const images = new Uint8Array(train.count * PIXELS_PER_IMAGE);
      for (let i = 0; i < train.count; i++)
        images.set([i & 0xff, (i >> 8) & 0xff, i >> 16], i * PIXELS_PER_IMAGE);
      const { trainIndices } = stratifiedSplit(train.labels, config.validationSize, config.seed);
      // As trainModel draws: one stream for the order and the augmentation, batch then draws.
      const random = mulberry32(config.seed);
      const sampler = new BatchSampler(
        { images, labels: train.labels },
        trainIndices,
        config.batchSize,
        random,
      );
      expect(printed).toHaveLength(batches);
      for (const line of printed) {
        const batch = sampler.next();
        const pixels = await batch.xs.data();
        tf.dispose([batch.xs, batch.ys]);
        const byte = (i: number, p: number) => Math.round(pixels[i * PIXELS_PER_IMAGE + p] * 255);
        const indices = Array.from(
          { length: config.batchSize },
          (_, i) => byte(i, 0) + (byte(i, 1) << 8) + (byte(i, 2) << 16),
        );
        expect(line.indices).toEqual(indices);
        expect(line.epoch).toBe(sampler.epoch);
        const draw = drawAugmentation(config.batchSize, config, random);
        const theirs = line.augmentation as Record<string, number[] | number>;
        expect(theirs.flip).toEqual(Array.from(draw.flip));
        expect(theirs.dy).toEqual(Array.from(draw.dy));
        expect(theirs.dx).toEqual(Array.from(draw.dx));
        expect(Float32Array.from(theirs.contrast as number[])).toEqual(draw.contrast);
        expect(Float32Array.from(theirs.luminance as number[])).toEqual(draw.luminance);
        expect(theirs.noiseSeed).toBe(draw.noiseSeed);
      }
      expect(sampler.epoch).toBe(1);
    },
    PYTHON_TIMEOUT_MS,
  );
});

describe('the exported PyTorch script of a sweep', () => {
  /** A sweep of hidden units, as the lab queues it: `repeats` seeds per value. */
  function sweepOf(values: number[], repeats: number, steps: number): TorchExperiment {
    const runs = values.flatMap((hiddenUnits, v) =>
      Array.from({ length: repeats }, (_, r) =>
        aRun(
          `${v * repeats + r + 1}`,
          { ...DEFAULT_CONFIG, hiddenUnits, steps, evalEvery: 100, seed: 1 + r },
          {
            name: `#${v * repeats + r + 1} Dense ${hiddenUnits} units${repeats > 1 ? ` · seed ${1 + r}` : ''}`,
            ...(repeats > 1 ? { group: `g${v}` } : {}),
          },
        ),
      ),
    );
    const sweep: Sweep = {
      id: 's',
      field: 'hiddenUnits',
      values,
      runIds: runs.map((r) => r.id),
      createdAt: 0,
      ...(repeats > 1 ? { repeats } : {}),
    };
    return sweepExperiment(sweep, runs);
  }

  it(
    'runs its trials one after another, and the lab groups their repeats as its own',
    async () => {
      const out = join(folder, 'loop.runs.json');
      await runScript(sweepOf([8, 16], 2, 100), 'sweep_in_a_loop.py', ['--out', out]);
      const { added } = newImports([], importRunsFile(out));
      const groups = groupRuns(added);
      expect(groups.map((g) => g.runs.map((r) => r.name))).toEqual([
        ['#1 Dense 8 units · PyTorch · seed 1', '#2 Dense 8 units · PyTorch · seed 2'],
        ['#3 Dense 16 units · PyTorch · seed 1', '#4 Dense 16 units · PyTorch · seed 2'],
      ]);
      expect(
        added.every((r) => r.status === 'done' && r.test && r.engine?.startsWith('PyTorch')),
      ).toBe(true);
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    'runs its trials on a local Dask cluster, and the app imports the results',
    async () => {
      requirePython({ distributed: 'python3-distributed' });
      const out = join(folder, 'dask.runs.json');
      const { stdout, ms } = await runScript(sweepOf([16, 32], 1, 200), 'sweep_on_dask.py', [
        '--out',
        out,
        '--dask',
        'local',
        '--workers',
        '2',
      ]);
      const runs = importRunsFile(out);
      expect(runs.map((r) => [r.config.hiddenUnits, r.status, r.step])).toEqual([
        [16, 'done', 200],
        [32, 'done', 200],
      ]);
      expect(runs.every((r) => r.points.length === 2 && r.test!.accuracy > 0.6)).toBe(true);
      const ends = jsonLines(stdout).filter((line) => 'status' in line);
      expect(ends.map((line) => line.trial).sort()).toEqual([0, 1]);
      console.log(`Dask sweep, 2 trials of 200 steps: ${(ms / 1000).toFixed(1)} s`);
    },
    PYTHON_TIMEOUT_MS,
  );
});
