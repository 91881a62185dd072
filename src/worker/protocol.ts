/**
 * The one typed contract between the UI and the training worker. Messages are discriminated
 * unions keyed on `type`; no TF.js here, so the UI bundle never includes it.
 */
import type { TrainConfig } from '../model/config';
import type { EvalPoint, Metrics } from '../model/types';

export const BACKENDS = ['webgl', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export type ToWorker =
  /** Choose a backend; the worker answers with `backend`. */
  | { type: 'init'; backend: BackendName }
  /** Stream the dataset from `baseUrl`; answered by `data-progress`, then `data-ready` or `data-error`. */
  | { type: 'load-data'; baseUrl: string }
  | { type: 'train'; runId: string; config: TrainConfig }
  | { type: 'stop'; runId: string };

export interface DataProgress {
  bytesLoaded: number;
  /** Null when the server did not say how large the files are. */
  bytesTotal: number | null;
  imagesLoaded: number;
  imagesTotal: number;
}

export type RunEnd =
  | { status: 'done'; steps: number; test: Metrics }
  | { status: 'stopped'; steps: number }
  | { status: 'diverged'; steps: number; message: string }
  | { status: 'failed'; message: string };

export type FromWorker =
  | {
      type: 'backend';
      /** The backend TF.js really runs on. */
      backend: BackendName;
      requested: BackendName;
      /** The GPU renderer string (WebGL), or null where there is none. */
      renderer: string | null;
      /** Why the requested backend could not be used; absent when it was. */
      fallbackReason?: string;
    }
  | ({ type: 'data-progress' } & DataProgress)
  | { type: 'data-ready'; trainCount: number; testCount: number; ms: number }
  | { type: 'data-error'; message: string }
  | { type: 'run-started'; runId: string; params: number; backend: BackendName }
  | { type: 'run-step'; runId: string; step: number }
  | { type: 'run-eval'; runId: string; point: EvalPoint }
  | ({ type: 'run-ended'; runId: string; elapsedMs: number } & RunEnd);

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
