import { describe, expect, it } from 'vitest';
import type { EvalPoint } from '../model/types';
import {
  MEMORY_TOLERANCE,
  bestBatch,
  bracketedRatio,
  concurrentRates,
  experimentBreakdown,
  medianRate,
  fastestBackend,
  firstReaching,
  insideCost,
  listScheduleMs,
  memoryProblems,
  quantile,
  ratio,
  steadyState,
  summariseExperiments,
  type ExperimentRun,
  type InsideCostInput,
  type MemoryFigures,
} from './stats';

const BATCH = 32;
const MIB = 1024 * 1024;

/** A point as the training loop reports it: rate over the steps since the previous point. */
function point(
  step: number,
  examplesPerSec: number,
  elapsedMs: number,
  valAccuracy = 0.5,
): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * BATCH,
    valAccuracy,
    valLoss: 1,
    trainLoss: 1,
    examplesPerSec,
    elapsedMs,
  };
}

describe('steadyState', () => {
  it('ignores the warm-up point and weighs later intervals by their training time', () => {
    // Warm-up: 20 steps at a slow 64/s. Then 20 steps at 640/s (1 s) and 10 steps at 160/s
    // (2 s), each followed by a 0.5 s evaluation.
    const points = [point(20, 64, 10_500), point(40, 640, 12_000), point(50, 160, 14_500)];
    const steady = steadyState(points, BATCH);
    expect(steady.measuredSteps).toBe(30);
    expect(steady.examplesPerSec).toBeCloseTo((30 * BATCH) / 3);
    expect(steady.evalMs).toBeCloseTo(500);
  });

  it('has no rate without a point after the warm-up', () => {
    expect(steadyState([point(20, 64, 10_500)], BATCH)).toEqual({
      measuredSteps: 0,
      examplesPerSec: null,
      evalMs: null,
    });
    expect(steadyState([], BATCH).examplesPerSec).toBeNull();
  });
});

describe('experimentBreakdown', () => {
  // Worker clock, from the loop's start: 50 steps at 1,600/s (1 s), a 0.25 s pass over 5,000
  // images; 50 steps at 800/s (2 s), another 0.25 s pass. Page clock: `train` sent at 0, the
  // loop starts at 0.4 s, the last point arrives at 3.9 s + 5 ms, run-ended at 4.505 s.
  const points = [point(50, 1_600, 1_250), point(100, 800, 3_500)];

  it('splits the wall time into training, validation, test and the rest', () => {
    const split = experimentBreakdown(points, 5_000, 4_505, 3_905)!;
    expect(split.trainMs).toBeCloseTo(3_000);
    expect(split.evalMs).toBeCloseTo(500);
    expect(split.testMs).toBeCloseTo(600);
    expect(split.otherMs).toBeCloseTo(405);
    expect(split.trainMs + split.evalMs + split.testMs + split.otherMs).toBeCloseTo(4_505);
    expect(split.evalPoints).toBe(2);
    expect(split.evalMsPerPoint).toBeCloseTo(250);
    // 3,200 examples in 3 s; 5,000 images in 0.25 s.
    expect(split.trainExamplesPerSec).toBeCloseTo(3_200 / 3);
    expect(split.evalImagesPerSec).toBeCloseTo(20_000);
    expect(split.evalToTrain).toBeCloseTo(20_000 / (3_200 / 3));
  });

  it('counts the examples of a shorter last interval', () => {
    // A run of 120 steps ends with a 20-step interval (640 examples at 640/s: 1 s).
    const split = experimentBreakdown([...points, point(120, 640, 4_750)], 5_000, 6_000, 5_000)!;
    expect(split.trainMs).toBeCloseTo(4_000);
    expect(split.evalMs).toBeCloseTo(750);
    expect(split.trainExamplesPerSec).toBeCloseTo((120 * BATCH) / 4);
  });

  it('is null without a point', () => {
    expect(experimentBreakdown([], 5_000, 1_000, 0)).toBeNull();
  });
});

describe('quantile', () => {
  it('interpolates between the closest ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
    // 95th of 1..100: rank 99 * 0.95 = 94.05 from the first, between 95 and 96.
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBeCloseTo(95.05);
  });

  it('gives the one value of a single sample, null for none, and does not sort in place', () => {
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects a quantile outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('ratio', () => {
  it('divides, or gives null when a side is missing or the divisor is not positive', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });
});

describe('bestBatch', () => {
  it('picks the highest rate, the smaller batch on a tie, and skips unmeasured sizes', () => {
    const trials = [
      { batchSize: 32, examplesPerSec: 1000 },
      { batchSize: 64, examplesPerSec: 1800 },
      { batchSize: 128, examplesPerSec: 1800 },
      { batchSize: 256, examplesPerSec: null },
    ];
    expect(bestBatch(trials)?.batchSize).toBe(64);
    expect(bestBatch([{ batchSize: 32, examplesPerSec: null }])).toBeNull();
    expect(bestBatch([])).toBeNull();
  });
});

describe('fastestBackend', () => {
  const row = (
    backend: 'wasm' | 'webgl' | 'cpu',
    model: string,
    examplesPerSec: number | null,
  ) => ({
    backend,
    model,
    examplesPerSec,
  });

  it('picks the backend fastest on the most models', () => {
    const results = [
      row('webgl', 'dense', 500),
      row('wasm', 'dense', 4000),
      row('cpu', 'dense', 400),
      row('webgl', 'cnn', 50),
      row('wasm', 'cnn', 1300),
      row('webgl', 'deep', 9),
      row('wasm', 'deep', null),
      row('cpu', 'deep', 8),
    ];
    expect(fastestBackend(['webgl', 'wasm', 'cpu'], results)).toBe('wasm');
  });

  it('breaks a tie by the order of the backends, and gives null without rates', () => {
    const results = [row('webgl', 'dense', 500), row('wasm', 'cnn', 1300)];
    expect(fastestBackend(['wasm', 'webgl'], results)).toBe('wasm');
    expect(fastestBackend(['webgl', 'wasm'], results)).toBe('webgl');
    expect(fastestBackend(['wasm'], [row('wasm', 'dense', null)])).toBeNull();
  });
});

describe('firstReaching', () => {
  it('finds the first point at or above the accuracy', () => {
    const points = [point(250, 1, 1, 0.8), point(500, 1, 2, 0.85), point(750, 1, 3, 0.86)];
    expect(firstReaching(points, 0.85)?.step).toBe(500);
    expect(firstReaching(points, 0.9)).toBeNull();
  });
});

describe('memoryProblems', () => {
  const sample = (over: Partial<MemoryFigures> = {}): MemoryFigures => ({
    numTensors: 40,
    numBytes: 400_000,
    numBytesInGPU: null,
    jsHeapBytes: 80 * MIB,
    ...over,
  });

  it('finds nothing wrong with equal tensors and a heap within the tolerance', () => {
    const heap = 80 * MIB + MEMORY_TOLERANCE.heapBytes;
    expect(memoryProblems([sample(), sample({ jsHeapBytes: heap })])).toEqual([]);
    // The heap may shrink; missing figures are not judged.
    expect(memoryProblems([sample(), sample({ jsHeapBytes: MIB })])).toEqual([]);
    expect(memoryProblems([sample({ jsHeapBytes: null }), sample()])).toEqual([]);
  });

  it('names a tensor leak in any sample, even when the last is back to the first', () => {
    const problems = memoryProblems([
      sample(),
      sample({ numTensors: 41, numBytes: 400_004 }),
      sample(),
    ]);
    expect(problems).toEqual([
      'tensors went from 40 to 41',
      'tensor bytes went from 400000 to 400004',
    ]);
  });

  it('names GPU bytes that move and a heap that grows beyond the tolerance', () => {
    const problems = memoryProblems([
      sample({ numBytesInGPU: 10 * MIB }),
      sample({ numBytesInGPU: 12 * MIB, jsHeapBytes: 100 * MIB }),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^GPU bytes changed by 2\.0 MiB/);
    expect(problems[1]).toMatch(/^the JS heap grew by 20\.0 MiB/);
  });

  it('cannot judge fewer than two samples', () => {
    expect(memoryProblems([sample()])).toEqual(['fewer than two samples']);
  });
});

describe('bracketedRatio', () => {
  it('compares each round with the mean of the app runs around it, and takes the median', () => {
    // The machine slows down: app 100, 80, 60; the loop, between them, 90 then 70.
    expect(bracketedRatio([100, 80, 60], [90, 70])).toBeCloseTo(1);
    // Three rounds, one disturbed: ratios 1, 1, 2; the median ignores the outlier.
    expect(bracketedRatio([100, 100, 100, 100], [100, 50, 100])).toBe(1);
  });

  it('uses the one app run it has, and skips rounds without a rate', () => {
    expect(bracketedRatio([100, null], [50])).toBe(2);
    expect(bracketedRatio([100, 100], [null])).toBeNull();
    expect(bracketedRatio([null, null], [50])).toBeNull();
  });
});

describe('medianRate', () => {
  it('is the median of the measured rates', () => {
    expect(medianRate([3, null, 1, 2])).toBe(2);
    expect(medianRate([null])).toBeNull();
  });
});

describe('concurrentRates', () => {
  /** A run of 100-step intervals at `rates`, its points arriving at `at` (page ms). */
  const run = (at: number[], rates: number[], endedAt: number | null) => ({
    points: at.map((_, i) => point(i * 100, rates[i], 0)),
    pointAt: at,
    endedAt,
  });

  it('counts only the intervals every run trained through, after every warm-up', () => {
    // The first run trains alone until 1,000, the second until its end at 5,000.
    const first = run(
      [500, 1_000, 1_500, 2_000, 2_500, 3_000],
      [9, 3_000, 1_500, 1_500, 1_500, 1_500],
      3_200,
    );
    const second = run(
      [1_200, 1_700, 2_200, 2_700, 3_200, 5_000],
      [9, 1_600, 1_600, 1_600, 1_600, 3_000],
      5_000,
    );
    const result = concurrentRates([first, second], BATCH);
    expect(result.windowMs).toBe(2_000);
    // first: 1,500-2,000, 2,000-2,500, 2,500-3,000 (1,000-1,500 starts before 1,200).
    expect(result.rates[0]).toBeCloseTo(1_500);
    // second: 1,200-1,700 ... 2,700-3,200 (3,200-5,000 ends after the first run's end).
    expect(result.rates[1]).toBeCloseTo(1_600);
    expect(result.total).toBeCloseTo(3_100);
  });

  it('is steadyState for a single run, and null without a common window', () => {
    const only = run([100, 600, 1_100], [9, 2_000, 1_000], 1_300);
    const single = concurrentRates([only], BATCH);
    expect(single.rates[0]).toBeCloseTo(steadyState(only.points, BATCH).examplesPerSec!);
    expect(single.windowMs).toBe(1_200);
    const later = run([2_000, 2_500, 3_000], [9, 2_000, 2_000], 3_100);
    expect(concurrentRates([only, later], BATCH)).toEqual({
      windowMs: null,
      rates: [null, null],
      total: null,
    });
    expect(concurrentRates([only, run([], [], null)], BATCH).total).toBeNull();
  });

  it('has no total when a run has no whole interval in the window', () => {
    const long = run([0, 1_000, 2_000, 3_000], [9, 1_000, 1_000, 1_000], 3_000);
    const short = run([500, 2_600], [9, 1_000], 2_600);
    const result = concurrentRates([long, short], BATCH);
    expect(result.rates).toEqual([1_000, 1_000]);
    const shorter = run([1_500, 1_900], [9, 1_000], 1_900);
    expect(concurrentRates([long, shorter], BATCH)).toMatchObject({
      windowMs: 400,
      rates: [null, 1_000],
      total: null,
    });
  });
});

describe('summariseExperiments', () => {
  const run = (overrides: Partial<ExperimentRun>): ExperimentRun => ({
    experiment: 'report-dense-hidden',
    title: 'Dense: hidden units',
    field: 'hiddenUnits',
    value: 3,
    steps: 15_000,
    status: 'done',
    testAccuracy: 0.8,
    elapsedMs: 100_000,
    startMs: 0,
    endMs: 100_000,
    ...overrides,
  });

  it('times each experiment to its last end and picks its best test accuracy', () => {
    const runs = [
      run({ value: 3, testAccuracy: 0.81, startMs: 10, endMs: 90_000, elapsedMs: 89_000 }),
      run({ value: 5, testAccuracy: 0.84, startMs: 200, endMs: 120_000, elapsedMs: 110_000 }),
      run({ value: 10, testAccuracy: 0.84, startMs: 90_000, endMs: 150_000, elapsedMs: 60_000 }),
      run({
        experiment: 'report-cnn-kernel',
        title: 'CNN: kernel size',
        field: 'kernelSize',
        value: 2,
        steps: 10_000,
        status: 'failed',
        testAccuracy: null,
        startMs: 120_000,
        endMs: 121_000,
        elapsedMs: null,
      }),
    ];
    expect(summariseExperiments(runs)).toEqual([
      {
        experiment: 'report-dense-hidden',
        title: 'Dense: hidden units',
        field: 'hiddenUnits',
        runs: 3,
        done: 3,
        steps: 15_000,
        endMs: 150_000,
        spanMs: 149_990,
        runMsSum: 259_000,
        bestValue: 5,
        bestTestAccuracy: 0.84,
      },
      {
        experiment: 'report-cnn-kernel',
        title: 'CNN: kernel size',
        field: 'kernelSize',
        runs: 1,
        done: 0,
        steps: 10_000,
        endMs: 121_000,
        spanMs: 1_000,
        runMsSum: 0,
        bestValue: null,
        bestTestAccuracy: null,
      },
    ]);
  });

  it('has no end while a run has not ended', () => {
    const [summary] = summariseExperiments([
      run({}),
      run({ value: 4, endMs: null, startMs: null }),
    ]);
    expect(summary.endMs).toBeNull();
    expect(summary.spanMs).toBeNull();
  });
});

describe('listScheduleMs', () => {
  it('gives each job to the first worker free, in the order given', () => {
    // The sweep's shape: the largest run last. Queue order: 1+3 and 1.2+3.7.
    expect(listScheduleMs([1_000, 1_200, 1_700, 3_700], 2)).toBe(4_900);
    // Longest first: 3.7 on one worker, 1.7+1.2+1 on the other.
    expect(listScheduleMs([3_700, 1_700, 1_200, 1_000], 2)).toBe(3_900);
    expect(listScheduleMs([1_000, 2_000], 1)).toBe(3_000);
    expect(listScheduleMs([1_000, 2_000], 4)).toBe(2_000);
    expect(listScheduleMs([], 2)).toBe(0);
  });

  it('is null with a missing duration or no worker', () => {
    expect(listScheduleMs([1_000, null], 2)).toBeNull();
    expect(listScheduleMs([1_000], 0)).toBeNull();
  });
});

describe('insideCost', () => {
  /** A point; with `insideMs`, one the look inside measured, taking that long. */
  const at = (step: number, insideMs?: number): EvalPoint => ({
    ...point(step, 10_000, step * 2),
    ...(insideMs === undefined
      ? {}
      : {
          inside: {
            layers: [],
            activations: [],
            saturated: 0,
            probeImages: 500,
            gradientBatch: 32,
            ms: insideMs,
          },
        }),
  });
  const run = (
    inspect: boolean,
    wallMs: number | null,
    points: EvalPoint[],
    status = 'done',
  ): InsideCostInput => ({ inspect, status, wallMs, points });

  it('compares the faster run of each side and takes the median time over every measured point', () => {
    const cost = insideCost([
      run(false, 5_400, [at(50), at(100), at(150)]),
      run(true, 5_600, [at(50, 2), at(100), at(150, 4)]),
      run(false, 5_310, [at(50), at(100), at(150)]),
      run(true, 5_530, [at(50, 3), at(100, 10), at(150, 1)]),
    ]);
    expect(cost).toMatchObject({
      wallMsWithout: 5_310,
      wallMsWith: 5_530,
      insideMsPerPoint: 3,
      insidePoints: 5,
      points: 6,
      // Every point should have it: one without is a problem the bench fails on.
      problems: ['the look inside was missing at 1 of 6 points'],
    });
    expect(cost.addedShare).toBeCloseTo(5_530 / 5_310 - 1);
    expect(cost.runs).toEqual([
      { inspect: false, status: 'done', wallMs: 5_400, points: 3, insidePoints: 0 },
      { inspect: true, status: 'done', wallMs: 5_600, points: 3, insidePoints: 2 },
      { inspect: false, status: 'done', wallMs: 5_310, points: 3, insidePoints: 0 },
      { inspect: true, status: 'done', wallMs: 5_530, points: 3, insidePoints: 3 },
    ]);
  });

  it('leaves out a run that did not finish, and has no share without a finished run on a side', () => {
    const stopped = { ...run(true, 900, [at(50, 2)], 'budget'), message: 'Stopped by the budget.' };
    const one = insideCost([run(false, 5_000, [at(50)]), stopped, run(true, 5_500, [at(50, 4)])]);
    expect(one.wallMsWith).toBe(5_500);
    expect(one.addedShare).toBeCloseTo(0.1);
    expect(one.problems).toEqual(['run 2 (with the look inside): budget (Stopped by the budget.)']);
    const none = insideCost([run(false, null, [], 'failed'), run(true, 5_500, [at(50, 4)])]);
    expect(none.addedShare).toBeNull();
    expect(none.problems).toEqual([
      'run 1 (without the look inside): failed',
      'no run without the look inside finished',
    ]);
  });

  it('gives no share when a run without the look inside reported it, and notes one with none', () => {
    const leaked = insideCost([run(false, 5_000, [at(50, 2)]), run(true, 5_500, [at(50, 4)])]);
    expect(leaked.addedShare).toBeNull();
    expect(leaked.problems).toEqual([
      'the runs without the look inside reported it at 1 points anyway',
    ]);
    const blind = insideCost([run(false, 5_000, [at(50)]), run(true, 5_100, [at(50)])]);
    expect(blind.insideMsPerPoint).toBeNull();
    expect(blind.problems).toEqual(['the runs with the look inside reported it at no point']);
  });
});
