/**
 * The worker's brain as a plain function of messages, so tests drive it without a Worker.
 * It owns the dataset, TF.js and the trained models; runs sent to it train one after another
 * (the page's pool, pool.ts, sends each worker one at a time).
 */
import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { loadFashionMnist, type LabelledImages } from '../data/dataset';
import { stratifiedSplit } from '../data/split';
import { buildModel } from '../engine/builders';
import { validateConfig, type TrainConfig } from '../model/config';
import { trainModel } from '../engine/train';
import { describeFastPath, fastPathOf } from '../engine/fast-path';
import { warmUp } from '../engine/warmup';
import { StepCostMeter, webglCounts } from '../engine/webgl/counters';
import type { StepCost } from '../model/types';
import { selectBackend } from './backend';
import { closeWorker, crashWorker, loseWebglContext, watchContextLoss } from './faults';
import { ModelStore } from './models';
import { TimedBackends } from './timing';
import { REQUEST_HANDLERS } from './requests';
import { prepareFineTune, startFrom } from './garments';
import { postActivationMap } from './inspect-requests';
import {
  assertNever,
  type BackendName,
  type BackendRate,
  type FineTune,
  type FromWorker,
  type RunEnd,
  type ToWorker,
} from './protocol';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface HandlerDeps {
  post(message: FromWorker, transfer?: Transferable[]): void;
  yieldToEvents(): Promise<void>;
  fetchFn?: typeof fetch;
  /** Store trained models in IndexedDB (default true). */
  persistModels?: boolean;
}

/** Most step messages a run sends per second; evaluation points are sent as they come. */
const STEP_MESSAGES_PER_SEC = 4;
const PROGRESS_MESSAGES_PER_SEC = 10;

interface Dataset {
  train: LabelledImages;
  test: LabelledImages;
}

/** SharedArrayBuffers can be made and sent to other workers only in an isolated context. */
function canShareMemory(): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true;
}

function sharedCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/** The dataset moved into shared memory, once (47 MB, some 20 ms), so every worker reads it. */
function inSharedMemory({ train, test }: Dataset): Dataset {
  const move = (set: LabelledImages) => ({
    ...set,
    images: sharedCopy(set.images),
    labels: sharedCopy(set.labels),
  });
  return { train: move(train), test: move(test) };
}

export function createHandler(deps: HandlerDeps): (message: ToWorker) => Promise<void> {
  const { post } = deps;
  let dataset: Promise<Dataset> | null = null;
  let queue: Promise<void> = Promise.resolve();
  /** Training and requests wait for the backend an `init` asked for, so none runs on another. */
  let backendReady: Promise<void> = Promise.resolve();
  /** Under `auto` with WebGL and wasm started: times each model shape and picks per run. */
  let timed: TimedBackends | null = null;
  /** Timings other workers sent before this one's backends had started. */
  const knownTimings: { config: TrainConfig; rates: BackendRate[] }[] = [];
  const runs = new Map<string, AbortController>();
  const pauses = new Map<string, { resumed: Promise<void>; resume(): void }>();
  const models = new ModelStore(deps.persistModels ?? true);
  let datasetShared = false;
  const requestContext = {
    models,
    dataset: () => dataset ?? Promise.reject(new Error('The dataset is not loaded.')),
    datasetShared: () => datasetShared,
    post: (message: FromWorker) => post(message),
  };

  function announce({ train, test }: Dataset, ms: number): void {
    post({
      type: 'data-progress',
      bytesLoaded: 0,
      bytesTotal: null,
      imagesLoaded: train.count + test.count,
      imagesTotal: train.count + test.count,
    });
    post({ type: 'data-ready', trainCount: train.count, testCount: test.count, ms });
  }

  async function loadData(baseUrl: string): Promise<void> {
    const started = performance.now();
    let lastProgress = 0;
    const attempt = loadFashionMnist(
      baseUrl,
      (progress) => {
        const now = performance.now();
        if (now - lastProgress < 1000 / PROGRESS_MESSAGES_PER_SEC) return;
        lastProgress = now;
        post({ type: 'data-progress', ...progress });
      },
      undefined,
      deps.fetchFn,
    );
    const shareable = canShareMemory();
    dataset = attempt.then((loaded) => (shareable ? inSharedMemory(loaded) : loaded));
    try {
      announce(await dataset, performance.now() - started);
      datasetShared = shareable;
    } catch (error) {
      dataset = null;
      post({ type: 'data-error', message: errorMessage(error) });
    }
  }

  async function train(
    runId: string,
    config: TrainConfig,
    signal: AbortSignal,
    fineTune?: FineTune,
    inspect?: false,
  ): Promise<RunEnd & { stepCost?: StepCost }> {
    const errors = Object.values(validateConfig(config));
    if (errors.length > 0) return { status: 'failed', message: errors.join(' ') };
    if (!dataset) return { status: 'failed', message: 'The dataset is not loaded.' };
    const { train: pool, test } = await dataset;
    if (signal.aborted) return { status: 'stopped', steps: 0 };
    const split = stratifiedSplit(pool.labels, config.validationSize, config.seed);
    // Before the model is built, so that its weights live on the backend it trains on.
    // Timing takes seconds where WebGL compiles its shaders: the page says what it waits for.
    if (timed?.willTime(config)) post({ type: 'run-timing', runId });
    const timing = await timed?.choose(config, pool, split.trainIndices, signal);
    if (signal.aborted) return { status: 'stopped', steps: 0 };
    // A fine-tune starts from its parent's weights, loaded on the backend it trains on.
    const tuned = fineTune && (await prepareFineTune(fineTune, models));
    const model = buildModel(config);
    if (tuned) await startFrom(model, tuned.parent);
    models.keep(runId, model);
    post({
      type: 'run-started',
      runId,
      params: model.countParams(),
      backend: tf.getBackend() as BackendName,
      ...(timing ? { timing } : {}),
      engine: describeFastPath(fastPathOf(model, config)),
    });
    if (tf.getBackend() === 'webgl') {
      await warmUp(model, config, pool, split.trainIndices, split.validationIndices, (progress) =>
        post({ type: 'run-warmup', runId, ...progress }),
      );
      if (signal.aborted) return { status: 'stopped', steps: 0 };
    }
    let lastStep = 0;
    const meter =
      tf.getBackend() === 'webgl'
        ? new StepCostMeter(webglCounts(tf.backend() as MathBackendWebGL), config.evalEvery)
        : null;
    const outcome = await trainModel(
      model,
      config,
      { pool, test, ...split, ...(tuned ? { garments: tuned.garments } : {}) },
      {
        signal,
        inspect,
        yieldToEvents: async () => {
          await deps.yieldToEvents();
          const pause = pauses.get(runId);
          if (!pause) return 0;
          const since = performance.now();
          await pause.resumed;
          return performance.now() - since;
        },
        onEval: (point) => post({ type: 'run-eval', runId, point }),
        onStep: (step) => {
          meter?.onStep(step);
          const now = performance.now();
          if (now - lastStep < 1000 / STEP_MESSAGES_PER_SEC) return;
          lastStep = now;
          post({ type: 'run-step', runId, step });
        },
      },
    );
    const stepCost = meter?.summary();
    return stepCost ? { ...outcome, stepCost } : outcome;
  }

  function enqueueRun(
    runId: string,
    config: TrainConfig,
    fineTune?: FineTune,
    inspect?: false,
  ): void {
    const controller = new AbortController();
    runs.set(runId, controller);
    queue = queue.then(async () => {
      await backendReady.catch(() => undefined);
      const started = performance.now();
      let end: RunEnd & { stepCost?: StepCost };
      try {
        end = await train(runId, config, controller.signal, fineTune, inspect);
      } catch (error) {
        end = { status: 'failed', message: errorMessage(error) };
      }
      runs.delete(runId);
      post({ type: 'run-ended', runId, elapsedMs: performance.now() - started, ...end });
      if (end.status === 'done' || end.status === 'stopped') {
        try {
          await models.save(runId);
        } catch (error) {
          post({ type: 'storage-error', runId, message: errorMessage(error) });
        }
      }
      // Once the model is stored: a map of what it learned, for the page to keep with the run.
      if ((end.status === 'done' || end.status === 'stopped') && end.steps > 0)
        await postActivationMap(requestContext, post, runId, 'pca', end.steps).catch((error) =>
          console.error(`Could not map run ${runId}'s hidden activations:`, error),
        );
    });
  }

  return async (message) => {
    switch (message.type) {
      case 'timing-known':
        if (timed) timed.remember(message.config, message.rates);
        else knownTimings.push({ config: message.config, rates: message.rates });
        return;
      case 'init':
        backendReady = selectBackend(message.backend).then(({ info, timed: backends }) => {
          timed = backends.length > 1 ? new TimedBackends(backends) : null;
          for (const { config, rates } of knownTimings) timed?.remember(config, rates);
          knownTimings.length = 0;
          post({ type: 'backend', ...info });
          watchContextLoss(() =>
            post({
              type: 'fatal',
              message:
                "The GPU's WebGL context was lost (a driver reset, or the GPU was needed elsewhere)",
            }),
          );
        });
        await backendReady;
        return;
      case 'load-data':
        return loadData(message.baseUrl);
      case 'use-data': {
        const given = { train: message.train, test: message.test };
        dataset = Promise.resolve(given);
        datasetShared =
          typeof SharedArrayBuffer !== 'undefined' &&
          given.train.images.buffer instanceof SharedArrayBuffer;
        announce(given, 0);
        return;
      }
      case 'train':
        enqueueRun(message.runId, message.config, message.fineTune, message.inspect);
        return;
      case 'stop':
        runs.get(message.runId)?.abort();
        pauses.get(message.runId)?.resume();
        return;
      case 'pause': {
        if (!runs.has(message.runId) || pauses.has(message.runId)) return;
        let resume = () => {};
        const resumed = new Promise<void>((resolve) => (resume = resolve));
        pauses.set(message.runId, {
          resumed,
          resume: () => {
            pauses.delete(message.runId);
            resume();
          },
        });
        post({ type: 'run-paused', runId: message.runId, paused: true });
        return;
      }
      case 'resume':
        if (!pauses.has(message.runId)) return;
        pauses.get(message.runId)?.resume();
        post({ type: 'run-paused', runId: message.runId, paused: false });
        return;
      case 'debug':
        if (message.action === 'crash') crashWorker();
        else if (message.action === 'close') closeWorker();
        else if (!loseWebglContext())
          post({ type: 'fatal', message: 'There is no WebGL context to lose.' });
        return;
      case 'request': {
        const request = message;
        await backendReady.catch(() => undefined);
        const handler = REQUEST_HANDLERS[request.method] as (
          args: typeof request.args,
          context: typeof requestContext,
        ) => Promise<{ result: unknown; transfer?: Transferable[] }>;
        try {
          const { result, transfer } = await handler(request.args, requestContext);
          deps.post({ type: 'response', id: request.id, ok: true, result } as FromWorker, transfer);
        } catch (error) {
          post({ type: 'response', id: request.id, ok: false, error: errorMessage(error) });
        }
        return;
      }
      default:
        assertNever(message);
    }
  };
}
