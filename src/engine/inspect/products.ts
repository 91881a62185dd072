/**
 * The products the activations maps make with a wide layer's activations X [n, d] (the report
 * CNN's are 23,328 wide): by the training step's own kernels where the backend has them (our
 * SIMD products on wasm, the WebGL engine's programs), by TF.js's matMul elsewhere. On wasm,
 * TF.js's matMul took 40 ms for X Q and 180 ms for X^T Y at n = 1,000 with 4 columns, against
 * 10 and 27 ms here.
 */
import * as tf from '@tensorflow/tfjs';
import { DENSE, DENSE_FILTER_GRAD, dense, transposedProduct } from '../wasm/wasm-ops';

const hasKernel = (name: string) => tf.getKernel(name, tf.getBackend()) !== undefined;

/** x w for x [n, d] and w [d, k]. */
export function times(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  if (!hasKernel(DENSE)) return tf.matMul(x, w);
  return tf.tidy(() => dense(x, w, tf.zeros([w.shape[1]]), { relu: false }) as tf.Tensor2D);
}

/** x^T y for x [n, d] and y [n, k]: [d, k]; for few columns one pass over x, in its order. */
export function transposedTimes(x: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
  return hasKernel(DENSE_FILTER_GRAD) ? transposedProduct(x, y) : tf.matMul(x, y, true, false);
}
