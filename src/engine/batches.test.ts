import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../data/split';
import { mixedCount } from '../model/mixing';
import { BatchSampler, PIXELS_PER_IMAGE, gatherTensors } from './batches';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Ten images whose every pixel holds the image's index times 10, labelled index % 10. */
const pool = {
  images: Uint8Array.from(
    { length: 10 * PIXELS_PER_IMAGE },
    (_, i) => Math.floor(i / PIXELS_PER_IMAGE) * 10,
  ),
  labels: Uint8Array.from({ length: 10 }, (_, i) => i % 10),
};

describe('gatherTensors', () => {
  it('scales pixels to [0, 1] and keeps each label with its image', () => {
    const { xs, ys } = gatherTensors(pool, [3, 7]);
    expect(xs.shape).toEqual([2, 28, 28, 1]);
    expect(Array.from(ys.dataSync())).toEqual([3, 7]);
    const values = xs.dataSync();
    expect(values[0]).toBeCloseTo(30 / 255);
    expect(values[PIXELS_PER_IMAGE]).toBeCloseTo(70 / 255);
    tf.dispose([xs, ys]);
  });
});

describe('BatchSampler', () => {
  it('visits every training index once per epoch, in a new order each epoch', () => {
    const indices = Int32Array.from([0, 2, 4, 6, 8]);
    const sampler = new BatchSampler(pool, indices, 2, mulberry32(3));
    const epochs: number[][] = [[], []];
    for (let step = 0; step < 4; step++) {
      const { xs, ys } = sampler.next();
      epochs[sampler.epoch].push(...ys.dataSync());
      tf.dispose([xs, ys]);
    }
    // Five indices make two full batches an epoch; the fifth waits for a later epoch.
    expect(epochs.map((e) => e.length)).toEqual([4, 4]);
    for (const epoch of epochs) {
      expect(new Set(epoch).size).toBe(4);
      for (const label of epoch) expect([0, 2, 4, 6, 8]).toContain(label);
    }
  });

  it('refuses a batch larger than the training set', () => {
    expect(() => new BatchSampler(pool, Int32Array.from([1, 2]), 3, Math.random)).toThrow(
      /batch size 3 must be a whole number from 1 to 2/,
    );
  });
});

describe('BatchSampler with a mixed-in pool (My garments)', () => {
  /** Three garments, every pixel 255, labelled 7, 8 and 9: told apart from the pool by label. */
  const garments = {
    pool: {
      images: new Uint8Array(3 * PIXELS_PER_IMAGE).fill(255),
      labels: Uint8Array.from([7, 8, 9]),
    },
    count: 3,
  };
  const trainIndices = Int32Array.from([0, 1, 2, 3, 4, 5, 6]);

  /** Labels of `steps` batches of 4 at `share` with `seed`. */
  function labelsOf(share: number, seed: number, steps = 6) {
    const sampler = new BatchSampler(pool, trainIndices, 4, mulberry32(seed), {
      ...garments,
      share,
    });
    return Array.from({ length: steps }, () => {
      const { xs, ys } = sampler.next();
      const labels = Array.from(ys.dataSync());
      // Each label stays with its own image: garments are all white, the pool's images not.
      const pixels = xs.dataSync();
      labels.forEach((label, i) =>
        expect(pixels[i * PIXELS_PER_IMAGE]).toBeCloseTo(label >= 7 ? 1 : (label * 10) / 255),
      );
      tf.dispose([xs, ys]);
      return labels;
    });
  }

  it('takes the share of every batch from the mixed pool, the rest from the training order', () => {
    for (const batch of labelsOf(0.25, 1)) {
      expect(batch.filter((label) => label >= 7)).toHaveLength(1);
      expect(batch.slice(0, 3).every((label) => label < 7)).toBe(true);
    }
    for (const batch of labelsOf(0.5, 1)) expect(batch.filter((l) => l >= 7)).toHaveLength(2);
    for (const batch of labelsOf(1, 1)) expect(batch.every((l) => l >= 7)).toBe(true);
  });

  it('draws the garments with replacement, each about equally often', () => {
    const sampler = new BatchSampler(pool, trainIndices, 4, mulberry32(5), {
      ...garments,
      share: 1,
    });
    const counts = new Map<number, number>();
    for (let step = 0; step < 300; step++) {
      const { xs, ys } = sampler.next();
      for (const label of ys.dataSync()) counts.set(label, (counts.get(label) ?? 0) + 1);
      tf.dispose([xs, ys]);
    }
    // 1,200 draws of 3 garments: each near 400 (sd about 16).
    for (const label of [7, 8, 9]) expect(Math.abs(counts.get(label)! - 400)).toBeLessThan(80);
  });

  it('is seeded: the same seed gives the same batches, another seed others', () => {
    expect(labelsOf(0.5, 11)).toEqual(labelsOf(0.5, 11));
    expect(labelsOf(0.5, 11)).not.toEqual(labelsOf(0.5, 12));
  });

  it('counts epochs over the training images alone', () => {
    // 3 training images a batch out of 7: two batches an epoch.
    const sampler = new BatchSampler(pool, trainIndices, 4, mulberry32(2), {
      ...garments,
      share: 0.25,
    });
    const epochs = Array.from({ length: 5 }, () => {
      tf.dispose(Object.values(sampler.next()));
      return sampler.epoch;
    });
    expect(epochs).toEqual([0, 0, 1, 1, 2]);
  });

  it('rounds the share to whole images, at least one when the share is above 0', () => {
    expect(mixedCount(32, 0.25)).toBe(8);
    expect(mixedCount(32, 0.01)).toBe(1);
    expect(mixedCount(32, 0)).toBe(0);
    expect(mixedCount(32, 1)).toBe(32);
    expect(() => mixedCount(32, 1.5)).toThrow(/from 0 to 1, not 1.5/);
  });
});
