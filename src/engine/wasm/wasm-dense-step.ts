/**
 * The dense model's whole training step on wasm as one pass of kernel calls, with no tape.
 *
 * Why: for the dense net at batch 32, TF.js's engine (recording the tape, running 20 kernels
 * through runKernel, making and disposing their tensors) cost as much as the products: about
 * 0.4 of 0.9 ms per dense-100 step, and most of a dense-5 step. Here the forward pass, the
 * loss, the four gradients and Adam run straight on the wasm backend's memory: the same SIMD
 * kernels as wasm-ops.ts (denseForward, denseFilterGrad, denseInputGrad, columnSum) and the
 * same Adam update (FusedAdamOptimizer.applyGradientPointers), into buffers allocated once per
 * run. Same maths, same order of sums: wasm-dense-step.test.ts holds its weights after a few
 * steps to those of trainStep's ops.
 *
 * It applies to the dense kind as builders.ts makes it with a ReLU (flatten, dense, ReLU,
 * dense, all float32, biases on) trained by Adam on wasm; anything else returns null and
 * trains through trainStep.
 */
import * as tf from '@tensorflow/tfjs';
import { FusedAdamOptimizer } from './fused-adam';
import {
  activeWasm,
  columnSum,
  denseFilterGrad,
  denseForward,
  denseInputGrad,
  type ActiveWasm,
} from './wasm-ops';

const FLOAT_BYTES = 4;

interface DenseLayer {
  kernel: { read(): tf.Tensor };
  bias: { read(): tf.Tensor };
}

/** The two dense layers of flatten, dense (linear), ReLU, dense (linear), or null. */
export function denseLayers(model: tf.LayersModel): [DenseLayer, DenseLayer] | null {
  if (!(model instanceof tf.Sequential)) return null;
  const kinds = model.layers.map((layer) => layer.getClassName());
  if (kinds.join() !== 'Flatten,Dense,ReLU,Dense') return null;
  const [, first, relu, second] = model.layers as unknown as Record<string, unknown>[];
  if (relu.maxValue != null) return null;
  const plain = (layer: Record<string, unknown>) =>
    layer.useBias !== false &&
    (layer.activation as { getClassName(): string }).getClassName() === 'linear';
  if (!plain(first) || !plain(second)) return null;
  return [first as unknown as DenseLayer, second as unknown as DenseLayer];
}

export interface DenseStep {
  /** One step on xs [batch, 28, 28, 1] and int32 labels ys [batch]: the batch's mean loss. */
  step(xs: tf.Tensor, ys: tf.Tensor): number;
  /** The last step's gradients of the two kernels, copied, by variable name. */
  kernelGradients(): Map<string, Float32Array>;
  /** Frees the step's buffers. */
  dispose(): void;
}

/**
 * The tape-free step for `model`, or null where it does not apply (another backend, model kind
 * or activation, or another optimizer than Adam).
 */
export function denseStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  batch: number,
): DenseStep | null {
  const wasm = activeWasm();
  const layers = denseLayers(model);
  // Not instanceof: TF.js's Optimizer answers it by duck typing, true for every optimizer.
  if (!wasm || !layers || optimizer.constructor !== FusedAdamOptimizer) return null;
  const [first, second] = layers;
  const [inputs, hidden] = first.kernel.read().shape as [number, number];
  const [, classes] = second.kernel.read().shape as [number, number];
  const variables = [first.kernel, first.bias, second.kernel, second.bias].map(
    (w) => w.read() as tf.Variable,
  );
  if (variables.some((v) => v.dtype !== 'float32')) return null;
  const adam = optimizer as FusedAdamOptimizer;
  return new TapeFreeDenseStep(wasm, adam, variables, { batch, inputs, hidden, classes });
}

class TapeFreeDenseStep implements DenseStep {
  private readonly buffers: Record<string, number> = {};

  constructor(
    private readonly wasm: ActiveWasm,
    private readonly optimizer: FusedAdamOptimizer,
    private readonly variables: tf.Variable[],
    private readonly dims: { batch: number; inputs: number; hidden: number; classes: number },
  ) {
    const { batch, inputs, hidden, classes } = dims;
    const floats = {
      hiddenOut: batch * hidden,
      logits: batch * classes,
      dLogits: batch * classes,
      dHidden: batch * hidden,
      dW1: inputs * hidden,
      db1: hidden,
      dW2: hidden * classes,
      db2: classes,
      scratch: Math.max(inputs * hidden, hidden * classes),
    };
    for (const [name, count] of Object.entries(floats))
      this.buffers[name] = wasm.backend.wasm._malloc(count * FLOAT_BYTES);
  }

  step(xs: tf.Tensor, ys: tf.Tensor): number {
    const { wasm, buffers: b } = this;
    const { batch, inputs, hidden, classes } = this.dims;
    if (xs.shape[0] !== batch || ys.dtype !== 'int32')
      throw new Error(`The dense step takes batches of ${batch} with int32 labels.`);
    const [w1, b1, w2, b2] = this.variables.map((v) => wasm.pointer(v));
    const x = wasm.pointer(xs);
    denseForward(wasm, { x, w: w1, b: b1, c: b.hiddenOut }, [batch, inputs, hidden], true);
    denseForward(
      wasm,
      { x: b.hiddenOut, w: w2, b: b2, c: b.logits },
      [batch, hidden, classes],
      false,
    );
    const loss = this.softmaxCrossEntropyGrad(wasm.pointer(ys));
    denseFilterGrad(wasm, { x: b.hiddenOut, dy: b.dLogits, out: b.dW2, scratch: b.scratch }, [
      batch,
      hidden,
      classes,
    ]);
    columnSum(wasm, b.dLogits, b.db2, batch, classes);
    denseInputGrad(
      wasm,
      { dy: b.dLogits, w: w2, out: b.dHidden, mask: b.hiddenOut, scratch: b.scratch },
      [batch, hidden, classes],
    );
    denseFilterGrad(wasm, { x, dy: b.dHidden, out: b.dW1, scratch: b.scratch }, [
      batch,
      inputs,
      hidden,
    ]);
    columnSum(wasm, b.dHidden, b.db1, batch, hidden);
    const gradients = [b.dW1, b.db1, b.dW2, b.db2];
    this.optimizer.applyGradientPointers(
      this.variables.map((variable, i) => ({ variable, gradient: gradients[i] })),
    );
    return loss;
  }

  kernelGradients(): Map<string, Float32Array> {
    const { inputs, hidden, classes } = this.dims;
    const memory = this.wasm.simd.memory.buffer;
    const copy = (pointer: number, count: number) =>
      new Float32Array(memory, pointer, count).slice();
    return new Map([
      [this.variables[0].name, copy(this.buffers.dW1, inputs * hidden)],
      [this.variables[2].name, copy(this.buffers.dW2, hidden * classes)],
    ]);
  }

  /**
   * The batch's mean softmax cross-entropy, as wasm-ops.ts's loss computes it, and its gradient
   * (softmax - one-hot) / batch into dLogits. A label outside the classes is an all-zero row.
   */
  private softmaxCrossEntropyGrad(labelsPointer: number): number {
    const { batch, classes } = this.dims;
    const memory = this.wasm.simd.memory.buffer;
    const logits = new Float32Array(memory, this.buffers.logits, batch * classes);
    const grad = new Float32Array(memory, this.buffers.dLogits, batch * classes);
    const labels = new Int32Array(memory, labelsPointer, batch);
    let total = 0;
    for (let row = 0; row < batch; row++) {
      const offset = row * classes;
      let max = -Infinity;
      for (let j = 0; j < classes; j++) {
        const value = logits[offset + j];
        if (value > max || Number.isNaN(value)) max = value;
      }
      let sumExp = 0;
      for (let j = 0; j < classes; j++) sumExp += Math.exp(logits[offset + j] - max);
      const label = labels[row];
      if (label >= 0 && label < classes) total += max + Math.log(sumExp) - logits[offset + label];
      for (let j = 0; j < classes; j++)
        grad[offset + j] =
          (Math.exp(logits[offset + j] - max) / sumExp - (j === label ? 1 : 0)) / batch;
    }
    return total / batch;
  }

  dispose(): void {
    for (const pointer of Object.values(this.buffers)) this.wasm.backend.wasm._free(pointer);
  }
}
