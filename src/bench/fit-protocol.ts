/**
 * Messages between the bench page and its own training worker (fit.worker.ts), which times other
 * ways of training the app's models on the same backend. Pure types: the page never loads TF.js.
 */
import type { TrainConfig } from '../model/config';
import type { BackendName } from '../worker/protocol';
import type { LoopKind, LoopTiming } from './report';

export type FitRequest =
  /** Start `backend` as the app's worker does and load the dataset with the app's loader. */
  | { type: 'setup'; backend: BackendName; baseUrl: string }
  /** Train a fresh model of `config` with `loop`: `config.evalEvery` warm-up steps, then up to
   *  `config.steps` in all, stopping early `budgetMs` after the warm-up where the loop allows. */
  | { type: 'measure'; loop: LoopKind; config: TrainConfig; budgetMs: number };

export type FitReply =
  | { type: 'ready'; backend: BackendName; datasetMs: number }
  | ({ type: 'measured'; loop: LoopKind } & LoopTiming)
  | { type: 'error'; message: string };
