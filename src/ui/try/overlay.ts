/**
 * Heat maps laid over a grayscale image (saliency, occlusion, a feature map's contributions),
 * as RGBA bytes for paintRgba. Pure, so the colours are tested without a canvas.
 */
import { divergingColour } from './canvas';

const CHANNELS = 4;
const OPAQUE = 255;
const CHANNEL_MAX = 255;
/** The image under a heat map is dimmed, so the colours stand out against it. */
const BASE_BRIGHTNESS = 0.55;
/** Heat colour of a magnitude map: a warm orange, visible on black and on white. */
const HEAT: readonly [number, number, number] = [255, 176, 0];
/** The share of values a magnitude scale's top leaves above it: one bright pixel does not
 *  make the rest of the map dark. */
const SCALE_QUANTILE = 0.99;

/** The `SCALE_QUANTILE` quantile of |values|: the top of a magnitude scale (0 if all are 0). */
export function magnitudeScale(values: ArrayLike<number>): number {
  const sorted = Float32Array.from(values, Math.abs).sort();
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(SCALE_QUANTILE * sorted.length))];
}

/**
 * `base` (0 black, `baseMax` white) dimmed, with |heat| / `scale` (clamped to 1) blended over it
 * in orange: strong where the heat is large, the image where it is 0.
 */
export function magnitudeOverlayRgba(
  base: ArrayLike<number>,
  baseMax: number,
  heat: ArrayLike<number>,
  scale: number,
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(base.length * CHANNELS);
  for (let i = 0; i < base.length; i++) {
    const grey = (baseMax > 0 ? base[i] / baseMax : 0) * BASE_BRIGHTNESS * CHANNEL_MAX;
    const t = scale > 0 ? Math.min(1, Math.abs(heat[i]) / scale) : 0;
    rgba.set([...HEAT.map((c) => grey + (c - grey) * t), OPAQUE], i * CHANNELS);
  }
  return rgba;
}

/**
 * `base` dimmed, with signed `heat` blended over it on the diverging palette (red positive,
 * blue negative), ±`scale` full colour.
 */
export function signedOverlayRgba(
  base: ArrayLike<number>,
  baseMax: number,
  heat: ArrayLike<number>,
  scale: number,
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(base.length * CHANNELS);
  for (let i = 0; i < base.length; i++) {
    const grey = (baseMax > 0 ? base[i] / baseMax : 0) * BASE_BRIGHTNESS * CHANNEL_MAX;
    const t = scale > 0 ? Math.max(-1, Math.min(1, heat[i] / scale)) : 0;
    const colour = divergingColour(t);
    const weight = Math.abs(t);
    rgba.set([...colour.map((c) => grey + (c - grey) * weight), OPAQUE], i * CHANNELS);
  }
  return rgba;
}

/** Pearson correlation of two equal-length maps; 0 when either is flat. */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let [ma, mb] = [0, 0];
  for (let i = 0; i < n; i++) [ma, mb] = [ma + a[i] / n, mb + b[i] / n];
  let [sab, saa, sbb] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
