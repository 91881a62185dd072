/**
 * TF.js's Adam with its update fused into one pass per variable on the wasm backend.
 *
 * tf.train.adam updates each variable with about a dozen ops (two moments, their bias
 * corrections, a square root, a division and the step), each a pass over the variable and a
 * trip through the engine; for the report's CNN that was the largest cost after the products.
 * Here one SIMD kernel (wasm-simd.ts) reads parameter, gradient and both moments once and
 * writes all three (the moments in place). The moments are TF.js's to the bit, except that a
 * subnormal moment is flushed to 0 (see wasm-simd.ts's flushSubnormal: subnormals took the
 * CPU's slow path and halved the dense step's speed after ~800 steps); the step is
 * TF.js's formula with its bias corrections folded into the learning rate and epsilon, as
 * PyTorch writes it, which is the same number up to float rounding (fused-adam.test.ts) and
 * leaves one division per parameter instead of three. On WebGL the same update runs as three
 * programs per variable (../webgl/ops.ts); other backends run TF.js's own update.
 */
import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { WEBGL, webglAdamUpdate, type AdamScalars } from '../webgl/ops';
import { activeWasm, type ActiveWasm } from './wasm-ops';

const f32 = Math.fround;

/** What Optimizer.applyGradients takes: gradients by variable name, as a map or a list. */
type GradientsArgument = Parameters<tf.AdamOptimizer['applyGradients']>[0];

/** AdamOptimizer's state, private in its type declarations but plain fields in JavaScript. */
interface AdamState {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: { originalName: string; variable: tf.Variable }[];
  accumulatedSecondMoment: { originalName: string; variable: tf.Variable }[];
}

export class FusedAdamOptimizer extends tf.AdamOptimizer {
  /** TF.js's defaults, as tf.train.adam(learningRate) has them. */
  constructor(learningRate: number, beta1 = 0.9, beta2 = 0.999, epsilon?: number) {
    super(learningRate, beta1, beta2, epsilon);
  }

  override applyGradients(variableGradients: GradientsArgument): void {
    const wasm = activeWasm();
    const names = Array.isArray(variableGradients)
      ? variableGradients.map((v) => v.name)
      : Object.keys(variableGradients);
    if (!wasm && tf.getBackend() === WEBGL) {
      tf.tidy(() =>
        this.updateWebgl(
          names.map((name, i) => ({
            variable: tf.engine().registeredVariables[name],
            gradient: Array.isArray(variableGradients)
              ? variableGradients[i].tensor
              : variableGradients[name],
          })),
        ),
      );
      return;
    }
    if (!wasm) {
      super.applyGradients(variableGradients);
      return;
    }
    tf.tidy(() =>
      this.update(
        wasm,
        names.map((name, i) => {
          const gradient = Array.isArray(variableGradients)
            ? variableGradients[i].tensor
            : variableGradients[name];
          if (gradient && gradient.dtype !== 'float32')
            throw new Error(`Adam on wasm updates float32 variables only, not ${name}.`);
          return {
            variable: tf.engine().registeredVariables[name],
            gradient: gradient ? wasm.pointer(gradient) : null,
          };
        }),
      ),
    );
  }

  /**
   * The same update from gradients that lie in the wasm backend's memory at byte offsets, each
   * with its variable's shape: the tape-free dense step (wasm-dense-step.ts) computes them
   * there. The variables' order sets their moments' slots, as the names' order does above.
   */
  applyGradientPointers(entries: { variable: tf.Variable; gradient: number }[]): void {
    const wasm = activeWasm();
    if (!wasm) throw new Error('Gradients in wasm memory need the wasm backend.');
    tf.tidy(() => this.update(wasm, entries));
  }

  /**
   * The scalars TF.js's ops would make, each a float32, and from them the step and epsilon of
   * the kernels' one-division form (see wasm-simd.ts). The bias corrections' powers live in
   * variables TF.js keeps on the CPU (made by tf.scalar), so reading them is no device read.
   */
  private scalars(): AdamScalars & { accBeta1: number; accBeta2: number } {
    const state = this as unknown as AdamState;
    const [accBeta1, accBeta2] = [state.accBeta1.dataSync()[0], state.accBeta2.dataSync()[0]];
    const [correction1, correction2] = [f32(1 - accBeta1), f32(1 - accBeta2)];
    return {
      accBeta1,
      accBeta2,
      beta1: f32(state.beta1),
      beta2: f32(state.beta2),
      oneMinusBeta1: f32(1 - state.beta1),
      oneMinusBeta2: f32(1 - state.beta2),
      step: (-state.learningRate * Math.sqrt(correction2)) / correction1,
      epsilonHat: f32(state.epsilon) * Math.sqrt(correction2),
    };
  }

  /** The moments of variable slot i, made (zero) on first use as TF.js's Adam makes them. */
  private moments(value: tf.Variable, i: number): [tf.Variable, tf.Variable] {
    const state = this as unknown as AdamState;
    const name = value.name;
    const moment = () => tf.tidy(() => tf.zerosLike(value).variable(false));
    state.accumulatedFirstMoment[i] ??= { originalName: `${name}/m`, variable: moment() };
    state.accumulatedSecondMoment[i] ??= { originalName: `${name}/v`, variable: moment() };
    return [state.accumulatedFirstMoment[i].variable, state.accumulatedSecondMoment[i].variable];
  }

  /** Counts the step in the bias corrections' powers and the iterations, as TF.js's Adam does. */
  private finishStep(accBeta1: number, accBeta2: number, beta1: number, beta2: number): void {
    const state = this as unknown as AdamState;
    state.accBeta1.assign(tf.scalar(f32(accBeta1 * beta1)));
    state.accBeta2.assign(tf.scalar(f32(accBeta2 * beta2)));
    this.incrementIterations();
  }

  /** The same update on WebGL: three programs per variable (webgl/ops.ts). */
  private updateWebgl(entries: { variable: tf.Variable; gradient: tf.Tensor | undefined }[]) {
    const backend = tf.backend() as MathBackendWebGL;
    const scalars = this.scalars();
    entries.forEach(({ variable: value, gradient }, i) => {
      const [m, v] = this.moments(value, i);
      if (!gradient) return;
      if (value.dtype !== 'float32' || gradient.dtype !== 'float32')
        throw new Error(`Adam on WebGL updates float32 variables only, not ${value.name}.`);
      const next = webglAdamUpdate(backend, { p: value, g: gradient, m, v }, scalars);
      const engine = tf.engine();
      value.assign(engine.makeTensorFromTensorInfo(next.p));
      m.assign(engine.makeTensorFromTensorInfo(next.m));
      v.assign(engine.makeTensorFromTensorInfo(next.v));
    });
    this.finishStep(scalars.accBeta1, scalars.accBeta2, scalars.beta1, scalars.beta2);
  }

  private update(
    wasm: ActiveWasm,
    entries: { variable: tf.Variable; gradient: number | null }[],
  ): void {
    const scalars = this.scalars();
    entries.forEach(({ variable: value, gradient }, i) => {
      const name = value.name;
      const [m, v] = this.moments(value, i);
      if (gradient === null) return;
      if (value.dtype !== 'float32')
        throw new Error(`Adam on wasm updates float32 variables only, not ${name}.`);
      // The moments, which only this optimizer reads, are updated where they lie unless
      // another tensor shares their memory. The parameter always gets a new buffer, as
      // assign() gives it: TF.js's wasm products and convolutions cache XNNPACK operators,
      // with their packed weights, by the weight's buffer, and would go on using stale ones.
      const targets = [value, m, v].map((variable) =>
        variable === value || wasm.backend.refCount(variable.dataId) !== 1
          ? wasm.output(value.shape)
          : null,
      );
      const [outP, outM, outV] = targets.map((info, k) => wasm.pointer(info ?? [value, m, v][k]));
      wasm.simd.adam(
        {
          p: wasm.pointer(value),
          g: gradient,
          m: wasm.pointer(m),
          v: wasm.pointer(v),
          outP,
          outM,
          outV,
        },
        value.size,
        scalars,
      );
      [value, m, v].forEach((variable, k) => {
        const info = targets[k];
        if (info) variable.assign(tf.engine().makeTensorFromTensorInfo(info));
      });
    });
    this.finishStep(scalars.accBeta1, scalars.accBeta2, scalars.beta1, scalars.beta2);
  }
}
