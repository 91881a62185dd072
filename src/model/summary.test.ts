import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../engine/builders';
import { DEFAULT_CONFIG, MODEL_KINDS, countParams, type TrainConfig } from './config';
import { summarizeModel } from './summary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const configs: TrainConfig[] = [
  { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 5 },
  { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 100 },
  { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 7, activation: 'prelu' },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 32, kernelSize: 2 },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 1, kernelSize: 7, activation: 'leakyRelu' },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 3, kernelSize: 5, activation: 'prelu' },
  { ...DEFAULT_CONFIG, model: 'cnn', filters: 16, kernelSize: 28 },
  { ...DEFAULT_CONFIG, model: 'deepCnn' },
  { ...DEFAULT_CONFIG, model: 'deepCnn', activation: 'prelu' },
];

describe('model summary', () => {
  it('covers every model kind', () => {
    expect(new Set(configs.map((c) => c.model))).toEqual(new Set(MODEL_KINDS));
  });

  it.each(configs)(
    '$model $hiddenUnits/$filters/$kernelSize ($activation): each layer as TF.js builds it',
    (config) => {
      const model = buildModel(config);
      const summary = summarizeModel(config);
      expect(summary.layers.map((l) => l.kind)).toEqual(model.layers.map((l) => l.getClassName()));
      summary.layers.forEach((layer, i) => {
        const built = model.layers[i];
        expect(layer.outputShape, `${layer.name} output`).toEqual(
          (built.outputShape as number[]).slice(1),
        );
        expect(layer.params, `${layer.name} parameters`).toBe(built.countParams());
      });
      expect(summary.params).toBe(model.countParams());
      expect(summary.params).toBe(countParams(config));
      model.dispose();
    },
  );

  it('gives the known figures: dense-5 3,985 parameters, the report CNN 233,450', () => {
    expect(summarizeModel(configs[0]).params).toBe(3_985);
    expect(summarizeModel(configs[3]).params).toBe(233_450);
    expect(summarizeModel(configs[7]).params).toBe(225_034);
  });

  it('counts the multiply-adds of each product per image', () => {
    // Dense-5: 784 x 5, then 5 x 10.
    expect(summarizeModel(configs[0]).layers.map((l) => l.multiplyAdds)).toEqual([
      0,
      784 * 5,
      0,
      5 * 10,
    ]);
    // The report CNN: 27 x 27 outputs of 2 x 2 taps for 32 filters, then 23,328 x 10.
    const cnn = summarizeModel(configs[3]);
    expect(cnn.layers.map((l) => l.multiplyAdds)).toEqual([27 * 27 * 4 * 32, 0, 0, 23_328 * 10]);
    expect(cnn.multiplyAdds).toBe(326_592);
    // The deep CNN: 26x26x9x32, 11x11x(9x32)x64, 1,600 x 128, 128 x 10.
    expect(summarizeModel(configs[7]).multiplyAdds).toBe(
      26 * 26 * 9 * 32 + 11 * 11 * 9 * 32 * 64 + 1600 * 128 + 128 * 10,
    );
  });
});
