import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FusedAdamOptimizer } from './fused-adam';
import { OPTIMIZER_FACTORIES } from '../optimizers';
import { registerWasmTrainingKernels } from './wasm-kernels';

const SHAPES = [[7, 5], [13], [2, 2, 1, 3], [1]];
const STEPS = 6;

let nextName = 0;

/**
 * Trains fresh variables for STEPS steps of random gradients with `optimizer`; returns the
 * variables' values, the optimizer's moments and the tensor count before and after.
 */
async function run(optimizer: tf.Optimizer, asArray: boolean) {
  const variables = SHAPES.map((shape, i) =>
    tf.variable(tf.randomNormal(shape, 0, 1, 'float32', 10 + i), true, `adam-test-${nextName++}`),
  );
  const before = tf.memory().numTensors;
  for (let step = 0; step < STEPS; step++) {
    const grads = variables.map((v, i) =>
      // Seeds from 1: TF.js takes a seed of 0 for none.
      tf.randomNormal(v.shape, 0, step + 1, 'float32', 100 * step + i + 1),
    );
    optimizer.applyGradients(
      asArray
        ? variables.map((v, i) => ({ name: v.name, tensor: grads[i] }))
        : Object.fromEntries(variables.map((v, i) => [v.name, grads[i]])),
    );
    tf.dispose(grads);
  }
  const after = tf.memory().numTensors;
  const values = variables.map((v) => Array.from(v.dataSync()));
  const moments = (await optimizer.getWeights())
    .slice(1)
    .map((w) => Array.from(w.tensor.dataSync()));
  tf.dispose(variables);
  optimizer.dispose();
  return { values, moments, grew: after - before };
}

describe('FusedAdamOptimizer', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is what OPTIMIZER_FACTORIES.adam makes, with the learning rate and TF.js defaults', () => {
    const optimizer = OPTIMIZER_FACTORIES.adam(0.01);
    expect(optimizer).toBeInstanceOf(FusedAdamOptimizer);
    expect(optimizer.getConfig()).toEqual(tf.train.adam(0.01).getConfig());
    expect(optimizer.getClassName()).toBe('Adam');
  });

  it.each([
    { backend: 'wasm', asArray: true },
    { backend: 'wasm', asArray: false },
    { backend: 'cpu', asArray: true },
  ])(
    'matches tf.train.adam over several steps on $backend (gradients as array: $asArray)',
    async ({ backend, asArray }) => {
      if (backend === 'wasm') registerWasmTrainingKernels();
      await tf.setBackend(backend);
      const ours = await run(new FusedAdamOptimizer(0.003), asArray);
      const theirs = await run(tf.train.adam(0.003), asArray);
      // The moments to the bit; the parameters to float rounding (the step's other form).
      expect(ours.moments).toEqual(theirs.moments);
      ours.values.forEach((values, i) =>
        values.forEach((value, j) =>
          expect(Math.abs(value - theirs.values[i][j])).toBeLessThan(2e-7),
        ),
      );
      if (backend === 'cpu') expect(ours.values).toEqual(theirs.values);
      // The moments are the only tensors an optimizer keeps (two per variable).
      expect(ours.grew).toBe(theirs.grew);
    },
  );

  it("gives the backend's cached XNNPACK products and convolutions the new weights", async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
    const w = tf.variable(
      tf.randomNormal([6, 5], 0, 1, 'float32', 1),
      true,
      `adam-test-${nextName++}`,
    );
    const filter = tf.variable(
      tf.randomNormal([2, 2, 1, 3], 0, 1, 'float32', 2),
      true,
      `adam-test-${nextName++}`,
    );
    const a = tf.randomNormal([4, 6], 0, 1, 'float32', 3);
    const x = tf.randomNormal([1, 5, 5, 1], 0, 1, 'float32', 4);
    const forward = () => [
      tf.matMul(a, w),
      tf.conv2d(x as tf.Tensor4D, filter as tf.Tensor4D, 1, 'valid'),
    ];
    tf.dispose(forward()); // wasm caches an operator for each weight
    const optimizer = new FusedAdamOptimizer(0.5);
    const gradients = [w, filter].map((v) => ({ name: v.name, tensor: tf.onesLike(v) }));
    // Twice: the first step moves each variable off the buffer it shared with its initial value.
    optimizer.applyGradients(gradients);
    tf.dispose(forward());
    optimizer.applyGradients(gradients);
    const [product, convolution] = forward();
    const fresh = [tf.tensor(w.dataSync(), w.shape), tf.tensor(filter.dataSync(), filter.shape)];
    const expected = [
      tf.matMul(a, fresh[0]),
      tf.conv2d(x as tf.Tensor4D, fresh[1] as tf.Tensor4D, 1, 'valid'),
    ];
    expect(Array.from(product.dataSync())).toEqual(Array.from(expected[0].dataSync()));
    expect(Array.from(convolution.dataSync())).toEqual(Array.from(expected[1].dataSync()));
    tf.dispose([w, filter, a, x, product, convolution, ...fresh, ...expected]);
    tf.dispose(gradients.map((g) => g.tensor));
    optimizer.dispose();
  });

  it("leaves a clone that shares a variable's memory as it was", async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
    const variable = tf.variable(tf.tensor([1, 2, 3, 4, 5]), true, `adam-test-${nextName++}`);
    // The shared Identity of wasm-kernels.ts: the clone is the variable's own buffer.
    const clone = tf.clone(variable);
    const optimizer = new FusedAdamOptimizer(0.1);
    const gradient = tf.ones([5]);
    optimizer.applyGradients([{ name: variable.name, tensor: gradient }]);
    optimizer.applyGradients([{ name: variable.name, tensor: gradient }]);
    expect(Array.from(clone.dataSync())).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(variable.dataSync()).map((x) => Math.round(x * 100) / 100)).toEqual([
      0.8, 1.8, 2.8, 3.8, 4.8,
    ]);
    tf.dispose([variable, clone, gradient]);
    optimizer.dispose();
  });
});
