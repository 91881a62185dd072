import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import { it } from 'vitest';
import { registerWebglOps } from './ops';

const run = (name: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}) =>
  tf.engine().runKernel(name, inputs, attrs) as tf.Tensor;

async function time(label: string, f: () => tf.Tensor) {
  for (let i = 0; i < 2; i++) {
    const t = f();
    await t.data();
    t.dispose();
  }
  const n = 5;
  const start = performance.now();
  let last: tf.Tensor | null = null;
  for (let i = 0; i < n; i++) {
    last?.dispose();
    last = f();
  }
  await last!.data();
  last!.dispose();
  console.info(`${label}: ${((performance.now() - start) / n).toFixed(1)} ms`);
}

it('profiles', async () => {
  registerWebglOps();
  await tf.setBackend('webgl');
  const B = 32;
  const x = tf.randomUniform([B, 784]);
  const w1 = tf.randomNormal([784, 100]);
  const b1 = tf.zeros([100]);
  const h = tf.randomUniform([B, 100]);
  const dh = tf.randomNormal([B, 100]);
  const w2 = tf.randomNormal([100, 10]);
  const dl = tf.randomNormal([B, 10]);
  await time('dense fwd 784x100 (mine)', () =>
    run('FmlDense', { x, w: w1, b: b1 }, { relu: true }),
  );
  await time('dense fwd 784x100 (tfjs fused)', () =>
    tf.fused.matMul({ a: x, b: w1, bias: b1, activation: 'relu' }),
  );
  await time('dW1 (mine)', () => run('FmlDenseFilterGrad', { x, dy: dh }));
  await time('dW1 (tfjs matmul)', () => tf.matMul(x, dh, true, false));
  await time('dh masked (mine)', () => run('FmlDenseInputGrad', { dy: dl, w: w2, relu: h }));
  await time('colsum 32x100 (mine)', () => run('FmlColumnSum', { x: dh }));
  await time('tf.sum axis0', () => tf.sum(dh, 0));
  const v = tf.randomNormal([78400]);
  await time('adam moment 78400 (mine-ish: reluGrad elementwise)', () =>
    run('FmlReluGrad', { dy: v, y: v }),
  );
  // report CNN, 32 filters 3x3 (the default?)
  const xs = tf.randomUniform([B, 28, 28, 1]);
  const f = tf.randomNormal([3, 3, 1, 32]);
  const cb = tf.zeros([32]);
  const dy = tf.randomNormal([B, 26, 26, 32]);
  await time('conv fwd (mine)', () =>
    run('FmlConv2D', { x: xs, filter: f, bias: cb }, { relu: true }),
  );
  await time('conv fwd (tfjs fused)', () =>
    tf.fused.conv2d({
      x: xs as tf.Tensor4D,
      filter: f as tf.Tensor4D,
      strides: 1,
      pad: 'valid',
      bias: cb,
      activation: 'relu',
    }),
  );
  await time('conv dW (mine)', () => run('FmlConv2DFilterGrad', { x: xs, dy }));
  await time(
    'conv dW (tfjs)',
    () =>
      tf
        .engine()
        .runKernel(
          'Conv2DBackpropFilter',
          { x: xs, dy },
          { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [3, 3, 1, 32] },
        ) as tf.Tensor,
  );
  await time('conv bias colsum (mine)', () => run('FmlColumnSum', { x: dy }));
  const flat = tf.randomUniform([B, 21632]);
  const wd = tf.randomNormal([21632, 10]);
  const bd = tf.zeros([10]);
  await time('dense fwd 21632x10 (mine)', () =>
    run('FmlDense', { x: flat, w: wd, b: bd }, { relu: false }),
  );
  await time('dense fwd 21632x10 (tfjs)', () => tf.fused.matMul({ a: flat, b: wd, bias: bd }));
  await time('dW 21632x10 (mine)', () => run('FmlDenseFilterGrad', { x: flat, dy: dl }));
  await time('dx masked 21632 (mine)', () =>
    run('FmlDenseInputGrad', { dy: dl, w: wd, relu: flat }),
  );
});
