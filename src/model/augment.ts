/**
 * Data augmentation of training batches, on the device. STUB: returns the batch unchanged until
 * the real implementation lands.
 */
import * as tf from '@tensorflow/tfjs';
import type { TrainConfig } from './config';

/**
 * Augments a batch of images [n, 28, 28, 1] in [0, 1] as `config`'s aug* fields say, with
 * randomness drawn from `random`. Returns a new tensor; the caller disposes both.
 */
export function augmentBatch(
  xs: tf.Tensor4D,
  _config: TrainConfig,
  _random: () => number,
): tf.Tensor4D {
  return xs.clone();
}
