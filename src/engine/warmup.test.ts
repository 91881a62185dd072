import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stratifiedSplit } from '../data/split';
import { buildModel } from './builders';
import { DEFAULT_CONFIG } from '../model/config';
import type { ImagePool } from './batches';
import { warmUp, WARMUP_STAGES, type WarmupProgress } from './warmup';

const COUNT = 1_200;
let pool: ImagePool;

beforeAll(async () => {
  await tf.setBackend('cpu');
  // Images need not be real here: warm-up must compile, not learn.
  const images = Uint8Array.from({ length: COUNT * 784 }, (_, i) => (i * 37) % 256);
  const labels = Uint8Array.from({ length: COUNT }, (_, i) => i % 10);
  pool = { images, labels };
});

describe('warmUp', () => {
  it('runs every stage in order and leaves the weights and tensor count as they were', async () => {
    const config = { ...DEFAULT_CONFIG, model: 'cnn' as const, filters: 4, kernelSize: 3 };
    const model = buildModel(config);
    const split = stratifiedSplit(pool.labels, 200, 1);
    const weightsBefore = model.getWeights().map((w) => w.dataSync().slice());
    const tensorsBefore = tf.memory().numTensors;
    const progress: WarmupProgress[] = [];

    await warmUp(model, config, pool, split.trainIndices, split.validationIndices, (p) =>
      progress.push(p),
    );

    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(progress.map((p) => p.stage)).toEqual([...WARMUP_STAGES, null]);
    expect(model.getWeights().map((w) => w.dataSync())).toEqual(weightsBefore);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    model.dispose();
  });
});
