/**
 * Steady-state figures from a run's evaluation points. Pure: the points are the ones the worker
 * sends the app, so the bench reads the same numbers the app shows.
 */
import type { EvalPoint } from '../model/types';

export interface SteadyState {
  /** Training steps after the first (warm-up) point. */
  measuredSteps: number;
  /** Training examples per second over those steps, evaluation excluded; null without them. */
  examplesPerSec: number | null;
  /** Mean wall time of one validation pass after the warm-up, in ms; null without one. */
  evalMs: number | null;
}

const MS_PER_SECOND = 1000;

/**
 * Combines the points after the first: each point's `examplesPerSec` covers the steps since the
 * one before, so examples over summed training time is the rate of the whole stretch, and the
 * rest of the time between two points is the validation pass.
 */
export function steadyState(points: readonly EvalPoint[], batchSize: number): SteadyState {
  let steps = 0;
  let trainMs = 0;
  let evalMsSum = 0;
  for (let i = 1; i < points.length; i++) {
    const [before, point] = [points[i - 1], points[i]];
    const intervalSteps = point.step - before.step;
    const intervalTrainMs = (intervalSteps * batchSize * MS_PER_SECOND) / point.examplesPerSec;
    steps += intervalSteps;
    trainMs += intervalTrainMs;
    evalMsSum += point.elapsedMs - before.elapsedMs - intervalTrainMs;
  }
  const evals = points.length - 1;
  return {
    measuredSteps: steps,
    examplesPerSec: steps > 0 ? (steps * batchSize * MS_PER_SECOND) / trainMs : null,
    evalMs: evals > 0 ? evalMsSum / evals : null,
  };
}
