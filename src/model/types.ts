/** Result types shared by the worker and the UI; pure, so the UI never pulls in TF.js. */
import type { InsideSnapshot } from './inside';

export interface Metrics {
  /** Fraction of images classified correctly, in [0, 1]. */
  accuracy: number;
  /** Mean softmax cross-entropy, in nats. */
  loss: number;
  /** Accuracy on each class's images, by label (CLASS_NAMES order), each in [0, 1]; null for a
   *  class the set has no image of. Absent in runs from before it was kept. */
  classAccuracy?: (number | null)[];
}

/** One row of a run's curve, sent at each evaluation point. */
export interface EvalPoint {
  step: number;
  /** Completed passes over the training images. */
  epoch: number;
  examplesSeen: number;
  valAccuracy: number;
  valLoss: number;
  /** Validation accuracy of each class, as Metrics.classAccuracy (absent in older runs). */
  valClassAccuracy?: (number | null)[];
  /** Mean training loss over the steps since the previous point. */
  trainLoss: number;
  /** Training examples per second over the steps since the previous point. */
  examplesPerSec: number;
  /** Wall time since training started, in ms. */
  elapsedMs: number;
  /** Time of this point's validation pass, in ms (absent in runs from before it was kept). */
  evalMs?: number;
  /** Accuracy on the person's own images (My garments), in [0, 1]: runs fine-tuned on them. */
  garmentAccuracy?: number;
  /** Inside the network at this point (absent in runs from before it was measured). */
  inside?: InsideSnapshot;
}

export type TrainOutcome =
  | { status: 'done'; steps: number; test: Metrics }
  | { status: 'stopped'; steps: number }
  | { status: 'diverged'; steps: number; message: string };

/** What one training step cost on WebGL, as the run's worker counted it (the median step). */
export interface StepCost {
  /** Shader programs run, the encode program of each upload included. */
  programs: number;
  /** Uploads of CPU values to the GPU, and their bytes. */
  uploads: number;
  uploadedBytes: number;
  /** Reads back from the GPU per step, over every step counted (the loop's goal: 0). */
  reads: number;
  /** Steps counted: those not right after an evaluation point nor in the first few. */
  steps: number;
}
