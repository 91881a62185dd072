import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { DEFAULT_CONFIG } from '../../model/config';
import { buildModel } from '../builders';
import { registerWasmTrainingKernels } from '../wasm/wasm-kernels';
import {
  convContributions,
  meanGradient,
  noisyCopies,
  occlusionMap,
  patchStarts,
  saliencyOf,
} from './saliency';

// The wasm engine's products use relaxed SIMD where the engine has it; Node 20 needs a flag.
setFlagsFromString('--experimental-wasm-relaxed-simd');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const PIXELS = 784;
/** Step of the central differences: small against the pixels, large against float32's
 *  rounding of a logit near 1 (1e-7). */
const STEP = 1e-3;

function randomImage(seed: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length: PIXELS }, () => random());
}

/** The logit of class `cls` for each image of `images` [n * 784], in float64 sums of float32. */
function logits(model: tf.LayersModel, images: Float32Array, cls: number): Float32Array {
  return tf.tidy(() => {
    const xs = tf.tensor4d(images, [images.length / PIXELS, 28, 28, 1]);
    return (model.predict(xs) as tf.Tensor2D).slice([0, cls], [-1, 1]).dataSync() as Float32Array;
  });
}

/** Central differences of class `cls`'s logit at `image`, one pixel at a time: [784]. */
function finiteDifferences(model: tf.LayersModel, image: Float32Array, cls: number): Float64Array {
  const shifted = new Float32Array(2 * PIXELS * PIXELS);
  for (let p = 0; p < PIXELS; p++) {
    const up = shifted.subarray(2 * p * PIXELS, (2 * p + 1) * PIXELS);
    const down = shifted.subarray((2 * p + 1) * PIXELS, (2 * p + 2) * PIXELS);
    up.set(image);
    down.set(image);
    up[p] += STEP;
    down[p] -= STEP;
  }
  const scores = logits(model, shifted, cls);
  return Float64Array.from(
    { length: PIXELS },
    (_, p) => (scores[2 * p] - scores[2 * p + 1]) / (2 * STEP),
  );
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>) {
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  }
  expect(scale).toBeGreaterThan(0);
  expect(worst / scale).toBeLessThan(2e-3);
}

describe('SmoothGrad', () => {
  let model: tf.LayersModel;
  beforeAll(() => {
    model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 8, seed: 3 });
  });

  it('is the gradient of the class logit, as finite differences find it', async () => {
    const image = randomImage(1);
    const gradient = await meanGradient(model, image, 4);
    expectClose(gradient, finiteDifferences(model, image, 4));
  });

  it('averages the gradients of the noisy copies', async () => {
    const image = randomImage(2);
    const copies = noisyCopies(image, 3, 0.12, mulberry32(5));
    const mean = await meanGradient(model, copies, 7);
    const expected = new Float64Array(PIXELS);
    for (let c = 0; c < 3; c++) {
      const fd = finiteDifferences(model, copies.subarray(c * PIXELS, (c + 1) * PIXELS), 7);
      for (let p = 0; p < PIXELS; p++) expected[p] += fd[p] / 3;
    }
    expectClose(mean, expected);
  });

  it('adds noise of the asked size around the image', () => {
    const image = new Float32Array(PIXELS).fill(0.5);
    const copies = noisyCopies(image, 20, 0.1);
    const mean = copies.reduce((a, b) => a + b, 0) / copies.length;
    const sd = Math.sqrt(copies.reduce((a, b) => a + (b - mean) ** 2, 0) / copies.length);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sd).toBeCloseTo(0.1, 2);
  });
});

describe('occlusion', () => {
  it('covers every pixel with 4x4 patches at stride 2', () => {
    expect(patchStarts()).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(patchStarts(10, 4, 4)).toEqual([0, 4, 6]);
  });

  it('is 0 where the image is already black, and a drop of probability elsewhere', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 8, seed: 3 });
    const image = new Float32Array(PIXELS);
    for (let r = 10; r < 18; r++) image.fill(1, r * 28 + 10, r * 28 + 18);
    const map = await occlusionMap(model, image, 2);
    // A patch over black pixels only changes nothing.
    expect(map[0]).toBe(0);
    expect(map.every((v) => Math.abs(v) <= 1)).toBe(true);
    expect(map.some((v) => v !== 0)).toBe(true);
  });
});

describe('conv contributions', () => {
  it("sum to the report CNN's logit less its output bias", async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, model: 'cnn', filters: 3, kernelSize: 3 });
    const image = randomImage(4);
    const found = await convContributions(model, image, 5);
    expect(found).not.toBeNull();
    expect(found!.mapSide).toBe(26);
    expect(found!.filters).toBe(3);
    const total = found!.contributions.reduce((a, b) => a + b, 0);
    const bias = (model.layers.at(-1)!.getWeights()[1].dataSync() as Float32Array)[5];
    expect(total).toBeCloseTo(logits(model, image, 5)[0] - bias, 4);
  });

  it('are null for a model without a convolution', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 4 });
    expect(await convContributions(model, randomImage(1), 0)).toBeNull();
  });
});

describe('saliencyOf', () => {
  it('explains the predicted class and leaves no tensor behind', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 8 });
    const image = randomImage(6);
    const before = tf.memory().numTensors;
    const s = await saliencyOf(model, image, 4, 0.1);
    expect(tf.memory().numTensors).toBe(before);
    const p = tf.tidy(() =>
      tf.softmax(model.predict(tf.tensor4d(image, [1, 28, 28, 1])) as tf.Tensor).dataSync(),
    );
    expect(s.predicted).toBe(p.indexOf(Math.max(...p)));
    expect(s.probability).toBeCloseTo(Math.max(...p), 6);
    expect(s.gradient).toHaveLength(PIXELS);
    expect(s.occlusion).toHaveLength(PIXELS);
    await expect(saliencyOf(model, new Float32Array(3))).rejects.toThrow(/784 pixels, not 3/);
  });
});

describe('on wasm', () => {
  it("gives the CNN's input gradient as the cpu backend does", async () => {
    const config = { ...DEFAULT_CONFIG, model: 'cnn' as const, filters: 4, kernelSize: 2 };
    const image = randomImage(8);
    const gradientOn = async (backend: 'cpu' | 'wasm') => {
      await tf.setBackend(backend);
      const model = buildModel(config);
      const gradient = await meanGradient(model, noisyCopies(image, 4, 0.1), 1);
      model.dispose();
      return gradient;
    };
    const onCpu = await gradientOn('cpu');
    registerWasmTrainingKernels();
    try {
      expectClose(await gradientOn('wasm'), onCpu);
    } finally {
      await tf.setBackend('cpu');
    }
  });
});
