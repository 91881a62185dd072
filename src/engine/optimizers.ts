import * as tf from '@tensorflow/tfjs';
import type { OptimizerName } from '../model/config';
import { FusedAdamOptimizer } from './wasm/fused-adam';

/**
 * Optimizers by name, each with TF.js's usual defaults beside the learning rate. Adam is TF.js's
 * own, with its update fused into one kernel per variable on the wasm backend (fused-adam.ts).
 */
export const OPTIMIZER_FACTORIES: Record<OptimizerName, (learningRate: number) => tf.Optimizer> = {
  adam: (lr) => new FusedAdamOptimizer(lr),
  sgd: (lr) => tf.train.sgd(lr),
  rmsprop: (lr) => tf.train.rmsprop(lr),
  adagrad: (lr) => tf.train.adagrad(lr),
};
