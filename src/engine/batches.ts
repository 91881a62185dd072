/**
 * Turns the dataset's bytes into tensors: shuffled training batches, and whole sets for
 * evaluation. Pixels become float32 in [0, 1], shape [n, 28, 28, 1]; labels int32 [n].
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../model/config';
import { mixedCount } from '../model/mixing';

export const PIXELS_PER_IMAGE = IMAGE_SIZE * IMAGE_SIZE;
const MAX_PIXEL = 255;
/** Each byte's pixel value, v / 255 as float32: a lookup is cheaper than a division. */
const PIXEL_VALUES = Float32Array.from({ length: MAX_PIXEL + 1 }, (_, v) => v / MAX_PIXEL);

/** Bytes of a pool of images and their labels; `images` holds count * 784 bytes. */
export interface ImagePool {
  images: Uint8Array;
  labels: Uint8Array;
}

/** Copies images `indices[from..to)` of `pool` into `pixels` and `labels`, from image `at` on. */
function copyImages(
  pool: ImagePool,
  indices: ArrayLike<number>,
  from: number,
  to: number,
  pixels: Float32Array,
  labels: Int32Array,
  at: number,
): void {
  const { images } = pool;
  for (let i = 0; i < to - from; i++) {
    const index = indices[from + i];
    const source = index * PIXELS_PER_IMAGE;
    const target = (at + i) * PIXELS_PER_IMAGE;
    for (let p = 0; p < PIXELS_PER_IMAGE; p++)
      pixels[target + p] = PIXEL_VALUES[images[source + p]];
    labels[at + i] = pool.labels[index];
  }
}

function toTensors(pixels: Float32Array, labels: Int32Array) {
  return {
    xs: tf.tensor4d(pixels, [labels.length, IMAGE_SIZE, IMAGE_SIZE, 1]),
    ys: tf.tensor1d(labels, 'int32'),
  };
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
  copyImages(pool, indices, from, to, pixels, labels, 0);
  return toTensors(pixels, labels);
}

/**
 * A second pool mixed into every batch (the person's own images, My garments): `share` of each
 * batch, drawn from it at random with replacement, as the set is small.
 */
export interface MixedPool {
  pool: ImagePool;
  count: number;
  /** Fraction of each batch from this pool, in [0, 1]; above 0, at least one image a batch. */
  share: number;
}

/**
 * Yields training batches in a fresh seeded order every epoch. A last partial batch is dropped,
 * so every step sees exactly `batchSize` examples. With `mix`, the last mixedCount of each batch
 * come from the mixed pool instead (seeded too), and the epoch counts the training images only.
 */
export class BatchSampler {
  private readonly order: Int32Array;
  private position = 0;
  /** Images per batch from the training indices, and from the mixed pool. */
  private readonly fromOrder: number;
  private readonly fromMix: number;
  /** Completed passes over the training indices. */
  epoch = 0;

  constructor(
    private readonly pool: ImagePool,
    indices: Int32Array,
    private readonly batchSize: number,
    private readonly random: () => number,
    private readonly mix?: MixedPool,
  ) {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > indices.length)
      throw new RangeError(
        `batch size ${batchSize} must be a whole number from 1 to ${indices.length}`,
      );
    this.fromMix = mix ? mixedCount(batchSize, mix.share) : 0;
    if (mix && this.fromMix > 0 && mix.count < 1)
      throw new RangeError('The pool mixed into each batch has no images.');
    this.fromOrder = batchSize - this.fromMix;
    this.order = Int32Array.from(indices);
    this.shuffle();
  }

  next(): { xs: tf.Tensor4D; ys: tf.Tensor1D } {
    if (!this.mix) {
      const from = this.take(this.batchSize);
      return gatherTensors(this.pool, this.order, from, from + this.batchSize);
    }
    const pixels = new Float32Array(this.batchSize * PIXELS_PER_IMAGE);
    const labels = new Int32Array(this.batchSize);
    const from = this.take(this.fromOrder);
    copyImages(this.pool, this.order, from, from + this.fromOrder, pixels, labels, 0);
    const { pool, count } = this.mix;
    const drawn = Int32Array.from({ length: this.fromMix }, () =>
      Math.floor(this.random() * count),
    );
    copyImages(pool, drawn, 0, this.fromMix, pixels, labels, this.fromOrder);
    return toTensors(pixels, labels);
  }

  /** Moves past the next `n` training indices, in a new epoch if too few are left; their start. */
  private take(n: number): number {
    if (this.position + n > this.order.length) {
      this.epoch++;
      this.position = 0;
      this.shuffle();
    }
    const from = this.position;
    this.position += n;
    return from;
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
