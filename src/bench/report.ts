/** The shape of `bench-results.json`, written by `bench/run.mjs` from what the page publishes. */
import type { BackendName } from '../worker/protocol';
import type { BenchOptions, CaseId } from './cases';

/**
 * How a measurement ended: `done` trained every step and scored the test set; `budget` was
 * stopped by the bench's time limits (no test score); `timed-out` never ended after that stop.
 */
export type MeasurementStatus = 'done' | 'budget' | 'stopped' | 'diverged' | 'failed' | 'timed-out';

/** One model trained on one backend. Times in ms; null where the run never got that far. */
export interface BenchResult {
  model: CaseId;
  backend: BackendName;
  batchSize: number;
  /** Steps trained, warm-up included. */
  steps: number;
  warmupSteps: number;
  /** Steps after the warm-up that `examplesPerSec` covers. */
  measuredSteps: number;
  /** Steady-state training examples per second, evaluation excluded. */
  examplesPerSec: number | null;
  /** From sending `train` to the first evaluation point: build, compile, warm-up, one eval. */
  warmupMs: number | null;
  /** Mean validation pass after the warm-up, over `evalImages` images. */
  evalMs: number | null;
  evalImages: number;
  /** The worker's run time, from dequeuing `train` to `run-ended`, test evaluation included. */
  elapsedMs: number | null;
  /** Accuracy on the 10,000 test images, in [0, 1]. */
  testAccuracy: number | null;
  params: number | null;
  status: MeasurementStatus;
  /** Why the run did not finish, when it did not. */
  message?: string;
}

/** What one requested backend turned out to be, and how long the dataset took on it. */
export interface BackendRecord {
  requested: BackendName;
  /** The backend TF.js really ran on; null when the worker never answered. */
  actual: BackendName | null;
  renderer: string | null;
  fallbackReason?: string;
  /** The worker's own `data-ready` time, in ms. */
  datasetReadyMs: number | null;
  /** From sending `load-data` to receiving `data-ready` on the page, in ms. */
  datasetReadyWallMs: number | null;
  /** Why this backend's models were not (all) measured; absent when they were. */
  error?: string;
}

export interface BenchReport {
  date: string;
  machine: {
    /** `navigator.hardwareConcurrency`. */
    cpus: number;
    userAgent: string;
    /** The WebGL renderer string; null when WebGL was not measured or not available. */
    renderer: string | null;
  };
  options: BenchOptions;
  /** The first backend's `data-ready` time: the only load with a cold HTTP cache. */
  datasetReadyMs: number | null;
  backends: BackendRecord[];
  results: BenchResult[];
}
