/**
 * The WebGL engine: the training ops of wasm-ops.ts (a dense or conv layer with its ReLU, their
 * gradients, the loss and its gradient, dropout, the evaluation sums) as kernels of TF.js's
 * WebGL backend: the products are TF.js's own packed kernels (fused MatMul, im2col convolution,
 * BatchMatMul, Conv2DBackpropInput), the rest programs.ts's, and Adam's update is three programs.
 *
 * The ops, their gradients and the plan that maps a model's layers onto them are wasm-ops.ts's,
 * shared: this file only registers, for the backend named 'webgl', a kernel under each op's
 * name (TF.js's public `registerKernel`), and the programs run through the backend's public
 * `compileAndRun`. So the same forward pass and the same tape train on either engine
 * (webgl-engine.browser.test.ts holds each kernel to the cpu backend, and a step's loss and
 * gradients to TF.js's layers).
 */
import * as tf from '@tensorflow/tfjs';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import {
  COLUMN_SUM,
  CONV2D,
  CONV2D_FILTER_GRAD,
  CONV2D_INPUT_GRAD,
  DENSE,
  DENSE_FILTER_GRAD,
  DENSE_INPUT_GRAD,
  DROPOUT,
  EVAL_SUMS,
  RELU_GRAD,
  SOFTMAX_CROSS_ENTROPY,
  SOFTMAX_CROSS_ENTROPY_GRAD,
  registerOpGradients,
} from '../wasm/wasm-ops';
import {
  adamMomentPackedProgram,
  adamStepPackedProgram,
  columnSumPackedProgram,
  conv2dFilterGradProgram,
  im2colPackedProgram,
  dropoutPackedProgram,
  evalSumsPackedProgram,
  maskedProgram,
  softmaxCrossEntropyGradToPackedProgram,
  softmaxCrossEntropyPackedProgram,
  type ConvShape,
} from './programs';

export const WEBGL = 'webgl';

type Inputs = Record<string, tf.TensorInfo>;
const inputsOf = (args: { inputs: tf.NamedTensorInfoMap }) => args.inputs as Inputs;
const size = (shape: number[]) => shape.reduce((product, n) => product * n, 1);

/**
 * The same tensor seen with another shape. Free where the layout allows it (always for an
 * unpacked texture; for a packed one when the last two axes keep their blocks), otherwise TF.js
 * reshapes it with a program of its own before the program that reads it.
 */
const viewAs = (t: tf.TensorInfo, shape: number[]): tf.TensorInfo => ({ ...t, shape });

function runProgram(
  backend: unknown,
  program: GPGPUProgram,
  inputs: tf.TensorInfo[],
  uniforms?: number[][],
): tf.TensorInfo {
  return (backend as MathBackendWebGL).compileAndRun(program, inputs, 'float32', uniforms);
}

/** A kernel of TF.js's own WebGL backend, by name: its packed products are the fastest here. */
function own(name: string): tf.KernelFunc {
  const kernel = tf.getKernel(name, WEBGL);
  if (!kernel) throw new Error(`TF.js's WebGL backend has no ${name} kernel.`);
  return kernel.kernelFunc;
}

const dispose = (backend: unknown, info: tf.TensorInfo) =>
  (backend as MathBackendWebGL).disposeIntermediateTensorInfo(info);

/** act(x w + b): x [batch, k], w [k, n], b [n], by TF.js's packed fused product (one program). */
const denseKernel: tf.KernelFunc = (args) => {
  const { x, w, b } = inputsOf(args);
  return own(tf._FusedMatMul)({
    inputs: { a: x, b: w, bias: b },
    attrs: {
      transposeA: false,
      transposeB: false,
      activation: args.attrs?.relu === true ? 'relu' : 'linear',
    },
    backend: args.backend,
  }) as tf.TensorInfo;
};

/** x^T dy, by TF.js's packed product. */
const denseFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  return own(tf.BatchMatMul)({
    inputs: { a: x, b: dy },
    attrs: { transposeA: true, transposeB: false },
    backend: args.backend,
  }) as tf.TensorInfo;
};

/** dy w^T, by TF.js's packed product; with input `relu`, masked by (relu > 0) in one more. */
const denseInputGradKernel: tf.KernelFunc = (args) => {
  const { dy, w, relu } = inputsOf(args);
  const product = own(tf.BatchMatMul)({
    inputs: { a: dy, b: w },
    attrs: { transposeA: false, transposeB: true },
    backend: args.backend,
  }) as tf.TensorInfo;
  if (!relu) return product;
  const out = runProgram(args.backend, maskedProgram(product.shape), [product, relu]);
  dispose(args.backend, product);
  return out;
};

/** dy * (y > 0). */
const reluGradKernel: tf.KernelFunc = (args) => {
  const { dy, y } = inputsOf(args);
  return runProgram(args.backend, maskedProgram(dy.shape), [dy, y]);
};

/** Sums x over every axis but the last. */
const columnSumKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const columns = x.shape.at(-1)!;
  const rows = size(x.shape) / columns;
  const out = runProgram(args.backend, columnSumPackedProgram(rows, columns), [
    viewAs(x, [rows, columns]),
  ]);
  return viewAs(out, [columns]);
};

/** act(conv2d(x, filter) + bias), by TF.js's fused convolution (im2col and a packed product). */
const conv2dKernel: tf.KernelFunc = (args) => {
  const { x, filter, bias } = inputsOf(args);
  return own(tf.FusedConv2D)({
    inputs: { x, filter, bias },
    attrs: {
      strides: [1, 1],
      pad: 'valid',
      dataFormat: 'NHWC',
      dilations: [1, 1],
      activation: args.attrs?.relu === true ? 'relu' : 'linear',
    },
    backend: args.backend,
  }) as tf.TensorInfo;
};

/**
 * The filter's gradient. With one input channel (the first layer), this file's program, which
 * sums each weight's products in one pass (twice as fast here as TF.js's own); with more, the
 * input's patches (one packed program) times dy, TF.js's packed product: for the deep CNN's
 * second layer 4x faster than either.
 */
const conv2dFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  const [batch, height, width, inChannels] = x.shape;
  const [, outHeight, outWidth, outChannels] = dy.shape;
  const [kh, kw] = [height - outHeight + 1, width - outWidth + 1];
  const shape: ConvShape = { batch, height, width, inChannels, kh, kw, outChannels };
  if (inChannels === 1) return runProgram(args.backend, conv2dFilterGradProgram(shape), [x, dy]);
  const patches = runProgram(args.backend, im2colPackedProgram(shape), [x]);
  const product = own(tf.BatchMatMul)({
    inputs: { a: patches, b: viewAs(dy, [batch * outHeight * outWidth, outChannels]) },
    attrs: { transposeA: true, transposeB: false },
    backend: args.backend,
  }) as tf.TensorInfo;
  dispose(args.backend, patches);
  return viewAs(product, [kh, kw, inChannels, outChannels]);
};

/**
 * The input's gradient of a stride-1 valid conv2d (attr `inputShape` is x's shape), by TF.js's
 * own packed kernel, twice as fast here as a program of ours that sums one value at a time.
 */
const conv2dInputGradKernel: tf.KernelFunc = (args) => {
  const { dy, filter } = inputsOf(args);
  return own(tf.Conv2DBackpropInput)({
    inputs: { dy, filter },
    attrs: {
      inputShape: args.attrs!.inputShape as number[],
      strides: [1, 1],
      pad: 'valid',
      dataFormat: 'NHWC',
    },
    backend: args.backend,
  }) as tf.TensorInfo;
};

const softmaxCrossEntropyKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, softmaxCrossEntropyPackedProgram(batch, classes), [
    logits,
    labels,
  ]);
};

const softmaxCrossEntropyGradKernel: tf.KernelFunc = (args) => {
  const { logits, labels, dy } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, softmaxCrossEntropyGradToPackedProgram(batch, classes), [
    logits,
    labels,
    dy,
  ]);
};

const evalSumsKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, evalSumsPackedProgram(batch, classes), [logits, labels]);
};

/** Dropout of x with attrs rate and seed (an int32): the same seed gives the same mask. */
const dropoutKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const { rate, seed } = args.attrs as { rate: number; seed: number };
  const columns = x.shape.at(-1)!;
  const rows = size(x.shape) / columns;
  const out = runProgram(
    args.backend,
    dropoutPackedProgram(rows, columns, rate),
    [viewAs(x, [rows, columns])],
    [[seed]],
  );
  return viewAs(out, x.shape);
};

/** The WebGL engine's one registration list: each op's name and its kernel. */
const KERNELS: [string, tf.KernelFunc][] = [
  [DENSE, denseKernel],
  [DENSE_FILTER_GRAD, denseFilterGradKernel],
  [DENSE_INPUT_GRAD, denseInputGradKernel],
  [RELU_GRAD, reluGradKernel],
  [COLUMN_SUM, columnSumKernel],
  [CONV2D, conv2dKernel],
  [CONV2D_FILTER_GRAD, conv2dFilterGradKernel],
  [CONV2D_INPUT_GRAD, conv2dInputGradKernel],
  [SOFTMAX_CROSS_ENTROPY, softmaxCrossEntropyKernel],
  [SOFTMAX_CROSS_ENTROPY_GRAD, softmaxCrossEntropyGradKernel],
  [EVAL_SUMS, evalSumsKernel],
  [DROPOUT, dropoutKernel],
];

/** Registers the WebGL engine's kernels, once, and the ops' gradients (wasm-ops.ts's). */
export function registerWebglOps(): void {
  for (const [kernelName, kernelFunc] of KERNELS)
    if (!tf.getKernel(kernelName, WEBGL))
      tf.registerKernel({ kernelName, backendName: WEBGL, kernelFunc });
  registerOpGradients();
}

/** Adam's scalars for one step, as fused-adam.ts derives them. */
export interface AdamScalars {
  beta1: number;
  beta2: number;
  oneMinusBeta1: number;
  oneMinusBeta2: number;
  step: number;
  epsilonHat: number;
}

/**
 * One Adam update of a variable on WebGL in three programs: the new first moment, the new
 * second moment, then the new value from them. Returns the three new tensors' infos.
 */
export function webglAdamUpdate(
  backend: MathBackendWebGL,
  tensors: { p: tf.TensorInfo; g: tf.TensorInfo; m: tf.TensorInfo; v: tf.TensorInfo },
  s: AdamScalars,
): { p: tf.TensorInfo; m: tf.TensorInfo; v: tf.TensorInfo } {
  const shape = tensors.p.shape;
  const m = runProgram(backend, adamMomentPackedProgram(shape, s.beta1, s.oneMinusBeta1, false), [
    tensors.m,
    tensors.g,
  ]);
  const v = runProgram(backend, adamMomentPackedProgram(shape, s.beta2, s.oneMinusBeta2, true), [
    tensors.v,
    tensors.g,
  ]);
  const p = runProgram(
    backend,
    adamStepPackedProgram(shape),
    [tensors.p, m, v],
    [[s.step], [s.epsilonHat]],
  );
  return { p, m, v };
}
