import { describe, expect, it } from 'vitest';
import {
  formatEngines,
  formatExperiments,
  formatInsideCost,
  formatRatios,
  insideCostLine,
  formatPoolScaling,
  formatPoolSweep,
  formatReproduction,
} from '../../bench/table.mjs';
import { experimentRatios } from '../../bench/torch.mjs';
import type {
  BenchReport,
  ExperimentResult,
  InsideCost,
  PoolScalingRow,
  PoolSweepRun,
  ReproductionRun,
  TorchExperimentRun,
} from './report';
import { summariseExperiments } from './stats';

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

describe('the look inside', () => {
  const cost = (overrides: Partial<InsideCost>): InsideCost => {
    const wallMsWithout = overrides.wallMsWithout ?? 5_310;
    const wallMsWith = overrides.wallMsWith ?? 5_530;
    return {
      model: 'dense-100',
      backend: 'wasm',
      steps: 3_000,
      budget: 0.1,
      runs: [false, true, false, true].map((inspect, i) => ({
        inspect,
        status: 'done',
        wallMs: (inspect ? wallMsWith : wallMsWithout) + (i < 2 ? 90 : 0),
        points: 60,
        insidePoints: inspect ? 20 : 0,
      })),
      wallMsWithout,
      wallMsWith,
      addedShare: wallMsWith / wallMsWithout - 1,
      insideMsPerPoint: 3.24,
      insidePoints: 40,
      points: 120,
      problems: [],
      ...overrides,
    };
  };
  const cnn = cost({
    model: 'report-cnn',
    steps: 1_000,
    wallMsWithout: 10_900,
    wallMsWith: 11_227,
    insideMsPerPoint: 25.06,
    insidePoints: 34,
    points: 40,
  });

  it("says in one line what it adds to each experiment's wall time", () => {
    expect(insideCostLine([cost({}), cnn])).toBe(
      "look inside adds 4.1% to dense-100's experiment (5.31 s → 5.53 s), " +
        "3.0% to the report CNN's (10.90 s → 11.23 s)",
    );
    expect(insideCostLine([cost({ wallMsWith: 6_000 })])).toBe(
      "look inside adds 13.0% to dense-100's experiment (5.31 s → 6.00 s, OVER the 10% budget)",
    );
    expect(insideCostLine([cost({ addedShare: null, wallMsWith: null }), cnn])).toBe(
      "look inside adds 3.0% to the report CNN's experiment (10.90 s → 11.23 s)",
    );
    expect(insideCostLine([])).toBe('');
  });

  it('prints a row per experiment, the line, and what went wrong', () => {
    const problem = 'run 3 (without the look inside): failed (The worker crashed)';
    const text = formatInsideCost([cost({}), { ...cnn, problems: [problem] }]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^look inside on wasm: .* in the order without, with, without, with; the faster of each$/,
    );
    expect(text).toMatch(/budget 10%/);
    expect(lines.find((line) => line.startsWith('model'))!.split(/\s{2,}/)).toEqual([
      'model',
      'steps',
      'without s',
      'with s',
      'added',
      'ms/point',
      'points looked inside',
    ]);
    const row = (model: string) => lines.find((line) => line.startsWith(model))!.split(/\s+/);
    expect(row('dense-100')).toEqual([
      'dense-100',
      '3000',
      '5.31',
      '5.53',
      '4.1%',
      '3.2',
      '40/120',
    ]);
    expect(row('report-cnn')).toEqual([
      'report-cnn',
      '1000',
      '10.90',
      '11.23',
      '3.0%',
      '25.1',
      '34/40',
    ]);
    expect(lines).toContain(insideCostLine([cost({}), cnn]));
    expect(lines.at(-1)).toBe(`  report-cnn: ${problem}`);
    expect(formatInsideCost([])).toBe('');
    expect(formatInsideCost(undefined)).toBe('');
  });

  it('is a ratio measured in the same run', () => {
    const report = {
      results: [],
      backends: [],
      datasetToBareFetch: null,
      insideCost: [cost({}), cnn],
    } as unknown as BenchReport;
    const rows = formatRatios(report).split('\n');
    expect(rows.find((line) => line.includes('dense-100'))!.split(/\s{2,}/)).toEqual([
      'look inside: with/without',
      'wasm',
      'dense-100',
      '1.04x',
    ]);
    expect(rows.find((line) => line.includes('report-cnn'))).toMatch(/1\.03x$/);
  });
});

describe('the pool tables', () => {
  const status = (limit: number, gains: { workers: number; ratio: number }[]) => ({
    workers: limit,
    busy: 0,
    limit,
    gains,
    dataset: 'shared' as const,
  });
  const row = (overrides: Partial<PoolScalingRow>): PoolScalingRow => ({
    workers: 1,
    runs: 1,
    steps: 3_925,
    evalEvery: 157,
    batchSize: 32,
    maxBusy: 1,
    runRates: [25_000],
    totalExamplesPerSec: 25_000,
    overlapRates: [25_100],
    overlapExamplesPerSec: 25_100,
    overlapMs: 4_800,
    ratioToOne: 1,
    overlapRatioToOne: 1,
    poolGain: null,
    pool: status(1, []),
    wallMs: 5_300,
    status: 'done',
    ...overrides,
  });

  it('prints pool scaling: the total, its ratio to one worker and the pool gain', () => {
    const text = formatPoolScaling({
      backend: 'wasm',
      model: 'dense-100',
      cpus: 2,
      rateEstimate: 25_000,
      rows: [
        row({}),
        row({
          workers: 2,
          runs: 2,
          maxBusy: 2,
          runRates: [20_000, 19_000.4],
          totalExamplesPerSec: 39_000.4,
          overlapRates: [19_000, 18_000],
          overlapExamplesPerSec: 37_000,
          ratioToOne: 39_000.4 / 25_000,
          overlapRatioToOne: 37_000 / 25_100,
          poolGain: 1.85,
          pool: status(2, [{ workers: 2, ratio: 1.85 }]),
          status: 'budget',
          message: 'bench-pool-2-2: budget',
        }),
      ],
    });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^pool scaling on wasm: n dense-100 runs \(3925 steps of 32, evaluated every 157\).*n = 1\.\.2/,
    );
    const header = lines.find((line) => line.startsWith('workers'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'workers',
      'at once',
      'run ex/s',
      'total ex/s',
      'total x1',
      'all-running ex/s',
      'all-running x1',
      'all-running s',
      'pool gain',
      'pool limit',
      'dataset',
      'wall s',
      'status',
    ]);
    const cells = (workers: string) =>
      lines
        .find((line) => line.trimStart().startsWith(`${workers} `))!
        .trim()
        .split(/\s+/);
    expect(cells('1')).toEqual([
      '1',
      '1',
      '25000',
      '25000',
      '1.00x',
      '25100',
      '1.00x',
      '4.8',
      '-',
      '1',
      'shared',
      '5.3',
      'done',
    ]);
    expect(cells('2')).toEqual([
      '2',
      '2',
      '20000/19000',
      '39000',
      '1.56x',
      '37000',
      '1.47x',
      '4.8',
      '1.85x',
      '2',
      'shared',
      '5.3',
      'budget',
    ]);
    expect(text).toMatch(/2 workers: bench-pool-2-2: budget/);
    expect(formatPoolScaling(null)).toBe('');
  });

  const sweepRun = (value: number, startMs: number, endMs: number): PoolSweepRun => ({
    value,
    status: 'done',
    startMs,
    endMs,
    elapsedMs: endMs - startMs - 100,
    testAccuracy: 0.8,
    trainMs: null,
    evalMs: null,
    testMs: null,
  });

  it('prints the sweep in one worker and in the pool, and the speed-up', () => {
    const text = formatPoolSweep({
      backend: 'wasm',
      field: 'hiddenUnits',
      values: [32, 64],
      steps: 1_000,
      evalEvery: 50,
      validationSize: 5_000,
      oneWorker: {
        maxWorkers: 1,
        wallMs: 4_000,
        runs: [sweepRun(32, 0, 1_500), sweepRun(64, 1_600, 4_000)],
        maxBusy: 1,
        pool: status(1, []),
      },
      pool: {
        maxWorkers: 2,
        wallMs: null,
        runs: [sweepRun(32, 0, 1_500)],
        maxBusy: 2,
        pool: status(1, [{ workers: 2, ratio: 1.05 }]),
        message: 'bench-sweep-2-64: timed-out',
      },
      speedUp: null,
      target: 1.6,
      queueOrderMs: 2_500,
      longestFirstMs: 2_300,
      queueOrderBound: 1.6,
      longestFirstBound: 4_000 / 2_300,
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'sweep on wasm: hiddenUnits 32, 64, 1000 steps each, evaluated every 50 steps on 5000 ' +
        "validation images (the app's defaults)",
    );
    const header = lines.find((line) => line.startsWith('pool'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'pool',
      'max workers',
      'at once',
      'wall s',
      '32: start-end s',
      '64: start-end s',
      'train s',
      'eval s',
      'runs s',
    ]);
    expect(lines.find((line) => line.startsWith('one worker'))!.split(/\s{2,}/)).toEqual([
      'one worker',
      '1',
      '1',
      '4.0',
      '0.0-1.5',
      '1.6-4.0',
      '-',
      '-',
      '3.7',
    ]);
    expect(lines.find((line) => line.startsWith('default pool'))!.split(/\s{2,}/)).toEqual([
      'default pool',
      '2',
      '2',
      '-',
      '0.0-1.5',
      '-',
      '-',
      '-',
      '1.4',
    ]);
    expect(text).toMatch(/speed-up \(one worker \/ default pool\): - \(target >= 1\.60x\)/);
    expect(text).toMatch(
      /bound: the one-worker run times on 2 workers, no start-up, no shared cores: 2\.5 s in queue order \(1\.60x\), 2\.3 s longest first \(1\.74x\)/,
    );
    expect(text).toMatch(/default pool: pool's gains 2: 1\.05x, limit 1, dataset shared/);
    expect(text).toMatch(/default pool: bench-sweep-2-64: timed-out/);
    expect(formatPoolSweep(null)).toBe('');
  });

  const reproRun = (overrides: Partial<ReproductionRun>): ReproductionRun => ({
    experiment: 'report-dense-hidden',
    title: 'Dense: hidden units',
    field: 'hiddenUnits',
    value: 5,
    steps: 1_500,
    learningRate: 0.001,
    status: 'done',
    testAccuracy: 0.8123,
    valAccuracy: 0.8201,
    elapsedMs: 3_000,
    startMs: 100,
    endMs: 3_200,
    ...overrides,
  });

  it('prints the reproduction in all, per experiment and per run', () => {
    const runs = [
      reproRun({}),
      reproRun({
        experiment: 'report-cnn-kernel',
        title: 'CNN: kernel size',
        field: 'kernelSize',
        value: 7,
        steps: 1_000,
        status: 'failed',
        message: 'The worker crashed: boom',
        testAccuracy: null,
        elapsedMs: 0,
        startMs: 3_200,
        endMs: 3_300,
      }),
    ];
    const text = formatReproduction({
      backend: 'wasm',
      scale: 10,
      wallMs: 3_300,
      runMsSum: 3_000,
      parallelism: 3_000 / 3_300,
      maxBusy: 2,
      pool: status(2, [{ workers: 2, ratio: 1.9 }]),
      experiments: summariseExperiments(runs),
      runs,
      message: 'bench-report-report-cnn-kernel-7: failed (The worker crashed: boom)',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      "Reproduce the report on wasm: 2 runs of the report's three experiments queued at once " +
        'into the default pool, steps divided by 10',
    );
    expect(lines[1]).toMatch(
      /wall 3\.3 s from the first train to the last run-ended; 3\.0 s of runs .* 0\.91 at once on average, at most 2; pool's gains 2: 1\.90x, limit 2/,
    );
    const dense = lines.find((line) => line.startsWith('report-dense-hidden  hiddenUnits'))!;
    expect(dense.split(/\s+/)).toEqual([
      'report-dense-hidden',
      'hiddenUnits',
      '1',
      '1500',
      '1',
      '3.2',
      '3.1',
      '3.0',
      '5',
      '0.812',
    ]);
    const kernelRun = lines.find((line) => /^report-cnn-kernel\s+7\s/.test(line))!;
    expect(kernelRun.split(/\s+/)).toEqual([
      'report-cnn-kernel',
      '7',
      '1000',
      '0.001',
      '3.2',
      '3.3',
      '0.0',
      '0.820',
      '-',
      'failed',
    ]);
    expect(text).toMatch(/report-cnn-kernel 7: The worker crashed: boom/);
    expect(
      formatReproduction({
        backend: 'wasm',
        scale: 1,
        wallMs: 1,
        runMsSum: 0,
        parallelism: 0,
        maxBusy: 0,
        pool: null,
        experiments: [],
        runs: [],
      }).split('\n')[0],
    ).toMatch(/at the report's full length$/);
    expect(formatReproduction(null)).toBe('');
  });
});

describe('formatEngines', () => {
  it('names the engine each model trained with, and why not a faster one', () => {
    const results = [
      { backend: 'wasm', model: 'dense-100', engine: 'tape-free dense step' },
      { backend: 'webgl', model: 'report-cnn', engine: 'TF.js layers (no fused WebGL step yet)' },
      { backend: 'wasm', model: 'old', engine: null },
    ] as unknown as Parameters<typeof formatEngines>[0];
    expect(formatEngines(results)).toBe(
      [
        'training engine:',
        '  wasm dense-100: tape-free dense step',
        '  webgl report-cnn: TF.js layers (no fused WebGL step yet)',
      ].join('\n'),
    );
    expect(formatEngines([])).toBe('');
  });
});
