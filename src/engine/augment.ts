/**
 * Data augmentation of training batches, on the device. The per-image random choices are drawn
 * on the CPU from a seeded generator and uploaded as small tensors, so a seed reproduces a run
 * and nothing is read back from the GPU.
 *
 * Order, geometry before photometry so that the black ground a shift uncovers is then treated
 * like the rest of the image, and noise last so that it is not itself scaled:
 *   1. horizontal flip, with probability `augFlip`;
 *   2. shift by whole pixels dx, dy uniform in [-augShift, augShift], uncovered pixels black (0);
 *   3. contrast: pixels scaled about the image's mean by a factor uniform in 1 ± augContrast;
 *   4. luminance: a value uniform in ±augLuminance added to every pixel;
 *   5. Gaussian noise with sd `augNoise`, independent per pixel;
 *   6. clip to [0, 1].
 * An operation whose strength is 0 is skipped; with every strength 0 the batch is copied as is.
 */
import * as tf from '@tensorflow/tfjs';
import {
  AUGMENTATION_FIELDS,
  hasAugmentation,
  parseField,
  type TrainConfig,
} from '../model/config';

/** Range of the seed handed to tf.randomNormal for the batch's noise. */
const NOISE_SEED_RANGE = 2 ** 32;
/**
 * Extra black border around the padded batch, so the shift's crops never reach the padded
 * image's last row or column. There cropAndResize treats a sample position that float rounding
 * (float32 on the GPU) puts a hair past the edge as outside, and would fill it with 0 instead of
 * the pixel; the cpu backend happens not to, so the tests cannot show it.
 */
const CROP_MARGIN = 1;

/** The random choices for one batch of `n` images, one entry per image. */
export interface AugmentationDraw {
  /** 1 to flip the image horizontally, 0 to keep it. */
  flip: Float32Array;
  /** Whole-pixel shift down (positive) or up (negative). */
  dy: Int32Array;
  /** Whole-pixel shift right (positive) or left (negative). */
  dx: Int32Array;
  /** Factor by which pixels' distance from the image's mean is scaled. */
  contrast: Float32Array;
  /** Value added to every pixel. */
  luminance: Float32Array;
  /** Seed of the batch's Gaussian noise. */
  noiseSeed: number;
}

/** Uniform in [-1, 1) from a uniform in [0, 1). */
const symmetric = (u: number) => 2 * u - 1;

/**
 * Draws the random choices for `n` images: per image flip, dy, dx, contrast and luminance, then
 * the batch's noise seed. Always takes exactly `5n + 1` numbers from `random`, whatever the
 * strengths, so augmented runs that differ only in strengths (a sweep) see the same batches and
 * the same underlying random numbers.
 */
export function drawAugmentation(
  n: number,
  config: TrainConfig,
  random: () => number,
): AugmentationDraw {
  const { augFlip, augShift, augContrast, augLuminance } = config;
  const draw: AugmentationDraw = {
    flip: new Float32Array(n),
    dy: new Int32Array(n),
    dx: new Int32Array(n),
    contrast: new Float32Array(n),
    luminance: new Float32Array(n),
    noiseSeed: 0,
  };
  const shifts = 2 * augShift + 1;
  for (let i = 0; i < n; i++) {
    draw.flip[i] = random() < augFlip ? 1 : 0;
    draw.dy[i] = Math.floor(random() * shifts) - augShift;
    draw.dx[i] = Math.floor(random() * shifts) - augShift;
    draw.contrast[i] = 1 + augContrast * symmetric(random());
    draw.luminance[i] = augLuminance * symmetric(random());
  }
  draw.noiseSeed = Math.floor(random() * NOISE_SEED_RANGE);
  return draw;
}

/** Throws, naming the field, if an augmentation strength is out of its range. */
function checkStrengths(config: TrainConfig): void {
  for (const field of AUGMENTATION_FIELDS) {
    const parsed = parseField(field, String(config[field]));
    if ('error' in parsed) throw new RangeError(`Augmentation: ${parsed.error}`);
  }
}

/** Per-image values [n] as a tensor [n, 1, 1, 1] that broadcasts over each image. */
const perImage = (values: Float32Array) => tf.tensor4d(values, [values.length, 1, 1, 1]);

function flip(xs: tf.Tensor4D, flips: Float32Array): tf.Tensor4D {
  return tf.where(perImage(flips).cast('bool'), tf.reverse(xs, 2), xs);
}

/**
 * Shifts each image by its own (dy, dx): pads the batch with black, then crops a window of the
 * image's size from each padded image at its own integer offset. Nearest-neighbour sampling at
 * integer positions copies pixels exactly.
 */
function shift(xs: tf.Tensor4D, maxShift: number, dy: Int32Array, dx: Int32Array): tf.Tensor4D {
  const [n, height, width] = xs.shape;
  const pad = maxShift + CROP_MARGIN;
  const padded = tf.pad(xs, [
    [0, 0],
    [pad, pad],
    [pad, pad],
    [0, 0],
  ]);
  // Normalised box coordinates: padded pixel k sits at k / (side - 1).
  const lastRow = height + 2 * pad - 1;
  const lastColumn = width + 2 * pad - 1;
  const boxes = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    // Output pixel (r, c) shows input pixel (r - dy, c - dx), i.e. padded (r - dy + pad, ...).
    const top = pad - dy[i];
    const left = pad - dx[i];
    boxes.set(
      [
        top / lastRow,
        left / lastColumn,
        (top + height - 1) / lastRow,
        (left + width - 1) / lastColumn,
      ],
      4 * i,
    );
  }
  const boxIndices = tf.tensor1d(
    Int32Array.from({ length: n }, (_, i) => i),
    'int32',
  );
  return tf.image.cropAndResize(
    padded,
    tf.tensor2d(boxes, [n, 4]),
    boxIndices,
    [height, width],
    'nearest',
  );
}

function scaleContrast(xs: tf.Tensor4D, factors: Float32Array): tf.Tensor4D {
  const mean = tf.mean(xs, [1, 2, 3], true);
  return tf.add(tf.mul(tf.sub(xs, mean), perImage(factors)), mean);
}

/**
 * Augments a batch of images [n, 28, 28, 1] in [0, 1] as `config`'s aug* fields say (see the
 * order above), with randomness drawn from `random` (see `drawAugmentation`). Pure tensor ops,
 * no reads from the device. Returns a new tensor [n, 28, 28, 1] in [0, 1]; the caller disposes
 * both. Throws a RangeError naming the field if a strength is out of range.
 */
export function augmentBatch(
  xs: tf.Tensor4D,
  config: TrainConfig,
  random: () => number,
): tf.Tensor4D {
  checkStrengths(config);
  const draw = drawAugmentation(xs.shape[0], config, random);
  const { augFlip, augShift, augContrast, augLuminance, augNoise } = config;
  if (!hasAugmentation(config)) return xs.clone();
  return tf.tidy(() => {
    let out = xs;
    if (augFlip > 0) out = flip(out, draw.flip);
    if (augShift > 0) out = shift(out, augShift, draw.dy, draw.dx);
    if (augContrast > 0) out = scaleContrast(out, draw.contrast);
    if (augLuminance > 0) out = tf.add(out, perImage(draw.luminance));
    if (augNoise > 0)
      out = tf.add(out, tf.randomNormal(out.shape, 0, augNoise, 'float32', draw.noiseSeed));
    return tf.clipByValue(out, 0, 1);
  });
}
