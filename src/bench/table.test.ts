import { describe, expect, it } from 'vitest';
import { formatExperiments } from '../../bench/table.mjs';
import { experimentRatios } from '../../bench/torch.mjs';
import type { ExperimentResult, TorchExperimentRun } from './report';

function experiment(overrides: Partial<ExperimentResult>): ExperimentResult {
  return {
    model: 'dense-100',
    backend: 'wasm',
    steps: 3_000,
    batchSize: 32,
    evalEvery: 50,
    validationSize: 5_000,
    status: 'done',
    wallMs: 12_000,
    workerMs: 11_900,
    valAccuracy: 0.86,
    testAccuracy: 0.8512,
    trainMs: 4_000,
    evalMs: 6_000,
    testMs: 1_500,
    otherMs: 500,
    evalPoints: 60,
    evalMsPerPoint: 100,
    trainExamplesPerSec: 24_000,
    evalImagesPerSec: 50_000,
    evalToTrain: 50_000 / 24_000,
    ...overrides,
  };
}

const nothing = {
  trainMs: null,
  evalMs: null,
  testMs: null,
  otherMs: null,
  evalPoints: null,
  evalMsPerPoint: null,
  trainExamplesPerSec: null,
  evalImagesPerSec: null,
  evalToTrain: null,
  testAccuracy: null,
};

function torchRun(
  model: TorchExperimentRun['model'],
  steps: number,
  threads: TorchExperimentRun['threads'],
  wallMs: number | null,
): TorchExperimentRun {
  return {
    model,
    steps,
    threads,
    torchThreads: threads === 'one' ? 1 : 2,
    wallMs,
    evalShare: 0.1,
    valAccuracy: 0.85,
    testAccuracy: 0.84,
  };
}

describe('experimentRatios', () => {
  it("divides the app's wall time by PyTorch's for the same model and steps", () => {
    const runs = [
      torchRun('dense-100', 3_000, 'one', 24_000),
      torchRun('dense-100', 3_000, 'default', 16_000),
      torchRun('dense-100', 1_000, 'one', 1_000),
    ];
    expect(experimentRatios([experiment({})], runs)).toEqual([
      {
        model: 'dense-100',
        steps: 3_000,
        appWallMs: 12_000,
        torchOneThreadMs: 24_000,
        torchDefaultMs: 16_000,
        appToTorchOneThread: 0.5,
        appToTorchDefault: 0.75,
      },
    ]);
  });

  it('has no ratio for an experiment that did not finish, or a PyTorch run that failed', () => {
    const runs = [torchRun('dense-100', 3_000, 'one', null)];
    expect(experimentRatios([experiment({ status: 'budget' })], runs)).toEqual([]);
    expect(experimentRatios([experiment({})], runs)[0]).toMatchObject({
      appToTorchOneThread: null,
      appToTorchDefault: null,
    });
  });
});

describe('formatExperiments', () => {
  const cnn = experiment({
    model: 'report-cnn',
    steps: 1_000,
    wallMs: 9_000,
    trainMs: 6_000,
    evalMs: 2_000,
    testMs: 600,
    otherMs: 400,
    evalPoints: 20,
    evalMsPerPoint: 100,
    trainExamplesPerSec: 5_333.3,
    evalImagesPerSec: 50_000,
    evalToTrain: 50_000 / 5_333.3,
    testAccuracy: 0.871,
  });

  it('prints one row per experiment with the split, the rates and their ratio', () => {
    const text = formatExperiments([experiment({}), cnn]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^experiments on wasm: .*batch 32, 5000 validation images every 50/);
    expect(text).toMatch(/target >= 3x/);
    const header = lines.find((line) => line.startsWith('model'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'model',
      'steps',
      'wall s',
      'train s',
      'eval s',
      'test s',
      'other s',
      'train ex/s',
      'eval img/s',
      'eval/train',
      'test acc',
    ]);
    const row = (model: string) => lines.find((line) => line.startsWith(model))!.split(/\s+/);
    expect(row('dense-100')).toEqual([
      'dense-100',
      '3000',
      '12.0',
      '4.0',
      '6.0',
      '1.5',
      '0.5',
      '24000',
      '50000',
      '2.08x',
      '0.851',
    ]);
    expect(row('report-cnn').slice(2, 7)).toEqual(['9.0', '6.0', '2.0', '0.6', '0.4']);
    expect(text).not.toMatch(/torch/);
  });

  it("adds PyTorch's wall times and the app's over them, and says which way is faster", () => {
    const runs = [
      torchRun('dense-100', 3_000, 'one', 24_000),
      torchRun('dense-100', 3_000, 'default', 16_000),
      torchRun('report-cnn', 1_000, 'one', 18_000),
      { ...torchRun('report-cnn', 1_000, 'default', null), error: 'exited with 1: boom' },
    ];
    const experiments = [experiment({}), cnn];
    const text = formatExperiments(experiments, {
      runs,
      ratios: experimentRatios(experiments, runs),
    });
    expect(text).toMatch(/app\/torch = app wall \/ PyTorch wall: below 1x the app waits less/);
    expect(text).toMatch(/PyTorch's default \(2 threads here\)/);
    const lines = text.split('\n');
    const header = lines.find((line) => line.startsWith('model'))!.split(/\s{2,}/);
    expect(header.slice(-4)).toEqual([
      'torch 1T s',
      'torch all s',
      'app/torch 1T',
      'app/torch all',
    ]);
    const cells = (model: string) =>
      lines
        .find((line) => line.startsWith(model))!
        .split(/\s+/)
        .slice(-4);
    expect(cells('dense-100')).toEqual(['24.0', '16.0', '0.50x', '0.75x']);
    expect(cells('report-cnn')).toEqual(['18.0', '-', '0.50x', '-']);
    expect(text).toMatch(/PyTorch report-cnn default: exited with 1: boom/);
    const oneThread = runs.map((run) => ({ ...run, torchThreads: 1 }));
    expect(
      formatExperiments(experiments, {
        runs: oneThread,
        ratios: experimentRatios(experiments, oneThread),
      }),
    ).toMatch(/PyTorch's default \(1 thread here\)/);
  });

  it('names an experiment that did not finish, and a PyTorch that could not run', () => {
    const stopped = experiment({
      status: 'budget',
      message: 'Stopped by the budget at step 900.',
      ...nothing,
    });
    const text = formatExperiments([stopped], { error: 'no PyTorch experiment at x.py' });
    expect(text.split('\n').find((line) => line.startsWith('dense-100'))).toMatch(
      /^dense-100\s+3000\s+12\.0\s+-\s+-\s+-\s+-\s+-\s+-\s+-\s+-$/,
    );
    expect(text).toMatch(/dense-100: budget \(Stopped by the budget at step 900\.\)/);
    expect(text).toMatch(/PyTorch experiments not run: no PyTorch experiment at x\.py/);
  });

  it('is empty when no experiment ran', () => {
    expect(formatExperiments([])).toBe('');
  });
});
