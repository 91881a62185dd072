/**
 * The training loop: one gradient step per batch, validation every `evalEvery` steps, test
 * score at the end. Nothing is read back from the device between evaluation points.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../data/split';
import { NUM_CLASSES } from './builders';
import { augmentBatch } from './augment';
import { hasAugmentation, type TrainConfig } from '../model/config';
import { BatchSampler, type ImagePool, type MixedPool } from './batches';
import { disposeEvalSet, evaluate, makeEvalSet, makeWholeSet } from './evaluate';
import { OPTIMIZER_FACTORIES } from './optimizers';
import { InsideProbe, TAP_CHUNKS } from './inspect/probe';
import { denseStep } from './wasm/wasm-dense-step';
import { softmaxCrossEntropy, wasmTrainingForward } from './wasm/wasm-ops';
import type { EvalPoint, TrainOutcome } from '../model/types';

/** Frees the gradients kept for the look inside (the tape's tensors; the fused step's are copies). */
function disposeGradients(gradients: Map<string, tf.Tensor | Float32Array> | null): void {
  for (const gradient of gradients?.values() ?? [])
    if (gradient instanceof tf.Tensor) gradient.dispose();
}

export interface TrainingData {
  /** The 60,000 training images and labels; split by the index arrays below. */
  pool: ImagePool;
  trainIndices: Int32Array;
  validationIndices: Int32Array;
  test: ImagePool & { count: number };
  /** Images mixed into every batch (a fine-tune on My garments), also scored at each point. */
  garments?: MixedPool;
}

export interface TrainHooks {
  onEval(point: EvalPoint): void;
  /** Called after every step; the caller throttles what it sends. */
  onStep?(step: number): void;
  /** Aborting ends the run after the current step. */
  signal: AbortSignal;
  /** Lets the worker read its messages (e.g. a stop) between steps; while the run is paused it
   *  resolves only on resume, with the ms spent paused (0 otherwise). */
  yieldToEvents(): Promise<number | void>;
  /** False skips the look inside the network at each point (inspect/probe.ts), to time it. */
  inspect?: boolean;
}

/** Time between yields to the event loop, in ms: short enough that Stop feels instant. */
const YIELD_INTERVAL_MS = 25;
/**
 * On WebGL, longer: each yield ends the worker's task, which flushes the GL command queue, and
 * the GPU runs fewer, larger batches of programs better (measured on SwiftShader: the app loop
 * at 0.85-0.91x the loop that never yields, with 25 ms). 100 ms is still an instant Stop.
 */
const WEBGL_YIELD_INTERVAL_MS = 100;

/**
 * One gradient step on a batch (xs [batch, 28, 28, 1], ys int32 [batch]): the batch's mean
 * softmax cross-entropy, minimised by `optimizer` over `variables`. Returns the loss, on device.
 * On wasm the forward pass and loss run as the ops of wasm-ops.ts, whose gradients skip what no
 * variable needs; elsewhere, the model's own layers and TF.js's loss.
 */
export function trainStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  variables: tf.Variable[],
  xs: tf.Tensor,
  ys: tf.Tensor,
): tf.Scalar {
  const forward = ys.dtype === 'int32' ? wasmTrainingForward(model) : null;
  return optimizer.minimize(
    forward
      ? () => softmaxCrossEntropy(forward(xs), ys)
      : () =>
          tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, NUM_CLASSES),
            model.apply(xs, { training: true }) as tf.Tensor,
          ) as tf.Scalar,
    true,
    variables,
  )!;
}

/**
 * trainStep, keeping the gradients of `keep` (variables by name) for the look inside the network:
 * the same gradients and update, by TF.js's variableGrads and applyGradients as minimize makes
 * them, with those gradients left undisposed for the caller.
 */
function trainStepKeeping(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  variables: tf.Variable[],
  xs: tf.Tensor,
  ys: tf.Tensor,
  keep: ReadonlySet<string>,
): { cost: tf.Scalar; gradients: Map<string, tf.Tensor> } {
  const forward = ys.dtype === 'int32' ? wasmTrainingForward(model) : null;
  const { value, grads } = tf.variableGrads(
    forward
      ? () => softmaxCrossEntropy(forward(xs), ys)
      : () =>
          tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, NUM_CLASSES),
            model.apply(xs, { training: true }) as tf.Tensor,
          ) as tf.Scalar,
    variables,
  );
  optimizer.applyGradients(grads);
  const gradients = new Map<string, tf.Tensor>();
  for (const [name, gradient] of Object.entries(grads))
    if (keep.has(name)) gradients.set(name, gradient);
    else gradient.dispose();
  return { cost: value, gradients };
}

export async function trainModel(
  model: tf.LayersModel,
  config: TrainConfig,
  data: TrainingData,
  hooks: TrainHooks,
): Promise<TrainOutcome> {
  const inspect = hooks.inspect !== false;
  const validation = makeEvalSet(data.pool, data.validationIndices, inspect ? TAP_CHUNKS : []);
  let inside: InsideProbe | null = null;
  try {
    // Before anything else is made, so that only the set is left to free if it fails; it
    // measures the initialised model.
    if (inspect) inside = await InsideProbe.start(model, data, validation);
  } catch (error) {
    disposeEvalSet(validation);
    throw error;
  }
  const optimizer = OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const random = mulberry32(config.seed);
  const sampler = new BatchSampler(
    data.pool,
    data.trainIndices,
    config.batchSize,
    random,
    data.garments,
  );
  const augment = hasAugmentation(config);
  const garments = data.garments && makeWholeSet(data.garments.pool, data.garments.count);
  // The dense net on wasm trains without TF.js's tape (wasm-dense-step.ts); its loss is a number.
  const fused = denseStep(model, optimizer, config.batchSize);
  let lossSum = tf.scalar(0);
  let fusedLossSum = 0;
  let stepsSincePoint = 0;
  let start = performance.now();
  let intervalStart = start;
  let lastYield = start;
  const yieldInterval = tf.getBackend() === 'webgl' ? WEBGL_YIELD_INTERVAL_MS : YIELD_INTERVAL_MS;

  const diverged = (step: number, what: string): TrainOutcome => ({
    status: 'diverged',
    steps: step,
    message: `${what} became NaN or infinite by step ${step}: the run diverged. Try a lower learning rate (now ${config.learningRate}).`,
  });

  try {
    for (let step = 1; step <= config.steps; step++) {
      const batch = sampler.next();
      const ys = batch.ys;
      const xs = augment ? tf.tidy(() => augmentBatch(batch.xs, config, random)) : batch.xs;
      if (augment) batch.xs.dispose();
      const atPoint = step % config.evalEvery === 0 || step === config.steps;
      // The look inside histograms this step's gradients: the last before the point.
      let gradients: Map<string, tf.Tensor | Float32Array> | null = null;
      if (fused) {
        fusedLossSum += fused.step(xs, ys);
        if (atPoint && inside) gradients = fused.kernelGradients();
        tf.dispose([xs, ys]);
      } else {
        const kept =
          atPoint && inside
            ? trainStepKeeping(model, optimizer, variables, xs, ys, inside.gradientNames)
            : null;
        const cost = kept ? kept.cost : trainStep(model, optimizer, variables, xs, ys);
        gradients = kept?.gradients ?? null;
        const total = lossSum.add(cost) as tf.Scalar;
        tf.dispose([xs, ys, cost, lossSum]);
        lossSum = total;
      }
      stepsSincePoint++;
      hooks.onStep?.(step);

      if (atPoint) {
        const trainLoss = ((await lossSum.data())[0] + fusedLossSum) / stepsSincePoint;
        const trainedAt = performance.now();
        if (!Number.isFinite(trainLoss)) {
          disposeGradients(gradients);
          return diverged(step, 'The training loss');
        }
        const val = await evaluate(model, validation, inside?.tap());
        const evalMs = performance.now() - trainedAt;
        if (!Number.isFinite(val.loss)) {
          disposeGradients(gradients);
          return diverged(step, 'The validation loss');
        }
        const own = garments && (await evaluate(model, garments));
        let snapshot: Awaited<ReturnType<InsideProbe['measure']>> | null = null;
        try {
          snapshot = inside && gradients && (await inside.measure(gradients, config.batchSize));
        } finally {
          disposeGradients(gradients);
        }
        hooks.onEval({
          step,
          epoch: sampler.epoch,
          examplesSeen: step * config.batchSize,
          valAccuracy: val.accuracy,
          valLoss: val.loss,
          valClassAccuracy: val.classAccuracy,
          trainLoss,
          examplesPerSec: (stepsSincePoint * config.batchSize * 1000) / (trainedAt - intervalStart),
          elapsedMs: performance.now() - start,
          evalMs,
          ...(own ? { garmentAccuracy: own.accuracy } : {}),
          ...(snapshot ? { inside: snapshot } : {}),
        });
        lossSum.dispose();
        lossSum = tf.scalar(0);
        fusedLossSum = 0;
        stepsSincePoint = 0;
        intervalStart = performance.now();
      }
      if (performance.now() - lastYield > yieldInterval) {
        // A pause is not training time: it counts neither in examples/s nor in elapsed time.
        const pausedMs = (await hooks.yieldToEvents()) ?? 0;
        start += pausedMs;
        intervalStart += pausedMs;
        lastYield = performance.now();
      }
      if (hooks.signal.aborted) return { status: 'stopped', steps: step };
    }
    const test = makeWholeSet(data.test, data.test.count);
    try {
      return { status: 'done', steps: config.steps, test: await evaluate(model, test) };
    } finally {
      disposeEvalSet(test);
    }
  } finally {
    disposeEvalSet(validation);
    if (garments) disposeEvalSet(garments);
    fused?.dispose();
    inside?.dispose();
    lossSum.dispose();
    optimizer.dispose();
  }
}
