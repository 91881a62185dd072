/**
 * The bench's measurements of the app's pool of training workers (src/worker/pool.ts), each in
 * a pool of its own, started, given the backend and the dataset first: pool scaling (n dense
 * runs at once in a pool of n workers), the four-value sweep in one worker and in the default
 * pool, and "Reproduce the report" (every run of the report's three experiments queued at once).
 */
import { TrainerPool } from '../worker/pool';
import type { BackendName } from '../worker/protocol';
import {
  POOL_LIMIT_MS,
  POOL_SWEEP,
  POOL_SWEEP_TARGET,
  poolScalingConfig,
  poolSweepConfigs,
  reproductionCases,
  reproductionLimitMs,
  type BenchOptions,
} from './cases';
import type {
  MeasurementStatus,
  PoolScaling,
  PoolScalingRow,
  PoolSweep,
  PoolSweepRun,
  PoolSweepTrial,
  Reproduction,
  ReproductionRun,
} from './report';
import {
  loadDataset,
  startBackend,
  trainAll,
  type QueuedBatchRecord,
  type QueuedRunRecord,
} from './session';
import {
  concurrentRates,
  experimentBreakdown,
  listScheduleMs,
  ratio,
  steadyState,
  summariseExperiments,
} from './stats';

type Log = (line: string) => void;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const seconds = (ms: number | null | undefined) =>
  ms == null ? '-' : `${(ms / 1000).toFixed(1)} s`;
const rateText = (rate: number | null | undefined) => (rate == null ? '-' : rate.toFixed(0));

/** A fresh pool of at most `maxWorkers` (undefined: the pool's default), set up on `backend`
 *  with the dataset loaded, handed to `measure`, and terminated afterwards. */
async function withPool<T>(
  maxWorkers: number | undefined,
  backend: BackendName,
  dataUrl: string,
  measure: (pool: TrainerPool) => Promise<T>,
): Promise<T> {
  const pool = new TrainerPool(undefined, maxWorkers);
  try {
    const answer = await startBackend(pool, backend);
    if (answer.backend !== backend)
      throw new Error(`Asked for ${backend} but got ${answer.backend}.`);
    await loadDataset(pool, dataUrl);
    return await measure(pool);
  } finally {
    pool.terminate();
  }
}

async function deleteModels(pool: TrainerPool, batch: QueuedBatchRecord): Promise<void> {
  await Promise.all(
    batch.runs.map((run) => pool.call('deleteModel', { runId: run.runId }).catch(() => undefined)),
  );
}

/** How a queued run ended, as the other measurements say it: `budget` when the bench's limit
 *  stopped it. */
function statusOf(run: QueuedRunRecord, batch: QueuedBatchRecord): MeasurementStatus {
  if (run.end === null) return 'timed-out';
  if (run.end.status === 'stopped' && batch.stoppedBy !== null) return 'budget';
  return run.end.status;
}

function messageOf(run: QueuedRunRecord, batch: QueuedBatchRecord): string | undefined {
  if (run.end && 'message' in run.end) return run.end.message;
  if (statusOf(run, batch) === 'budget') return `Stopped by the bench at ${batch.stoppedBy}.`;
  return undefined;
}

/** The first run that did not train every step, as a status and message for the batch. */
function batchOutcome(batch: QueuedBatchRecord): { status: MeasurementStatus; message?: string } {
  const short = batch.runs.find((run) => statusOf(run, batch) !== 'done');
  if (!short) return { status: 'done' };
  const message = messageOf(short, batch);
  return {
    status: statusOf(short, batch),
    message: `${short.runId}: ${statusOf(short, batch)}${message ? ` (${message})` : ''}`,
  };
}

const sinceSent = (at: number | null, batch: QueuedBatchRecord) =>
  at === null ? null : at - batch.sentAt;

/** n dense-100 runs queued at once into a pool of at most n workers. */
async function scalingRow(
  workers: number,
  backend: BackendName,
  options: BenchOptions,
  rate: number,
  dataUrl: string,
): Promise<PoolScalingRow> {
  const config = poolScalingConfig(options, rate);
  const row: PoolScalingRow = {
    workers,
    runs: workers,
    steps: config.steps,
    evalEvery: config.evalEvery,
    batchSize: config.batchSize,
    maxBusy: 0,
    runRates: [],
    totalExamplesPerSec: null,
    overlapRates: [],
    overlapExamplesPerSec: null,
    overlapMs: null,
    ratioToOne: null,
    overlapRatioToOne: null,
    poolGain: null,
    pool: null,
    wallMs: 0,
    status: 'failed',
  };
  try {
    await withPool(workers, backend, dataUrl, async (pool) => {
      const runs = Array.from({ length: workers }, (_, i) => ({
        runId: `bench-pool-${workers}-${i + 1}`,
        config,
      }));
      const batch = await trainAll(pool, runs, POOL_LIMIT_MS);
      await deleteModels(pool, batch);
      row.maxBusy = batch.maxBusy;
      row.pool = batch.pool;
      row.wallMs = batch.wallMs;
      row.runRates = batch.runs.map(
        (run) => steadyState(run.points, config.batchSize).examplesPerSec,
      );
      row.totalExamplesPerSec = row.runRates.every((r) => r !== null)
        ? row.runRates.reduce<number>((sum, r) => sum + r!, 0)
        : null;
      const overlap = concurrentRates(batch.runs, config.batchSize);
      row.overlapRates = overlap.rates;
      row.overlapExamplesPerSec = overlap.total;
      row.overlapMs = overlap.windowMs;
      row.poolGain = batch.pool?.gains.find((gain) => gain.workers === workers)?.ratio ?? null;
      Object.assign(row, batchOutcome(batch));
    });
  } catch (error) {
    row.message = errorText(error);
  }
  return row;
}

/**
 * Total examples/s with 1, 2, ... navigator.hardwareConcurrency workers, each n training n
 * dense-100 runs queued at once, every run about `POOL_RUN_SECONDS` long at the one-worker rate.
 */
export async function poolScaling(
  backend: BackendName,
  options: BenchOptions,
  rate: number,
  dataUrl: string,
  log: Log,
): Promise<PoolScaling> {
  const cpus = Math.max(1, navigator.hardwareConcurrency || 1);
  const rows: PoolScalingRow[] = [];
  for (let workers = 1; workers <= cpus; workers++) {
    const row = await scalingRow(workers, backend, options, rate, dataUrl);
    const one = rows[0] ?? row;
    row.ratioToOne = ratio(row.totalExamplesPerSec, one.totalExamplesPerSec);
    row.overlapRatioToOne = ratio(row.overlapExamplesPerSec, one.overlapExamplesPerSec);
    rows.push(row);
    const gains = row.pool?.gains.map((g) => `${g.workers}: ${g.ratio.toFixed(2)}x`).join(', ');
    log(
      `${backend} pool of ${workers}: ${workers} x ${row.steps} dense-100 steps, ${row.maxBusy} at once, ` +
        `total ${rateText(row.totalExamplesPerSec)} examples/s ` +
        `(${rateText(row.overlapExamplesPerSec)} while all trained, ${seconds(row.overlapMs)}), ` +
        `pool gains [${gains ?? '-'}], limit ${row.pool?.limit ?? '-'}, ${row.status}` +
        (row.message ? `: ${row.message}` : ''),
    );
  }
  return { backend, model: 'dense-100', cpus, rateEstimate: rate, rows };
}

/** The sweep in a fresh pool of at most `maxWorkers` (undefined: the default pool). */
async function sweepTrial(
  maxWorkers: number | undefined,
  backend: BackendName,
  dataUrl: string,
): Promise<PoolSweepTrial> {
  const trial: PoolSweepTrial = {
    maxWorkers: maxWorkers ?? 0,
    wallMs: null,
    runs: [],
    maxBusy: 0,
    pool: null,
  };
  try {
    await withPool(maxWorkers, backend, dataUrl, async (pool) => {
      trial.maxWorkers = pool.status().limit;
      const runs = poolSweepConfigs().map((config) => ({
        runId: `bench-sweep-${trial.maxWorkers}-${config[POOL_SWEEP.field]}`,
        config,
      }));
      const batch = await trainAll(pool, runs, POOL_LIMIT_MS);
      await deleteModels(pool, batch);
      trial.maxBusy = batch.maxBusy;
      trial.pool = batch.pool;
      trial.runs = batch.runs.map((run): PoolSweepRun => {
        const lastPointAt = run.pointAt.at(-1);
        const split =
          run.end?.status === 'done' && run.endedAt !== null && lastPointAt !== undefined
            ? experimentBreakdown(run.points, run.config.validationSize, run.endedAt, lastPointAt)
            : null;
        const message = messageOf(run, batch);
        return {
          value: run.config[POOL_SWEEP.field],
          status: statusOf(run, batch),
          ...(message ? { message } : {}),
          startMs: sinceSent(run.startedAt, batch),
          endMs: sinceSent(run.endedAt, batch),
          elapsedMs: run.end && 'elapsedMs' in run.end ? run.end.elapsedMs : null,
          testAccuracy: run.end?.status === 'done' ? run.end.test.accuracy : null,
          trainMs: split?.trainMs ?? null,
          evalMs: split?.evalMs ?? null,
          testMs: split?.testMs ?? null,
        };
      });
      const outcome = batchOutcome(batch);
      if (outcome.status === 'done') trial.wallMs = batch.wallMs;
      else trial.message = outcome.message;
    });
  } catch (error) {
    trial.message = errorText(error);
  }
  return trial;
}

/**
 * The sweep of hidden units 32 to 256, 1,000 steps each with the app's default evaluation,
 * from sending the four `train` messages to the last `run-ended`: once in a one-worker pool
 * (the runs one after another), once in the default pool.
 */
export async function poolSweep(
  backend: BackendName,
  dataUrl: string,
  log: Log,
): Promise<PoolSweep> {
  const [config] = poolSweepConfigs();
  const describe = (trial: PoolSweepTrial) =>
    `${seconds(trial.wallMs)}, ${trial.maxBusy} at once, runs ` +
    trial.runs
      .map(
        (run) =>
          `${run.value}: ${seconds(run.startMs)}-${seconds(run.endMs)} ` +
          `(train ${seconds(run.trainMs)}, eval ${seconds(run.evalMs)}, test ${seconds(run.testMs)})`,
      )
      .join(', ') +
    (trial.message ? `: ${trial.message}` : '');
  const oneWorker = await sweepTrial(1, backend, dataUrl);
  log(`${backend} sweep, one worker: ${describe(oneWorker)}`);
  const pool = await sweepTrial(undefined, backend, dataUrl);
  log(`${backend} sweep, pool of ${pool.maxWorkers}: ${describe(pool)}`);
  const speedUp = ratio(oneWorker.wallMs, pool.wallMs);
  const durations = oneWorker.runs.map((run) => run.elapsedMs);
  const complete = durations.length === POOL_SWEEP.values.length;
  const queueOrderMs = complete ? listScheduleMs(durations, pool.maxWorkers) : null;
  const longestFirstMs = complete
    ? listScheduleMs(
        [...durations].sort((a, b) => (b ?? 0) - (a ?? 0)),
        pool.maxWorkers,
      )
    : null;
  const queueOrderBound = ratio(oneWorker.wallMs, queueOrderMs);
  const longestFirstBound = ratio(oneWorker.wallMs, longestFirstMs);
  const times = (value: number | null) => (value === null ? '-' : `${value.toFixed(2)}x`);
  log(
    `${backend} sweep speed-up: ${times(speedUp)}; the one-worker run times on ` +
      `${pool.maxWorkers} workers: ${seconds(queueOrderMs)} in queue order (${times(queueOrderBound)}), ` +
      `${seconds(longestFirstMs)} longest first (${times(longestFirstBound)})`,
  );
  return {
    backend,
    field: POOL_SWEEP.field,
    values: [...POOL_SWEEP.values],
    steps: POOL_SWEEP.steps,
    evalEvery: config.evalEvery,
    validationSize: config.validationSize,
    oneWorker,
    pool,
    speedUp,
    target: POOL_SWEEP_TARGET,
    queueOrderMs,
    longestFirstMs,
    queueOrderBound,
    longestFirstBound,
  };
}

/**
 * "Reproduce the report": every run of the report's three experiments (steps divided by
 * `scale`) queued at once into the default pool, from the first `train` to the last
 * `run-ended`.
 */
export async function reproduceReport(
  backend: BackendName,
  scale: number,
  dataUrl: string,
  log: Log,
): Promise<Reproduction> {
  const cases = reproductionCases(scale);
  const result: Reproduction = {
    backend,
    scale,
    wallMs: 0,
    runMsSum: 0,
    parallelism: null,
    maxBusy: 0,
    pool: null,
    experiments: [],
    runs: [],
  };
  const runIdOf = (i: number) => `bench-report-${cases[i].experiment}-${cases[i].value}`;
  log(
    `${backend} report: ${cases.length} runs queued at once into the default pool` +
      (scale > 1 ? ` (steps divided by ${scale})` : ''),
  );
  try {
    await withPool(undefined, backend, dataUrl, async (pool) => {
      const runs = cases.map((c, i) => ({ runId: runIdOf(i), config: c.config }));
      const batch = await trainAll(pool, runs, reproductionLimitMs(scale), (run, ended, sentAt) => {
        const c = cases[runs.findIndex((r) => r.runId === run.runId)];
        const test = run.end?.status === 'done' ? run.end.test.accuracy.toFixed(3) : '-';
        const elapsed = run.end && 'elapsedMs' in run.end ? run.end.elapsedMs : null;
        log(
          `${backend} report ${ended}/${cases.length}: ${c.experiment} ${c.field} ${c.value}: ` +
            `${run.end?.status ?? '-'}, test ${test}, run ${seconds(elapsed)}, ` +
            `at ${seconds(performance.now() - sentAt)}`,
        );
      });
      await deleteModels(pool, batch);
      result.wallMs = batch.wallMs;
      result.maxBusy = batch.maxBusy;
      result.pool = batch.pool;
      result.runs = batch.runs.map((run, i): ReproductionRun => {
        const c = cases[i];
        const message = messageOf(run, batch);
        return {
          experiment: c.experiment,
          title: c.title,
          field: c.field,
          value: c.value,
          steps: c.config.steps,
          learningRate: c.config.learningRate,
          status: statusOf(run, batch),
          ...(message ? { message } : {}),
          testAccuracy: run.end?.status === 'done' ? run.end.test.accuracy : null,
          valAccuracy: run.points.at(-1)?.valAccuracy ?? null,
          elapsedMs: run.end && 'elapsedMs' in run.end ? run.end.elapsedMs : null,
          startMs: sinceSent(run.startedAt, batch),
          endMs: sinceSent(run.endedAt, batch),
        };
      });
      result.runMsSum = result.runs.reduce((sum, run) => sum + (run.elapsedMs ?? 0), 0);
      result.parallelism = ratio(result.runMsSum, result.wallMs);
      result.experiments = summariseExperiments(result.runs);
      const outcome = batchOutcome(batch);
      if (outcome.message) result.message = outcome.message;
    });
  } catch (error) {
    result.message = errorText(error);
  }
  log(
    `${backend} report: ${seconds(result.wallMs)} for ${result.runs.length} runs ` +
      `(${seconds(result.runMsSum)} of runs, ${result.parallelism?.toFixed(2) ?? '-'} at once on average)` +
      (result.message ? `: ${result.message}` : ''),
  );
  return result;
}
