import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, NUM_CLASSES } from '../builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import { registerWasmTrainingKernels } from './wasm-kernels';
import { softmaxCrossEntropy, wasmTrainingForward } from './wasm-ops';

// The products use relaxed SIMD where the engine has it, as browsers do; Node 20 needs a flag.
setFlagsFromString('--experimental-wasm-relaxed-simd');

/** Largest difference allowed, relative to the largest magnitude of the reference. */
const RELATIVE_TOLERANCE = 1e-4;

function expectClose(actual: Float32Array, expected: Float32Array, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  let difference = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    difference = Math.max(difference, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  expect(scale, what).toBeGreaterThan(0);
  expect(difference, what).toBeLessThanOrEqual(RELATIVE_TOLERANCE * scale);
}

const BATCH_LABELS = [0, 3, 7, 9];

/** Loss and gradients of one batch: the app's step on wasm, or the layers' own on `backend`. */
async function lossAndGradients(config: TrainConfig, backend: 'cpu' | 'wasm') {
  await tf.setBackend(backend);
  const model = buildModel(config);
  const xs = tf.randomUniform([BATCH_LABELS.length, 28, 28, 1], 0, 1, 'float32', 6);
  const ys = tf.tensor1d(BATCH_LABELS, 'int32');
  const forward = wasmTrainingForward(model);
  if (backend === 'wasm') expect(forward).not.toBeNull();
  else expect(forward).toBeNull();
  const before = tf.memory().numTensors;
  const { value, grads } = tf.variableGrads(
    () =>
      forward
        ? softmaxCrossEntropy(forward(xs), ys)
        : (tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, NUM_CLASSES),
            model.apply(xs, { training: true }) as tf.Tensor,
          ) as tf.Scalar),
    model.trainableWeights.map((w) => w.read() as tf.Variable),
  );
  const loss = value.dataSync()[0];
  const gradients = Object.values(grads).map((g) => Float32Array.from(g.dataSync()));
  tf.dispose([value, ...Object.values(grads)]);
  expect(tf.memory().numTensors).toBe(before);
  tf.dispose([xs, ys]);
  model.dispose();
  return { loss, gradients };
}

describe('the training ops on wasm', () => {
  beforeAll(() => {
    registerWasmTrainingKernels();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  const models: TrainConfig[] = [
    { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 20 },
    { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 13, activation: 'leakyRelu' },
    {
      ...DEFAULT_CONFIG,
      model: 'dense',
      hiddenUnits: 10,
      activation: 'prelu',
      init: 'truncatedNormal',
    },
    { ...DEFAULT_CONFIG, model: 'cnn', filters: 16, kernelSize: 2 },
    { ...DEFAULT_CONFIG, model: 'cnn', filters: 6, kernelSize: 3, activation: 'prelu' },
    { ...DEFAULT_CONFIG, model: 'deepCnn' },
  ];

  it.each(models)(
    'give $model ($activation) the loss and gradients of its own layers on the cpu backend',
    async (config) => {
      const onCpu = await lossAndGradients(config, 'cpu');
      const onWasm = await lossAndGradients(config, 'wasm');
      expect(onWasm.loss).toBeCloseTo(onCpu.loss, 4);
      expect(onWasm.gradients.length).toBe(onCpu.gradients.length);
      onWasm.gradients.forEach((g, i) => expectClose(g, onCpu.gradients[i], `gradient ${i}`));
    },
  );

  it('average softmax cross-entropy over the batch as tf.losses does', async () => {
    await tf.setBackend('wasm');
    tf.tidy(() => {
      const logits = tf.randomNormal([5, 10], 0, 3, 'float32', 2);
      const labels = tf.tensor1d([0, 9, 4, 4, 2], 'int32');
      const expected = tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 10), logits);
      expect(softmaxCrossEntropy(logits, labels).dataSync()[0]).toBeCloseTo(
        expected.dataSync()[0],
        5,
      );
      const [ours, theirs] = [
        tf.grad((l: tf.Tensor) => softmaxCrossEntropy(l, labels))(logits),
        tf.grad((l: tf.Tensor) => tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 10), l))(logits),
      ];
      expectClose(
        Float32Array.from(ours.dataSync()),
        Float32Array.from(theirs.dataSync()),
        'gradient',
      );
    });
  });

  it("compute no gradient for the images: only the layers' weights need one", async () => {
    await tf.setBackend('wasm');
    const kernelsOfAStep = async (config: TrainConfig) => {
      const model = buildModel(config);
      const forward = wasmTrainingForward(model)!;
      const xs = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 1);
      const ys = tf.tensor1d([1, 2], 'int32');
      const profile = await tf.profile(() => {
        const { value, grads } = tf.variableGrads(
          () => softmaxCrossEntropy(forward(xs), ys),
          model.trainableWeights.map((w) => w.read() as tf.Variable),
        );
        tf.dispose([value, ...Object.values(grads)]);
      });
      tf.dispose([xs, ys]);
      model.dispose();
      return profile.kernels.map((k) => k.name);
    };
    const dense = await kernelsOfAStep({ ...DEFAULT_CONFIG, model: 'dense' });
    // Two dense layers, and the input gradient of the second only.
    expect(dense.filter((name) => name === 'FmlDense')).toHaveLength(2);
    expect(dense.filter((name) => name === 'FmlDenseInputGrad')).toHaveLength(1);
    // The ReLU's gradient goes out with the second layer's input gradient: no pass of its own.
    expect(dense).not.toContain('FmlReluGrad');
    const cnn = await kernelsOfAStep({ ...DEFAULT_CONFIG, model: 'cnn' });
    expect(cnn).toContain('FmlConv2DFilterGrad');
    expect(cnn).not.toContain('FmlReluGrad');
    // The input gradient of a convolution is another convolution: there must be none.
    expect(cnn.filter((name) => name.includes('Conv2D'))).toEqual([
      'FmlConv2D',
      'FmlConv2DFilterGrad',
    ]);
  });

  // Pools the SIMD kernel takes break ties as the cpu backend does (the first maximum); the
  // others go to wasm's own kernel, which breaks them its own way, so they get no ties, and it
  // adds overlapping windows' gradients in another order.
  it.each([
    { shape: [2, 7, 9, 8], size: 2, stride: 2, pad: 'valid', ties: true },
    { shape: [1, 9, 9, 4], size: 3, stride: 3, pad: 'valid', ties: true },
    { shape: [1, 6, 6, 4], size: 2, stride: 1, pad: 'valid', ties: false },
    { shape: [2, 6, 6, 3], size: 2, stride: 2, pad: 'valid', ties: false },
    { shape: [1, 5, 5, 4], size: 2, stride: 2, pad: 'same', ties: false },
  ] as const)(
    "give a max pool's gradient as the cpu backend does ($shape, $size/$stride, $pad)",
    async ({ shape, size, stride, pad, ties }) => {
      const gradient = async (backend: string) => {
        await tf.setBackend(backend);
        return tf.tidy(() => {
          const x = (
            ties
              ? tf.randomUniform([...shape], 0, 4, 'int32', 5).toFloat()
              : tf.randomUniform([...shape], 0, 1, 'float32', 5)
          ) as tf.Tensor4D;
          const dy = tf.randomUniform([...shape], 0.5, 1.5, 'float32', 6);
          const f = (input: tf.Tensor) =>
            tf
              .maxPool(input as tf.Tensor4D, size, stride, pad)
              .mul(dy.slice([0, 0, 0, 0], tf.maxPool(x, size, stride, pad).shape));
          return Float32Array.from(tf.grad(f)(x).dataSync());
        });
      };
      const [onCpu, onWasm] = [await gradient('cpu'), await gradient('wasm')];
      // Exactly, but where overlapping windows add in another order than the cpu backend's.
      if (ties) expect(Array.from(onWasm)).toEqual(Array.from(onCpu));
      else expectClose(onWasm, onCpu, 'max pool gradient');
    },
  );

  it('leave other backends to the layers', async () => {
    await tf.setBackend('cpu');
    expect(wasmTrainingForward(buildModel(DEFAULT_CONFIG))).toBeNull();
  });
});

describe('the TF.js the engines were written against', () => {
  it('is 4.22.0 exactly: the fast paths read its internals (see package.json)', () => {
    expect(tf.version.tfjs).toBe('4.22.0');
    expect(tf.version['tfjs-core']).toBe('4.22.0');
  });
});
