/**
 * Training kernels for TF.js's wasm backend, built from kernels it runs fast. TF.js 4.22's wasm
 * backend has no Conv2DBackpropFilter, so no conv layer can learn on it; its Conv2DBackpropInput
 * is a scalar loop; its BatchMatMul leaves XNNPACK for a scalar loop whenever an operand is
 * transposed, which every dense layer's gradient asks for; its Sum over leading axes is slow;
 * and its Identity copies the tensor, which TF.js does for every tensor a gradient keeps. The
 * replacements compute the same values; unit tests hold them to TF.js's own. Its MaxPoolGrad,
 * which the deep CNN needs, is a slow scalar loop too: non-overlapping pools go to a SIMD kernel
 * (wasm-ops.ts). The training ops of wasm-ops.ts are registered here as well.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dFilterGradient, conv2dInputGradient, type FilterShape } from './conv-gradients';
import { maxPoolGradKernel, registerWasmOps } from './wasm-ops';

const WASM = 'wasm';

/** The engine hands kernels the op's tensors; anything else means TF.js changed underneath. */
function asTensor<T extends tf.Tensor>(info: tf.TensorInfo | undefined, name: string): T {
  if (!(info instanceof tf.Tensor))
    throw new Error(`Expected the engine to pass ${name} as a tensor, got ${typeof info}.`);
  return info as T;
}

/** Conv2DBackpropFilter: inputs x, dy; returns the filter's gradient. */
export const conv2dBackpropFilterKernel: tf.KernelFunc = ({ inputs, attrs }) => {
  const { x, dy } = inputs as tf.Conv2DBackpropFilterInputs;
  const { filterShape, pad, strides, dataFormat } =
    attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  return conv2dFilterGradient(
    asTensor<tf.Tensor4D>(x, 'x'),
    asTensor<tf.Tensor4D>(dy, 'dy'),
    filterShape,
    pad,
    strides,
    dataFormat,
  );
};

/** Conv2DBackpropInput: inputs dy, filter; returns the input's gradient. */
export const conv2dBackpropInputKernel: tf.KernelFunc = ({ inputs, attrs }) => {
  const { dy, filter } = inputs as tf.Conv2DBackpropInputInputs;
  const { inputShape, pad, strides, dataFormat } = attrs as unknown as tf.Conv2DBackpropInputAttrs;
  return conv2dInputGradient(
    asTensor<tf.Tensor4D>(dy, 'dy'),
    asTensor<tf.Tensor4D>(filter, 'filter'),
    inputShape as FilterShape,
    pad,
    strides,
    dataFormat,
  );
};

/** Swaps the last two axes: [..., m, k] to [..., k, m]. */
function swapLastAxes(x: tf.Tensor): tf.Tensor {
  const perm = x.shape.map((_, axis) => axis);
  const rank = perm.length;
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return x.transpose(perm);
}

/**
 * XNNPACK repacks a product's right operand on every call, and since weights change every step
 * it always does; packing one number costs about as much as transposing eight (measured in
 * Chromium and Node on wasm SIMD).
 */
const PACKING_COST = 8;

/**
 * How to compute op(a) op(b) (op transposes where flagged) with untransposed products only:
 * `direct` transposes the flagged operands; `swapped` computes (op(b)^T op(a)^T)^T, transposing
 * the operands not flagged and the product. Whichever moves fewer numbers, counting the packing
 * of the right operand; products of batches (wasm runs them without XNNPACK) stay direct.
 */
export function matMulPlan(
  aShape: number[],
  bShape: number[],
  transposeA: boolean,
  transposeB: boolean,
): 'direct' | 'swapped' {
  const size = (shape: number[]) => shape.reduce((product, n) => product * n, 1);
  const [a, b] = [size(aShape), size(bShape)];
  if (a !== aShape.at(-1)! * aShape.at(-2)! || b !== bShape.at(-1)! * bShape.at(-2)!)
    return 'direct';
  const rows = aShape.at(transposeA ? -1 : -2)!;
  const columns = bShape.at(transposeB ? -2 : -1)!;
  const direct = (transposeA ? a : 0) + (transposeB ? b : 0) + PACKING_COST * b;
  const swapped = (transposeA ? 0 : a) + (transposeB ? 0 : b) + rows * columns + PACKING_COST * a;
  return swapped < direct ? 'swapped' : 'direct';
}

/** op(a) op(b) by `plan`, through `untransposed`, a BatchMatMul given no transpose flags. */
function multiplyByPlan(
  untransposed: tf.KernelFunc,
  backend: tf.KernelBackend,
  a: tf.Tensor,
  b: tf.Tensor,
  transposeA: boolean,
  transposeB: boolean,
): tf.Tensor {
  const product = (left: tf.Tensor, right: tf.Tensor) =>
    tf.engine().makeTensorFromTensorInfo(
      untransposed({
        inputs: { a: left, b: right },
        attrs: { transposeA: false, transposeB: false },
        backend,
      }) as tf.TensorInfo,
    );
  return tf.tidy(() =>
    matMulPlan(a.shape, b.shape, transposeA, transposeB) === 'direct'
      ? product(transposeA ? swapLastAxes(a) : a, transposeB ? swapLastAxes(b) : b)
      : swapLastAxes(product(transposeB ? b : swapLastAxes(b), transposeA ? a : swapLastAxes(a))),
  );
}

/**
 * A BatchMatMul that hands `untransposed` (wasm's own) only untransposed operands, ordered by
 * `matMulPlan`. wasm's kernel uses XNNPACK only for untransposed operands and a scalar triple
 * loop otherwise, which made the dense layers' gradients the slowest part of a training step.
 */
export function planningMatMul(untransposed: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { transposeA, transposeB } = args.attrs as unknown as tf.BatchMatMulAttrs;
    const { a, b } = args.inputs as tf.BatchMatMulInputs;
    const [left, right] = [asTensor(a, 'a'), asTensor(b, 'b')];
    if (
      !transposeA &&
      !transposeB &&
      matMulPlan(left.shape, right.shape, false, false) === 'direct'
    )
      return untransposed(args);
    return multiplyByPlan(
      untransposed,
      args.backend as tf.KernelBackend,
      left,
      right,
      transposeA,
      transposeB,
    );
  };
}

/**
 * A _FusedMatMul (product, bias, activation) planned like `planningMatMul` when it adds only a
 * bias, as the app's dense layers do; `fused` (wasm's own) runs everything else.
 */
export function planningFusedMatMul(
  fused: tf.KernelFunc,
  untransposed: tf.KernelFunc,
): tf.KernelFunc {
  return (args) => {
    const { transposeA, transposeB, activation } = args.attrs as unknown as tf._FusedMatMulAttrs;
    const { a, b, bias, preluActivationWeights } = args.inputs as tf._FusedMatMulInputs;
    const [left, right] = [asTensor(a, 'a'), asTensor(b, 'b')];
    if (
      (activation !== 'linear' && activation !== undefined) ||
      preluActivationWeights ||
      (!transposeA && !transposeB && matMulPlan(left.shape, right.shape, false, false) === 'direct')
    )
      return fused(args);
    return tf.tidy(() => {
      const product = multiplyByPlan(
        untransposed,
        args.backend as tf.KernelBackend,
        left,
        right,
        transposeA,
        transposeB,
      );
      return bias ? product.add(asTensor(bias, 'bias')) : product;
    });
  };
}

/**
 * A Sum over leading axes ([0, 1, 2] of a conv's [batch, h, w, filters] gradient, for the bias)
 * as a 2-D transpose and a sum over the last axis, which wasm runs three times faster than its
 * own Sum does; `own` (wasm's) sums everything else.
 */
export function leadingAxesSum(own: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { axis, keepDims } = args.attrs as unknown as tf.SumAttrs;
    const x = asTensor((args.inputs as tf.SumInputs).x, 'x');
    const axes = tf.util.parseAxisParam(axis, x.shape).sort((p, q) => p - q);
    const leading = axes.every((a, i) => a === i) && axes.length > 0 && axes.length < x.rank;
    if (!leading || x.dtype !== 'float32') return own(args);
    const kept = x.shape.slice(axes.length);
    const keptSize = kept.reduce((product, n) => product * n, 1);
    return tf.tidy(() =>
      x
        .reshape([-1, keptSize])
        .transpose()
        .sum(-1)
        .reshape(keepDims ? [...axes.map(() => 1), ...kept] : kept),
    );
  };
}

/**
 * An Identity that shares the input's memory, counted by reference, as the cpu and WebGL
 * backends' do. Tensors are immutable and variables swap memory rather than write into it, so
 * the copy wasm's own Identity makes buys nothing.
 */
export const sharedIdentityKernel: tf.KernelFunc = ({ inputs, backend }) => {
  const { x } = inputs as tf.IdentityInputs;
  if (!x) throw new Error('Identity needs an input x.');
  (backend as tf.KernelBackend).incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
};

/** Replaces (or adds) the wasm backend's kernel `name`, keeping its setup and disposal. */
function replaceKernel(name: string, kernelFunc: tf.KernelFunc): void {
  const own = tf.getKernel(name, WASM);
  if (own) tf.unregisterKernel(name, WASM);
  tf.registerKernel({ ...own, kernelName: name, backendName: WASM, kernelFunc });
}

let registered = false;

/**
 * Registers the kernels above for the wasm backend, once, and the training ops of wasm-ops.ts;
 * call after importing `@tensorflow/tfjs-backend-wasm` and before the backend starts. Returns
 * whether it did now.
 */
export function registerWasmTrainingKernels(): boolean {
  if (registered) return false;
  const own = (name: string) => {
    const kernel = tf.getKernel(name, WASM)?.kernelFunc;
    if (!kernel)
      throw new Error(`Import @tensorflow/tfjs-backend-wasm before replacing its ${name} kernel.`);
    return kernel;
  };
  const [matMul, fusedMatMul, sum] = [own(tf.BatchMatMul), own(tf._FusedMatMul), own(tf.Sum)];
  const maxPoolGrad = own(tf.MaxPoolGrad);
  replaceKernel(tf.Conv2DBackpropFilter, conv2dBackpropFilterKernel);
  replaceKernel(tf.Conv2DBackpropInput, conv2dBackpropInputKernel);
  replaceKernel(tf.BatchMatMul, planningMatMul(matMul));
  replaceKernel(tf._FusedMatMul, planningFusedMatMul(fusedMatMul, matMul));
  replaceKernel(tf.Sum, leadingAxesSum(sum));
  replaceKernel(tf.Identity, sharedIdentityKernel);
  replaceKernel(tf.MaxPoolGrad, maxPoolGradKernel(maxPoolGrad));
  registerWasmOps();
  registered = true;
  return true;
}
