import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  GARMENT_SPAN,
  MODEL_PIXELS,
  MODEL_SIDE,
  boundingBox,
  preprocess,
  toGarmentIntensity,
  toModelInput,
  type ModelInput,
} from './preprocess';

const TEST_IMAGES = resolve(
  import.meta.dirname,
  '../../public/data/fashion-mnist/t10k-images-idx3-ubyte.gz',
);
const IDX_IMAGE_HEADER_BYTES = 16;
const TEST_IMAGE_COUNT = 10_000;
const testBytes = gunzipSync(readFileSync(TEST_IMAGES)).subarray(IDX_IMAGE_HEADER_BYTES);

/** Test image `n` as intensities in [0, 1]. */
function testImage(n: number): Float32Array {
  return Float32Array.from(
    testBytes.subarray(n * MODEL_PIXELS, (n + 1) * MODEL_PIXELS),
    (v) => v / 255,
  );
}

const WHITE = [255, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

/** A width*height RGBA image of `background` with `paint(x, y)` colours over it. */
function rgbaImage(
  width: number,
  height: number,
  background: number[],
  paint: (x: number, y: number) => number[] | null,
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgba.set(paint(x, y) ?? background, (y * width + x) * 4);
  return rgba;
}

/** A copy of a 28x28 image enlarged `factor` times (nearest) at (left, top) in a larger canvas. */
function placed(image: Float32Array, side: number, left: number, top: number, factor = 1) {
  const canvas = new Float32Array(side * side);
  for (let y = 0; y < MODEL_SIDE * factor; y++)
    for (let x = 0; x < MODEL_SIDE * factor; x++)
      canvas[(top + y) * side + left + x] =
        image[Math.floor(y / factor) * MODEL_SIDE + Math.floor(x / factor)];
  return canvas;
}

function pixelsOf(input: ModelInput): Float32Array {
  if (!('pixels' in input)) throw new Error('expected a model input, got a blank');
  return input.pixels;
}

function meanAbsDifference(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;
}

describe('the dataset the preprocessing imitates', () => {
  it('scales the longer side of nearly every garment to the full 28 pixels', () => {
    let fullSpan = 0;
    for (let n = 0; n < TEST_IMAGE_COUNT; n++) {
      const box = boundingBox(testImage(n), MODEL_SIDE, MODEL_SIDE)!;
      if (Math.max(box.width, box.height) === GARMENT_SPAN) fullSpan++;
    }
    expect(fullSpan / TEST_IMAGE_COUNT).toBeGreaterThan(0.95);
  });
});

describe('toModelInput', () => {
  it('says a blank pad is blank instead of making an image of it', () => {
    const blankPad = rgbaImage(280, 280, WHITE, () => null);
    expect(preprocess(blankPad, 280, 280, 'drawing')).toEqual({ blank: true });
  });

  it('gives 784 values in [0, 1] with the brightest at 1', () => {
    const pad = rgbaImage(100, 100, WHITE, (x, y) =>
      Math.hypot(x - 30, y - 60) < 12 ? BLACK : null,
    );
    const pixels = pixelsOf(preprocess(pad, 100, 100, 'drawing'));
    expect(pixels).toHaveLength(784);
    expect(Math.min(...pixels)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...pixels)).toBe(1);
  });

  it('centres an off-centre stroke and scales its longer side to the frame', () => {
    // A 40x10 bar in the top-left corner of a 200x200 pad.
    const pad = rgbaImage(200, 200, WHITE, (x, y) =>
      x >= 5 && x < 45 && y >= 8 && y < 18 ? BLACK : null,
    );
    const pixels = pixelsOf(preprocess(pad, 200, 200, 'drawing'));
    const box = boundingBox(pixels, MODEL_SIDE, MODEL_SIDE)!;
    expect(box.width).toBe(28);
    expect(box.left).toBe(0);
    // 10 * 28/40 = 7 rows, centred to the whole pixel as the dataset is: rows 11..17.
    expect(box.height).toBe(7);
    expect(Math.abs(box.top + (box.height - 1) / 2 - 13.5)).toBeLessThanOrEqual(0.5);
    expect(pixels[13 * MODEL_SIDE + 14]).toBe(1);
    expect(pixels[2 * MODEL_SIDE + 14]).toBe(0);
  });

  it('normalises scale: a small and a large copy of a shape give the same input', () => {
    const shape = (size: number) => (x: number, y: number) =>
      x < size && y < size * 2 && (x < size / 2 || y < size) ? BLACK : null;
    const small = pixelsOf(preprocess(rgbaImage(300, 300, WHITE, shape(20)), 300, 300, 'drawing'));
    const large = pixelsOf(preprocess(rgbaImage(300, 300, WHITE, shape(140)), 300, 300, 'drawing'));
    expect(meanAbsDifference(small, large)).toBeLessThan(0.01);
  });

  it('leaves a test image whose garment already fills the frame as it is', () => {
    for (let n = 0; n < 100; n++) {
      const original = testImage(n);
      const box = boundingBox(original, MODEL_SIDE, MODEL_SIDE)!;
      if (Math.max(box.width, box.height) !== GARMENT_SPAN) continue;
      const input = pixelsOf(toModelInput(original, MODEL_SIDE, MODEL_SIDE));
      expect(meanAbsDifference(input, original)).toBeLessThan(0.005);
    }
  });

  it('maps a shifted copy of a test image to the same input as the image', () => {
    for (let n = 100; n < 200; n++) {
      const original = testImage(n);
      const expected = pixelsOf(toModelInput(original, MODEL_SIDE, MODEL_SIDE));
      const input = pixelsOf(toModelInput(placed(original, 90, 53, 7), 90, 90));
      expect(meanAbsDifference(input, expected)).toBeLessThan(0.005);
    }
  });

  it('maps a 10x enlarged, shifted copy of a test image to the same input as the image', () => {
    for (let n = 200; n < 300; n++) {
      const original = testImage(n);
      const expected = pixelsOf(toModelInput(original, MODEL_SIDE, MODEL_SIDE));
      const input = pixelsOf(toModelInput(placed(original, 300, 17, 3, 10), 300, 300));
      expect(meanAbsDifference(input, expected)).toBeLessThan(0.005);
    }
  });

  it('rejects an intensity image of the wrong size, naming what is wrong', () => {
    expect(() => toModelInput(new Float32Array(10), 28, 28)).toThrow(/10 values/);
  });
});

describe('toGarmentIntensity', () => {
  it('makes dark strokes on a white pad light on black', () => {
    const pad = rgbaImage(4, 4, WHITE, (x, y) => (x === 1 && y === 2 ? BLACK : null));
    const ink = toGarmentIntensity(pad, 4, 4, 'drawing');
    expect(ink[2 * 4 + 1]).toBe(1);
    expect(ink.reduce((a, b) => a + b)).toBe(1);
  });

  it('finds the ink whatever the pad colours, even a transparent pad', () => {
    const transparent = [0, 0, 0, 0];
    const pad = rgbaImage(5, 5, transparent, (x) => (x === 2 ? [255, 255, 255, 255] : null));
    const ink = toGarmentIntensity(pad, 5, 5, 'drawing');
    expect(ink[7]).toBe(1);
    expect(ink[0]).toBe(0);
  });

  it('inverts a photo of a dark garment on a light background back into the test image', () => {
    // The dataset's images are negated product photos; negate them back, with a white margin.
    const [side, margin] = [44, 8];
    for (let n = 300; n < 400; n++) {
      const original = testImage(n);
      const photo = rgbaImage(side, side, WHITE, (x, y) => {
        const [ox, oy] = [x - margin, y - margin];
        if (ox < 0 || oy < 0 || ox >= MODEL_SIDE || oy >= MODEL_SIDE) return null;
        const grey = Math.round(255 * (1 - original[oy * MODEL_SIDE + ox]));
        return [grey, grey, grey, 255];
      });
      const garment = toGarmentIntensity(photo, side, side, 'photo');
      const recovered = Float32Array.from(
        original,
        (_, i) => garment[(margin + Math.floor(i / MODEL_SIDE)) * side + margin + (i % MODEL_SIDE)],
      );
      expect(meanAbsDifference(recovered, original)).toBeLessThan(0.02);
    }
  });

  it('keeps a light garment on a dark photo background light, and subtracts the background', () => {
    const grey = (v: number) => [v, v, v, 255];
    const photo = rgbaImage(40, 40, grey(40), (x, y) =>
      x >= 10 && x < 30 && y >= 5 && y < 35 ? grey(220) : null,
    );
    const garment = toGarmentIntensity(photo, 40, 40, 'photo');
    expect(garment[20 * 40 + 20]).toBe(1);
    expect(garment[2 * 40 + 2]).toBe(0);
  });

  it('removes background noise and isolated specks from a photo', () => {
    const photo = rgbaImage(40, 40, WHITE, (x, y) => {
      if (x >= 12 && x < 28 && y >= 12 && y < 28) return BLACK;
      if (x === 3 && y === 3) return [120, 120, 120, 255];
      const noise = 255 - ((x * 7 + y * 13) % 9);
      return [noise, noise, noise, 255];
    });
    const box = boundingBox(toGarmentIntensity(photo, 40, 40, 'photo'), 40, 40);
    expect(box).toEqual({ left: 12, top: 12, width: 16, height: 16 });
  });

  it('says a featureless photo is blank', () => {
    const photo = rgbaImage(30, 30, [128, 128, 128, 255], () => null);
    expect(preprocess(photo, 30, 30, 'photo')).toEqual({ blank: true });
  });

  it('rejects an RGBA buffer that does not match its size', () => {
    expect(() => toGarmentIntensity(new Uint8ClampedArray(12), 2, 2, 'photo')).toThrow(/12 values/);
  });
});
