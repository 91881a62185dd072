/** Result types shared by the worker and the UI; pure, so the UI never pulls in TF.js. */
import type { InsideSnapshot } from './inside';

export interface Metrics {
  /** Fraction of images classified correctly, in [0, 1]. */
  accuracy: number;
  /** Mean softmax cross-entropy, in nats. */
  loss: number;
}

/** One row of a run's curve, sent at each evaluation point. */
export interface EvalPoint {
  step: number;
  /** Completed passes over the training images. */
  epoch: number;
  examplesSeen: number;
  valAccuracy: number;
  valLoss: number;
  /** Mean training loss over the steps since the previous point. */
  trainLoss: number;
  /** Training examples per second over the steps since the previous point. */
  examplesPerSec: number;
  /** Wall time since training started, in ms. */
  elapsedMs: number;
  /** Time of this point's validation pass, in ms (absent in runs from before it was kept). */
  evalMs?: number;
  /** Inside the network at this point (absent in runs from before it was measured). */
  inside?: InsideSnapshot;
}

export type TrainOutcome =
  | { status: 'done'; steps: number; test: Metrics }
  | { status: 'stopped'; steps: number }
  | { status: 'diverged'; steps: number; message: string };
