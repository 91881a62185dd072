import { describe, expect, it } from 'vitest';
import type { EvalPoint } from '../model/types';
import { steadyState } from './stats';

const BATCH = 32;

/** A point as the training loop reports it: rate over the steps since the previous point. */
function point(step: number, examplesPerSec: number, elapsedMs: number): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * BATCH,
    valAccuracy: 0.5,
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
