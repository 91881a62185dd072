/**
 * The bench-only worker's logic (its entry is fit.worker.ts): trains the app's models on the
 * same backend as the app's worker, with the same wasm kernels (src/worker/backend.ts) and the
 * same data modules, in three other ways, so the page can tell what the app's loop costs:
 *
 * - `fit`: plain `model.fit(xs, ys, { batchSize, epochs: 1 })` on tensors made beforehand;
 * - `bare`: the app's own `trainModel` with no-op hooks: no messages, no yields to the event loop;
 * - `minimize`: a plain `optimizer.minimize` loop over batches made beforehand, with TF.js's
 *   layers and loss (the app's step as it was before any wasm-specific rewrite), nothing else.
 *
 * Each trains `config.evalEvery` warm-up steps first and times the rest.
 */
import * as tf from '@tensorflow/tfjs';
import { loadFashionMnist, type LabelledImages } from '../data/dataset';
import { mulberry32, shuffleInPlace, stratifiedSplit } from '../data/split';
import { gatherTensors } from '../engine/batches';
import { buildModel, NUM_CLASSES } from '../engine/builders';
import type { TrainConfig } from '../model/config';
import { OPTIMIZER_FACTORIES } from '../engine/optimizers';
import { trainModel } from '../engine/train';
import type { EvalPoint } from '../model/types';
import '@tensorflow/tfjs-backend-webgl';
import { registerWebglOps } from '../engine/webgl/ops';
import { prepareWasm } from '../worker/wasm';
import type { BackendName } from '../worker/protocol';
import type { FitReply, FitRequest } from './fit-protocol';
import type { LoopKind, LoopTiming } from './report';
import { steadyState } from './stats';

// The app's engines on both backends, as src/worker/backend.ts and wasm.ts register them.
registerWebglOps();

/** Test images the bare loop scores at its end: it must finish, but is not timed there. */
const BARE_TEST_IMAGES = 1_000;
const MS_PER_SECOND = 1000;

interface Dataset {
  train: LabelledImages;
  test: LabelledImages;
}

let dataset: Dataset | null = null;

const rate = (steps: number, batchSize: number, ms: number) =>
  steps > 0 && ms > 0 ? (steps * batchSize * MS_PER_SECOND) / ms : null;

/** The examples a run of `config` trains on, in a seeded order, as the app's sampler picks. */
function trainingOrder(config: TrainConfig, data: Dataset, count: number): Int32Array {
  const { trainIndices } = stratifiedSplit(data.train.labels, config.validationSize, config.seed);
  const order = shuffleInPlace(Int32Array.from(trainIndices), mulberry32(config.seed));
  return Int32Array.from({ length: count }, (_, i) => order[i % order.length]);
}

/** One-hot float labels [n, 10] from int32 labels [n]. */
const oneHot = (ys: tf.Tensor1D) => tf.tidy(() => tf.oneHot(ys, NUM_CLASSES).toFloat());

async function timeFit(config: TrainConfig, data: Dataset): Promise<LoopTiming> {
  const warmupSteps = config.evalEvery;
  const steps = config.steps - warmupSteps;
  const batch = config.batchSize;
  const started = performance.now();
  const order = trainingOrder(config, data, config.steps * batch);
  const warm = gatherTensors(data.train, order, 0, warmupSteps * batch);
  const timed = gatherTensors(data.train, order, warmupSteps * batch, order.length);
  const [warmYs, timedYs] = [oneHot(warm.ys), oneHot(timed.ys)];
  const model = buildModel(config);
  try {
    model.compile({
      optimizer: OPTIMIZER_FACTORIES[config.optimizer](config.learningRate),
      loss: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.losses.softmaxCrossEntropy(yTrue, yPred),
    });
    await model.fit(warm.xs, warmYs, { batchSize: batch, epochs: 1 });
    const warmupMs = performance.now() - started;
    const fitStarted = performance.now();
    await model.fit(timed.xs, timedYs, { batchSize: batch, epochs: 1 });
    const ms = performance.now() - fitStarted;
    return { examplesPerSec: rate(steps, batch, ms), measuredSteps: steps, warmupMs };
  } finally {
    model.optimizer?.dispose();
    model.dispose();
    tf.dispose([warm.xs, warm.ys, timed.xs, timed.ys, warmYs, timedYs]);
  }
}

async function timeBareLoop(
  config: TrainConfig,
  data: Dataset,
  budgetMs: number,
): Promise<LoopTiming> {
  const started = performance.now();
  const split = stratifiedSplit(data.train.labels, config.validationSize, config.seed);
  const model = buildModel(config);
  const points: EvalPoint[] = [];
  const controller = new AbortController();
  let deadline = Infinity;
  let warmupMs: number | null = null;
  try {
    const outcome = await trainModel(
      model,
      config,
      {
        pool: data.train,
        ...split,
        test: { ...data.test, count: Math.min(BARE_TEST_IMAGES, data.test.count) },
      },
      {
        signal: controller.signal,
        onEval: (point) => {
          if (points.length === 0) {
            warmupMs = performance.now() - started;
            deadline = performance.now() + budgetMs;
          }
          points.push(point);
        },
        // No messages and no event loop: only the budget is checked, between steps.
        yieldToEvents: async () => {
          if (performance.now() > deadline) controller.abort();
        },
      },
    );
    const steady = steadyState(points, config.batchSize);
    return {
      examplesPerSec: steady.examplesPerSec,
      measuredSteps: steady.measuredSteps,
      warmupMs,
      ...(outcome.status === 'stopped'
        ? { message: `Stopped by the budget at step ${outcome.steps}.` }
        : outcome.status === 'diverged'
          ? { message: outcome.message }
          : {}),
    };
  } finally {
    model.dispose();
  }
}

async function timeMinimizeLoop(
  config: TrainConfig,
  data: Dataset,
  budgetMs: number,
): Promise<LoopTiming> {
  const warmupSteps = config.evalEvery;
  const batch = config.batchSize;
  const started = performance.now();
  const order = trainingOrder(config, data, config.steps * batch);
  // One tensor per batch, made beforehand: slicing batches out of one big tensor would cost
  // more than the step on wasm, whose Slice kernel reads the whole input each time.
  const batches = Array.from({ length: config.steps }, (_, i) =>
    gatherTensors(data.train, order, i * batch, (i + 1) * batch),
  );
  const model = buildModel(config);
  const optimizer = OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const step = (index: number) => {
    const { xs, ys } = batches[index];
    optimizer.minimize(
      () =>
        tf.losses.softmaxCrossEntropy(
          tf.oneHot(ys, NUM_CLASSES),
          model.apply(xs, { training: true }) as tf.Tensor,
        ) as tf.Scalar,
      false,
      variables,
    );
  };
  // Reading a weight waits for every queued step (WebGL runs them asynchronously).
  const settle = () => variables[0].data();
  try {
    for (let i = 0; i < warmupSteps; i++) step(i);
    await settle();
    const warmupMs = performance.now() - started;
    const timedFrom = performance.now();
    const deadline = timedFrom + budgetMs;
    let steps = 0;
    for (let i = warmupSteps; i < config.steps; i++) {
      step(i);
      steps++;
      // Checking the clock every step would not wait for WebGL; every warm-up's worth does.
      if (steps % warmupSteps === 0) {
        await settle();
        if (performance.now() > deadline) break;
      }
    }
    await settle();
    const ms = performance.now() - timedFrom;
    return {
      examplesPerSec: rate(steps, batch, ms),
      measuredSteps: steps,
      warmupMs,
      ...(steps < config.steps - warmupSteps
        ? { message: `Stopped by the budget at step ${warmupSteps + steps}.` }
        : {}),
    };
  } finally {
    optimizer.dispose();
    model.dispose();
    tf.dispose(batches.flatMap(({ xs, ys }) => [xs, ys]));
  }
}

const LOOPS: Record<
  LoopKind,
  (config: TrainConfig, data: Dataset, budgetMs: number) => Promise<LoopTiming>
> = {
  fit: (config, data) => timeFit(config, data),
  bare: timeBareLoop,
  minimize: timeMinimizeLoop,
};

/**
 * Starts `backend` as the app's worker does when asked for it by name (src/worker/backend.ts):
 * wasm.ts, imported above, registers the app's wasm training kernels and `prepareWasm` makes the
 * same choice of wasm build. Then loads the dataset with the app's loader.
 */
async function setUp(backend: BackendName, baseUrl: string): Promise<FitReply> {
  if (backend === 'wasm') await prepareWasm();
  if (!(await tf.setBackend(backend)))
    return { type: 'error', message: `The ${backend} backend could not start here.` };
  await tf.ready();
  const started = performance.now();
  dataset = await loadFashionMnist(baseUrl);
  return { type: 'ready', backend, datasetMs: performance.now() - started };
}

/** Answers one request; every request gets exactly one reply. */
export async function handleFitRequest(request: FitRequest): Promise<FitReply> {
  try {
    if (request.type === 'setup') return await setUp(request.backend, request.baseUrl);
    if (!dataset) return { type: 'error', message: 'The dataset is not loaded.' };
    const timing = await LOOPS[request.loop](request.config, dataset, request.budgetMs);
    return { type: 'measured', loop: request.loop, ...timing };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** What the worker entry hands over: its global scope, seen only as a message port. */
export interface FitPort {
  onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
  postMessage(message: FitReply): void;
}

/** Serves requests one after another on `port`. */
export function serveFitRequests(port: FitPort): void {
  let queue = Promise.resolve();
  port.onmessage = (event) => {
    queue = queue.then(async () => port.postMessage(await handleFitRequest(event.data)));
  };
}
