import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../data/split';
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
