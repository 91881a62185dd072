import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import {
  conv2dBackpropFilterKernel,
  conv2dBackpropInputKernel,
  leadingAxesSum,
  matMulPlan,
  planningFusedMatMul,
  planningMatMul,
  registerWasmTrainingKernels,
} from './wasm-kernels';

/** Largest difference allowed, relative to the largest magnitude of the reference. */
const RELATIVE_TOLERANCE = 1e-4;

function expectClose(actual: tf.Tensor, expected: tf.Tensor): void {
  expect(actual.shape).toEqual(expected.shape);
  const [difference, scale] = tf.tidy(() => [
    actual.sub(expected).abs().max().dataSync()[0],
    expected.abs().max().dataSync()[0],
  ]);
  expect(scale).toBeGreaterThan(0);
  expect(difference).toBeLessThanOrEqual(RELATIVE_TOLERANCE * scale);
}

describe('the kernels, called directly on the cpu backend', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('compute both conv2d gradients from the attributes TF.js passes', () => {
    tf.tidy(() => {
      const x = tf.randomNormal([2, 10, 10, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
      const filter = tf.randomNormal([3, 3, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
      const dy = tf.randomNormal([2, 8, 8, 4], 0, 1, 'float32', 3) as tf.Tensor4D;
      const attrs = { strides: 1, pad: 'valid', dataFormat: 'NHWC' } as const;
      const backend = tf.backend();
      const dFilter = conv2dBackpropFilterKernel({
        inputs: { x, dy },
        attrs: { ...attrs, filterShape: [3, 3, 3, 4] },
        backend,
      }) as tf.Tensor;
      const dx = conv2dBackpropInputKernel({
        inputs: { dy, filter },
        attrs: { ...attrs, inputShape: [2, 10, 10, 3] },
        backend,
      }) as tf.Tensor;
      const [refDx, refDFilter] = tf.grads((input: tf.Tensor, f: tf.Tensor) =>
        tf
          .conv2d(input as tf.Tensor4D, f as tf.Tensor4D, 1, 'valid')
          .mul(dy)
          .sum(),
      )([x, filter]);
      expectClose(dFilter, refDFilter);
      expectClose(dx, refDx);
    });
  });

  /** A kernel's output as a tensor: kernels made of ops return tensors, the cpu's own do not. */
  const asTensor = (info: tf.TensorInfo) =>
    info instanceof tf.Tensor ? info : tf.engine().makeTensorFromTensorInfo(info);
  const swap = (shape: number[]) => [...shape.slice(0, -2), shape.at(-1)!, shape.at(-2)!];
  const products = [
    { name: 'a small right operand', plan: 'direct', a: [30, 7], b: [7, 5] },
    { name: 'a large right operand', plan: 'swapped', a: [3, 40], b: [40, 20] },
    { name: 'a batch of 2', plan: 'direct', a: [2, 5, 7], b: [2, 7, 3] },
  ].flatMap((shapes) =>
    [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ].map(([tA, tB]) => ({ ...shapes, tA, tB })),
  );

  it.each(products)(
    'multiply $name ($plan) with transposeA $tA, transposeB $tB as tf.matMul does',
    ({ a: aShape, b: bShape, plan, tA, tB }) => {
      expect(matMulPlan(aShape, bShape, false, false)).toBe(plan);
      tf.tidy(() => {
        const a = tf.randomNormal(tA ? swap(aShape) : aShape, 0, 1, 'float32', 4);
        const b = tf.randomNormal(tB ? swap(bShape) : bShape, 0, 1, 'float32', 5);
        const expected = tf.matMul(a, b, tA, tB);
        const matMul = tf.getKernel(tf.BatchMatMul, 'cpu').kernelFunc;
        const attrs = { transposeA: tA, transposeB: tB };
        const backend = tf.backend();
        const product = planningMatMul(matMul)({ inputs: { a, b }, attrs, backend });
        expectClose(asTensor(product as tf.TensorInfo), expected);
        if (a.rank !== 2) return;
        // The fused kernel takes rank-3 operands, as tf.fused.matMul passes them.
        const bias = tf.randomNormal([expected.shape.at(-1)!], 0, 1, 'float32', 6);
        const fused = planningFusedMatMul(
          tf.getKernel(tf._FusedMatMul, 'cpu').kernelFunc,
          matMul,
        )({
          inputs: { a: a.expandDims(0), b: b.expandDims(0), bias },
          attrs: { ...attrs, activation: 'linear' },
          backend,
        });
        expectClose(asTensor(fused as tf.TensorInfo).squeeze([0]), expected.add(bias));
      });
    },
  );

  it("keeps the larger operand out of XNNPACK's packed (right) place", () => {
    // dense-100: the 784x100 weights are larger than the 32x784 batch.
    expect(matMulPlan([32, 784], [784, 100], false, false)).toBe('swapped');
    // The report CNN's dense layer: the 32x23328 batch is larger than its 23328x10 weights.
    expect(matMulPlan([32, 23328], [23328, 10], false, false)).toBe('direct');
    expect(matMulPlan([32, 23328], [32, 10], true, false)).toBe('direct');
    expect(matMulPlan([32, 10], [23328, 10], false, true)).toBe('swapped');
  });

  it.each([
    { axis: [0, 1, 2], keepDims: false },
    { axis: [1, 0], keepDims: true },
    { axis: 0, keepDims: false },
    { axis: [1, 2], keepDims: false },
    { axis: -1, keepDims: true },
  ])('sums axes $axis (keepDims $keepDims) as tf.sum does', ({ axis, keepDims }) => {
    tf.tidy(() => {
      const x = tf.randomNormal([3, 4, 5, 6], 0, 1, 'float32', 7);
      const sum = leadingAxesSum(tf.getKernel(tf.Sum, 'cpu').kernelFunc)({
        inputs: { x },
        attrs: { axis, keepDims },
        backend: tf.backend(),
      });
      expectClose(asTensor(sum as tf.TensorInfo), x.sum(axis, keepDims));
    });
  });
});

describe('the wasm backend with the kernels registered', () => {
  beforeAll(async () => {
    expect(registerWasmTrainingKernels()).toBe(true);
    expect(await tf.setBackend('wasm')).toBe(true);
  });

  it('registers once', () => {
    expect(registerWasmTrainingKernels()).toBe(false);
  });

  it('keeps a clone readable after its source is disposed (shared memory is counted)', () => {
    const source = tf.tensor([1, 2, 3]);
    const copy = tf.clone(source);
    source.dispose();
    expect(Array.from(copy.dataSync())).toEqual([1, 2, 3]);
    copy.dispose();
  });

  const models: TrainConfig[] = [
    { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 20 },
    { ...DEFAULT_CONFIG, model: 'cnn', filters: 8, kernelSize: 2, activation: 'prelu' },
    { ...DEFAULT_CONFIG, model: 'deepCnn' },
  ];

  it.each(models)('gives $model the gradients the cpu backend gives', async (config) => {
    const gradients = async (backend: string) => {
      await tf.setBackend(backend);
      const model = buildModel(config);
      const xs = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 6);
      const labels = tf.oneHot(tf.tensor1d([0, 3, 7, 9], 'int32'), 10);
      const before = tf.memory().numTensors;
      const { value, grads } = tf.variableGrads(
        () =>
          tf.losses.softmaxCrossEntropy(
            labels,
            model.apply(xs, { training: false }) as tf.Tensor,
          ) as tf.Scalar,
        model.trainableWeights.map((w) => w.read() as tf.Variable),
      );
      const values = Object.values(grads).map((g) => ({ shape: g.shape, data: g.dataSync() }));
      tf.dispose([value, ...Object.values(grads)]);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([xs, labels]);
      model.dispose();
      return values;
    };
    const onCpu = await gradients('cpu');
    const onWasm = await gradients('wasm');
    expect(onWasm.length).toBe(onCpu.length);
    onWasm.forEach((g, i) =>
      tf.tidy(() =>
        expectClose(tf.tensor(g.data, g.shape), tf.tensor(onCpu[i].data, onCpu[i].shape)),
      ),
    );
  });
});
