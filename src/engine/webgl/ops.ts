/**
 * The WebGL engine: the training ops of wasm-ops.ts (a dense or conv layer with its ReLU, their
 * gradients, the loss and its gradient, the evaluation sums) as kernels of TF.js's WebGL
 * backend, each one program of programs.ts, and Adam's update as three.
 *
 * The ops, their gradients and the plan that maps a model's layers onto them are wasm-ops.ts's,
 * shared: this file only registers, for the backend named 'webgl', a kernel under each op's
 * name (TF.js's public `registerKernel`), and the programs run through the backend's public
 * `compileAndRun`. So the same forward pass and the same tape train on either engine, and a
 * model trains the same way on both (webgl-ops.browser.test.ts holds each program to the cpu
 * backend, and a step's loss and gradients to TF.js's layers).
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
  adamMomentProgram,
  adamStepProgram,
  columnSumProgram,
  conv2dFilterGradProgram,
  conv2dInputGradProgram,
  conv2dProgram,
  denseFilterGradProgram,
  denseInputGradProgram,
  denseProgram,
  dropoutProgram,
  evalSumsProgram,
  reluGradProgram,
  softmaxCrossEntropyGradProgram,
  softmaxCrossEntropyProgram,
  type ConvShape,
} from './programs';

export const WEBGL = 'webgl';

type Inputs = Record<string, tf.TensorInfo>;
const inputsOf = (args: { inputs: tf.NamedTensorInfoMap }) => args.inputs as Inputs;
const size = (shape: number[]) => shape.reduce((product, n) => product * n, 1);

/** The same tensor seen with another shape: free for the unpacked textures these programs use. */
const viewAs = (t: tf.TensorInfo, shape: number[]): tf.TensorInfo => ({ ...t, shape });

function runProgram(
  backend: unknown,
  program: GPGPUProgram,
  inputs: tf.TensorInfo[],
  uniforms?: number[][],
): tf.TensorInfo {
  return (backend as MathBackendWebGL).compileAndRun(program, inputs, 'float32', uniforms);
}

/** act(x w + b): x [batch, k], w [k, n], b [n]. */
const denseKernel: tf.KernelFunc = (args) => {
  const { x, w, b } = inputsOf(args);
  const [batch, k] = x.shape;
  const program = denseProgram(batch, k, w.shape[1], args.attrs?.relu === true);
  return runProgram(args.backend, program, [x, w, b]);
};

const denseFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  const [batch, k] = x.shape;
  return runProgram(args.backend, denseFilterGradProgram(batch, k, dy.shape[1]), [x, dy]);
};

const denseInputGradKernel: tf.KernelFunc = (args) => {
  const { dy, w, relu } = inputsOf(args);
  const [batch, n] = dy.shape;
  const program = denseInputGradProgram(batch, w.shape[0], n, relu !== undefined);
  return runProgram(args.backend, program, relu ? [dy, w, relu] : [dy, w]);
};

const reluGradKernel: tf.KernelFunc = (args) => {
  const { dy, y } = inputsOf(args);
  const flat = [size(dy.shape)];
  const out = runProgram(args.backend, reluGradProgram(flat[0]), [
    viewAs(dy, flat),
    viewAs(y, flat),
  ]);
  return viewAs(out, dy.shape);
};

/** Sums x over every axis but the last. */
const columnSumKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const columns = x.shape.at(-1)!;
  const rows = size(x.shape) / columns;
  return runProgram(args.backend, columnSumProgram(rows, columns), [viewAs(x, [rows, columns])]);
};

function convShape(x: tf.TensorInfo, filter: tf.TensorInfo): ConvShape {
  const [batch, height, width, inChannels] = x.shape;
  const [kh, kw, , outChannels] = filter.shape;
  return { batch, height, width, inChannels, kh, kw, outChannels };
}

const conv2dKernel: tf.KernelFunc = (args) => {
  const { x, filter, bias } = inputsOf(args);
  const program = conv2dProgram(convShape(x, filter), args.attrs?.relu === true);
  return runProgram(args.backend, program, [x, filter, bias]);
};

const conv2dFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  const [batch, height, width, inChannels] = x.shape;
  const [, outHeight, outWidth, outChannels] = dy.shape;
  const shape: ConvShape = {
    batch,
    height,
    width,
    inChannels,
    kh: height - outHeight + 1,
    kw: width - outWidth + 1,
    outChannels,
  };
  return runProgram(args.backend, conv2dFilterGradProgram(shape), [x, dy]);
};

/** The input's gradient of a stride-1 valid conv2d; attr `inputShape` is x's shape. */
const conv2dInputGradKernel: tf.KernelFunc = (args) => {
  const { dy, filter, relu } = inputsOf(args);
  const [batch, height, width, inChannels] = args.attrs!.inputShape as number[];
  const [kh, kw, , outChannels] = filter.shape;
  const shape: ConvShape = { batch, height, width, inChannels, kh, kw, outChannels };
  const program = conv2dInputGradProgram(shape, relu !== undefined);
  return runProgram(args.backend, program, relu ? [dy, filter, relu] : [dy, filter]);
};

const softmaxCrossEntropyKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, softmaxCrossEntropyProgram(batch, classes), [logits, labels]);
};

const softmaxCrossEntropyGradKernel: tf.KernelFunc = (args) => {
  const { logits, labels, dy } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, softmaxCrossEntropyGradProgram(batch, classes), [
    logits,
    labels,
    dy,
  ]);
};

const evalSumsKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const [batch, classes] = logits.shape;
  return runProgram(args.backend, evalSumsProgram(batch, classes), [logits, labels]);
};

/** Dropout of x with attrs rate and seed (an int32): the same seed gives the same mask. */
const dropoutKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const { rate, seed } = args.attrs as { rate: number; seed: number };
  const flat = [size(x.shape)];
  const out = runProgram(args.backend, dropoutProgram(flat[0], rate), [viewAs(x, flat)], [[seed]]);
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
  const n = size(tensors.p.shape);
  const flat = (t: tf.TensorInfo) => viewAs(t, [n]);
  const [g, m0, v0] = [tensors.g, tensors.m, tensors.v].map(flat);
  const m = runProgram(backend, adamMomentProgram(n, s.beta1, s.oneMinusBeta1, false), [m0, g]);
  const v = runProgram(backend, adamMomentProgram(n, s.beta2, s.oneMinusBeta2, true), [v0, g]);
  const p = runProgram(
    backend,
    adamStepProgram(n),
    [flat(tensors.p), m, v],
    [[s.step], [s.epsilonHat]],
  );
  const shape = tensors.p.shape;
  return { p: viewAs(p, shape), m: viewAs(m, shape), v: viewAs(v, shape) };
}
