/**
 * The one typed contract between the UI and the training worker. Messages are discriminated
 * unions keyed on `type`; no TF.js here, so the UI bundle never includes it.
 */
import type { TrainConfig } from '../model/config';
import type { EvalPoint, Metrics, StepCost } from '../model/types';
import type { ActivationMap, MapMethod } from '../model/inside';

export const BACKENDS = ['webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
/** A backend by name, or `auto`: the faster of WebGL and wasm for each model, as timed here. */
export type BackendRequest = BackendName | 'auto';

/** Where `auto` stopped timing a backend that was far slower (see BackendRate). */
export const TIMING_STOPS = ['warm-up', 'rounds'] as const;
export type TimingStop = (typeof TIMING_STOPS)[number];

/** One backend's training rate on a model, as `auto` timed it before the run (timing.ts). */
export interface BackendRate {
  backend: BackendName;
  /** Training examples per second: the median of a few timed rounds; for a backend stopped for
   *  being far slower, an upper bound. */
  examplesPerSec: number;
  /** Where timing stopped early because the backend was far slower: in its warm-up (compiling
   *  shaders, first use; the bound then counts that time) or in its timed rounds; null when it
   *  was timed in full. */
  stopped: TimingStop | null;
}

/** Request/response calls, each answered once by a `response` with the same id. */
export interface Requests {
  /** Class probabilities of one 28x28 image (784 values in [0, 1], row-major) per run. */
  predict: {
    args: { runIds: string[]; pixels: Float32Array };
    result: { runId: string; probabilities: number[]; ms: number }[];
  };
  /** Every test image's predicted class and its probability, with the true labels. */
  testPredictions: {
    args: { runId: string };
    result: { predicted: Uint8Array; confidence: Float32Array; labels: Uint8Array };
  };
  /** Each of the person's own images' (My garments: 784 bytes each, 0..255) predicted class
   *  and its probability, by one run. */
  predictGarments: {
    args: { runId: string; images: Uint8Array };
    result: { predicted: Uint8Array; confidence: Float32Array };
  };
  /** Test images by index: 784 bytes each, 0..255, and their labels. */
  testImages: { args: { indices: number[] }; result: { images: Uint8Array; labels: Uint8Array } };
  /** Images of the training file by index (a run's validation images are some of them), as
   *  testImages gives test images. */
  trainImages: { args: { indices: number[] }; result: { images: Uint8Array; labels: Uint8Array } };
  /** A CNN run's first conv layer: kernels [k, k, 1, filters] and the feature maps it makes of
   *  one image [side, side, filters] (after the activation). */
  inspectConv: {
    args: { runId: string; pixels: Float32Array };
    result: {
      kernels: Float32Array;
      kernelSize: number;
      filters: number;
      maps: Float32Array;
      mapSide: number;
    };
  };
  /** What a run looks at in one image (see engine/inspect/saliency.ts): for its predicted
   *  class, SmoothGrad [784], the occlusion map [784] and, for a CNN, each feature map's
   *  contribution [side, side, filters]. */
  saliency: {
    args: { runId: string; pixels: Float32Array };
    result: {
      predicted: number;
      probability: number;
      gradient: Float32Array;
      occlusion: Float32Array;
      conv: { contributions: Float32Array; mapSide: number; filters: number } | null;
      samples: number;
      noise: number;
      patch: number;
    };
  };
  /** The hidden activations map of a run's model as it is now (at `step`, as the page knows
   *  it), also sent as `run-map`. */
  activationMap: {
    args: { runId: string; method: MapMethod; step: number };
    result: ActivationMap;
  };
  /** Training images as the augmentation of `config` shows them to the model: [count, 784]. */
  augmentSamples: {
    args: { config: TrainConfig; count: number };
    result: { images: Float32Array; originals: Float32Array; count: number };
  };
  /** A run's trained model in the TF.js layers format. */
  exportModel: {
    args: { runId: string };
    result: { modelJson: string; weights: ArrayBuffer };
  };
  /** Loads a model in the TF.js layers format for `runId`, checking it takes 28x28 images. */
  importModel: {
    args: { runId: string; modelJson: string; weights: ArrayBuffer };
    result: { params: number };
  };
  /** The loaded dataset, for the pool's other workers: in SharedArrayBuffers when the page is
   *  cross-origin isolated (`shared`, sent without a copy), else a copy. */
  sharedDataset: {
    args: Record<string, never>;
    result: { train: SharedImages; test: SharedImages; shared: boolean };
  };
  /** Forgets a run's model, in memory and in storage. */
  deleteModel: { args: { runId: string }; result: null };
  /** The worker's memory, for the benchmark: TF.js's tensors and bytes (`numBytesInGPU` on
   *  WebGL only) and its JS heap where the worker can read it (null in Chromium's dedicated
   *  workers, which have no `performance.memory`). Answered between training steps. */
  memory: {
    args: Record<string, never>;
    result: {
      numTensors: number;
      numBytes: number;
      numBytesInGPU: number | null;
      jsHeapBytes: number | null;
    };
  };
}

/** Images and labels as the dataset holds them (see data/dataset.ts's LabelledImages). */
export interface SharedImages {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

export type RequestName = keyof Requests;

/** A run that trains on from a trained run's weights, with My garments mixed into its batches. */
export interface FineTune {
  parentId: string;
  /** The person's images, 784 bytes each, 0..255, and their labels 0..9. */
  images: Uint8Array;
  labels: Uint8Array;
  /** Fraction of each batch drawn from them at random, with replacement, in (0, 1]. */
  share: number;
}

export type RequestMessage = {
  [K in RequestName]: { type: 'request'; id: number; method: K; args: Requests[K]['args'] };
}[RequestName];

export type ResponseMessage =
  | { type: 'response'; id: number; ok: true; result: Requests[RequestName]['result'] }
  | { type: 'response'; id: number; ok: false; error: string };

export type DebugAction = 'lose-webgl-context' | 'crash' | 'close';

/** What the page's pool of training workers measured; see worker/pool.ts. */
export interface PoolStatus {
  /** Workers started, and those training a run now. */
  workers: number;
  busy: number;
  /** The most workers the pool will use: navigator.hardwareConcurrency, or fewer once adding
   *  one was measured not to raise the total examples/s. */
  limit: number;
  /** Total examples/s with n workers over that with n - 1, as measured, by n (2, 3, ...). */
  gains: { workers: number; ratio: number }[];
  /** How the pool's workers got the dataset: shared memory, a copy each, or not yet. */
  dataset: 'shared' | 'copied' | null;
}

export type ToWorker =
  /** Choose a backend; the worker answers with `backend`. */
  | { type: 'init'; backend: BackendRequest }
  /** Stream the dataset from `baseUrl`; answered by `data-progress`, then `data-ready` or `data-error`. */
  | { type: 'load-data'; baseUrl: string }
  /** Use a dataset another worker loaded (see `sharedDataset`); answered by `data-ready`. */
  | { type: 'use-data'; train: SharedImages; test: SharedImages }
  | {
      type: 'train';
      runId: string;
      config: TrainConfig;
      fineTune?: FineTune;
      /** For the bench only (src/bench/), which times runs with and without it; the UI never
       *  sends it, and TrainerPool does not forward it. False skips the look inside the network
       *  at each point (engine/inspect/probe.ts): the points come without `inside`. */
      inspect?: false;
    }
  /** Another worker timed this config's shape on each backend: no need to time it again. */
  | { type: 'timing-known'; config: TrainConfig; rates: BackendRate[] }
  | { type: 'stop'; runId: string }
  | { type: 'pause'; runId: string }
  | { type: 'resume'; runId: string }
  /** Fault injection for the end-to-end tests: lose the WebGL context, crash the worker, or
   *  close it without an error event, as a browser ending it would. */
  | { type: 'debug'; action: DebugAction }
  | RequestMessage;

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
      requested: BackendRequest;
      /** The GPU renderer string (WebGL), or null where there is none. */
      renderer: string | null;
      /** Why `auto` chose this backend; absent when a backend was asked for by name. */
      reason?: string;
      /** Why the requested backend could not be used; absent when it was. */
      fallbackReason?: string;
    }
  | ({ type: 'data-progress' } & DataProgress)
  | { type: 'data-ready'; trainCount: number; testCount: number; ms: number }
  | { type: 'data-error'; message: string }
  | {
      type: 'run-started';
      runId: string;
      params: number;
      backend: BackendName;
      /** Under `auto`, the rates this model's shape was timed at on each backend that started,
       *  in the order timed; `backend` is the fastest. Absent when only one could run. */
      timing?: BackendRate[];
      /** The training engine it gets, and why not a faster one (fast-path.ts). */
      engine?: string;
    }
  /** `auto` is timing this run's model shape on each backend before it trains. */
  | { type: 'run-timing'; runId: string }
  | { type: 'run-step'; runId: string; step: number }
  /** Shader warm-up before the first step (WebGL): `done` of `total` stages compiled. */
  | { type: 'run-warmup'; runId: string; done: number; total: number; stage: string | null }
  | { type: 'run-paused'; runId: string; paused: boolean }
  /** Sent once at start-up: the worker holds the Web Lock `lock` for as long as it lives, so the
   *  client learns of its end even when no error event fires (see client.ts). */
  | { type: 'alive'; lock: string }
  /** The worker cannot go on (e.g. the WebGL context was lost): the client restarts it. */
  | { type: 'fatal'; message: string }
  | { type: 'run-eval'; runId: string; point: EvalPoint }
  /** A run's hidden activations map: made when it ends, and whenever one is asked for. */
  | { type: 'run-map'; runId: string; map: ActivationMap }
  | ({
      type: 'run-ended';
      runId: string;
      elapsedMs: number;
      /** On WebGL, what a training step cost in programs, uploads and reads (counters.ts). */
      stepCost?: StepCost;
    } & RunEnd)
  /** A run's weights could not be stored; the run itself is kept in memory. */
  | { type: 'storage-error'; runId: string; message: string }
  | ResponseMessage;

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
