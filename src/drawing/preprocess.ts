/**
 * Turns a drawing or a photo into the 28x28 image a Fashion-MNIST model expects: a light garment
 * on a black ground, cropped, scaled so its longer side fills the frame, centred and
 * anti-aliased. Pure: plain typed arrays in, plain typed arrays out, no DOM.
 *
 * Intensities are row-major `Float32Array`s of width*height values in [0, 1], 1 = garment/ink.
 */
import { IMAGE_SIDE } from '../data/idx';

/** Side of the model's input, in pixels. */
export const MODEL_SIDE = IMAGE_SIDE;
/** Values in a model input: 28 × 28 = 784. */
export const MODEL_PIXELS = MODEL_SIDE * MODEL_SIDE;
/**
 * Pixels the garment's longer side spans in the model input. Measured on the 10,000 test images
 * (see preprocess.test.ts): the non-zero pixels of 9,833 of them span all 28 columns or rows,
 * the rest 26 or 27; the dataset scaled every product's longer side to the full frame.
 */
export const GARMENT_SPAN = MODEL_SIDE;
/**
 * Intensity from which a pixel counts as part of the garment when finding its bounding box: one
 * grey level. The dataset's spans above count every non-zero pixel, so a higher threshold would
 * crop faint edges and enlarge the garment; photo noise is removed before this step.
 */
export const INK_THRESHOLD = 1 / 255;

const CHANNELS = 4;
const ALPHA = 3;
const CHANNEL_MAX = 255;
/** Rec. 601 luma weights of red, green and blue. */
const LUMA_WEIGHTS = [0.299, 0.587, 0.114] as const;
/** A background whose median luminance is above this is light, and the photo is inverted. */
export const LIGHT_BACKGROUND = 0.5;
/**
 * Quantile of the foreground that a photo is stretched to 1 by: a maximum that ignores the
 * brightest 0.1% (a highlight or a hot pixel). Lower quantiles saturate the garment's texture.
 */
const PHOTO_PEAK_QUANTILE = 0.999;
/** Below this contrast with the background (after inversion), a photo shows no garment. */
const MIN_PHOTO_CONTRAST = 0.04;
/** Stretched photo intensities below this are sensor or JPEG noise and become black. */
export const PHOTO_NOISE_FLOOR = 0.1;
/** A photo pixel with fewer lit neighbours (of 8) than this is an isolated speck. */
const SPECK_MIN_NEIGHBOURS = 2;

export type PreprocessMode = 'drawing' | 'photo';

/** A bounding box in pixels: columns left..left+width-1, rows top..top+height-1. */
export interface InkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The model's input (784 values in [0, 1], row-major), or `blank` when there is no garment. */
export type ModelInput = { pixels: Float32Array } | { blank: true };

function checkSize(length: number, expected: number, what: string): void {
  if (length !== expected)
    throw new RangeError(`${what} has ${length} values; a ${expected}-value image was expected.`);
}

/** Indices of the pixels on the image's outer edge (each once). */
function borderIndices(width: number, height: number): number[] {
  const indices: number[] = [];
  for (let x = 0; x < width; x++) {
    indices.push(x);
    if (height > 1) indices.push((height - 1) * width + x);
  }
  for (let y = 1; y < height - 1; y++) {
    indices.push(y * width);
    if (width > 1) indices.push(y * width + width - 1);
  }
  return indices;
}

/** The most common RGBA colour among the border pixels: the pad's background. */
function borderColour(rgba: Uint8ClampedArray, width: number, height: number): number[] {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const i of borderIndices(width, height)) {
    const o = i * CHANNELS;
    // Packed as an unsigned 32-bit key; `>>> 0` keeps it positive.
    const key = ((rgba[o] << 24) | (rgba[o + 1] << 16) | (rgba[o + 2] << 8) | rgba[o + 3]) >>> 0;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return [best >>> 24, (best >>> 16) & 0xff, (best >>> 8) & 0xff, best & 0xff];
}

/** Ink of a drawing: each pixel's largest channel difference from the background colour. */
function drawingInk(rgba: Uint8ClampedArray, width: number, height: number): Float32Array {
  const background = borderColour(rgba, width, height);
  const ink = new Float32Array(width * height);
  for (let i = 0; i < ink.length; i++) {
    let difference = 0;
    for (let c = 0; c < CHANNELS; c++)
      difference = Math.max(difference, Math.abs(rgba[i * CHANNELS + c] - background[c]));
    ink[i] = difference / CHANNEL_MAX;
  }
  return ink;
}

/** Luminance in [0, 1], transparent pixels composited over white (as product photos are shot). */
function luminance(rgba: Uint8ClampedArray, width: number, height: number): Float32Array {
  const lum = new Float32Array(width * height);
  for (let i = 0; i < lum.length; i++) {
    const o = i * CHANNELS;
    const luma =
      LUMA_WEIGHTS[0] * rgba[o] + LUMA_WEIGHTS[1] * rgba[o + 1] + LUMA_WEIGHTS[2] * rgba[o + 2];
    const alpha = rgba[o + ALPHA] / CHANNEL_MAX;
    lum[i] = (luma * alpha + CHANNEL_MAX * (1 - alpha)) / CHANNEL_MAX;
  }
  return lum;
}

/** The value below which a fraction `q` of `values` lie (nearest rank). */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Zeroes lit pixels with fewer than SPECK_MIN_NEIGHBOURS lit neighbours. */
function removeSpecks(intensity: Float32Array, width: number, height: number): Float32Array {
  const cleaned = intensity.slice();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (intensity[y * width + x] === 0) continue;
      let lit = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if ((dx || dy) && nx >= 0 && ny >= 0 && nx < width && ny < height)
            lit += intensity[ny * width + nx] > 0 ? 1 : 0;
        }
      if (lit < SPECK_MIN_NEIGHBOURS) cleaned[y * width + x] = 0;
    }
  }
  return cleaned;
}

/** A photo's garment: background (median border luminance) subtracted, light on black. */
function photoGarment(rgba: Uint8ClampedArray, width: number, height: number): Float32Array {
  const lum = luminance(rgba, width, height);
  const background = quantile(
    borderIndices(width, height).map((i) => lum[i]),
    0.5,
  );
  const invert = background > LIGHT_BACKGROUND;
  const level = invert ? 1 - background : background;
  const lifted = lum.map((v) => Math.max(0, (invert ? 1 - v : v) - level));
  const peak = quantile(
    lifted.filter((v) => v > 0),
    PHOTO_PEAK_QUANTILE,
  );
  if (peak < MIN_PHOTO_CONTRAST) return new Float32Array(width * height);
  const stretched = lifted.map((v) => {
    const value = Math.min(1, v / peak);
    return value < PHOTO_NOISE_FLOOR ? 0 : value;
  });
  return removeSpecks(stretched, width, height);
}

/**
 * Garment intensity of an RGBA image (width*height*4 bytes) as a width*height Float32Array in
 * [0, 1]. `drawing`: ink is the distance from the pad's background, the most common border
 * colour, whatever the pad's colours. `photo`: grayscale, background estimated from the border
 * (median), inverted when light, subtracted and stretched, small noise removed.
 */
export function toGarmentIntensity(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  mode: PreprocessMode,
): Float32Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new RangeError(`An image must be at least 1x1 whole pixels, not ${width}x${height}.`);
  checkSize(rgba.length, width * height * CHANNELS, 'The RGBA image');
  return mode === 'drawing' ? drawingInk(rgba, width, height) : photoGarment(rgba, width, height);
}

/** The smallest box holding every pixel with intensity >= threshold, or null when none does. */
export function boundingBox(
  intensity: Float32Array,
  width: number,
  height: number,
  threshold = INK_THRESHOLD,
): InkBox | null {
  checkSize(intensity.length, width * height, 'The intensity image');
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (intensity[y * width + x] < threshold) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/**
 * Area-average (box filter) weights mapping source pixels start..start+length-1 onto
 * MODEL_SIDE output pixels, the content scaled by `scale` and centred. Each output pixel gets
 * the source pixels it covers, weighted by the covered fraction of the output pixel.
 * The margin is whole pixels, the odd one after the garment, as in the dataset: its garments'
 * edges are crisp, and centring to the half pixel would blur every one of them.
 */
function axisWeights(start: number, length: number, scale: number): [number, number][][] {
  const offset = Math.round((MODEL_SIDE - length * scale) / 2);
  return Array.from({ length: MODEL_SIDE }, (_, out) => {
    const from = Math.max(0, (out - offset) / scale);
    const to = Math.min(length, (out + 1 - offset) / scale);
    const weights: [number, number][] = [];
    for (let s = Math.floor(from); s < to; s++) {
      const covered = Math.min(to, s + 1) - Math.max(from, s);
      if (covered > 0) weights.push([start + s, covered * scale]);
    }
    return weights;
  });
}

/**
 * The model's input: the garment cropped to its bounding box, its longer side scaled to
 * GARMENT_SPAN pixels (aspect kept), centred in 28x28, area-averaged and its brightest pixel
 * stretched to 1, as in the dataset (every test image peaks at 250..255). `{ blank: true }`
 * when no pixel reaches INK_THRESHOLD.
 */
export function toModelInput(intensity: Float32Array, width: number, height: number): ModelInput {
  const box = boundingBox(intensity, width, height);
  if (!box) return { blank: true };
  const scale = GARMENT_SPAN / Math.max(box.width, box.height);
  const columns = axisWeights(box.left, box.width, scale);
  const rows = axisWeights(box.top, box.height, scale);
  const pixels = new Float32Array(MODEL_PIXELS);
  let peak = 0;
  for (let y = 0; y < MODEL_SIDE; y++) {
    for (let x = 0; x < MODEL_SIDE; x++) {
      let sum = 0;
      for (const [sy, wy] of rows[y])
        for (const [sx, wx] of columns[x]) sum += wy * wx * intensity[sy * width + sx];
      pixels[y * MODEL_SIDE + x] = sum;
      peak = Math.max(peak, sum);
    }
  }
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.min(1, pixels[i] / peak);
  return { pixels };
}

/** Both steps: RGBA image to model input. */
export function preprocess(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  mode: PreprocessMode,
): ModelInput {
  return toModelInput(toGarmentIntensity(rgba, width, height, mode), width, height);
}
