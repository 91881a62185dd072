/**
 * What a model looks at in one image [784 pixels in [0, 1]], three ways:
 * - SmoothGrad (Smilkov et al. 2017): the gradient of the predicted class's score (its logit)
 *   with respect to each pixel, averaged over noisy copies of the image, which smooths the
 *   gradient's pixel-to-pixel noise away;
 * - occlusion, as a check that needs no gradient: the drop of the predicted class's probability
 *   when a small patch of the image is covered with black (the images' background);
 * - for a model whose first layer is a convolution, each feature map's contribution to the
 *   score: activation times gradient, which for the report's CNN (conv, flatten, dense) sums
 *   exactly to the score less the output bias.
 * Gradients run through the model's own layers (model.apply) on every backend: the wasm
 * engine's training ops compute no gradient for the images.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../../data/split';
import { IMAGE_SIZE } from '../../model/config';
import { PIXELS_PER_IMAGE } from '../batches';
import { predictLogits } from '../evaluate';

/** Noisy copies SmoothGrad averages over: past 20 or so its maps hardly change (the paper). */
export const SMOOTHGRAD_SAMPLES = 24;
/** The noise's standard deviation, as a share of the pixel range [0, 1]: the paper's 10-20%. */
export const SMOOTHGRAD_NOISE = 0.12;
/** Side of the occluding square and the step between its positions, in pixels. */
export const OCCLUSION_PATCH = 4;
export const OCCLUSION_STRIDE = 2;
const NOISE_SEED = 13;

/** `samples` copies of `pixels` with Gaussian noise of sd `noise` added (not clipped, as in the
 *  paper), seeded so that a map does not flicker between two asks: [samples * 784]. */
export function noisyCopies(
  pixels: Float32Array,
  samples: number,
  noise: number,
  random = mulberry32(NOISE_SEED),
): Float32Array {
  const copies = new Float32Array(samples * pixels.length);
  for (let i = 0; i < copies.length; i++) {
    // Box-Muller; 1 - u keeps the logarithm's argument above 0.
    const u = 1 - random();
    const v = random();
    copies[i] =
      pixels[i % pixels.length] + noise * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  return copies;
}

function asImages(values: Float32Array): tf.Tensor4D {
  return tf.tensor4d(values, [values.length / PIXELS_PER_IMAGE, IMAGE_SIZE, IMAGE_SIZE, 1]);
}

/**
 * The mean over `copies` [n * 784] of the gradient of class `cls`'s logit with respect to the
 * pixels: [784]. One backward pass for all copies: their scores are summed, and each copy's
 * pixels reach only its own score.
 */
export async function meanGradient(
  model: tf.LayersModel,
  copies: Float32Array,
  cls: number,
): Promise<Float32Array> {
  const mean = tf.tidy(() => {
    const score = (x: tf.Tensor) =>
      (model.apply(x, { training: false }) as tf.Tensor2D).slice([0, cls], [-1, 1]).sum();
    return tf.grad(score)(asImages(copies)).mean(0).reshape([PIXELS_PER_IMAGE]);
  });
  const values = (await mean.data()) as Float32Array;
  mean.dispose();
  return values;
}

/** Top-left corners of the occluding patches along one side: 0, stride, ..., side - patch. */
export function patchStarts(side = IMAGE_SIZE, patch = OCCLUSION_PATCH, stride = OCCLUSION_STRIDE) {
  const starts: number[] = [];
  for (let at = 0; at + patch <= side; at += stride) starts.push(at);
  if (starts.at(-1)! + patch < side) starts.push(side - patch);
  return starts;
}

/**
 * Occlusion map [784]: each pixel's mean drop of class `cls`'s probability over the patches that
 * cover it (positive where covering the pixel makes the model less sure). All patched images go
 * through the model in one batch (169 for 4x4 patches at stride 2).
 */
export async function occlusionMap(
  model: tf.LayersModel,
  pixels: Float32Array,
  cls: number,
): Promise<Float32Array> {
  const starts = patchStarts();
  const corners = starts.flatMap((row) => starts.map((col) => [row, col] as const));
  const batch = new Float32Array((corners.length + 1) * PIXELS_PER_IMAGE);
  batch.set(pixels);
  corners.forEach(([row, col], i) => {
    const image = batch.subarray((i + 1) * PIXELS_PER_IMAGE, (i + 2) * PIXELS_PER_IMAGE);
    image.set(pixels);
    for (let r = row; r < row + OCCLUSION_PATCH; r++)
      image.fill(0, r * IMAGE_SIZE + col, r * IMAGE_SIZE + col + OCCLUSION_PATCH);
  });
  const probabilities = tf.tidy(() =>
    tf.softmax(predictLogits(model, asImages(batch))).slice([0, cls], [-1, 1]),
  );
  const p = await probabilities.data();
  probabilities.dispose();
  const drop = new Float32Array(PIXELS_PER_IMAGE);
  const covered = new Float32Array(PIXELS_PER_IMAGE);
  corners.forEach(([row, col], i) => {
    for (let r = row; r < row + OCCLUSION_PATCH; r++)
      for (let c = col; c < col + OCCLUSION_PATCH; c++) {
        drop[r * IMAGE_SIZE + c] += p[0] - p[i + 1];
        covered[r * IMAGE_SIZE + c]++;
      }
  });
  return drop.map((sum, i) => sum / covered[i]);
}

/**
 * For a model that starts with a convolution and its activation: each feature map position's
 * contribution to class `cls`'s logit, activation times gradient, [side, side, filters] in the
 * layout of inspectConv's maps; null for any other model.
 */
export async function convContributions(
  model: tf.LayersModel,
  pixels: Float32Array,
  cls: number,
): Promise<{ contributions: Float32Array; mapSide: number; filters: number } | null> {
  const [conv, activation, ...rest] = model.layers;
  if (conv?.getClassName() !== 'Conv2D' || !activation) return null;
  const result = tf.tidy(() => {
    const maps = activation.apply(conv.apply(asImages(pixels))) as tf.Tensor4D;
    const score = (a: tf.Tensor) => {
      let x = a;
      for (const layer of rest) x = layer.apply(x, { training: false }) as tf.Tensor;
      return x.slice([0, cls], [-1, 1]).sum();
    };
    return maps.mul(tf.grad(score)(maps)) as tf.Tensor4D;
  });
  const [, mapSide, , filters] = result.shape;
  const contributions = (await result.data()) as Float32Array;
  result.dispose();
  return { contributions, mapSide, filters };
}

export interface Saliency {
  /** The class the model predicts for the clean image, and its probability. */
  predicted: number;
  probability: number;
  /** SmoothGrad of the predicted class's logit [784], signed. */
  gradient: Float32Array;
  /** Occlusion map of the predicted class's probability [784]. */
  occlusion: Float32Array;
  conv: { contributions: Float32Array; mapSide: number; filters: number } | null;
  samples: number;
  noise: number;
  /** Side of the occluding patch, in pixels. */
  patch: number;
}

/** All three views of `pixels` [784] for the class the model predicts. */
export async function saliencyOf(
  model: tf.LayersModel,
  pixels: Float32Array,
  samples = SMOOTHGRAD_SAMPLES,
  noise = SMOOTHGRAD_NOISE,
): Promise<Saliency> {
  if (pixels.length !== PIXELS_PER_IMAGE)
    throw new RangeError(`An image must have ${PIXELS_PER_IMAGE} pixels, not ${pixels.length}.`);
  const probabilities = tf.tidy(() => tf.softmax(predictLogits(model, asImages(pixels))));
  const p = Array.from(await probabilities.data());
  probabilities.dispose();
  const predicted = p.indexOf(Math.max(...p));
  return {
    predicted,
    probability: p[predicted],
    gradient: await meanGradient(model, noisyCopies(pixels, samples, noise), predicted),
    occlusion: await occlusionMap(model, pixels, predicted),
    conv: await convContributions(model, pixels, predicted),
    samples,
    noise,
    patch: OCCLUSION_PATCH,
  };
}
