/**
 * Garment intensity from RGBA pixels, one extractor per kind of picture: a drawing's ink, or a
 * photo's garment separated from its background. Pure. Output: width*height values in [0, 1],
 * 1 = garment, 0 = background, row-major.
 */

export type PreprocessMode = 'drawing' | 'photo';

/** Bytes per RGBA pixel. */
export const CHANNELS = 4;
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

type GarmentExtractor = (rgba: Uint8ClampedArray, width: number, height: number) => Float32Array;

/** How each kind of picture becomes garment intensity. */
export const GARMENT_EXTRACTORS: Record<PreprocessMode, GarmentExtractor> = {
  drawing: drawingInk,
  photo: photoGarment,
};
