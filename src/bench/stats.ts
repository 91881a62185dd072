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

/**
 * The `q` quantile (0..1) of `values` by linear interpolation between the closest ranks (the
 * usual "type 7" definition: the median of 1, 2, 3, 4 is 2.5); null for no values.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile lies in [0, 1], not ${q}.`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** `a / b`, or null when either is missing or `b` is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined || !(b > 0) ? null : a / b;
}

/** The entry with the highest rate; the smaller batch wins a tie; null when none has a rate. */
export function bestBatch<T extends { batchSize: number; examplesPerSec: number | null }>(
  trials: readonly T[],
): T | null {
  let best: T | null = null;
  for (const trial of trials) {
    if (trial.examplesPerSec === null) continue;
    if (
      best === null ||
      trial.examplesPerSec > best.examplesPerSec! ||
      (trial.examplesPerSec === best.examplesPerSec && trial.batchSize < best.batchSize)
    )
      best = trial;
  }
  return best;
}

/**
 * The backend that trains fastest on the most models (ties go to the earlier backend in
 * `backends`); null when nothing has a rate.
 */
export function fastestBackend<B extends string>(
  backends: readonly B[],
  results: readonly { backend: B; model: string; examplesPerSec: number | null }[],
): B | null {
  const wins = new Map<B, number>();
  const measured = results.filter((r) => r.examplesPerSec !== null);
  for (const model of new Set(measured.map((r) => r.model))) {
    const rows = measured.filter((r) => r.model === model);
    const top = rows.reduce((a, b) => (b.examplesPerSec! > a.examplesPerSec! ? b : a));
    wins.set(top.backend, (wins.get(top.backend) ?? 0) + 1);
  }
  let best: B | null = null;
  for (const backend of backends)
    if ((wins.get(backend) ?? 0) > (best === null ? 0 : (wins.get(best) ?? 0))) best = backend;
  return best;
}

/** The first point at or above `accuracy`, or null when none reached it. */
export function firstReaching(points: readonly EvalPoint[], accuracy: number): EvalPoint | null {
  return points.find((point) => point.valAccuracy >= accuracy) ?? null;
}

/** What a memory sample holds; see `Requests['memory']` in src/worker/protocol.ts. */
export interface MemoryFigures {
  numTensors: number;
  numBytes: number;
  numBytesInGPU: number | null;
  jsHeapBytes: number | null;
}

/** How far GPU bytes may move and the JS heap may grow between samples of a flat run. */
export interface MemoryTolerance {
  gpuBytes: number;
  heapBytes: number;
}

const MIB = 1024 * 1024;
export const MEMORY_TOLERANCE: MemoryTolerance = { gpuBytes: 1 * MIB, heapBytes: 8 * MIB };

const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;

/**
 * Why a run's memory did not stay flat across `samples` (taken between steps of one run), or
 * nothing when it did: every sample must hold as many tensors and tensor bytes as the first;
 * GPU bytes and the JS heap of the last may differ from the first by the tolerance (the heap may
 * shrink freely). Missing figures (null) are not judged.
 */
export function memoryProblems(
  samples: readonly MemoryFigures[],
  tolerance: MemoryTolerance = MEMORY_TOLERANCE,
): string[] {
  if (samples.length < 2) return ['fewer than two samples'];
  const [first, last] = [samples[0], samples[samples.length - 1]];
  const problems: string[] = [];
  const tensors = samples.find((s) => s.numTensors !== first.numTensors);
  if (tensors) problems.push(`tensors went from ${first.numTensors} to ${tensors.numTensors}`);
  const bytes = samples.find((s) => s.numBytes !== first.numBytes);
  if (bytes) problems.push(`tensor bytes went from ${first.numBytes} to ${bytes.numBytes}`);
  if (first.numBytesInGPU !== null && last.numBytesInGPU !== null) {
    const change = last.numBytesInGPU - first.numBytesInGPU;
    if (Math.abs(change) > tolerance.gpuBytes)
      problems.push(`GPU bytes changed by ${mib(change)} (tolerance ${mib(tolerance.gpuBytes)})`);
  }
  if (first.jsHeapBytes !== null && last.jsHeapBytes !== null) {
    const growth = last.jsHeapBytes - first.jsHeapBytes;
    if (growth > tolerance.heapBytes)
      problems.push(`the JS heap grew by ${mib(growth)} (tolerance ${mib(tolerance.heapBytes)})`);
  }
  return problems;
}

/**
 * The app's rate over a loop's, from alternating runs: `appRates[k]` and `appRates[k + 1]` were
 * measured just before and just after `loopRates[k]`, so each round's ratio uses their mean,
 * and a machine whose speed drifts biases neither side. The median over rounds resists a round
 * that other work disturbed; null without a complete round.
 */
export function bracketedRatio(
  appRates: readonly (number | null)[],
  loopRates: readonly (number | null)[],
): number | null {
  const ratios: number[] = [];
  loopRates.forEach((loop, k) => {
    const around = [appRates[k], appRates[k + 1]].filter(
      (rate): rate is number => rate !== null && rate !== undefined,
    );
    if (loop !== null && loop > 0 && around.length > 0)
      ratios.push(around.reduce((a, b) => a + b, 0) / around.length / loop);
  });
  return quantile(ratios, 0.5);
}

/** The median of the rates that were measured; null when none was. */
export function medianRate(rates: readonly (number | null)[]): number | null {
  return quantile(
    rates.filter((rate): rate is number => rate !== null),
    0.5,
  );
}

/** Where the wall time of one experiment went, in ms; see `experimentBreakdown`. */
export interface ExperimentBreakdown {
  /** Training steps, with the read-back of each interval's loss and the yields between steps. */
  trainMs: number;
  /** The validation passes at the evaluation points. */
  evalMs: number;
  /** The test pass at the end, gathering the test set included. */
  testMs: number;
  /** Everything else: starting the run (split, building the model, gathering the validation
   *  set; on WebGL the shader warm-up) and the message hops. */
  otherMs: number;
  evalPoints: number;
  /** Mean validation pass, in ms. */
  evalMsPerPoint: number;
  trainExamplesPerSec: number;
  /** Validation images per second: `validationSize` over `evalMsPerPoint`. */
  evalImagesPerSec: number;
  /** `evalImagesPerSec / trainExamplesPerSec`. */
  evalToTrain: number;
}

/**
 * Splits the wall time of a run that ended with its test score, `wallMs` (page clock, from
 * sending `train` to receiving `run-ended`), using every evaluation point and the page time the
 * last one arrived at (`lastPointWallMs`, same origin). The figures come from how
 * src/engine/train.ts times its loop:
 *
 * - An interval runs from `intervalStart` (the loop's start, or just after the previous point
 *   was sent) to `trainedAt` (after its last step and the read-back of its loss), and its
 *   `examplesPerSec` is its examples over that span; so examples / examplesPerSec gives each
 *   interval's training time back exactly (to rounding), and `trainMs` is their sum.
 * - A point's `elapsedMs` is read right after its validation pass, from the loop's start; so
 *   `evalMs` = the last point's `elapsedMs` - `trainMs`: the validation passes, plus the
 *   microseconds between `trainedAt` and the next `intervalStart` (checking the loss, building
 *   and posting the point).
 * - `testMs` = `wallMs - lastPointWallMs`: from the last point's arrival to `run-ended`'s:
 *   gathering the 10,000 test images into tensors, scoring them, freeing the sets, one hop.
 * - `otherMs` is what remains: sending `train`, the split, building the model, gathering the
 *   validation set (and on WebGL the warm-up) before the loop starts, and the last point's hop.
 *
 * Pauses are neither training nor elapsed time in the loop; the bench never pauses. Null when
 * there is no point or no training time.
 */
export function experimentBreakdown(
  points: readonly EvalPoint[],
  validationSize: number,
  wallMs: number,
  lastPointWallMs: number,
): ExperimentBreakdown | null {
  let trainMs = 0;
  let examplesBefore = 0;
  for (const point of points) {
    trainMs += ((point.examplesSeen - examplesBefore) * MS_PER_SECOND) / point.examplesPerSec;
    examplesBefore = point.examplesSeen;
  }
  const last = points.at(-1);
  if (!last || !(trainMs > 0)) return null;
  const evalMs = last.elapsedMs - trainMs;
  const testMs = wallMs - lastPointWallMs;
  const evalMsPerPoint = evalMs / points.length;
  const trainExamplesPerSec = (last.examplesSeen * MS_PER_SECOND) / trainMs;
  const evalImagesPerSec = (validationSize * MS_PER_SECOND) / evalMsPerPoint;
  return {
    trainMs,
    evalMs,
    testMs,
    otherMs: wallMs - last.elapsedMs - testMs,
    evalPoints: points.length,
    evalMsPerPoint,
    trainExamplesPerSec,
    evalImagesPerSec,
    evalToTrain: evalImagesPerSec / trainExamplesPerSec,
  };
}

/** What `concurrentRates` reads of a run: its points, when each arrived, when it ended. */
export interface TimedRun {
  points: readonly EvalPoint[];
  /** Page clock at each point's arrival. */
  pointAt: readonly number[];
  /** Page clock at its end; null when it never ended (its last point then closes it). */
  endedAt: number | null;
}

export interface ConcurrentRates {
  /** The stretch in which every run was training: from the last first point to the first end;
   *  null when there is none. */
  windowMs: number | null;
  /** Each run's examples/s over its intervals inside the window (evaluation excluded). */
  rates: (number | null)[];
  /** Their sum; null unless every run has an interval inside the window. */
  total: number | null;
}

/**
 * The examples/s of runs that trained at the same time, counting only the intervals every run
 * trained through: an interval (from one point's arrival to the next's) counts when it lies
 * after every run's first point (each run's warm-up is over) and before any run ended. The
 * runs of one queue start and end at different times (the pool adds a worker only once the
 * first has a rate); outside that window fewer runs share the cores.
 */
export function concurrentRates(runs: readonly TimedRun[], batchSize: number): ConcurrentRates {
  const none = { windowMs: null, rates: runs.map(() => null), total: null };
  if (runs.length === 0 || runs.some((run) => run.points.length === 0)) return none;
  const start = Math.max(...runs.map((run) => run.pointAt[0]));
  const end = Math.min(...runs.map((run) => run.endedAt ?? run.pointAt[run.pointAt.length - 1]));
  if (!(end > start)) return none;
  const rates = runs.map((run) => {
    let steps = 0;
    let trainMs = 0;
    for (let i = 1; i < run.points.length; i++) {
      if (run.pointAt[i - 1] < start || run.pointAt[i] > end) continue;
      const intervalSteps = run.points[i].step - run.points[i - 1].step;
      steps += intervalSteps;
      trainMs += (intervalSteps * batchSize * MS_PER_SECOND) / run.points[i].examplesPerSec;
    }
    return steps > 0 ? (steps * batchSize * MS_PER_SECOND) / trainMs : null;
  });
  const total = rates.every((rate) => rate !== null)
    ? rates.reduce<number>((sum, rate) => sum + rate!, 0)
    : null;
  return { windowMs: end - start, rates, total };
}

/** What `summariseExperiments` reads of one run of a reproduction. */
export interface ExperimentRun {
  experiment: string;
  title: string;
  field: string;
  value: number;
  steps: number;
  status: string;
  testAccuracy: number | null;
  /** The worker's own time for the run. */
  elapsedMs: number | null;
  /** Page clock since the first `train` of the batch: the run left the queue, and ended. */
  startMs: number | null;
  endMs: number | null;
}

export interface ExperimentSummary {
  experiment: string;
  title: string;
  field: string;
  runs: number;
  /** Runs that ended with a test score. */
  done: number;
  /** Steps of its runs (one number when they agree, as in the report; else the most). */
  steps: number;
  /** From the first `train` of the batch to this experiment's last run-ended; null unless every
   *  run ended. */
  endMs: number | null;
  /** From its first run's start to its last run's end. */
  spanMs: number | null;
  /** The sum of its runs' own times: what it would take one worker, one after another. */
  runMsSum: number;
  /** The value whose run scored best on the test set, and that accuracy. */
  bestValue: number | null;
  bestTestAccuracy: number | null;
}

/** One summary per experiment, in the order the runs list them. */
export function summariseExperiments(runs: readonly ExperimentRun[]): ExperimentSummary[] {
  const ids = [...new Set(runs.map((run) => run.experiment))];
  return ids.map((id) => {
    const own = runs.filter((run) => run.experiment === id);
    const ends = own.map((run) => run.endMs);
    const starts = own.flatMap((run) => (run.startMs === null ? [] : [run.startMs]));
    const allEnded = ends.every((end) => end !== null);
    const best = own
      .filter((run) => run.status === 'done' && run.testAccuracy !== null)
      .reduce<ExperimentRun | null>(
        (a, run) => (a && a.testAccuracy! >= run.testAccuracy! ? a : run),
        null,
      );
    const endMs = allEnded ? Math.max(...(ends as number[])) : null;
    return {
      experiment: id,
      title: own[0].title,
      field: own[0].field,
      runs: own.length,
      done: own.filter((run) => run.status === 'done').length,
      steps: Math.max(...own.map((run) => run.steps)),
      endMs,
      spanMs: endMs !== null && starts.length > 0 ? endMs - Math.min(...starts) : null,
      runMsSum: own.reduce((sum, run) => sum + (run.elapsedMs ?? 0), 0),
      bestValue: best?.value ?? null,
      bestTestAccuracy: best?.testAccuracy ?? null,
    };
  });
}

/**
 * How long `durations` take on `workers` workers that each take the next waiting job as soon as
 * they are free, in the order given (the pool's: first queued, first trained); no start-up and
 * no slowdown from sharing the cores, so it bounds what that order can reach. Null without a
 * worker or with a missing duration.
 */
export function listScheduleMs(
  durations: readonly (number | null)[],
  workers: number,
): number | null {
  if (!(workers >= 1) || durations.some((d) => d === null)) return null;
  const free = Array<number>(Math.floor(workers)).fill(0);
  for (const duration of durations as number[]) {
    const first = free.indexOf(Math.min(...free));
    free[first] += duration;
  }
  return Math.max(...free);
}

/** One run of the look inside's cost, as `insideCost` reads it. */
export interface InsideCostInput {
  /** False: trained without the look inside (`inspect: false`); true: as the app trains. */
  inspect: boolean;
  /** `done` when it trained every step and scored the test set. */
  status: string;
  message?: string;
  /** Page clock, from sending `train` to receiving `run-ended`. */
  wallMs: number | null;
  points: readonly EvalPoint[];
}

/** One run in the report: its points counted, not kept. */
export interface InsideCostRun extends Omit<InsideCostInput, 'points'> {
  /** Evaluation points, and those that came with the look inside (`EvalPoint.inside`). */
  points: number;
  insidePoints: number;
}

/** What the look inside adds to a run; see `insideCost`. */
export interface InsideCostFigures {
  /** Every run, in the order they ran. */
  runs: InsideCostRun[];
  /** The faster run of each side that ended with its test score, in ms; null when none did. */
  wallMsWithout: number | null;
  wallMsWith: number | null;
  /** `wallMsWith / wallMsWithout - 1`: the share of the wall time the look inside adds (below
   *  0 when the machine's noise outweighs it); null without both sides. */
  addedShare: number | null;
  /** The median of the look inside's own time at a point (`EvalPoint.inside.ms`) over every
   *  point of the runs with it that has one, in ms. */
  insideMsPerPoint: number | null;
  /** Over the runs with it: the points that came with the look inside, and all points (every
   *  point should have it). */
  insidePoints: number;
  points: number;
  /** Why a figure is missing or cannot be trusted; empty when all is well. */
  problems: string[];
}

/**
 * The look inside's cost from runs of one experiment with and without it: the faster of each
 * side (the machine may be shared, and other work only ever slows a run down), their ratio less
 * one, and the median time the look inside itself reported per point. A run without it that
 * reported it anyway means the switch did not work, and gives no share.
 */
export function insideCost(runs: readonly InsideCostInput[]): InsideCostFigures {
  const withInside = (run: InsideCostInput) => run.points.filter((point) => point.inside);
  const fastest = (inspect: boolean) => {
    const walls = runs.flatMap((run) =>
      run.inspect === inspect && run.status === 'done' && run.wallMs !== null ? [run.wallMs] : [],
    );
    return walls.length > 0 ? Math.min(...walls) : null;
  };
  const problems = runs.flatMap((run, i) =>
    run.status === 'done'
      ? []
      : [
          `run ${i + 1} (${run.inspect ? 'with' : 'without'} the look inside): ${run.status}` +
            (run.message ? ` (${run.message})` : ''),
        ],
  );
  const leaked = runs.filter((run) => !run.inspect).flatMap(withInside).length;
  if (leaked > 0)
    problems.push(`the runs without the look inside reported it at ${leaked} points anyway`);
  const measuredRuns = runs.filter((run) => run.inspect);
  const times = measuredRuns.flatMap((run) =>
    run.points.flatMap((point) => (point.inside ? [point.inside.ms] : [])),
  );
  const allPoints = measuredRuns.reduce((n, run) => n + run.points.length, 0);
  if (measuredRuns.length > 0 && times.length === 0)
    problems.push('the runs with the look inside reported it at no point');
  else if (times.length < allPoints)
    problems.push(
      `the look inside was missing at ${allPoints - times.length} of ${allPoints} points`,
    );
  const [without, withIt] = [fastest(false), fastest(true)];
  if (without === null || withIt === null)
    problems.push(`no run ${without === null ? 'without' : 'with'} the look inside finished`);
  return {
    runs: runs.map(({ points, ...run }) => ({
      ...run,
      points: points.length,
      insidePoints: points.filter((point) => point.inside).length,
    })),
    wallMsWithout: without,
    wallMsWith: withIt,
    addedShare: leaked === 0 && without !== null && withIt !== null ? withIt / without - 1 : null,
    insideMsPerPoint: quantile(times, 0.5),
    insidePoints: times.length,
    points: measuredRuns.reduce((sum, run) => sum + run.points.length, 0),
    problems,
  };
}
