import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from './builders';
import { DEFAULT_CONFIG, MODEL_KINDS, countParams, type TrainConfig } from '../model/config';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const configs: TrainConfig[] = [
  { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 5 },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 32, kernelSize: 2 },
  { ...DEFAULT_CONFIG, model: 'deepCnn' },
  { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 7, activation: 'prelu' },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 3, kernelSize: 5, activation: 'prelu' },
  { ...DEFAULT_CONFIG, model: 'deepCnn', activation: 'leakyRelu', init: 'truncatedNormal' },
];

describe('model builders', () => {
  it('cover every model kind', () => {
    expect(new Set(configs.map((c) => c.model))).toEqual(new Set(MODEL_KINDS));
  });

  it.each(configs)('$model ($activation) maps [n,28,28,1] to [n,10] logits', (config) => {
    const model = buildModel(config);
    const out = tf.tidy(() => model.predict(tf.zeros([3, 28, 28, 1])) as tf.Tensor);
    expect(out.shape).toEqual([3, 10]);
    out.dispose();
    model.dispose();
  });

  it.each(configs)('$model has the parameter count the form shows', (config) => {
    const model = buildModel(config);
    expect(model.countParams()).toBe(countParams(config));
    model.dispose();
  });

  it('counts 3,985 and 233,450 parameters for the report models', () => {
    const dense = buildModel(configs[0]);
    const cnn = buildModel(configs[1]);
    expect([dense.countParams(), cnn.countParams()]).toEqual([3_985, 233_450]);
    dense.dispose();
    cnn.dispose();
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const weights = (seed: number) => {
      const model = buildModel({ ...configs[0], seed });
      const values = Array.from(model.getWeights()[0].dataSync().slice(0, 20));
      model.dispose();
      return values;
    };
    expect(weights(7)).toEqual(weights(7));
    expect(weights(7)).not.toEqual(weights(8));
  });

  it("uses the report's sd 0.5 truncated normal when asked", () => {
    const model = buildModel({ ...configs[0], hiddenUnits: 100, init: 'truncatedNormal' });
    const kernel = model.getWeights()[0];
    const sd = tf.tidy(() => tf.moments(kernel).variance.sqrt().dataSync()[0]);
    // A normal truncated at 2 sd keeps about 88% of the sd.
    expect(sd).toBeGreaterThan(0.4);
    expect(sd).toBeLessThan(0.5);
    expect(tf.tidy(() => kernel.abs().max().dataSync()[0])).toBeLessThanOrEqual(1.0 + 1e-6);
    model.dispose();
  });

  it('leaves no tensor behind once built, used and disposed', () => {
    const before = tf.memory().numTensors;
    for (const config of configs) {
      const model = buildModel(config);
      tf.tidy(() => {
        model.predict(tf.zeros([2, 28, 28, 1]));
      });
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
