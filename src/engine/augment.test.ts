import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../data/split';
import { augmentBatch, drawAugmentation } from './augment';
import { DEFAULT_CONFIG, IMAGE_SIZE, type TrainConfig } from '../model/config';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SIDE = IMAGE_SIZE;
const PIXELS = SIDE * SIDE;
const OFF: TrainConfig = { ...DEFAULT_CONFIG, seed: 7 };
const ALL_ON: TrainConfig = {
  ...OFF,
  augNoise: 0.2,
  augLuminance: 0.3,
  augContrast: 0.5,
  augShift: 4,
  augFlip: 0.5,
};

/** A batch of `n` images with pixel values from `pixel(image, row, column)`. */
function batchOf(n: number, pixel: (i: number, r: number, c: number) => number): tf.Tensor4D {
  const values = new Float32Array(n * PIXELS);
  for (let i = 0; i < n; i++)
    for (let r = 0; r < SIDE; r++)
      for (let c = 0; c < SIDE; c++) values[i * PIXELS + r * SIDE + c] = pixel(i, r, c);
  return tf.tensor4d(values, [n, SIDE, SIDE, 1]);
}

/** Distinct values in (0, 1]: every pixel of every image is recognisable after a move. */
const distinct = (n: number) => batchOf(n, (i, r, c) => (1 + ((i * 7 + r * SIDE + c) % 997)) / 997);

/** Runs augmentBatch inside tf.tidy, as the training loop does, and reads the result. */
function augment(xs: tf.Tensor4D, config: TrainConfig, seed = config.seed): Float32Array {
  const out = tf.tidy(() => augmentBatch(xs, config, mulberry32(seed)));
  const values = out.dataSync() as Float32Array;
  out.dispose();
  return values;
}

const image = (values: Float32Array, i: number) => values.subarray(i * PIXELS, (i + 1) * PIXELS);

const standardDeviation = (values: ArrayLike<number>) => {
  const list = Array.from(values);
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  return Math.sqrt(list.reduce((a, b) => a + (b - mean) ** 2, 0) / list.length);
};

describe('augmentBatch', () => {
  it('returns an equal copy when every strength is 0', () => {
    const xs = distinct(4);
    const out = tf.tidy(() => augmentBatch(xs, OFF, mulberry32(1)));
    expect(out).not.toBe(xs);
    expect(out.dataSync()).toEqual(xs.dataSync());
    tf.dispose([xs, out]);
  });

  it('keeps the batch shape and the [0, 1] range with every augmentation at full tilt', () => {
    const xs = distinct(16);
    const out = tf.tidy(() =>
      augmentBatch(xs, { ...ALL_ON, augNoise: 1, augLuminance: 1, augContrast: 1 }, Math.random),
    );
    expect(out.shape).toEqual([16, SIDE, SIDE, 1]);
    expect(out.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(out.max().dataSync()[0]).toBeLessThanOrEqual(1);
    tf.dispose([xs, out]);
  });

  it('with flip probability 1 mirrors every image along its width', () => {
    const xs = distinct(5);
    const mirrored = tf.reverse(xs, 2);
    expect(augment(xs, { ...OFF, augFlip: 1 })).toEqual(mirrored.dataSync());
    tf.dispose([xs, mirrored]);
  });

  it('with flip probability 0.5 mirrors some images and keeps the others whole', () => {
    const n = 200;
    const xs = distinct(n);
    const mirrored = tf.reverse(xs, 2);
    const [original, flipped] = [xs.dataSync(), mirrored.dataSync()] as Float32Array[];
    const out = augment(xs, { ...OFF, augFlip: 0.5 });
    let flips = 0;
    for (let i = 0; i < n; i++) {
      const isFlipped = image(out, i).every((v, p) => v === image(flipped, i)[p]);
      const isOriginal = image(out, i).every((v, p) => v === image(original, i)[p]);
      expect(isFlipped || isOriginal).toBe(true);
      if (isFlipped) flips++;
    }
    expect(flips).toBeGreaterThan(70);
    expect(flips).toBeLessThan(130);
    tf.dispose([xs, mirrored]);
  });

  it('shifts a single bright pixel by at most augShift each way, keeping its value', () => {
    const n = 300;
    const maxShift = 3;
    const [row, column] = [12, 15];
    const xs = batchOf(n, (_, r, c) => (r === row && c === column ? 0.8 : 0));
    const out = augment(xs, { ...OFF, augShift: maxShift });
    const moves = new Set<string>();
    for (let i = 0; i < n; i++) {
      const lit = [...image(out, i).keys()].filter((p) => image(out, i)[p] > 0);
      expect(lit).toHaveLength(1);
      expect(image(out, i)[lit[0]]).toBeCloseTo(0.8, 6);
      const dy = Math.floor(lit[0] / SIDE) - row;
      const dx = (lit[0] % SIDE) - column;
      expect(Math.abs(dy)).toBeLessThanOrEqual(maxShift);
      expect(Math.abs(dx)).toBeLessThanOrEqual(maxShift);
      moves.add(`${dy},${dx}`);
    }
    // Every one of the 7 x 7 possible moves turns up in 300 draws.
    expect(moves.size).toBe((2 * maxShift + 1) ** 2);
    xs.dispose();
  });

  it('shifts by exact whole pixels and fills the uncovered border with black', () => {
    const n = 200;
    const config = { ...OFF, augShift: 8 };
    const xs = distinct(n);
    const original = xs.dataSync() as Float32Array;
    const out = augment(xs, config);
    const { dy, dx } = drawAugmentation(n, config, mulberry32(config.seed));
    expect(Math.min(...dy, ...dx)).toBe(-8);
    expect(Math.max(...dy, ...dx)).toBe(8);
    for (let i = 0; i < n; i++) {
      const expected = new Float32Array(PIXELS);
      for (let r = 0; r < SIDE; r++)
        for (let c = 0; c < SIDE; c++) {
          const [fromR, fromC] = [r - dy[i], c - dx[i]];
          if (fromR >= 0 && fromR < SIDE && fromC >= 0 && fromC < SIDE)
            expected[r * SIDE + c] = image(original, i)[fromR * SIDE + fromC];
        }
      expect(image(out, i)).toEqual(expected);
    }
    xs.dispose();
  });

  it('scales contrast about each image mean, keeping the mean', () => {
    const n = 50;
    const strength = 0.4;
    // Values in [0.4, 0.6] cannot be clipped by a factor of at most 1.4.
    const xs = batchOf(n, (i, r, c) => 0.4 + 0.2 * (((i + r * 3 + c * 5) % 11) / 10));
    const original = xs.dataSync() as Float32Array;
    const out = augment(xs, { ...OFF, augContrast: strength });
    const factors = new Set<number>();
    for (let i = 0; i < n; i++) {
      const before = image(original, i);
      const after = image(out, i);
      const mean = (values: Float32Array) => values.reduce((a, b) => a + b, 0) / PIXELS;
      expect(mean(after)).toBeCloseTo(mean(before), 5);
      const factor = standardDeviation(after) / standardDeviation(before);
      expect(factor).toBeGreaterThanOrEqual(1 - strength - 1e-5);
      expect(factor).toBeLessThanOrEqual(1 + strength + 1e-5);
      factors.add(Math.round(factor * 100));
    }
    expect(factors.size).toBeGreaterThan(10);
    xs.dispose();
  });

  it('adds one brightness change per image within ±augLuminance', () => {
    const n = 50;
    const xs = batchOf(n, () => 0.5);
    const out = augment(xs, { ...OFF, augLuminance: 0.2 });
    const changes = Array.from({ length: n }, (_, i) => image(out, i)[0] - 0.5);
    for (let i = 0; i < n; i++) {
      expect(image(out, i).every((v) => Math.abs(v - image(out, i)[0]) < 1e-6)).toBe(true);
      expect(Math.abs(changes[i])).toBeLessThanOrEqual(0.2 + 1e-6);
    }
    expect(Math.min(...changes)).toBeLessThan(-0.1);
    expect(Math.max(...changes)).toBeGreaterThan(0.1);
    xs.dispose();
  });

  it('adds Gaussian noise with the requested sd', () => {
    const xs = batchOf(16, () => 0.5);
    const out = augment(xs, { ...OFF, augNoise: 0.1 });
    const sd = standardDeviation(out);
    expect(sd).toBeGreaterThan(0.08);
    expect(sd).toBeLessThan(0.12);
    const mean = out.reduce((a, b) => a + b, 0) / out.length;
    expect(mean).toBeCloseTo(0.5, 2);
    xs.dispose();
  });

  it('gives the same output for the same seed and another for another seed', () => {
    const xs = distinct(8);
    const first = augment(xs, ALL_ON, 3);
    expect(augment(xs, ALL_ON, 3)).toEqual(first);
    expect(augment(xs, ALL_ON, 4)).not.toEqual(first);
    xs.dispose();
  });

  it('takes as many random numbers whatever the strengths, so a sweep sees the same batches', () => {
    const xs = distinct(4);
    const after = (config: TrainConfig) => {
      const random = mulberry32(9);
      tf.tidy(() => augmentBatch(xs, config, random));
      return random();
    };
    expect(after({ ...OFF, augNoise: 0.1 })).toBe(after(ALL_ON));
    expect(after(OFF)).toBe(after(ALL_ON));
    xs.dispose();
  });

  it('rejects an out-of-range strength, naming the field', () => {
    const xs = distinct(1);
    expect(() => augmentBatch(xs, { ...OFF, augShift: 1.5 }, Math.random)).toThrow(
      /Shift \(pixels\) must be a whole number/,
    );
    expect(() => augmentBatch(xs, { ...OFF, augFlip: 2 }, Math.random)).toThrow(
      /Flip probability must be between 0 and 1/,
    );
    xs.dispose();
  });

  it('leaves no tensors behind, inside tf.tidy or not', () => {
    const xs = distinct(8);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      augmentBatch(xs, ALL_ON, mulberry32(1));
    });
    expect(tf.memory().numTensors).toBe(before);
    const out = augmentBatch(xs, ALL_ON, mulberry32(1));
    expect(tf.memory().numTensors).toBe(before + 1);
    tf.dispose([xs, out]);
  });
});
