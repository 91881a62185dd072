import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../model/config';
import { DISK_DATA_URL } from '../../test/disk-fetch';
import { LocalWorker } from '../../test/local-worker';
import type { ClientEvent } from '../../worker/client';
import { askEachRun, nameRuns, RunBook, withRunNames } from './runNames';

const runs = [
  { id: 'run-mx4bfeji-1', name: '#1 Dense 100 units' },
  { id: 'run-mx4bfeji-10', name: '#10 CNN 32 filters 3×3' },
];

describe('nameRuns', () => {
  it('puts each run’s name where a message has its id', () => {
    expect(nameRuns('No trained model is stored for run run-mx4bfeji-10.', runs)).toBe(
      'No trained model is stored for "#10 CNN 32 filters 3×3".',
    );
  });

  it('does not take one id for the start of a longer one', () => {
    expect(nameRuns('run-mx4bfeji-1 and run-mx4bfeji-10', runs)).toBe(
      '"#1 Dense 100 units" and "#10 CNN 32 filters 3×3"',
    );
  });

  it('leaves a message without ids, or with an unknown id, as it is', () => {
    expect(nameRuns('Out of memory.', runs)).toBe('Out of memory.');
    expect(nameRuns('No model for run-zzz-3.', runs)).toBe('No model for run-zzz-3.');
  });
});

describe('asking the runs of the Try panel', () => {
  const worker = new LocalWorker();
  const book = new RunBook();
  const call = withRunNames(worker.call, book);
  book.update([
    { id: 'run-trained-1', name: '#1 Dense 16 units' },
    { id: 'run-imported-9', name: '#9 Dense 100 units' },
  ]);

  beforeAll(async () => {
    await tf.setBackend('cpu');
    const ended = new Promise<void>((resolve) =>
      worker.subscribe((event: ClientEvent) => {
        if (event.type === 'run-ended' && event.runId === 'run-trained-1') resolve();
      }),
    );
    worker.send({ type: 'init', backend: 'cpu' });
    worker.send({ type: 'load-data', baseUrl: DISK_DATA_URL });
    const config = { ...DEFAULT_CONFIG, hiddenUnits: 16, steps: 20, evalEvery: 10 };
    worker.send({
      type: 'train',
      runId: 'run-trained-1',
      config: { ...config, validationSize: 500 },
    });
    await ended;
  });

  it('answers for every run with a model when another has none, and names that one', async () => {
    // A run imported from a runs file brings its curves but no model.
    const pixels = new Float32Array(784).fill(0.5);
    const answers = await askEachRun(call, ['run-trained-1', 'run-imported-9'], pixels);
    expect(answers.map((answer) => answer.runId)).toEqual(['run-trained-1', 'run-imported-9']);
    const [trained, imported] = answers;
    if (!('probabilities' in trained)) throw new Error(trained.error);
    expect(trained.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(imported).toEqual({
      runId: 'run-imported-9',
      error: 'No trained model is stored for "#9 Dense 100 units".',
    });
  });

  it('names runs in the errors of every request, not only predictions', async () => {
    await expect(call('testPredictions', { runId: 'run-imported-9' })).rejects.toThrow(
      'No trained model is stored for "#9 Dense 100 units".',
    );
  });
});
