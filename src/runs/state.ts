/**
 * The lab's state: backend, dataset and runs, changed only by this reducer so that every
 * transition is a pure, tested function of worker events and user actions.
 */
import type { NumericField, TrainConfig } from '../model/config';
import type { EvalPoint, Metrics, StepCost } from '../model/types';
import type { ActivationMap } from '../model/inside';
import type { PoolEvent } from '../worker/pool';
import {
  assertNever,
  type BackendName,
  type BackendRate,
  type BackendRequest,
  type DataProgress,
  type PoolStatus,
} from '../worker/protocol';

export type RunStatus =
  'queued' | 'running' | 'done' | 'stopped' | 'diverged' | 'failed' | 'interrupted';

export interface Run {
  id: string;
  name: string;
  config: TrainConfig;
  status: RunStatus;
  /** ms since the epoch. */
  createdAt: number;
  params?: number;
  backend?: BackendName;
  /** Under `auto`, the examples/s its model shape was timed at on each backend before it
   *  trained (`backend` the fastest); absent when only one backend could run. */
  backendTiming?: BackendRate[];
  /** Set while `auto` times its model on each backend, before it trains (transient). */
  timingBackends?: boolean;
  /** The training engine it got, e.g. "tape-free dense step" (see fast-path.ts). */
  engine?: string;
  /** On WebGL, what a training step cost in programs, uploads and reads (set when it ends). */
  stepCost?: StepCost;
  /** GPU renderer the run trained on, where the backend has one. */
  renderer?: string | null;
  points: EvalPoint[];
  /** Last step the worker reported. */
  step: number;
  test?: Metrics;
  /** Why a run failed or diverged. */
  message?: string;
  elapsedMs?: number;
  /** Shader warm-up before the first step, while it lasts (WebGL). */
  warmup?: { done: number; total: number; stage: string | null };
  /** Whether a running run is paused. */
  paused?: boolean;
  /** Whether the comparison charts leave this run out. */
  hidden?: boolean;
  /** The sweep this run belongs to, if any. */
  sweepId?: string;
  /** The repeat group: runs of one setting over several seeds share it (see repeats.ts). */
  group?: string;
  /** Read from a runs file: its curves and scores are here, its weights are not. */
  imported?: boolean;
  /** Its hidden activations map, the latest made (at the end of training, or on request). */
  activationMap?: ActivationMap;
  /** Set for a run that trained on from another's weights, on My garments mixed in. */
  parent?: RunParent;
}

/** Where a fine-tuned run started: its parent run, and the person's own images it learned. */
export interface RunParent {
  id: string;
  /** The parent's name when the fine-tune started: it may be renamed or deleted since. */
  name: string;
  /** Garments in My garments then, and their share of each batch, in (0, 1]. */
  garments: number;
  share: number;
}

/** A set of runs that differ in one hyperparameter, queued together. */
export interface Sweep {
  id: string;
  field: NumericField;
  values: number[];
  runIds: string[];
  createdAt: number;
  /** Runs per value, each with its own seed; 1 when absent. */
  repeats?: number;
  /** The report preset it reproduces (presets.ts), if any. */
  presetId?: string;
}

export type DataState =
  | { phase: 'loading'; progress: DataProgress | null }
  | { phase: 'ready'; ms: number; trainCount: number; testCount: number }
  | { phase: 'error'; message: string };

export interface BackendState {
  backend: BackendName;
  requested: BackendRequest;
  renderer: string | null;
  /** Why `auto` chose this backend. */
  reason?: string;
  fallbackReason?: string;
}

export interface LabState {
  backend: BackendState | null;
  data: DataState;
  runs: Run[];
  sweeps: Sweep[];
  /** The last storage problem (quota, private mode), shown until dismissed. */
  storageError: string | null;
  /** A fatal worker problem, shown above everything. */
  workerError: string | null;
  /** The pool of training workers, as it last reported itself. */
  pool: PoolStatus | null;
}

export const initialLabState: LabState = {
  backend: null,
  data: { phase: 'loading', progress: null },
  runs: [],
  sweeps: [],
  storageError: null,
  workerError: null,
  pool: null,
};

export type LabAction =
  | { type: 'worker'; event: PoolEvent }
  /** Reports that arrived together, applied in order in one render. */
  | { type: 'worker-batch'; events: PoolEvent[] }
  | { type: 'run-queued'; run: Run }
  | { type: 'sweep-queued'; sweep: Sweep; runs: Run[] }
  | { type: 'data-retry' }
  /** Runs and sweeps read back from storage after a reload. */
  | { type: 'hydrate'; runs: Run[]; sweeps: Sweep[] }
  | { type: 'rename'; runId: string; name: string }
  | { type: 'delete'; runIds: string[] }
  /** Undoes a delete: the runs come back in their places, with the sweeps as they were. */
  | { type: 'restore'; runs: Run[]; sweeps: Sweep[] }
  | { type: 'set-hidden'; runIds: string[]; hidden: boolean }
  | { type: 'storage-error'; message: string | null };

const ACTIVE: ReadonlySet<RunStatus> = new Set(['queued', 'running']);

export function isActive(run: Run): boolean {
  return ACTIVE.has(run.status);
}

/**
 * Whether the worker stored a model for the run: a finished (or loaded) run, or one stopped
 * after it trained. A run stopped at step 0 (stopped while queued, as Stop sweep does) has none,
 * nor does a run imported from a runs file (those hold no weights).
 */
export function hasTrainedModel(run: Run): boolean {
  if (run.imported) return false;
  return run.status === 'done' || (run.status === 'stopped' && run.step > 0);
}

/**
 * The run the live view follows: the latest that trains, else the latest shown or still to
 * come; never a queued run while another trains.
 */
export function liveRun(runs: readonly Run[]): Run | null {
  return (
    runs.findLast((run) => run.status === 'running') ??
    runs.findLast((run) => !run.hidden || isActive(run)) ??
    null
  );
}

function updateRun(state: LabState, id: string, change: (run: Run) => Run): LabState {
  return { ...state, runs: state.runs.map((run) => (run.id === id ? change(run) : run)) };
}

function reduceWorkerEvent(state: LabState, event: PoolEvent): LabState {
  switch (event.type) {
    case 'backend': {
      const { type: _type, ...backend } = event;
      return { ...state, backend };
    }
    case 'data-progress': {
      const { type: _type, ...progress } = event;
      return state.data.phase === 'loading'
        ? { ...state, data: { phase: 'loading', progress } }
        : state;
    }
    case 'data-ready':
      return {
        ...state,
        data: {
          phase: 'ready',
          ms: event.ms,
          trainCount: event.trainCount,
          testCount: event.testCount,
        },
      };
    case 'data-error':
      return { ...state, data: { phase: 'error', message: event.message } };
    case 'run-timing':
      return updateRun(state, event.runId, (run) => ({ ...run, timingBackends: true }));
    case 'run-started':
      return updateRun(state, event.runId, ({ timingBackends: _timing, ...run }) => ({
        ...run,
        status: 'running',
        params: event.params,
        backend: event.backend,
        ...(event.timing ? { backendTiming: event.timing } : {}),
        ...(event.engine ? { engine: event.engine } : {}),
        // `auto` may know WebGL's renderer and still train on wasm.
        renderer: event.backend === 'webgl' ? (state.backend?.renderer ?? null) : null,
      }));
    case 'run-warmup':
      return updateRun(state, event.runId, (run) => ({
        ...run,
        warmup: { done: event.done, total: event.total, stage: event.stage },
      }));
    case 'run-step':
      return updateRun(state, event.runId, ({ warmup: _warmup, ...run }) => ({
        ...run,
        step: event.step,
      }));
    case 'run-eval':
      return updateRun(state, event.runId, ({ warmup: _warmup, ...run }) => ({
        ...run,
        step: event.point.step,
        points: thinMapFrames([...run.points, event.point]),
      }));
    case 'run-map':
      return updateRun(state, event.runId, (run) => ({ ...run, activationMap: event.map }));
    case 'run-ended':
      return updateRun(state, event.runId, ({ warmup: _warmup, ...run }) => ({
        ...run,
        paused: false,
        status: event.status,
        elapsedMs: event.elapsedMs,
        step: 'steps' in event ? event.steps : run.step,
        ...('test' in event ? { test: event.test } : {}),
        ...('message' in event ? { message: event.message } : {}),
        ...(event.stepCost ? { stepCost: event.stepCost } : {}),
      }));
    case 'storage-error':
      return { ...state, storageError: `Could not store the weights of a run: ${event.message}` };
    case 'run-paused':
      return updateRun(state, event.runId, (run) => ({ ...run, paused: event.paused }));
    case 'worker-crashed': {
      // Only the dead worker's run fails; queued runs wait in the pool. A fresh first worker
      // loads the dataset again.
      const failed = new Set(event.runIds);
      return {
        ...state,
        workerError: event.message,
        ...(event.primary
          ? { backend: null, data: { phase: 'loading' as const, progress: null } }
          : {}),
        runs: state.runs.map((run) =>
          failed.has(run.id) && isActive(run)
            ? { ...run, status: 'failed', paused: false, message: `${event.message}.` }
            : run,
        ),
      };
    }
    case 'pool': {
      const { type: _type, ...pool } = event;
      return { ...state, pool };
    }
    default:
      return assertNever(event);
  }
}

export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'worker':
      return reduceWorkerEvent(state, action.event);
    case 'worker-batch':
      return action.events.reduce(reduceWorkerEvent, state);
    case 'run-queued':
      return { ...state, runs: [...state.runs, action.run] };
    case 'sweep-queued':
      return {
        ...state,
        runs: [...state.runs, ...action.runs],
        sweeps: [...state.sweeps, action.sweep],
      };
    case 'data-retry':
      return { ...state, data: { phase: 'loading', progress: null } };
    case 'hydrate': {
      const known = new Set(state.runs.map((run) => run.id));
      // A run that was training when the page went away cannot resume: it was interrupted.
      const restored = action.runs
        .filter((run) => !known.has(run.id))
        .map((run) => (isActive(run) ? { ...run, status: 'interrupted' as const } : run));
      const knownSweeps = new Set(state.sweeps.map((sweep) => sweep.id));
      return {
        ...state,
        runs: [...restored, ...state.runs],
        sweeps: [...action.sweeps.filter((sweep) => !knownSweeps.has(sweep.id)), ...state.sweeps],
      };
    }
    case 'rename':
      return updateRun(state, action.runId, (run) => ({ ...run, name: action.name }));
    case 'delete': {
      const gone = new Set(action.runIds);
      return {
        ...state,
        runs: state.runs.filter((run) => !gone.has(run.id)),
        sweeps: state.sweeps
          .map((sweep) => ({ ...sweep, runIds: sweep.runIds.filter((id) => !gone.has(id)) }))
          .filter((sweep) => sweep.runIds.length > 0),
      };
    }
    case 'restore': {
      const known = new Set(state.runs.map((run) => run.id));
      // A deleted run that was training was stopped: it comes back stopped where it was.
      const back = action.runs
        .filter((run) => !known.has(run.id))
        .map((run) =>
          isActive(run) ? { ...run, status: 'stopped' as const, paused: false } : run,
        );
      const runs = [...state.runs, ...back].sort((a, b) => a.createdAt - b.createdAt);
      const restored = new Map(action.sweeps.map((sweep) => [sweep.id, sweep]));
      const sweeps = [
        ...state.sweeps.filter((sweep) => !restored.has(sweep.id)),
        ...action.sweeps,
      ].sort((a, b) => a.createdAt - b.createdAt);
      return { ...state, runs, sweeps };
    }
    case 'set-hidden': {
      const chosen = new Set(action.runIds);
      return {
        ...state,
        runs: state.runs.map((run) =>
          chosen.has(run.id) ? { ...run, hidden: action.hidden } : run,
        ),
      };
    }
    case 'storage-error':
      return { ...state, storageError: action.message };
    default:
      return assertNever(action);
  }
}

/**
 * Most hidden-activation map frames a run keeps (model/inside.ts's MapFrame, about 8 KB each
 * in storage): 60 are a dense-100 run of 3,000 steps at the default evaluation, 480 KB beside
 * its 318 KB of weights. A longer run keeps every other one of its older frames each time it
 * passes this, so that its frames stay spread over the whole run; the first (which names the
 * images) and the newest are always kept.
 */
export const MAX_MAP_FRAMES = 60;

/** `points`, with every other frame but the first and last dropped when they are too many. */
export function thinMapFrames(points: EvalPoint[]): EvalPoint[] {
  const framed = points.flatMap((point, i) => (point.inside?.map ? [i] : []));
  if (framed.length <= MAX_MAP_FRAMES) return points;
  const drop = new Set(framed.filter((_, k) => k % 2 === 1 && k < framed.length - 1));
  return points.map((point, i) => {
    if (!drop.has(i) || !point.inside) return point;
    const { map: _map, ...inside } = point.inside;
    return { ...point, inside };
  });
}
