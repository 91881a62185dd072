import { describe, expect, it } from 'vitest';
import type { EvalPoint } from '../model/types';
import {
  MEMORY_TOLERANCE,
  bestBatch,
  bracketedRatio,
  experimentBreakdown,
  medianRate,
  fastestBackend,
  firstReaching,
  memoryProblems,
  quantile,
  ratio,
  steadyState,
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
