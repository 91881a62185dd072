import * as tf from '@tensorflow/tfjs';
import type { OptimizerName } from './config';

/** Optimizers by name, each with TF.js's usual defaults beside the learning rate. */
export const OPTIMIZER_FACTORIES: Record<OptimizerName, (learningRate: number) => tf.Optimizer> = {
  adam: (lr) => tf.train.adam(lr),
  sgd: (lr) => tf.train.sgd(lr),
  rmsprop: (lr) => tf.train.rmsprop(lr),
  adagrad: (lr) => tf.train.adagrad(lr),
};
