/**
 * Turns the dataset's bytes into tensors: shuffled training batches, and whole sets for
 * evaluation. Pixels become float32 in [0, 1], shape [n, 28, 28, 1]; labels int32 [n].
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../model/config';

export const PIXELS_PER_IMAGE = IMAGE_SIZE * IMAGE_SIZE;
const MAX_PIXEL = 255;
/** Each byte's pixel value, v / 255 as float32: a lookup is cheaper than a division. */
const PIXEL_VALUES = Float32Array.from({ length: MAX_PIXEL + 1 }, (_, v) => v / MAX_PIXEL);

/** Bytes of a pool of images and their labels; `images` holds count * 784 bytes. */
export interface ImagePool {
  images: Uint8Array;
  labels: Uint8Array;
}

/** Copies the chosen images into a float tensor batch and their labels into an int tensor. */
export function gatherTensors(
  pool: ImagePool,
  indices: ArrayLike<number>,
  from = 0,
  to = indices.length,
): { xs: tf.Tensor4D; ys: tf.Tensor1D } {
  const n = to - from;
  const pixels = new Float32Array(n * PIXELS_PER_IMAGE);
  const labels = new Int32Array(n);
  const { images } = pool;
  for (let i = 0; i < n; i++) {
    const index = indices[from + i];
    const source = index * PIXELS_PER_IMAGE;
    const target = i * PIXELS_PER_IMAGE;
    for (let p = 0; p < PIXELS_PER_IMAGE; p++)
      pixels[target + p] = PIXEL_VALUES[images[source + p]];
    labels[i] = pool.labels[index];
  }
  return {
    xs: tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]),
    ys: tf.tensor1d(labels, 'int32'),
  };
}

/**
 * Yields training batches in a fresh seeded order every epoch. A last partial batch is dropped,
 * so every step sees exactly `batchSize` examples.
 */
export class BatchSampler {
  private readonly order: Int32Array;
  private position = 0;
  /** Completed passes over the training indices. */
  epoch = 0;

  constructor(
    private readonly pool: ImagePool,
    indices: Int32Array,
    private readonly batchSize: number,
    private readonly random: () => number,
  ) {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > indices.length)
      throw new RangeError(
        `batch size ${batchSize} must be a whole number from 1 to ${indices.length}`,
      );
    this.order = Int32Array.from(indices);
    this.shuffle();
  }

  next(): { xs: tf.Tensor4D; ys: tf.Tensor1D } {
    if (this.position + this.batchSize > this.order.length) {
      this.epoch++;
      this.position = 0;
      this.shuffle();
    }
    const batch = gatherTensors(
      this.pool,
      this.order,
      this.position,
      this.position + this.batchSize,
    );
    this.position += this.batchSize;
    return batch;
  }

  private shuffle(): void {
    const a = this.order;
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
