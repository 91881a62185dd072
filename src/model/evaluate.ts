import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from './builders';
import type { Metrics } from './types';

/** Images per forward pass when evaluating; large passes amortise per-call overhead. */
export const EVAL_BATCH = 1000;

/**
 * Accuracy and mean loss of `model` on a whole set (xs [n, 28, 28, 1], ys int32 [n]),
 * accumulated on the device and read back once.
 */
export async function evaluate(
  model: tf.LayersModel,
  xs: tf.Tensor4D,
  ys: tf.Tensor1D,
): Promise<Metrics> {
  const n = xs.shape[0];
  let lossSum = tf.scalar(0);
  let correct = tf.scalar(0, 'int32');
  for (let start = 0; start < n; start += EVAL_BATCH) {
    const size = Math.min(EVAL_BATCH, n - start);
    const [nextLoss, nextCorrect] = tf.tidy(() => {
      const x = xs.slice([start, 0, 0, 0], [size, -1, -1, -1]);
      const y = ys.slice([start], [size]);
      const logits = model.predict(x) as tf.Tensor2D;
      const loss = tf.losses.softmaxCrossEntropy(
        tf.oneHot(y, NUM_CLASSES),
        logits,
        undefined,
        undefined,
        tf.Reduction.SUM,
      );
      const hits = tf.equal(tf.argMax(logits, 1), y).sum();
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
  return { accuracy: hits[0] / n, loss: loss[0] / n };
}
