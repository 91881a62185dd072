/**
 * Turns a drawing or a photo into the 28x28 image a Fashion-MNIST model expects: a light garment
 * on a black ground, cropped, scaled so its longer side fills the frame, centred and
 * anti-aliased. Pure: plain typed arrays in, plain typed arrays out, no DOM.
 *
 * Intensities are row-major `Float32Array`s of width*height values in [0, 1], 1 = garment/ink.
 */
import { IMAGE_SIDE } from '../data/idx';
import { CHANNELS, GARMENT_EXTRACTORS, type PreprocessMode } from './garment';

export type { PreprocessMode } from './garment';

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
  return GARMENT_EXTRACTORS[mode](rgba, width, height);
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
