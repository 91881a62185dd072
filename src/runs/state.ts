/**
 * The lab's state: backend, dataset and runs, changed only by this reducer so that every
 * transition is a pure, tested function of worker events and user actions.
 */
import type { TrainConfig } from '../model/config';
import type { EvalPoint, Metrics } from '../model/types';
import type { ClientEvent } from '../worker/client';
import { assertNever, type BackendName, type DataProgress } from '../worker/protocol';

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
  /** GPU renderer the run trained on, where the backend has one. */
  renderer?: string | null;
  points: EvalPoint[];
  /** Last step the worker reported. */
  step: number;
  test?: Metrics;
  /** Why a run failed or diverged. */
  message?: string;
  elapsedMs?: number;
}

export type DataState =
  | { phase: 'loading'; progress: DataProgress | null }
  | { phase: 'ready'; ms: number; trainCount: number; testCount: number }
  | { phase: 'error'; message: string };

export interface BackendState {
  backend: BackendName;
  requested: BackendName;
  renderer: string | null;
  fallbackReason?: string;
}

export interface LabState {
  backend: BackendState | null;
  data: DataState;
  runs: Run[];
  /** A fatal worker problem, shown above everything. */
  workerError: string | null;
}

export const initialLabState: LabState = {
  backend: null,
  data: { phase: 'loading', progress: null },
  runs: [],
  workerError: null,
};

export type LabAction =
  | { type: 'worker'; event: ClientEvent }
  | { type: 'run-queued'; run: Run }
  | { type: 'data-retry' };

const ACTIVE: ReadonlySet<RunStatus> = new Set(['queued', 'running']);

export function isActive(run: Run): boolean {
  return ACTIVE.has(run.status);
}

function updateRun(state: LabState, id: string, change: (run: Run) => Run): LabState {
  return { ...state, runs: state.runs.map((run) => (run.id === id ? change(run) : run)) };
}

function reduceWorkerEvent(state: LabState, event: ClientEvent): LabState {
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
    case 'run-started':
      return updateRun(state, event.runId, (run) => ({
        ...run,
        status: 'running',
        params: event.params,
        backend: event.backend,
        renderer: state.backend?.renderer ?? null,
      }));
    case 'run-step':
      return updateRun(state, event.runId, (run) => ({ ...run, step: event.step }));
    case 'run-eval':
      return updateRun(state, event.runId, (run) => ({
        ...run,
        step: event.point.step,
        points: [...run.points, event.point],
      }));
    case 'run-ended':
      return updateRun(state, event.runId, (run) => ({
        ...run,
        status: event.status,
        elapsedMs: event.elapsedMs,
        step: 'steps' in event ? event.steps : run.step,
        ...('test' in event ? { test: event.test } : {}),
        ...('message' in event ? { message: event.message } : {}),
      }));
    case 'worker-crashed':
      return {
        ...state,
        workerError: event.message,
        runs: state.runs.map((run) =>
          isActive(run) ? { ...run, status: 'failed', message: event.message } : run,
        ),
      };
    default:
      return assertNever(event);
  }
}

export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'worker':
      return reduceWorkerEvent(state, action.event);
    case 'run-queued':
      return { ...state, runs: [...state.runs, action.run] };
    case 'data-retry':
      return { ...state, data: { phase: 'loading', progress: null } };
    default:
      return assertNever(action);
  }
}
