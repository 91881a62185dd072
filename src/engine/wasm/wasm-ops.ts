/**
 * A training forward pass for TF.js's wasm backend, built from ops whose kernels (wasm-simd.ts)
 * work on the backend's memory in place, and whose gradients are computed only for the inputs
 * that need one.
 *
 * Why: TF.js layers run a dense or conv layer as a fused op with a custom gradient, and a custom
 * gradient computes the gradient of every input, so each step also paid for the gradient of the
 * images (a whole extra convolution for the report's CNN). Its dense products repack the weights
 * on every call; its transposes, sums and ReLU gradient run several passes where one does; and
 * every op costs the engine's bookkeeping. Here a dense layer (with the ReLU layer after it) is
 * one op and its gradients three, a convolution the same, and the loss one.
 *
 * Same model, same maths: the layers' own weights, float32 throughout, the loss TF.js's softmax
 * cross-entropy averaged over the batch. Only float rounding differs (sums run in another
 * order); wasm-ops.test.ts holds loss and gradients to the cpu backend's. The kernels here are
 * wasm's; the WebGL engine (../webgl/ops.ts) registers its own under the same names, so the ops,
 * their gradients and the plan below serve both engines. On any other backend
 * `wasmTrainingForward` returns null and the model's own layers run.
 */
import * as tf from '@tensorflow/tfjs';
import { SimdKernels } from './wasm-simd';

const WASM = 'wasm';

/** What this module uses of TF.js's BackendWasm. */
interface WasmBackend extends tf.KernelBackend {
  wasm: {
    /** The module's exports: its memory, in the single-threaded builds. */
    asm?: { memory?: unknown };
    /** The memory the threaded build makes and imports, where Emscripten keeps it. */
    wasmMemory?: unknown;
    _malloc(bytes: number): number;
    _free(pointer: number): void;
  };
  dataIdMap: { get(dataId: tf.DataId): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
}

export interface ActiveWasm {
  backend: WasmBackend;
  simd: SimdKernels;
  /** Byte offset of a tensor's data in the memory. */
  pointer(t: tf.TensorInfo): number;
  /** A new float32 tensor's info, its memory not cleared. */
  output(shape: number[]): tf.TensorInfo;
}

const boundByBackend = new WeakMap<object, ActiveWasm | null>();

/**
 * The SIMD kernels bound to this wasm backend's memory, or null when the backend keeps its
 * memory out of reach (then the layers run as TF.js made them).
 */
function bound(backend: WasmBackend): ActiveWasm | null {
  if (!boundByBackend.has(backend)) {
    let active: ActiveWasm | null = null;
    try {
      const memory = backend.wasm?.asm?.memory ?? backend.wasm?.wasmMemory;
      if (memory instanceof WebAssembly.Memory)
        active = {
          backend,
          simd: new SimdKernels(memory),
          pointer: (t) => {
            const data = backend.dataIdMap.get(t.dataId);
            if (!data) throw new Error('The tensor is not on the wasm backend.');
            return data.memoryOffset;
          },
          output: (shape) => backend.makeOutput(shape, 'float32'),
        };
    } catch {
      active = null;
    }
    boundByBackend.set(backend, active);
  }
  return boundByBackend.get(backend)!;
}

/** The SIMD kernels when the wasm backend is the active one and they can run on it. */
export function activeWasm(): ActiveWasm | null {
  return tf.getBackend() === WASM ? bound(tf.backend() as WasmBackend) : null;
}

/**
 * Whether the ops below run on the active backend: on wasm when its memory is in reach, and on
 * any backend that registered its own kernels for them (the WebGL engine, webgl/ops.ts).
 */
export function opsRunHere(): boolean {
  const backend = tf.getBackend();
  if (backend === WASM) return activeWasm() !== null;
  return tf.getKernel(DENSE, backend) !== undefined;
}

function kernelWasm(backend: unknown): ActiveWasm {
  const active = bound(backend as WasmBackend);
  if (!active) throw new Error('The wasm backend does not expose its memory.');
  return active;
}

const size = (shape: number[]) => shape.reduce((product, n) => product * n, 1);
const f32View = (memory: WebAssembly.Memory, pointer: number, count: number) =>
  new Float32Array(memory.buffer, pointer, count);

// ---------------------------------------------------------------------------------------------
// Kernels

export const DENSE = 'FmlDense';
export const DENSE_FILTER_GRAD = 'FmlDenseFilterGrad';
export const DENSE_INPUT_GRAD = 'FmlDenseInputGrad';
export const RELU_GRAD = 'FmlReluGrad';
export const COLUMN_SUM = 'FmlColumnSum';
export const CONV2D = 'FmlConv2D';
export const CONV2D_FILTER_GRAD = 'FmlConv2DFilterGrad';
export const SOFTMAX_CROSS_ENTROPY = 'FmlSoftmaxCrossEntropy';
export const SOFTMAX_CROSS_ENTROPY_GRAD = 'FmlSoftmaxCrossEntropyGrad';
export const EVAL_SUMS = 'FmlEvalSums';
export const COLUMN_MOMENTS = 'FmlColumnMoments';
export const TURN_FILTER = 'FmlTurnFilter';
/** Values before the per-class hits in EVAL_SUMS's answer: the summed loss and the hits. */
export const EVAL_SUMS_HEAD = 2;
/** A conv2d's input gradient in one kernel; only the WebGL engine has one (see the gradient). */
export const CONV2D_INPUT_GRAD = 'FmlConv2DInputGrad';
/**
 * Dropout whose mask is a hash of (seed, index), so its gradient remakes the same mask instead
 * of keeping it, and nothing is uploaded; only the WebGL engine has it (elsewhere the layer runs).
 */
export const DROPOUT = 'FmlDropout';

type Inputs = Record<string, tf.TensorInfo>;
const inputsOf = (args: { inputs: tf.NamedTensorInfoMap }) => args.inputs as Inputs;

// Products on pointers into the backend's memory (bytes), shared by the kernels below and by
// the tape-free dense step (wasm-dense-step.ts).

/** c = act(x w + b): x [batch, k], w [k, n], b [n], c [batch, n]; act ReLU when `relu`. */
export function denseForward(
  wasm: ActiveWasm,
  p: { x: number; w: number; b: number; c: number },
  [batch, k, n]: [number, number, number],
  relu: boolean,
): void {
  wasm.simd.gemm({
    m: batch,
    n,
    a: p.x,
    aRow: k,
    b: p.w,
    c: p.c,
    cRow: n,
    sum: [{ count: k, a: 1, b: n }],
  });
  wasm.simd.biasActivation(p.c, p.b, batch, n, relu);
}

/** Below this many columns, the kernel's gradient is better computed transposed. */
const NARROW = 16;

/**
 * out = x^T dy: a dense kernel's gradient, x [batch, k], dy [batch, n], out [k, n]. A narrow
 * one (the report CNN's 23328 x 10) is computed as (dy^T x)^T, which streams x once in long
 * rows, and transposed; `scratch` (k * n floats) then holds the product, or it is allocated.
 */
export function denseFilterGrad(
  wasm: ActiveWasm,
  p: { x: number; dy: number; out: number; scratch?: number },
  [batch, k, n]: [number, number, number],
): void {
  if (n >= NARROW) {
    wasm.simd.gemm({
      m: k,
      n,
      a: p.x,
      aRow: 1,
      b: p.dy,
      c: p.out,
      cRow: n,
      sum: [{ count: batch, a: k, b: n }],
    });
    return;
  }
  const transposed = p.scratch ?? wasm.backend.wasm._malloc(k * n * 4);
  try {
    wasm.simd.gemm({
      m: n,
      n: k,
      a: p.dy,
      aRow: 1,
      b: p.x,
      c: transposed,
      cRow: k,
      sum: [{ count: batch, a: n, b: k }],
    });
    wasm.simd.transpose(transposed, p.out, n, k);
  } finally {
    if (p.scratch === undefined) wasm.backend.wasm._free(transposed);
  }
}

/**
 * out = dy w^T: a dense input's gradient, dy [batch, n], w [k, n], out [batch, k]; with `mask`,
 * the output y [batch, k] of the ReLU that made the input, the ReLU's gradient too: * (y > 0).
 * `scratch` (k * n floats) holds w^T, or it is allocated.
 */
export function denseInputGrad(
  wasm: ActiveWasm,
  p: { dy: number; w: number; out: number; mask?: number; scratch?: number },
  [batch, k, n]: [number, number, number],
): void {
  const transposed = p.scratch ?? wasm.backend.wasm._malloc(k * n * 4);
  try {
    wasm.simd.transpose(p.w, transposed, k, n);
    wasm.simd.gemm({
      m: batch,
      n: k,
      a: p.dy,
      aRow: n,
      b: transposed,
      c: p.out,
      cRow: k,
      sum: [{ count: n, a: 1, b: k }],
      mask: p.mask,
    });
  } finally {
    if (p.scratch === undefined) wasm.backend.wasm._free(transposed);
  }
}

/** out = the sum of x [rows, columns] over its rows: a bias's gradient. */
export function columnSum(wasm: ActiveWasm, x: number, out: number, rows: number, columns: number) {
  f32View(wasm.simd.memory, out, columns).fill(0);
  wasm.simd.columnSum(x, out, rows, columns);
}

/** act(x w + b): x [batch, k], w [k, n], b [n]; act ReLU when attrs.relu. */
const denseKernel: tf.KernelFunc = (args) => {
  const { x, w, b } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [batch, k] = x.shape;
  const n = w.shape[1];
  const out = wasm.output([batch, n]);
  const [xp, wp, bp, c] = [x, w, b, out].map(wasm.pointer);
  denseForward(wasm, { x: xp, w: wp, b: bp, c }, [batch, k, n], args.attrs?.relu === true);
  return out;
};

/** x^T dy: the dense kernel's gradient. x [batch, k], dy [batch, n]. */
const denseFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [batch, k] = x.shape;
  const n = dy.shape[1];
  const out = wasm.output([k, n]);
  denseFilterGrad(wasm, { x: wasm.pointer(x), dy: wasm.pointer(dy), out: wasm.pointer(out) }, [
    batch,
    k,
    n,
  ]);
  return out;
};

/**
 * dy w^T: the dense input's gradient. dy [batch, n], w [k, n]. With input `relu`, the output of
 * the ReLU that made the dense layer's input x [batch, k], the ReLU's gradient is applied too:
 * dy w^T * (x > 0).
 */
const denseInputGradKernel: tf.KernelFunc = (args) => {
  const { dy, w, relu } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [batch, n] = dy.shape;
  const k = w.shape[0];
  const out = wasm.output([batch, k]);
  denseInputGrad(
    wasm,
    {
      dy: wasm.pointer(dy),
      w: wasm.pointer(w),
      out: wasm.pointer(out),
      mask: relu ? wasm.pointer(relu) : undefined,
    },
    [batch, k, n],
  );
  return out;
};

/** dy * (y > 0): a ReLU's gradient from its output y. */
const reluGradKernel: tf.KernelFunc = (args) => {
  const { dy, y } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const out = wasm.output(dy.shape);
  wasm.simd.reluGrad(wasm.pointer(dy), wasm.pointer(y), wasm.pointer(out), size(dy.shape));
  return out;
};

/** Sums x over every axis but the last: a bias's gradient. */
const columnSumKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const columns = x.shape.at(-1)!;
  const out = wasm.output([columns]);
  columnSum(wasm, wasm.pointer(x), wasm.pointer(out), size(x.shape) / columns, columns);
  return out;
};

/** [2, columns]: each column's sum over the rows of x [..., columns], then its sum of squares. */
const columnMomentsKernel: tf.KernelFunc = (args) => {
  const { x } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const columns = x.shape.at(-1)!;
  const out = wasm.output([2, columns]);
  const sums = wasm.pointer(out);
  f32View(wasm.simd.memory, sums, 2 * columns).fill(0);
  const squares = sums + columns * Float32Array.BYTES_PER_ELEMENT;
  wasm.simd.columnMoments(wasm.pointer(x), sums, squares, size(x.shape) / columns, columns);
  return out;
};

/** act(conv2d(x, filter) + bias), stride 1, valid padding, NHWC, by wasm's own FusedConv2D. */
const conv2dKernel: tf.KernelFunc = (args) => {
  const fused = tf.getKernel(tf.FusedConv2D, WASM);
  if (!fused) throw new Error('The wasm backend has no FusedConv2D kernel.');
  const { x, filter, bias } = inputsOf(args);
  return fused.kernelFunc({
    inputs: { x, filter, bias },
    attrs: {
      strides: [1, 1],
      pad: 'valid',
      dataFormat: 'NHWC',
      dilations: [1, 1],
      activation: args.attrs?.relu === true ? 'relu' : 'linear',
    },
    backend: args.backend,
  });
};

/**
 * The filter's gradient of a stride-1 valid conv2d: dW[i, j, c, o] = sum over (b, y, x) of
 * x[b, y + i, x + j, c] dy[b, y, x, o], one product per filter row, reading the windows of x
 * where they lie.
 */
const conv2dFilterGradKernel: tf.KernelFunc = (args) => {
  const { x, dy } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [batch, height, width, inChannels] = x.shape;
  const [, outHeight, outWidth, outChannels] = dy.shape;
  const [kh, kw] = [height - outHeight + 1, width - outWidth + 1];
  const out = wasm.output([kh, kw, inChannels, outChannels]);
  const [xp, dyp, outp] = [wasm.pointer(x), wasm.pointer(dy), wasm.pointer(out)];
  for (let i = 0; i < kh; i++)
    wasm.simd.gemm({
      m: kw * inChannels,
      n: outChannels,
      a: xp + i * width * inChannels * 4,
      aRow: 1,
      b: dyp,
      c: outp + i * kw * inChannels * outChannels * 4,
      cRow: outChannels,
      sum: [
        { count: outWidth, a: inChannels, b: outChannels },
        { count: outHeight, a: width * inChannels, b: outWidth * outChannels },
        { count: batch, a: height * width * inChannels, b: outHeight * outWidth * outChannels },
      ],
    });
  return out;
};

/**
 * A filter [kh, kw, in, out] turned by 180 degrees with its channel axes swapped, [kh, kw, out,
 * in]: the filter whose valid convolution of the padded dy is a convolution's input gradient.
 * (wasm's Reverse took a millisecond for the deep CNN's 18,432 weights.)
 */
const turnFilterKernel: tf.KernelFunc = (args) => {
  const { filter } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [kh, kw, inChannels, outChannels] = filter.shape;
  const count = size(filter.shape);
  const out = wasm.output([kh, kw, outChannels, inChannels]);
  const from = f32View(wasm.simd.memory, wasm.pointer(filter), count);
  const to = f32View(wasm.simd.memory, wasm.pointer(out), count);
  const taps = kh * kw;
  for (let tap = 0; tap < taps; tap++) {
    const source = (taps - 1 - tap) * inChannels * outChannels;
    const target = tap * inChannels * outChannels;
    for (let c = 0; c < inChannels; c++)
      for (let o = 0; o < outChannels; o++)
        to[target + o * inChannels + c] = from[source + c * outChannels + o];
  }
  return out;
};

/**
 * Visits each row of logits [batch, classes] with its label: `visit(row, label, offset, max,
 * sumExp)`, max the row's largest logit and sumExp the sum of exp(logit - max).
 */
function forEachRow(
  wasm: ActiveWasm,
  logits: tf.TensorInfo,
  labels: tf.TensorInfo,
  visit: (row: Float32Array, label: number, offset: number, max: number, sumExp: number) => void,
): void {
  const [batch, classes] = logits.shape;
  const values = f32View(wasm.simd.memory, wasm.pointer(logits), batch * classes);
  const classOf = new Int32Array(wasm.simd.memory.buffer, wasm.pointer(labels), batch);
  for (let b = 0; b < batch; b++) {
    const offset = b * classes;
    const row = values.subarray(offset, offset + classes);
    let max = -Infinity;
    for (let j = 0; j < classes; j++) if (row[j] > max || Number.isNaN(row[j])) max = row[j];
    let sumExp = 0;
    for (let j = 0; j < classes; j++) sumExp += Math.exp(row[j] - max);
    visit(row, classOf[b], offset, max, sumExp);
  }
}

/**
 * Mean over the batch of softmax cross-entropy: logits [batch, classes], labels int32 [batch]
 * (a label outside 0..classes-1 is an all-zero one-hot row, as tf.oneHot makes it).
 */
const softmaxCrossEntropyKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const classes = logits.shape[1];
  let total = 0;
  forEachRow(wasm, logits, labels, (row, label, _, max, sumExp) => {
    if (label >= 0 && label < classes) total += max + Math.log(sumExp) - row[label];
  });
  const out = wasm.output([]);
  f32View(wasm.simd.memory, wasm.pointer(out), 1)[0] = total / logits.shape[0];
  return out;
};

/**
 * An evaluation chunk's sums, [loss, hits, hits of class 0, ..., hits of class classes-1]: the
 * summed softmax cross-entropy of logits [batch, classes] against int32 labels [batch], how many
 * rows' first largest logit is the label (as tf.argMax picks it), and those hits by label. One
 * pass over the logits, instead of the six kernels of TF.js's loss and argMax (and the two more
 * a per-class count would take).
 */
const evalSumsKernel: tf.KernelFunc = (args) => {
  const { logits, labels } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const classes = logits.shape[1];
  let total = 0;
  let hits = 0;
  const classHits = new Float64Array(classes);
  forEachRow(wasm, logits, labels, (row, label, _, max, sumExp) => {
    if (label >= 0 && label < classes) total += max + Math.log(sumExp) - row[label];
    if (row.indexOf(max) === label) {
      hits++;
      classHits[label]++;
    }
  });
  const out = wasm.output([EVAL_SUMS_HEAD + classes]);
  const sums = f32View(wasm.simd.memory, wasm.pointer(out), EVAL_SUMS_HEAD + classes);
  sums.set([total, hits]);
  sums.set(classHits, EVAL_SUMS_HEAD);
  return out;
};

/** The loss's gradient: dy / batch * (softmax(logits) - oneHot(labels)). */
const softmaxCrossEntropyGradKernel: tf.KernelFunc = (args) => {
  const { logits, labels, dy } = inputsOf(args);
  const wasm = kernelWasm(args.backend);
  const [batch, classes] = logits.shape;
  const scale = f32View(wasm.simd.memory, wasm.pointer(dy), 1)[0] / batch;
  const out = wasm.output([batch, classes]);
  const outPointer = wasm.pointer(out);
  forEachRow(wasm, logits, labels, (row, label, offset, max, sumExp) => {
    const grad = f32View(wasm.simd.memory, outPointer + offset * 4, classes);
    for (let j = 0; j < classes; j++)
      grad[j] = scale * (Math.exp(row[j] - max) / sumExp - (j === label ? 1 : 0));
  });
  return out;
};

/**
 * A MaxPoolGrad for wasm that routes each window's gradient in one SIMD pass, where windows do
 * not overlap (stride = window, valid padding) and channels come in fours, as the deep CNN's
 * pools have them; `own` (wasm's) computes every other pool's.
 */
export function maxPoolGradKernel(own: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { dy, input } = args.inputs as tf.MaxPoolGradInputs;
    const { filterSize, strides, pad } = args.attrs as unknown as tf.MaxPoolGradAttrs;
    const active = bound(args.backend as WasmBackend);
    const pair = (n: number | [number, number]) => (typeof n === 'number' ? [n, n] : n);
    const [[fh, fw], [sh, sw]] = [pair(filterSize), pair(strides)];
    if (!active || !dy || !input || input.dtype !== 'float32' || input.shape.length !== 4)
      return own(args);
    const [, height, width, channels] = input.shape;
    const [outHeight, outWidth] = [Math.floor(height / fh), Math.floor(width / fw)];
    const plain = pad === 'valid' && fh === fw && sh === fh && sw === fw && channels % 4 === 0;
    if (!plain || dy.shape[1] !== outHeight || dy.shape[2] !== outWidth) return own(args);
    const out = active.output(input.shape);
    const pointer = active.pointer(out);
    // Rows and columns past the last whole window get no gradient.
    if (height !== outHeight * fh || width !== outWidth * fw)
      f32View(active.simd.memory, pointer, size(input.shape)).fill(0);
    active.simd.maxPoolGrad(
      active.pointer(dy),
      active.pointer(input),
      pointer,
      input.shape,
      [outHeight, outWidth],
      fh,
    );
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Ops and their gradients

const run = (name: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}) =>
  tf.engine().runKernel(name, inputs, attrs) as tf.Tensor;

/**
 * How a dense or conv op's gradient meets the ReLUs around it:
 * - `relu`: the op applies a ReLU to its output (the layer's own, or the ReLU layer after it);
 * - `reluMasked`: that ReLU's gradient is applied by the op that consumes the output, a dense
 *   op with `reluInput`, so this op's gradient takes dy as already masked;
 * - `reluInput` (dense only): x is the output of such a ReLU and feeds nothing else, so the
 *   gradient for x goes out with the ReLU's gradient applied, dy w^T * (x > 0), in the same
 *   pass. Together the two spare a pass over the activations; `plan` pairs them.
 */
export interface ReluLinks {
  relu: boolean;
  reluMasked?: boolean;
  reluInput?: boolean;
}

/** act(x w + b) for x [batch, k]: a dense layer. */
export function dense(x: tf.Tensor, w: tf.Tensor, b: tf.Tensor, links: ReluLinks): tf.Tensor {
  return run(DENSE, { x, w, b }, { ...links });
}

/** act(conv2d(x, filter, stride 1, valid) + bias), NHWC. */
export function conv2d(
  x: tf.Tensor,
  filter: tf.Tensor,
  bias: tf.Tensor,
  links: ReluLinks,
): tf.Tensor {
  return run(CONV2D, { x, filter, bias }, { ...links });
}

/**
 * [summed loss, correct predictions, correct predictions of each class] of logits [batch,
 * classes] against int32 labels [batch]: [2 + classes].
 */
export function evalSums(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor1D {
  return run(EVAL_SUMS, { logits, labels }) as tf.Tensor1D;
}

/** Each unit's sum over every leading axis of x [..., units]: [units]. */
export function columnSums(x: tf.Tensor): tf.Tensor1D {
  return run(COLUMN_SUM, { x }) as tf.Tensor1D;
}

/**
 * [2, units]: each unit's sum over every leading axis of x [..., units], then its sum of
 * squares; on a backend without the kernel, by TF.js's sums.
 */
export function columnMoments(x: tf.Tensor): tf.Tensor2D {
  if (tf.getKernel(COLUMN_MOMENTS, tf.getBackend()))
    return run(COLUMN_MOMENTS, { x }) as tf.Tensor2D;
  return tf.tidy(() => {
    const rows = x.reshape([-1, x.shape.at(-1)!]);
    return tf.stack([tf.sum(rows, 0), tf.sum(tf.square(rows), 0)]) as tf.Tensor2D;
  });
}

/** x^T dy for x [n, k] and dy [n, m]: [k, m], the dense op's weight gradient kernel. */
export function transposedProduct(x: tf.Tensor, dy: tf.Tensor): tf.Tensor2D {
  return run(DENSE_FILTER_GRAD, { x, dy }) as tf.Tensor2D;
}

/** Mean softmax cross-entropy of logits [batch, classes] against int32 labels [batch]. */
export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return run(SOFTMAX_CROSS_ENTROPY, { logits, labels }) as tf.Scalar;
}

/** dy through the op's own ReLU, unless there is none or its consumer applied it. */
const reluGradOf = (dy: tf.Tensor, y: tf.Tensor, attrs: tf.NamedAttrMap) =>
  attrs.relu === true && attrs.reluMasked !== true ? run(RELU_GRAD, { dy, y }) : dy;

const GRADIENTS: tf.GradConfig[] = [
  {
    kernelName: DENSE,
    inputsToSave: ['x', 'w'],
    outputsToSave: [true],
    gradFunc: (dy, saved, attrs) => {
      const [x, w, y] = saved;
      const dz = reluGradOf(dy as tf.Tensor, y, attrs);
      return {
        x: () =>
          run(DENSE_INPUT_GRAD, attrs.reluInput === true ? { dy: dz, w, relu: x } : { dy: dz, w }),
        w: () => run(DENSE_FILTER_GRAD, { x, dy: dz }),
        b: () => run(COLUMN_SUM, { x: dz }),
      };
    },
  },
  {
    kernelName: CONV2D,
    inputsToSave: ['x', 'filter'],
    outputsToSave: [true],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter, y] = saved;
      const dz = reluGradOf(dy as tf.Tensor, y, attrs);
      return {
        // The "full" correlation of dz with the turned filter (conv-gradients.ts does the same
        // with TF.js's reverse and transpose), in one kernel where the backend has it.
        x: () => {
          if (tf.getKernel(CONV2D_INPUT_GRAD, tf.getBackend()))
            return run(CONV2D_INPUT_GRAD, { dy: dz, filter }, { inputShape: x.shape });
          const [kh, kw] = filter.shape;
          const padded = dz.pad([
            [0, 0],
            [kh - 1, kh - 1],
            [kw - 1, kw - 1],
            [0, 0],
          ]) as tf.Tensor4D;
          return tf.conv2d(padded, run(TURN_FILTER, { filter }) as tf.Tensor4D, 1, 'valid');
        },
        filter: () => run(CONV2D_FILTER_GRAD, { x, dy: dz }),
        bias: () => run(COLUMN_SUM, { x: dz }),
      };
    },
  },
  {
    // The mask is remade from the same seed: the gradient is dy through the same dropout.
    kernelName: DROPOUT,
    gradFunc: (dy, _saved, attrs) => ({
      x: () => run(DROPOUT, { x: dy as tf.Tensor }, { rate: attrs.rate, seed: attrs.seed }),
    }),
  },
  {
    kernelName: SOFTMAX_CROSS_ENTROPY,
    inputsToSave: ['logits', 'labels'],
    gradFunc: (dy, saved) => {
      const [logits, labels] = saved;
      return {
        logits: () => run(SOFTMAX_CROSS_ENTROPY_GRAD, { logits, labels, dy: dy as tf.Tensor }),
        labels: () => tf.zeros(labels.shape),
      };
    },
  },
];

const KERNELS: [string, tf.KernelFunc][] = [
  [DENSE, denseKernel],
  [DENSE_FILTER_GRAD, denseFilterGradKernel],
  [DENSE_INPUT_GRAD, denseInputGradKernel],
  [RELU_GRAD, reluGradKernel],
  [COLUMN_SUM, columnSumKernel],
  [COLUMN_MOMENTS, columnMomentsKernel],
  [CONV2D, conv2dKernel],
  [CONV2D_FILTER_GRAD, conv2dFilterGradKernel],
  [SOFTMAX_CROSS_ENTROPY, softmaxCrossEntropyKernel],
  [SOFTMAX_CROSS_ENTROPY_GRAD, softmaxCrossEntropyGradKernel],
  [EVAL_SUMS, evalSumsKernel],
  [TURN_FILTER, turnFilterKernel],
];

let registered = false;

/** Registers the kernels above for the wasm backend, and their gradients, once. */
export function registerWasmOps(): void {
  if (registered) return;
  for (const [kernelName, kernelFunc] of KERNELS)
    if (!tf.getKernel(kernelName, WASM))
      tf.registerKernel({ kernelName, backendName: WASM, kernelFunc });
  registerOpGradients();
  registered = true;
}

/** Registers the ops' gradients, shared by every engine that has kernels for the ops. */
export function registerOpGradients(): void {
  for (const config of GRADIENTS)
    if (!tf.getGradient(config.kernelName)) tf.registerGradient(config);
}

// ---------------------------------------------------------------------------------------------
// The forward pass

type Stage = (x: tf.Tensor) => tf.Tensor;

/** The parts of TF.js layers this pass reads; they are public in TF.js's JavaScript. */
interface LayerInternals {
  kernel?: { read(): tf.Tensor } | null;
  bias?: { read(): tf.Tensor } | null;
  useBias?: boolean;
  activation?: { getClassName(): string };
  strides?: number[];
  dilationRate?: number | number[];
  padding?: string;
  dataFormat?: string;
  rank?: number;
  maxValue?: number | null;
  rate?: number;
  seed?: number;
}

const internals = (layer: tf.layers.Layer) => layer as unknown as LayerInternals;

/** A ReLU layer with no cap, which a dense or conv layer before it can apply itself. */
function isPlainRelu(layer: tf.layers.Layer | undefined): boolean {
  return layer?.getClassName() === 'ReLU' && internals(layer).maxValue == null;
}

/** The activation a dense or conv layer applies itself: 'linear', 'relu', or null if other. */
function ownActivation(layer: tf.layers.Layer): 'linear' | 'relu' | null {
  const name = internals(layer).activation?.getClassName();
  return name === 'linear' || name === 'relu' ? name : null;
}

/** The weights of a dense or conv layer with a bias and a linear or ReLU activation. */
function weightsOf(layer: tf.layers.Layer) {
  const { kernel, bias, useBias } = internals(layer);
  const activation = ownActivation(layer);
  return kernel && bias && useBias !== false && activation ? { kernel, bias, activation } : null;
}

/** Whether the conv layer is one the conv op computes: 2-D, stride 1, valid, channels last. */
function isPlainConv2d(layer: tf.layers.Layer): boolean {
  const l = internals(layer);
  const dilation = typeof l.dilationRate === 'number' ? [l.dilationRate] : (l.dilationRate ?? []);
  return (
    l.rank === 2 &&
    l.padding === 'valid' &&
    l.dataFormat === 'channelsLast' &&
    (l.strides ?? []).every((s) => s === 1) &&
    dilation.every((d) => d === 1)
  );
}

/** One stage of the pass, as `plan` first lists them. */
type Step = (
  | { kind: 'op'; op: 'dense' | 'conv'; layer: tf.layers.Layer; links: ReluLinks }
  | { kind: 'flatten' }
  | { kind: 'layer'; layer: tf.layers.Layer }
  | { kind: 'dropout'; layer: tf.layers.Layer; rate: number }
) & {
  /** The model's layers the stage computes, in order: an op's ReLU layer is its second. */
  covers: tf.layers.Layer[];
};

/** The layer's own call, in training mode (dropout on) or not. */
const ownCall =
  (layer: tf.layers.Layer, training: boolean): Stage =>
  (x) =>
    layer.apply(x, { training }) as tf.Tensor;

/** Dropout through the DROPOUT op: a new mask per call, from the layer's seed on. */
function dropoutStage({ layer, rate }: { layer: tf.layers.Layer; rate: number }): Stage {
  let seed = Math.imul(internals(layer).seed ?? 0, 7919);
  return (x) => run(DROPOUT, { x }, { rate, seed: (seed = (seed + 1) | 0) });
}

function stageOf(step: Step, training: boolean): Stage {
  if (step.kind === 'dropout') return training ? dropoutStage(step) : (x) => x;
  if (step.kind === 'flatten') return (x) => x.reshape([x.shape[0], -1]);
  if (step.kind === 'layer') return ownCall(step.layer, training);
  const { layer, links, op } = step;
  const { kernel, bias } = weightsOf(layer)!;
  const rank = op === 'dense' ? 2 : 4;
  return (x) => {
    // A dense layer after a flatten or another dense layer always gets a rank-2 float32 batch.
    if (x.rank !== rank || x.dtype !== 'float32')
      throw new Error(`The ${op} op takes a float32 tensor of rank ${rank}, not ${x.shape}.`);
    return op === 'dense'
      ? dense(x, kernel.read(), bias.read(), links)
      : conv2d(x, kernel.read(), bias.read(), links);
  };
}

/** A stage of the pass and the model's layers it computes. */
export interface PlannedStage {
  run: Stage;
  covers: tf.layers.Layer[];
  /** A dense op with no ReLU: x w + b with more columns appended to w, [x w + b, x more], by
   *  one pass over x where the product's column block has room (16 columns). `widened(more)`
   *  joins the weights once, for a pass over many chunks; `dispose` frees them. */
  widened?: (more: tf.Tensor) => WidenedStage;
}

/** A dense stage with more columns: each chunk's [output, x more]. */
export interface WidenedStage {
  run(x: tf.Tensor): [tf.Tensor, tf.Tensor];
  dispose(): void;
}

/** The dense op's product with `more` [k, m] beside its kernel [k, n]: [output, x more]. */
function widenedDense(layer: tf.layers.Layer) {
  const { kernel, bias } = weightsOf(layer)!;
  return (more: tf.Tensor): WidenedStage => {
    const n = kernel.read().shape[1]!;
    const [w, b] = tf.tidy(() => [
      tf.concat([kernel.read(), more], 1),
      tf.concat([bias.read(), tf.zeros([more.shape[1]!])]),
    ]);
    return {
      run: (x) => {
        const both = dense(x, w, b, { relu: false });
        return [both.slice([0, 0], [-1, n]), both.slice([0, n], [-1, -1])];
      },
      dispose: () => tf.dispose([w, b]),
    };
  };
}

function plan(model: tf.Sequential, training: boolean): PlannedStage[] {
  return planSteps(model).map((step) => ({
    run: stageOf(step, training),
    covers: step.covers,
    ...(step.kind === 'op' && step.op === 'dense' && !step.links.relu
      ? { widened: widenedDense(step.layer) }
      : {}),
  }));
}

/**
 * Which of a model's weighted layers (dense, conv) run as this file's ops, and which fall back
 * to TF.js's own layer call (whose gradient also computes the input's), by class name; null
 * when the ops cannot run at all (not on wasm, or not a Sequential model).
 */
export function wasmOpCoverage(
  model: tf.LayersModel,
): { ops: string[]; fallbacks: string[] } | null {
  if (!(model instanceof tf.Sequential) || !opsRunHere()) return null;
  const ops: string[] = [];
  const fallbacks: string[] = [];
  for (const step of planSteps(model)) {
    if (step.kind === 'op') ops.push(step.layer.getClassName());
    else if (step.kind === 'layer' && step.layer.trainableWeights.length > 0)
      fallbacks.push(step.layer.getClassName());
  }
  return { ops, fallbacks };
}

function planSteps(model: tf.Sequential): Step[] {
  const steps: Step[] = [];
  const layers = model.layers;
  let rank = (model.inputs[0]?.shape.length ?? 0) as number;
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i];
    const kind = layer.getClassName();
    const weights = weightsOf(layer);
    const op =
      kind === 'Dense' && rank === 2
        ? 'dense'
        : kind === 'Conv2D' && rank === 4 && isPlainConv2d(layer)
          ? 'conv'
          : null;
    if (weights && op) {
      const reluAfter = isPlainRelu(layers[i + 1]) && weights.activation === 'linear';
      steps.push({
        kind: 'op',
        op,
        layer,
        links: { relu: weights.activation === 'relu' || reluAfter },
        covers: reluAfter ? [layer, layers[i + 1]] : [layer],
      });
      if (reluAfter) i++;
    } else if (kind === 'Dropout' && tf.getKernel(DROPOUT, tf.getBackend())) {
      steps.push({ kind: 'dropout', layer, rate: internals(layer).rate ?? 0, covers: [layer] });
    } else if (kind === 'Flatten' && internals(layer).dataFormat !== 'channelsFirst') {
      steps.push({ kind: 'flatten', covers: [layer] });
    } else {
      steps.push({ kind: 'layer', layer, covers: [layer] });
    }
    rank = (layers[i].outputShape as number[]).length;
  }
  // An op's ReLU, then (through a flatten) a dense op: the dense op applies its gradient.
  steps.forEach((step, i) => {
    const next = steps[i + 1]?.kind === 'flatten' ? steps[i + 2] : steps[i + 1];
    if (step.kind === 'op' && step.links.relu && next?.kind === 'op' && next.op === 'dense') {
      step.links.reluMasked = true;
      next.links.reluInput = true;
    }
  });
  return steps;
}

/** Plans by model, then by backend and mode: the ops a plan uses depend on the backend. */
const plans = new WeakMap<tf.LayersModel, Map<string, PlannedStage[]>>();

function wasmStages(model: tf.LayersModel, training: boolean): PlannedStage[] | null {
  if (!(model instanceof tf.Sequential) || !opsRunHere()) return null;
  if (tf.getBackend() === WASM) registerWasmOps();
  let byMode = plans.get(model);
  if (!byMode) plans.set(model, (byMode = new Map()));
  const key = `${tf.getBackend()} ${training ? 'training' : 'inference'}`;
  let stages = byMode.get(key);
  if (!stages) {
    stages = plan(model, training);
    byMode.set(key, stages);
  }
  return stages;
}

function wasmForward(model: tf.LayersModel, training: boolean) {
  const stages = wasmStages(model, training);
  return stages && ((xs: tf.Tensor) => stages.reduce((x, stage) => stage.run(x), xs));
}

/**
 * The inference pass as its stages, each with the model layers it computes, for a caller that
 * looks at what comes out between them (inspect/probe.ts); null where wasmInferenceForward is.
 */
export function wasmInferenceStages(model: tf.LayersModel): readonly PlannedStage[] | null {
  return wasmStages(model, false);
}

/**
 * The model's logits for a training batch through the ops above, or null when they cannot run
 * (another backend than wasm, or a model that is not Sequential). Layers it has no op for run
 * their own call, in training mode.
 */
export function wasmTrainingForward(model: tf.LayersModel): ((xs: tf.Tensor) => tf.Tensor) | null {
  return wasmForward(model, true);
}

/**
 * The same pass for evaluation and prediction: the same ops (their gradients are never asked
 * for), and the layers they have no op for called in inference mode (dropout off).
 */
export function wasmInferenceForward(model: tf.LayersModel): ((xs: tf.Tensor) => tf.Tensor) | null {
  return wasmForward(model, false);
}
