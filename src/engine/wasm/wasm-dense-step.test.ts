import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import { OPTIMIZER_FACTORIES } from '../optimizers';
import { trainStep } from '../train';
import { registerWasmTrainingKernels } from './wasm-kernels';
import { denseStep } from './wasm-dense-step';

setFlagsFromString('--experimental-wasm-relaxed-simd');

const BATCH = 8;
const STEPS = 5;

/** STEPS steps of `config` on fixed random batches: the losses and the weights after them. */
function train(config: TrainConfig, tapeFree: boolean) {
  const model = buildModel(config);
  const optimizer = OPTIMIZER_FACTORIES.adam(config.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const step = tapeFree ? denseStep(model, optimizer, BATCH) : null;
  if (tapeFree) expect(step).not.toBeNull();
  const before = tf.memory().numTensors;
  const losses: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const xs = tf.randomUniform([BATCH, 28, 28, 1], 0, 1, 'float32', 10 + i);
    const ys = tf.tensor1d([0, 1, 2, 3, 4, 5, 6, 12], 'int32');
    if (step) losses.push(step.step(xs, ys));
    else {
      const loss = trainStep(model, optimizer, variables, xs, ys);
      losses.push(loss.dataSync()[0]);
      loss.dispose();
    }
    tf.dispose([xs, ys]);
  }
  // Adam's moments appear at the first step; nothing grows after it.
  if (step) expect(tf.memory().numTensors - before).toBeLessThanOrEqual(2 * variables.length + 2);
  step?.dispose();
  const weights = model.getWeights().map((w) => Float32Array.from(w.dataSync()));
  model.dispose();
  optimizer.dispose();
  return { losses, weights };
}

describe('the tape-free dense step on wasm', () => {
  beforeAll(async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const hiddenUnits of [5, 100])
    it(`trains dense-${hiddenUnits} as trainStep does: the same losses and weights`, () => {
      const config: TrainConfig = { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits };
      const fused = train(config, true);
      const taped = train(config, false);
      for (let i = 0; i < STEPS; i++) expect(fused.losses[i]).toBeCloseTo(taped.losses[i], 5);
      fused.weights.forEach((w, i) => {
        let difference = 0;
        for (let j = 0; j < w.length; j++)
          difference = Math.max(difference, Math.abs(w[j] - taped.weights[i][j]));
        expect(difference, `weight ${i}`).toBeLessThanOrEqual(1e-5);
      });
    });

  it('applies to the dense net with ReLU and Adam only', () => {
    const cases: [Partial<TrainConfig>, boolean][] = [
      [{ model: 'dense' }, true],
      [{ model: 'dense', activation: 'leakyRelu' }, false],
      [{ model: 'dense', optimizer: 'sgd' }, false],
      [{ model: 'cnn' }, false],
    ];
    for (const [change, applies] of cases) {
      const config = { ...DEFAULT_CONFIG, ...change };
      const model = buildModel(config);
      const optimizer = OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
      const step = denseStep(model, optimizer, BATCH);
      expect(step !== null, JSON.stringify(change)).toBe(applies);
      step?.dispose();
      model.dispose();
    }
  });
});
