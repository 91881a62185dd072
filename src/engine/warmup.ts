/**
 * Shader warm-up: on WebGL the first pass through each kind of kernel compiles its shaders, which
 * on a software renderer takes seconds to minutes. Doing that first, as a phase of its own with
 * progress, keeps it out of the training curve and tells the person what the wait is.
 *
 * Every pass here runs on the real shapes (a training batch, an evaluation batch) so that the
 * shaders compiled are the ones training uses, and none changes the model: gradients are applied
 * by a throwaway optimizer to throwaway copies of the weights.
 */
import * as tf from '@tensorflow/tfjs';
import { gatherTensors, type ImagePool } from './batches';
import { NUM_CLASSES } from './builders';
import type { TrainConfig } from '../model/config';
import { EVAL_BATCH, evaluate, makeEvalSet } from './evaluate';
import { OPTIMIZER_FACTORIES } from './optimizers';

export const WARMUP_STAGES = [
  'forward pass',
  'gradients',
  'optimizer update',
  'evaluation pass',
] as const;
export type WarmupStage = (typeof WARMUP_STAGES)[number];

export interface WarmupProgress {
  /** Stages finished so far, 0..total. */
  done: number;
  total: number;
  /** The stage now compiling, or null when all are done. */
  stage: WarmupStage | null;
}

let throwawayIds = 0;

export async function warmUp(
  model: tf.LayersModel,
  config: TrainConfig,
  pool: ImagePool,
  trainIndices: Int32Array,
  validationIndices: Int32Array,
  onProgress: (progress: WarmupProgress) => void,
): Promise<void> {
  const total = WARMUP_STAGES.length;
  const report = (done: number) => onProgress({ done, total, stage: WARMUP_STAGES[done] ?? null });
  const batch = gatherTensors(pool, trainIndices.subarray(0, config.batchSize));
  const held: tf.Tensor[] = [batch.xs, batch.ys];
  const optimizer = OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
  try {
    report(0);
    const logits = tf.tidy(() => model.apply(batch.xs, { training: true }) as tf.Tensor);
    held.push(logits);
    await logits.data();

    report(1);
    const { value, grads } = tf.variableGrads(
      () =>
        tf.losses.softmaxCrossEntropy(
          tf.oneHot(batch.ys, NUM_CLASSES),
          model.apply(batch.xs, { training: true }) as tf.Tensor,
        ) as tf.Scalar,
      model.trainableWeights.map((w) => w.read() as tf.Variable),
    );
    held.push(value, ...Object.values(grads));
    await Promise.all(Object.values(grads).map((g) => g.data()));

    report(2);
    const copies = Object.entries(grads).map(([name, grad]) => ({
      grad,
      copy: tf.tidy(() =>
        tf.variable(tf.zerosLike(grad), true, `warmup-${throwawayIds++}-${name}`),
      ),
    }));
    held.push(...copies.map(({ copy }) => copy));
    optimizer.applyGradients(Object.fromEntries(copies.map(({ copy, grad }) => [copy.name, grad])));
    await Promise.all(copies.map(({ copy }) => copy.data()));

    report(3);
    const evalSize = Math.min(EVAL_BATCH, validationIndices.length);
    if (evalSize > 0) {
      const slice = makeEvalSet(pool, validationIndices.subarray(0, evalSize));
      held.push(...slice.chunks.flatMap(({ xs, ys }) => [xs, ys]));
      await evaluate(model, slice);
    }
    report(total);
  } finally {
    tf.dispose(held);
    optimizer.dispose();
  }
}
