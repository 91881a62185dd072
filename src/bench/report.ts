/** The shape of `bench-results.json`, written by `bench/run.mjs` from what the page publishes. */
import type { BackendName, PoolStatus } from '../worker/protocol';
import type { BenchOptions, CaseId } from './cases';
import type {
  ExperimentBreakdown,
  ExperimentRun,
  ExperimentSummary,
  InsideCostFigures,
  MemoryFigures,
} from './stats';

/**
 * How a measurement ended: `done` trained every step and scored the test set; `budget` was
 * stopped by the bench's time limits (no test score); `timed-out` never ended after that stop.
 */
export type MeasurementStatus = 'done' | 'budget' | 'stopped' | 'diverged' | 'failed' | 'timed-out';

/** The training worker's memory between two steps of a run. */
export interface MemorySample extends MemoryFigures {
  /** The last evaluation point's step before the sample was asked for. */
  step: number;
  /** Where `jsHeapBytes` came from: the worker's `performance.memory`, or the page's
   *  `performance.measureUserAgentSpecificMemory()` attributed to the worker (live bytes,
   *  ArrayBuffers such as the wasm heap included); null when neither could tell. */
  heapSource: 'worker' | 'page' | null;
}

/** Memory samples of one run and whether they stayed flat (src/bench/stats.ts). */
export interface MemoryCheck {
  backend: BackendName;
  model: CaseId;
  /** Training steps between the first and the last sample. */
  steps: number;
  samples: MemorySample[];
  /** Null when fewer than two samples were answered while the run trained. */
  flat: boolean | null;
  /** Why it is not flat, or why it could not be judged. */
  problems: string[];
}

/** One batch size tried for throughput. */
export interface BatchTrial {
  batchSize: number;
  examplesPerSec: number | null;
  measuredSteps: number;
  status: MeasurementStatus | 'skipped';
  message?: string;
}

/** A training loop timed in the bench-only worker (src/bench/fit.ts). */
export type LoopKind = 'fit' | 'bare' | 'minimize';

export interface LoopTiming {
  /** Steady-state examples per second after the warm-up (in the report: the median over the
   *  rounds); null when not measured. */
  examplesPerSec: number | null;
  measuredSteps: number;
  /** Model building, compilation and the warm-up steps, in ms (the first round's). */
  warmupMs: number | null;
  /** Each round's rate, in the report. */
  roundRates?: (number | null)[];
  message?: string;
}

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
  /** The training engine the run got and why not a faster one (src/engine/fast-path.ts), as the
   *  app's status says it; absent in results from before it was reported. */
  engine?: string | null;
  status: MeasurementStatus;
  /** Why the run did not finish, when it did not. */
  message?: string;
  /** The training worker's memory at the first point after the warm-up and at the last point
   *  but one of this run; null when not sampled. */
  memory: MemoryCheck | null;
  /** Every batch size tried, the main run (batch 32) included. */
  batchSweep: BatchTrial[];
  /** The batch size with the highest examples/s, and that rate. */
  bestBatchSize: number | null;
  bestExamplesPerSec: number | null;
  /** The same model at batch 32 in the bench-only worker on the same backend: plain
   *  `model.fit` on preloaded tensors, the app's `trainModel` with no-op hooks (bare loop), and a
   *  plain `optimizer.minimize` loop over preloaded batches. */
  fit: LoopTiming | null;
  bareLoop: LoopTiming | null;
  /** The app's batch-32 run once more after each round of the three loops, and the median of
   *  all the app's runs, the main one included. */
  appRoundRates: (number | null)[];
  appExamplesPerSec: number | null;
  minimizeLoop: LoopTiming | null;
  /** The app's rate over each loop's (above 1: the app is faster): per round, the mean of the
   *  app's runs before and after over the loop's rate; the median over rounds. */
  appToFit: number | null;
  appToBareLoop: number | null;
  appToMinimizeLoop: number | null;
  /** Round trip of the app's `predict` request for one drawn image, page to worker and back,
   *  on this run's trained model, in ms; `inferenceWorkerMsP50` is the worker's own time. */
  inferenceCalls: number;
  inferenceMsP50: number | null;
  inferenceMsP95: number | null;
  inferenceWorkerMsP50: number | null;
  /** Why the batch sweep and loop comparison were skipped, when they were. */
  extrasSkipped?: string;
  /** On WebGL, what the median training step of the main run cost, counted by its worker
   *  (src/engine/webgl/counters.ts): shader programs (uploads' encode programs included),
   *  uploads and their bytes, and reads back per step; null elsewhere. Optional: absent in
   *  results from before they were counted. */
  webglProgramsPerStep?: number | null;
  uploadsPerStep?: number | null;
  uploadedBytesPerStep?: number | null;
  readsPerStep?: number | null;
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

/** Wall time for one model to reach a validation accuracy through the app's worker. */
export interface TargetResult {
  model: CaseId;
  backend: BackendName;
  /** The validation accuracy aimed at, in [0, 1]. */
  target: number;
  /** From sending `train` to receiving the first point at or above the target; null if none. */
  timeMs: number | null;
  /** The worker's own training time to that point (evaluations included, build excluded). */
  trainMs: number | null;
  step: number | null;
  valAccuracy: number | null;
  /** The most steps allowed and the best accuracy seen. */
  cap: number;
  bestValAccuracy: number | null;
  message?: string;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * One experiment (EXPERIMENTS in cases.ts): the app's default config trained through the app's
 * worker, from sending `train` to receiving `run-ended` with the test score, in a fresh worker
 * whose dataset is loaded, as after opening the page and pressing Train. The split of `wallMs`
 * is `experimentBreakdown`'s (src/bench/stats.ts): trainMs + evalMs + testMs + otherMs =
 * wallMs. Times in ms; the breakdown is null unless the run ended with its test score.
 */
export interface ExperimentResult extends Nullable<ExperimentBreakdown> {
  model: CaseId;
  backend: BackendName;
  /** Steps asked for; `status` says whether they were all trained. */
  steps: number;
  batchSize: number;
  evalEvery: number;
  validationSize: number;
  status: MeasurementStatus;
  message?: string;
  /** Page clock, from sending `train` to receiving `run-ended`. */
  wallMs: number | null;
  /** The worker's own time, from dequeuing `train` to posting `run-ended`. */
  workerMs: number | null;
  /** Validation accuracy at the last point, and test accuracy, in [0, 1]. */
  valAccuracy: number | null;
  testAccuracy: number | null;
}

/**
 * What the look inside the network adds to one experiment (`insideCost` in stats.ts): its runs
 * in INSIDE_COST_ORDER (cases.ts), alternately without the look inside (the bench-only
 * `inspect: false` of `train`) and with it, as the app trains, each in a fresh worker, timed as
 * the experiments are. It covers whatever trainModel's `inspect` hook switches: today the
 * probe at each evaluation point (src/engine/inspect/probe.ts).
 */
export interface InsideCost extends InsideCostFigures {
  model: CaseId;
  backend: BackendName;
  steps: number;
  /** The most `addedShare` may be (issue 13: 0.1). */
  budget: number;
}

/** One run of ../shared/bench/torch_experiment.py (`npm run bench -- --torch`). */
export interface TorchExperimentRun {
  model: CaseId;
  steps: number;
  /** `one`: OMP_NUM_THREADS=1; `default`: unset, PyTorch's own choice. */
  threads: 'one' | 'default';
  /** Threads PyTorch reported using. */
  torchThreads: number | null;
  /** Training, every evaluation and the test pass (not loading the data). */
  wallMs: number | null;
  /** Share of `wallMs` spent in validation passes. */
  evalShare: number | null;
  valAccuracy: number | null;
  testAccuracy: number | null;
  error?: string;
}

/** The app's experiment wall time over PyTorch's (below 1: the app waits less). */
export interface ExperimentRatio {
  model: CaseId;
  steps: number;
  appWallMs: number;
  torchOneThreadMs: number | null;
  torchDefaultMs: number | null;
  appToTorchOneThread: number | null;
  appToTorchDefault: number | null;
}

export type TorchExperiments =
  { runs: TorchExperimentRun[]; ratios: ExperimentRatio[] } | { error: string };

export interface SoakResult extends MemoryCheck {
  status: MeasurementStatus;
  elapsedMs: number | null;
  testAccuracy: number | null;
  message?: string;
}

/**
 * n dense-100 runs queued at once into a TrainerPool of at most n workers (`workers`). A run's
 * steady rate is its examples/s over every interval but the first (evaluation excluded); the
 * total is their sum. The `overlap` figures count only the intervals in which all n runs were
 * training (see `concurrentRates`): the pool starts its second worker only once the first run
 * has a rate, so the runs overlap for part of their length only.
 */
export interface PoolScalingRow {
  workers: number;
  runs: number;
  steps: number;
  evalEvery: number;
  batchSize: number;
  /** The most runs the pool trained at once. */
  maxBusy: number;
  runRates: (number | null)[];
  totalExamplesPerSec: number | null;
  overlapRates: (number | null)[];
  overlapExamplesPerSec: number | null;
  /** The stretch in which all n trained, in ms. */
  overlapMs: number | null;
  /** Totals over the one-worker total. */
  ratioToOne: number | null;
  overlapRatioToOne: number | null;
  /** The pool's own measured gain on adding its n-th worker, and its limit, at the end. */
  poolGain: number | null;
  pool: PoolStatus | null;
  /** From the first `train` to the last `run-ended`, in ms. */
  wallMs: number;
  /** `done` when every run trained every step. */
  status: MeasurementStatus;
  message?: string;
}

export interface PoolScaling {
  backend: BackendName;
  model: CaseId;
  /** `navigator.hardwareConcurrency`: the largest n measured. */
  cpus: number;
  /** The one-worker rate the runs' length was sized from (examples/s). */
  rateEstimate: number;
  rows: PoolScalingRow[];
}

/** One run of a timed sweep. Times in ms, on the page's clock since the first `train`. */
export interface PoolSweepRun {
  value: number;
  status: MeasurementStatus;
  message?: string;
  startMs: number | null;
  endMs: number | null;
  /** The worker's own time for the run. */
  elapsedMs: number | null;
  testAccuracy: number | null;
  /** Its training steps, its validation passes, and its test pass (the last point's arrival to
   *  `run-ended`), as `experimentBreakdown` splits them; null unless it ended with a score. */
  trainMs: number | null;
  evalMs: number | null;
  testMs: number | null;
}

/** The sweep in one pool: from sending the four `train` messages to the last `run-ended`. */
export interface PoolSweepTrial {
  /** The pool's `maxWorkers`: 1, or navigator.hardwareConcurrency (the default). */
  maxWorkers: number;
  wallMs: number | null;
  runs: PoolSweepRun[];
  maxBusy: number;
  pool: PoolStatus | null;
  message?: string;
}

export interface PoolSweep {
  backend: BackendName;
  field: string;
  values: number[];
  steps: number;
  evalEvery: number;
  validationSize: number;
  oneWorker: PoolSweepTrial | null;
  pool: PoolSweepTrial | null;
  /** One worker's wall time over the default pool's. */
  speedUp: number | null;
  target: number;
  /** The one-worker runs' own times laid out on the default pool's workers (`listScheduleMs`):
   *  in the pool's order (first queued, first trained) and longest first, and one worker's wall
   *  time over each: the most those orders could gain with no start-up and no shared cores. */
  queueOrderMs: number | null;
  longestFirstMs: number | null;
  queueOrderBound: number | null;
  longestFirstBound: number | null;
}

/** One run of "Reproduce the report" (`--report`). */
export interface ReproductionRun extends ExperimentRun {
  learningRate: number;
  message?: string;
  valAccuracy: number | null;
}

/** Every run of the report's three experiments queued at once into the default pool. */
export interface Reproduction {
  backend: BackendName;
  /** The report's steps were divided by this (1: the report's own). */
  scale: number;
  /** From the first `train` to the last `run-ended`, in ms (to giving up, if stopped). */
  wallMs: number;
  /** The sum of the runs' own times: one worker, one after another. */
  runMsSum: number;
  /** `runMsSum / wallMs`: how many runs trained at once, on average. */
  parallelism: number | null;
  maxBusy: number;
  pool: PoolStatus | null;
  experiments: ExperimentSummary[];
  runs: ReproductionRun[];
  message?: string;
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
  /** What `auto` (the default) turned out to be: the backend the app chooses here, and why. */
  autoBackend: { backend: BackendName; reason: string | null } | null;
  /** The first backend's `data-ready` time: the only load with a cold HTTP cache. */
  datasetReadyMs: number | null;
  /** The same four files fetched in the page (bypassing the HTTP cache, as the first load
   *  finds it) and gunzipped, bytes counted and dropped: the floor under `datasetReadyMs`.
   *  Median of three. */
  bareFetchMs: number | null;
  /** Who gunzipped in the bare fetch: DecompressionStream, or the browser because the server
   *  sent the files with `Content-Encoding: gzip` (as `vite preview` does, for the app too). */
  bareFetchGunzip: 'DecompressionStream' | 'Content-Encoding' | null;
  /** `datasetReadyMs / bareFetchMs`: what parsing and filling the typed arrays add. */
  datasetToBareFetch: number | null;
  /** The backend that trained fastest on the most models; the figures below come from it. */
  bestBackend: BackendName | null;
  /** The slowest model's predict round trip on the best backend (see BenchResult). */
  inferenceMsP50: number | null;
  inferenceMsP95: number | null;
  inferenceModel: CaseId | null;
  /** Wall time to 85 % validation accuracy (dense-100) and 88 % (report CNN), in ms. */
  timeTo85Ms: number | null;
  timeTo88Ms: number | null;
  targets: TargetResult[];
  /** The dense memory check over `options.memorySteps` steps on the best backend. */
  memory: MemoryCheck | null;
  /** The 15,000-step dense soak (`--soak`). */
  soak: SoakResult | null;
  /** What a person waits for: Train to test score with the app's defaults, on the best
   *  backend (`--no-experiments`: empty). */
  experiments: ExperimentResult[];
  /** What the look inside adds to each experiment (`--no-inside-cost`, `--no-experiments`:
   *  empty; absent in results from before it was measured). */
  insideCost?: InsideCost[];
  /** The same experiments in PyTorch (`--torch`), added by bench/run.mjs. */
  pytorchExperiments?: TorchExperiments;
  /** Pool scaling on the best backend (`--no-pool`: null). */
  poolScaling: PoolScaling | null;
  /** The hidden-units sweep in one worker and in the default pool (`--no-sweep`: null). */
  sweep: PoolSweep | null;
  /** "Reproduce the report" in the default pool (`--report`; otherwise null). */
  report: Reproduction | null;
  backends: BackendRecord[];
  results: BenchResult[];
  /** Why a figure above is missing, when one is. */
  notes: string[];
}
