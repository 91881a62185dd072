/**
 * The bench's conversations with the app's training worker, each bounded in time: choosing a
 * backend, loading the dataset, one training run, and (through a pool of workers) several runs
 * queued at once.
 */
import type { TrainConfig } from '../model/config';
import type { EvalPoint, StepCost } from '../model/types';
import type { ClientEvent } from '../worker/client';
import type { PoolEvent } from '../worker/pool';
import type { BackendRequest, FromWorker, PoolStatus, RunEnd, ToWorker } from '../worker/protocol';

/** What a TrainerClient or a TrainerPool sends the page. */
export type TrainerEvent = ClientEvent | PoolEvent;

/** What the bench needs of the app's worker client, or of its pool of workers. */
export interface Trainer {
  send(message: ToWorker): void;
  subscribe(listener: (event: TrainerEvent) => void): () => void;
}

/** Whether a crash reported by `event` ended `runId`: a pool names the runs its worker had. */
function crashEnds(event: Extract<TrainerEvent, { type: 'worker-crashed' }>, runId: string) {
  return !('runIds' in event) || event.runIds.includes(runId);
}

type BackendAnswer = Extract<FromWorker, { type: 'backend' }>;

const INIT_TIMEOUT_MS = 60_000;
const DATA_TIMEOUT_MS = 300_000;
/** Longest a warm-up may take: building, shader compilation, the warm-up steps, one evaluation. */
export const WARMUP_LIMIT_MS = 480_000;
/**
 * Time a run gets to end once a limit runs out: it may first have to reach its next point, and a
 * stop is read between steps, not during the test pass.
 */
export const STOP_GRACE_MS = 480_000;

/**
 * Resolves with the first event `pick` maps to a value (`pick` may throw to reject); rejects
 * after `timeoutMs`, or when the worker crashes.
 */
function waitForEvent<T>(
  client: Trainer,
  what: string,
  timeoutMs: number,
  pick: (event: TrainerEvent) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      unsubscribe();
      settle();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`No ${what} within ${timeoutMs / 1000} s.`))),
      timeoutMs,
    );
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'worker-crashed')
        return finish(() =>
          reject(new Error(`Worker crashed waiting for ${what}: ${event.message}`)),
        );
      try {
        const value = pick(event);
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    });
  });
}

/** Asks for `backend`; the answer says which backend TF.js really runs on. */
export function startBackend(client: Trainer, backend: BackendRequest): Promise<BackendAnswer> {
  const answer = waitForEvent(client, 'backend answer', INIT_TIMEOUT_MS, (event) =>
    event.type === 'backend' ? event : undefined,
  );
  client.send({ type: 'init', backend });
  return answer;
}

/** Loads the dataset; times in ms, as the worker measured it and as the page saw it. */
export async function loadDataset(
  client: Trainer,
  baseUrl: string,
): Promise<{ workerMs: number; wallMs: number }> {
  const sentAt = performance.now();
  const ready = waitForEvent(client, 'dataset', DATA_TIMEOUT_MS, (event) => {
    if (event.type === 'data-error') throw new Error(`Dataset failed: ${event.message}`);
    return event.type === 'data-ready' ? event.ms : undefined;
  });
  client.send({ type: 'load-data', baseUrl });
  const workerMs = await ready;
  return { workerMs, wallMs: performance.now() - sentAt };
}

export interface RunRecord {
  points: EvalPoint[];
  /** When each point arrived, in ms since `train` was sent. */
  pointWallMs: number[];
  params: number | null;
  /** The training engine the worker gave the run (see src/engine/fast-path.ts), if it said. */
  engine: string | null;
  /** From sending `train` to receiving the first evaluation point, in ms. */
  warmupMs: number | null;
  end:
    | (RunEnd & { elapsedMs: number; stepCost?: StepCost })
    | { status: 'timed-out'; message: string };
  /** From sending `train` to receiving `run-ended` (or the crash, or giving up), in ms. */
  wallMs: number;
  /** What made the bench stop the run: a limit, or a hook's reason; null when it did not. */
  stoppedBy: string | null;
  /** True when the worker crashed or was given up on: it must not be used again. */
  workerLost: boolean;
}

export interface PointContext {
  /** The point's position in the run, 0 for the first (the end of the warm-up). */
  index: number;
  /** Whether the run is still training: false once `run-ended` has arrived. */
  running(): boolean;
}

export interface RunHooks {
  /** Sees every evaluation point as it arrives; returns a reason to stop the run at once. */
  onPoint?(point: EvalPoint, context: PointContext): string | undefined;
}

/** What a bench run may add to its `train` message: `inspect: false` skips the look inside. */
export type TrainOptions = Pick<Extract<ToWorker, { type: 'train' }>, 'inspect'>;

/**
 * Trains one model and collects what the worker reports (`train` adds to the message). Once it has trained `budgetMs` past its
 * first evaluation point the run is stopped, at once if a later point has timed some steps,
 * else as soon as one has; a warm-up longer than `WARMUP_LIMIT_MS` is stopped at once. A run
 * with no end `STOP_GRACE_MS` after either limit is given up, and its worker must not be reused.
 */
export function measureRun(
  client: Trainer,
  runId: string,
  config: TrainConfig,
  budgetMs: number,
  hooks: RunHooks = {},
  train: TrainOptions = {},
): Promise<RunRecord> {
  return new Promise<RunRecord>((resolve) => {
    const sentAt = performance.now();
    const record: Omit<RunRecord, 'end' | 'wallMs' | 'workerLost'> = {
      points: [],
      pointWallMs: [],
      params: null,
      engine: null,
      warmupMs: null,
      stoppedBy: null,
    };
    let running = true;
    let stopAtNextPoint = false;
    let giveUpTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (end: RunRecord['end'], workerLost = false) => {
      const wallMs = performance.now() - sentAt;
      running = false;
      clearTimeout(limitTimer);
      clearTimeout(giveUpTimer);
      unsubscribe();
      resolve({ ...record, end, wallMs, workerLost });
    };
    const stop = (reason: string) => {
      if (record.stoppedBy !== null) return;
      record.stoppedBy = reason;
      client.send({ type: 'stop', runId });
    };
    const reachLimit = (limit: 'warm-up limit' | 'budget', stopNow: boolean) => {
      if (stopNow) stop(limit);
      else stopAtNextPoint = true;
      giveUpTimer = setTimeout(() => {
        const message = `No end ${STOP_GRACE_MS / 1000} s after the ${limit} ran out.`;
        finish({ status: 'timed-out', message }, true);
      }, STOP_GRACE_MS);
    };
    let limitTimer = setTimeout(() => reachLimit('warm-up limit', true), WARMUP_LIMIT_MS);
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'worker-crashed') {
        if (!crashEnds(event, runId)) return;
        const message = `The worker crashed: ${event.message}`;
        return finish({ status: 'failed', message, elapsedMs: performance.now() - sentAt }, true);
      }
      if (!('runId' in event) || event.runId !== runId) return;
      if (event.type === 'run-started') {
        record.params = event.params;
        record.engine = event.engine ?? null;
      }
      if (event.type === 'run-eval') {
        record.points.push(event.point);
        record.pointWallMs.push(performance.now() - sentAt);
        if (record.warmupMs === null) {
          record.warmupMs = performance.now() - sentAt;
          clearTimeout(limitTimer);
          limitTimer = setTimeout(() => reachLimit('budget', record.points.length > 1), budgetMs);
        } else if (stopAtNextPoint) {
          stopAtNextPoint = false;
          stop('budget');
        }
        const reason = hooks.onPoint?.(event.point, {
          index: record.points.length - 1,
          running: () => running,
        });
        if (reason) stop(reason);
      }
      if (event.type === 'run-ended') {
        running = false;
        const { type: _type, runId: _runId, ...end } = event;
        finish(end);
      }
    });
    client.send({ type: 'train', runId, config, ...train });
  });
}

/** One of several runs queued at once (see `trainAll`). Times on the page's clock,
 *  `performance.now()`, so runs of one batch compare. */
export interface QueuedRunRecord {
  runId: string;
  config: TrainConfig;
  points: EvalPoint[];
  /** When each point arrived. */
  pointAt: number[];
  /** When `run-started` arrived: the run left the queue and its model was built. */
  startedAt: number | null;
  /** When `run-ended` (or the crash that failed it) arrived; null when it never did. */
  endedAt: number | null;
  params: number | null;
  end: (RunEnd & { elapsedMs: number }) | { status: 'timed-out'; message: string } | null;
}

export interface QueuedBatchRecord {
  /** When the first `train` was sent. */
  sentAt: number;
  /** From sending the first `train` to the last run's end (or to giving up). */
  wallMs: number;
  runs: QueuedRunRecord[];
  /** The pool's last status event, and the most runs it trained at once. */
  pool: PoolStatus | null;
  maxBusy: number;
  /** Set when the limit ran out and the bench stopped the runs left. */
  stoppedBy: string | null;
}

/** How long runs stopped at the limit get to end before the bench gives up on them. */
export const QUEUED_STOP_GRACE_MS = 120_000;

/**
 * Sends every run's `train` at once (in order, as the app's sweep does) and collects what comes
 * back until each run has ended. After `limitMs` the runs left are stopped (a queued one ends at
 * once); those with no end `QUEUED_STOP_GRACE_MS` later are recorded as timed out. `onEnd` sees
 * each run as it ends, with how many have and when the first `train` was sent.
 */
export function trainAll(
  trainer: Trainer,
  runs: readonly { runId: string; config: TrainConfig }[],
  limitMs: number,
  onEnd?: (run: QueuedRunRecord, ended: number, sentAt: number) => void,
): Promise<QueuedBatchRecord> {
  return new Promise((resolve) => {
    const records = new Map<string, QueuedRunRecord>(
      runs.map(({ runId, config }) => [
        runId,
        {
          runId,
          config,
          points: [],
          pointAt: [],
          startedAt: null,
          endedAt: null,
          params: null,
          end: null,
        },
      ]),
    );
    let pool: PoolStatus | null = null;
    let maxBusy = 0;
    let stoppedBy: string | null = null;
    let ended = 0;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const sentAt = performance.now();
    const open = () => [...records.values()].filter((r) => r.end === null);
    const finish = () => {
      clearTimeout(limitTimer);
      clearTimeout(graceTimer);
      unsubscribe();
      for (const record of open())
        record.end = { status: 'timed-out', message: 'No end after the bench stopped the run.' };
      const ends = [...records.values()].flatMap((r) => (r.endedAt === null ? [] : [r.endedAt]));
      const last = stoppedBy === null && ends.length > 0 ? Math.max(...ends) : performance.now();
      resolve({
        sentAt,
        wallMs: last - sentAt,
        runs: [...records.values()],
        pool,
        maxBusy,
        stoppedBy,
      });
    };
    const end = (record: QueuedRunRecord, value: NonNullable<QueuedRunRecord['end']>) => {
      record.end = value;
      record.endedAt = performance.now();
      ended++;
      onEnd?.(record, ended, sentAt);
      if (open().length === 0) finish();
    };
    const limitTimer = setTimeout(() => {
      stoppedBy = `the ${limitMs / 1000} s limit`;
      for (const record of open()) trainer.send({ type: 'stop', runId: record.runId });
      graceTimer = setTimeout(finish, QUEUED_STOP_GRACE_MS);
    }, limitMs);
    const unsubscribe = trainer.subscribe((event) => {
      if (event.type === 'pool') {
        const { type: _type, ...status } = event;
        pool = { ...status, gains: [...status.gains] };
        maxBusy = Math.max(maxBusy, event.busy);
        return;
      }
      if (event.type === 'worker-crashed') {
        for (const record of open())
          if (crashEnds(event, record.runId))
            end(record, {
              status: 'failed',
              message: `The worker crashed: ${event.message}`,
              elapsedMs: 0,
            });
        return;
      }
      if (!('runId' in event)) return;
      const record = records.get(event.runId);
      if (!record || record.end !== null) return;
      if (event.type === 'run-started') {
        record.startedAt = performance.now();
        record.params = event.params;
      } else if (event.type === 'run-eval') {
        record.points.push(event.point);
        record.pointAt.push(performance.now());
      } else if (event.type === 'run-ended') {
        const { type: _type, runId: _runId, ...rest } = event;
        end(record, rest);
      }
    });
    for (const { runId, config } of runs) trainer.send({ type: 'train', runId, config });
    if (runs.length === 0) finish();
  });
}
