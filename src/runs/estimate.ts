/**
 * How long a run or a sweep will take on this machine, from the rates its own runs measured:
 * the training examples/s and validation images/s of the latest run of the same model shape, or
 * of another shape scaled by the work per image (multiply-adds). Pure: the UI passes the runs.
 */
import { IMAGE_SIZE, type TrainConfig } from '../model/config';
import type { PoolStatus } from '../worker/protocol';
import type { Run } from './state';

const CLASSES = 10;
const TEST_IMAGES = 10_000;
/** Building the model and gathering the validation set, before the first step (measured: about
 *  0.1-0.3 s on wasm). */
const START_MS = 200;

/** Multiply-adds of one image's forward pass (the backward pass costs about twice as much). */
export function multiplyAdds(config: TrainConfig): number {
  const conv = (side: number, k: number, inputs: number, outputs: number) =>
    (side - k + 1) ** 2 * k * k * inputs * outputs;
  switch (config.model) {
    case 'dense':
      return IMAGE_SIZE * IMAGE_SIZE * config.hiddenUnits + config.hiddenUnits * CLASSES;
    case 'cnn': {
      const side = IMAGE_SIZE - config.kernelSize + 1;
      return (
        conv(IMAGE_SIZE, config.kernelSize, 1, config.filters) +
        side * side * config.filters * CLASSES
      );
    }
    case 'deepCnn':
      // conv 32 3x3 on 28, pool to 13, conv 64 3x3 on 13, pool to 5, dense 128, dense 10.
      return conv(28, 3, 1, 32) + conv(13, 3, 32, 64) + 5 * 5 * 64 * 128 + 128 * CLASSES;
  }
}

/** A step's fixed cost (the engine, the batch, Adam), as multiply-adds: about 0.3 ms on wasm. */
const STEP_OVERHEAD_MULTIPLY_ADDS = 3e6;

/**
 * A run's work in multiply-adds, for ordering runs when no rates are known: training (forward
 * and backward, about three forward passes), every evaluation pass, the test pass, and a fixed
 * cost per step.
 */
export function runCost(config: TrainConfig): number {
  const perImage = multiplyAdds(config);
  const images =
    3 * config.steps * config.batchSize + evaluations(config) * config.validationSize + TEST_IMAGES;
  return perImage * images + config.steps * STEP_OVERHEAD_MULTIPLY_ADDS;
}

/** What decides a run's speed besides its length: two configs with the same key train alike. */
function shapeKey(config: TrainConfig): string {
  const shape =
    config.model === 'dense'
      ? config.hiddenUnits
      : config.model === 'cnn'
        ? `${config.filters}x${config.kernelSize}`
        : '';
  return `${config.model}:${shape}:${config.batchSize}:${config.activation}`;
}

export interface Rates {
  /** Training examples per second. */
  trainPerSec: number;
  /** Validation (and test) images per second. */
  evalPerSec: number;
  /** Whether they were measured on this very shape, rather than scaled from another. */
  exact: boolean;
  /** The run they were measured in. */
  from: string;
}

/** The middle of `values` (the mean of the middle two for an even count). */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * A run's training rate, in examples/s: the median of its evaluation intervals, the first left
 * out once there are others (it holds the start: building the model, compiling). Pauses never
 * count (the worker leaves them out of each interval). The status, the runs table and the time
 * estimates all read this figure.
 */
export function trainingRate(run: Run): number | undefined {
  const intervals = run.points.length > 1 ? run.points.slice(1) : run.points;
  if (intervals.length === 0) return undefined;
  return median(intervals.map((p) => p.examplesPerSec));
}

/** A run's own rates: medians over its points (the first, which includes start-up, left out). */
function measured(run: Run): Omit<Rates, 'exact'> | null {
  const points = run.points.slice(1).filter((p) => p.evalMs !== undefined && p.evalMs > 0);
  if (points.length === 0) return null;
  return {
    trainPerSec: median(points.map((p) => p.examplesPerSec)),
    evalPerSec: run.config.validationSize / (median(points.map((p) => p.evalMs!)) / 1000),
    from: run.name,
  };
}

/**
 * The rates to expect for `config`: the latest measured run of its shape, or else the latest
 * measured run of any shape, scaled by multiply-adds per image. Null before any run measured.
 */
export function ratesFor(runs: readonly Run[], config: TrainConfig): Rates | null {
  const key = shapeKey(config);
  let fallback: { run: Run; rates: Omit<Rates, 'exact'> } | null = null;
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    const rates = measured(run);
    if (!rates) continue;
    if (shapeKey(run.config) === key) return { ...rates, exact: true };
    fallback ??= { run, rates };
  }
  if (!fallback) return null;
  const scale = multiplyAdds(fallback.run.config) / multiplyAdds(config);
  return {
    trainPerSec: fallback.rates.trainPerSec * scale,
    evalPerSec: fallback.rates.evalPerSec * scale,
    exact: false,
    from: fallback.rates.from,
  };
}

/** Evaluation passes of a run after `fromStep`: every `evalEvery` steps, and at the last. */
function evaluations(config: TrainConfig, fromStep = 0): number {
  const every = config.evalEvery;
  const total = Math.floor(config.steps / every) + (config.steps % every === 0 ? 0 : 1);
  return Math.max(0, total - Math.floor(fromStep / every));
}

/** Wall time of a run from `fromStep` (0: from the start) to its test score, in ms. */
export function estimateRunMs(config: TrainConfig, rates: Rates, fromStep = 0): number {
  const steps = Math.max(0, config.steps - fromStep);
  const training = (steps * config.batchSize) / rates.trainPerSec;
  const validation = (evaluations(config, fromStep) * config.validationSize) / rates.evalPerSec;
  const test = TEST_IMAGES / rates.evalPerSec;
  return (training + validation + test) * 1000 + (fromStep === 0 ? START_MS : 0);
}

/**
 * Wall time of several runs queued at once on a pool that trains `speedup` times the examples/s
 * of one worker: their total divided by it, but never less than the longest run. Null if a
 * run has no rates yet.
 */
export function estimateRunsMs(
  runs: readonly Run[],
  configs: readonly TrainConfig[],
  speedup = 1,
): number | null {
  const times: number[] = [];
  for (const config of configs) {
    const rates = ratesFor(runs, config);
    if (!rates) return null;
    times.push(estimateRunMs(config, rates));
  }
  const total = times.reduce((sum, ms) => sum + ms, 0);
  return Math.max(total / Math.max(1, speedup), ...times, 0);
}

/** How many times one worker's examples/s the pool trains: its measured gains, as kept. */
export function poolSpeedup(pool: PoolStatus | null): number {
  if (!pool) return 1;
  // n workers cannot do more than n / (n - 1) times what n - 1 do: a larger measured ratio is
  // noise (another program's load that ended, say), so it counts as that bound.
  return pool.gains
    .filter(({ workers }) => workers <= pool.limit)
    .reduce((product, { workers, ratio }) => product * Math.min(ratio, workers / (workers - 1)), 1);
}

/** Time left of an active run (from the step it reached), or null without rates. */
export function remainingMs(runs: readonly Run[], run: Run): number | null {
  if (run.status !== 'running' && run.status !== 'queued') return null;
  const rates = ratesFor(runs, run.config);
  return rates ? estimateRunMs(run.config, rates, run.step) : null;
}

/**
 * Time left of a sweep's active runs, on a pool of `speedup` (see estimateRunsMs): what is left
 * of each, shared out over the pool, but never less than the longest. Null without rates.
 */
export function sweepRemainingMs(
  runs: readonly Run[],
  sweepId: string,
  speedup = 1,
): number | null {
  const left: number[] = [];
  for (const run of runs) {
    if (run.sweepId !== sweepId) continue;
    const ms = remainingMs(runs, run);
    if (ms === null && (run.status === 'running' || run.status === 'queued')) return null;
    if (ms !== null) left.push(ms);
  }
  const total = left.reduce((sum, ms) => sum + ms, 0);
  return Math.max(total / Math.max(1, speedup), ...left, 0);
}
