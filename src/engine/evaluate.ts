/**
 * Evaluation: accuracy and mean loss of a model on a whole set, as fast as a training step.
 *
 * A set is gathered once into chunks of EVAL_BATCH images, so a pass never slices a big tensor
 * (wasm's Slice copies its whole input on every call: 34 ms for 32 images out of 10,000). On
 * wasm and WebGL a chunk runs through the training step's own forward ops (wasm-ops.ts, with
 * the WebGL engine's kernels on WebGL; dropout off) and one kernel sums its loss and hits; on
 * the cpu backend through the model's layers. Either way the sums are accumulated on the
 * device and read back once per pass.
 */
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from './builders';
import { gatherTensors, type ImagePool } from './batches';
import { evalSums, wasmInferenceForward } from './wasm/wasm-ops';
import type { Metrics } from '../model/types';

/** Images per forward pass when evaluating; large passes amortise per-call overhead. */
export const EVAL_BATCH = 1000;

/** A set of images in chunks of at most EVAL_BATCH: xs [size, 28, 28, 1], ys int32 [size]. */
export interface EvalSet {
  chunks: { xs: tf.Tensor4D; ys: tf.Tensor1D }[];
  count: number;
}

/** Gathers the images at `indices` of `pool` into an evaluation set, once. */
export function makeEvalSet(pool: ImagePool, indices: ArrayLike<number>): EvalSet {
  const chunks: EvalSet['chunks'] = [];
  for (let start = 0; start < indices.length; start += EVAL_BATCH)
    chunks.push(gatherTensors(pool, indices, start, Math.min(indices.length, start + EVAL_BATCH)));
  return { chunks, count: indices.length };
}

/** The first `count` images of a pool (the test set), as an evaluation set. */
export function makeWholeSet(pool: ImagePool, count: number): EvalSet {
  return makeEvalSet(
    pool,
    Int32Array.from({ length: count }, (_, i) => i),
  );
}

export function disposeEvalSet(set: EvalSet): void {
  for (const chunk of set.chunks) tf.dispose([chunk.xs, chunk.ys]);
}

/** The model's logits [n, 10] for xs [n, 28, 28, 1], through the fast path where there is one. */
export function predictLogits(model: tf.LayersModel, xs: tf.Tensor): tf.Tensor2D {
  const forward = wasmInferenceForward(model);
  return (forward ? forward(xs) : model.predict(xs)) as tf.Tensor2D;
}

/** Accuracy and mean softmax cross-entropy of `model` on `set`. */
export async function evaluate(model: tf.LayersModel, set: EvalSet): Promise<Metrics> {
  const forward = wasmInferenceForward(model);
  if (forward) {
    // The chunks' sums add up on the device and are read once: on WebGL a read waits for the
    // GPU, on wasm it is a copy out of the backend's memory.
    let sums: tf.Tensor = tf.zeros([2]);
    for (const { xs, ys } of set.chunks) {
      const next = tf.tidy(() => sums.add(evalSums(forward(xs), ys)));
      sums.dispose();
      sums = next;
    }
    const [loss, hits] = await sums.data();
    sums.dispose();
    return { accuracy: hits / set.count, loss: loss / set.count };
  }
  let lossSum = tf.scalar(0);
  let correct = tf.scalar(0, 'int32');
  for (const { xs, ys } of set.chunks) {
    const [nextLoss, nextCorrect] = tf.tidy(() => {
      const logits = model.predict(xs) as tf.Tensor2D;
      const loss = tf.losses.softmaxCrossEntropy(
        tf.oneHot(ys, NUM_CLASSES),
        logits,
        undefined,
        undefined,
        tf.Reduction.SUM,
      );
      const hits = tf.equal(tf.argMax(logits, 1), ys).sum();
      return [lossSum.add(loss), correct.add(hits)];
    });
    lossSum.dispose();
    correct.dispose();
    lossSum = nextLoss;
    correct = nextCorrect;
  }
  const [loss, hits] = await Promise.all([lossSum.data(), correct.data()]);
  lossSum.dispose();
  correct.dispose();
  return { accuracy: hits[0] / set.count, loss: loss[0] / set.count };
}
