import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dFilterGradient, conv2dInputGradient, type FilterShape } from './conv-gradients';

/** Largest difference allowed, relative to the largest magnitude of the reference. */
const RELATIVE_TOLERANCE = 1e-4;
/** The cpu backend's own Conv2DBackpropFilter, the reference, takes about 30 s for 26x26x32. */
const SLOW_REFERENCE_MS = 180_000;

function expectClose(actual: tf.Tensor, expected: tf.Tensor): void {
  expect(actual.shape).toEqual(expected.shape);
  const [difference, scale] = tf.tidy(() => [
    actual.sub(expected).abs().max().dataSync()[0],
    expected.abs().max().dataSync()[0],
  ]);
  expect(scale).toBeGreaterThan(0);
  expect(difference).toBeLessThanOrEqual(RELATIVE_TOLERANCE * scale);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const cases = [
  { name: '28x28x1 to 32 filters 2x2', x: [3, 28, 28, 1], filter: [2, 2, 1, 32], pad: 'valid' },
  { name: '26x26x32 to 64 filters 3x3', x: [3, 26, 26, 32], filter: [3, 3, 32, 64], pad: 'valid' },
  { name: '28x28x1 to 4 filters 5x5', x: [3, 28, 28, 1], filter: [5, 5, 1, 4], pad: 'valid' },
  { name: "'same' padding, 3 channels", x: [2, 9, 7, 3], filter: [3, 2, 3, 5], pad: 'same' },
] as const;

describe('conv2d gradients from slices and products', () => {
  it.each(cases)(
    'match tf.grads of tf.conv2d: $name',
    ({ x: xShape, filter: fShape, pad }) => {
      tf.tidy(() => {
        const x = tf.randomNormal([...xShape], 0, 1, 'float32', 1) as tf.Tensor4D;
        const filter = tf.randomNormal([...fShape], 0, 1, 'float32', 2) as tf.Tensor4D;
        const outShape = tf.conv2d(x, filter, 1, pad).shape;
        const dy = tf.randomNormal(outShape, 0, 1, 'float32', 3) as tf.Tensor4D;
        // TF.js's own gradients of sum(conv2d(x, filter) * dy), whose gradient at the output is dy.
        const [dx, dFilter] = tf.grads((input: tf.Tensor, f: tf.Tensor) =>
          tf
            .conv2d(input as tf.Tensor4D, f as tf.Tensor4D, 1, pad)
            .mul(dy)
            .sum(),
        )([x, filter]);
        expectClose(conv2dFilterGradient(x, dy, [...fShape], pad), dFilter);
        expectClose(conv2dInputGradient(dy, filter, [...xShape], pad), dx);
      });
    },
    SLOW_REFERENCE_MS,
  );

  it('leave no tensors behind', () => {
    const x = tf.ones([2, 6, 6, 2]) as tf.Tensor4D;
    const dy = tf.ones([2, 5, 5, 3]) as tf.Tensor4D;
    const filter = tf.ones([2, 2, 2, 3]) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    conv2dFilterGradient(x, dy, [2, 2, 2, 3], 'valid').dispose();
    conv2dInputGradient(dy, filter, [2, 6, 6, 2], 'valid').dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, dy, filter]);
  });

  it('refuse strides, NCHW and shapes they cannot compute, naming what is wrong', () => {
    tf.tidy(() => {
      const x = tf.zeros([1, 8, 8, 1]) as tf.Tensor4D;
      const dy = tf.zeros([1, 7, 7, 4]) as tf.Tensor4D;
      const filter = tf.zeros([2, 2, 1, 4]) as tf.Tensor4D;
      const shape: FilterShape = [2, 2, 1, 4];
      expect(() => conv2dFilterGradient(x, dy, shape, 'valid', 2)).toThrow(
        'conv2dFilterGradient supports stride 1 only, not [2, 2].',
      );
      expect(() => conv2dInputGradient(dy, filter, [1, 8, 8, 1], 'valid', [1, 2])).toThrow(
        'conv2dInputGradient supports stride 1 only, not [1, 2].',
      );
      expect(() => conv2dFilterGradient(x, dy, shape, 'valid', 1, 'NCHW')).toThrow(
        'supports NHWC (channels last) only, not NCHW',
      );
      expect(() => conv2dFilterGradient(x, dy, [3, 3, 1, 4], 'valid')).toThrow(
        'dy [1, 7, 7, 4] does not fit input [1, 8, 8, 1] and filter [3, 3, 1, 4]',
      );
      expect(() => conv2dInputGradient(dy, filter, [1, 8, 8, 2], 'valid')).toThrow(
        'does not fit input [1, 8, 8, 2]',
      );
    });
  });
});
