import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import { downloadModelError, nameRuns } from './messages';
import type { Run } from './state';

const run = (id: string, name: string): Run => ({
  id,
  name,
  config: DEFAULT_CONFIG,
  status: 'done',
  createdAt: 0,
  points: [],
  step: 0,
});

const runs = [
  run('run-mx4bfeji-9', '#12 Dense 64 units · seed 2'),
  run('run-mx4bfeji-91', '#13 CNN'),
];

describe('nameRuns', () => {
  it('names runs where a message gives their internal ids', () => {
    expect(nameRuns('No trained model is stored for run run-mx4bfeji-9.', runs)).toBe(
      'No trained model is stored for "#12 Dense 64 units · seed 2".',
    );
    // An id that is the start of another does not take its place.
    expect(nameRuns("Run run-mx4bfeji-91's model could not be serialised.", runs)).toBe(
      '"#13 CNN"\'s model could not be serialised.',
    );
    expect(nameRuns('indexeddb://fashion-mnist-lab/run-mx4bfeji-9 is full', runs)).toBe(
      'indexeddb://fashion-mnist-lab/"#12 Dense 64 units · seed 2" is full',
    );
    expect(nameRuns('Nothing to do with runs.', runs)).toBe('Nothing to do with runs.');
    // The run the message is about reads as "this run" where the reader already knows which.
    expect(nameRuns('Run run-mx4bfeji-9 and run run-mx4bfeji-91', runs, runs[0])).toBe(
      'This run and "#13 CNN"',
    );
  });
});

describe('downloadModelError', () => {
  it('names the run whose model could not be downloaded, never its id', () => {
    const message = downloadModelError(
      runs[0],
      new Error('No trained model is stored for run run-mx4bfeji-9.'),
      runs,
    );
    expect(message).toBe(
      'Could not download the model of "#12 Dense 64 units · seed 2": No trained model is stored for this run.',
    );
    expect(downloadModelError(runs[1], new Error('Out of memory.'), runs)).toBe(
      'Could not download the model of "#13 CNN": Out of memory.',
    );
  });
});
