/**
 * Paints small images (28x28 inputs, kernels, feature maps) onto canvases. The colour mapping
 * is pure and separate from the one DOM call, so it can be tested without a browser.
 */

type Rgb = readonly [number, number, number];

const CHANNELS = 4;
const OPAQUE = 255;
const CHANNEL_MAX = 255;
/** ColorBrewer RdBu ends and middle, safe for the common colour-vision deficiencies. */
const NEGATIVE: Rgb = [33, 102, 172];
const ZERO: Rgb = [247, 247, 247];
const POSITIVE: Rgb = [178, 24, 43];

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const channel = (c: number) => Math.round(from[c] + (to[c] - from[c]) * t);
  return [channel(0), channel(1), channel(2)];
}

/** Colour of `t` in [-1, 1]: blue for negative, near-white for 0, red for positive. */
export function divergingColour(t: number): Rgb {
  const clamped = Math.max(-1, Math.min(1, t));
  return clamped < 0 ? mix(ZERO, NEGATIVE, -clamped) : mix(ZERO, POSITIVE, clamped);
}

/** RGBA bytes of grayscale `values`, 0 black and `max` (or more) white. */
export function grayscaleRgba(values: ArrayLike<number>, max = 1): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(values.length * CHANNELS);
  for (let i = 0; i < values.length; i++) {
    const grey = max > 0 ? (values[i] / max) * CHANNEL_MAX : 0;
    rgba.set([grey, grey, grey, OPAQUE], i * CHANNELS);
  }
  return rgba;
}

/** RGBA bytes of signed `values` on the diverging palette, ±`scale` the palette's ends. */
export function divergingRgba(values: ArrayLike<number>, scale: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(values.length * CHANNELS);
  for (let i = 0; i < values.length; i++)
    rgba.set([...divergingColour(scale > 0 ? values[i] / scale : 0), OPAQUE], i * CHANNELS);
  return rgba;
}

/** Puts a side x side RGBA image on `canvas`, resizing its bitmap to side x side pixels. */
export function paintRgba(canvas: HTMLCanvasElement, rgba: Uint8ClampedArray, side: number): void {
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas (no 2D context).');
  const image = context.createImageData(side, side);
  image.data.set(rgba);
  context.putImageData(image, 0, 0);
}
