import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { EvalPoint } from '../model/types';
import { summarizeValues } from './repeats';
import type { Run, RunStatus, Sweep } from './state';
import {
  bestSentence,
  noiseSentence,
  partialNote,
  runStatusWords,
  sweepStatus,
  valuePhrase,
  valueStatus,
  valuesPhrase,
} from './summary-text';

const point = (step: number, valAccuracy: number): EvalPoint => ({
  step,
  epoch: 0,
  examplesSeen: step * 32,
  valAccuracy,
  valLoss: 1 - valAccuracy,
  trainLoss: 1,
  examplesPerSec: 1000,
  elapsedMs: step,
});

let nextId = 0;
/** A run of `hiddenUnits` that reached `step` of 200 with final validation `val`. */
function run(
  hiddenUnits: number,
  {
    status = 'done',
    test,
    val = 0.8,
    step = status === 'done' ? 200 : 0,
  }: { status?: RunStatus; test?: number; val?: number; step?: number } = {},
): Run {
  const points = step > 0 ? [point(step, val)] : [];
  return {
    id: `run-${nextId++}`,
    name: `run ${nextId}`,
    config: { ...DEFAULT_CONFIG, hiddenUnits, steps: 200 },
    status,
    createdAt: 0,
    points,
    step,
    ...(test === undefined ? {} : { test: { accuracy: test, loss: 0.5 } }),
  };
}

function sweepOf(runs: Run[], values: number[], repeats = 1): Sweep {
  return {
    id: 's',
    field: 'hiddenUnits',
    values,
    runIds: runs.map((r) => r.id),
    createdAt: 0,
    ...(repeats > 1 ? { repeats } : {}),
  };
}

describe('sweepStatus', () => {
  it('after Stop sweep, counts the part-trained and never-trained runs apart from the finished', () => {
    // The bug: "Sweep: 8 of 8 runs finished" for one run stopped at step 400 and 7 never started.
    const values = [3, 4, 5, 10, 20, 50, 100, 800];
    const runs = values.map((v) =>
      v === 4 ? run(v, { status: 'stopped', step: 120 }) : run(v, { status: 'stopped' }),
    );
    expect(sweepStatus(sweepOf(runs, values), runs)).toBe(
      'Sweep: 8 runs: none finished, 1 stopped part-way, 7 stopped before training.',
    );
  });

  it('says values × seeds with repeats, and names training, queued and discarded runs', () => {
    const runs = [
      run(64, { test: 0.8 }),
      run(64, { test: 0.81 }),
      run(64, { status: 'running', step: 100 }),
      run(256, { status: 'queued' }),
      run(256, { status: 'diverged', step: 50 }),
    ];
    // The sixth run was discarded when the sweep was stopped.
    expect(sweepStatus(sweepOf(runs, [64, 256], 3), runs)).toBe(
      'Sweep: 2 values × 3 seeds (6 runs): 2 finished, 1 training, 1 queued, 1 discarded, ' +
        '1 diverged.',
    );
  });
});

describe('value words', () => {
  it('puts counts before their noun and settings after their label', () => {
    expect(valuePhrase('hiddenUnits', 256)).toBe('256 hidden units');
    expect(valuePhrase('filters', 1)).toBe('1 filter');
    expect(valuePhrase('kernelSize', 2)).toBe('kernel size 2');
    expect(valuesPhrase('hiddenUnits', [64, 256])).toBe('64 and 256 hidden units');
    expect(valuesPhrase('learningRate', [0.0001, 0.001, 0.01])).toBe(
      'learning rates 0.0001, 0.001 and 0.01',
    );
    expect(valuesPhrase('steps', [15000])).toBe('15,000 steps');
  });
});

describe('bestSentence', () => {
  it('names the best value with its mean, seeds and sd', () => {
    const values = summarizeValues(
      [
        run(64, { test: 0.84 }),
        run(64, { test: 0.85 }),
        run(256, { test: 0.852 }),
        run(256, { test: 0.861 }),
        run(256, { test: 0.87 }),
      ],
      'hiddenUnits',
    );
    expect(bestSentence(values, 'hiddenUnits')).toBe(
      'Best: 256 hidden units, test 86.1% (mean of 3 seeds, sd 0.9 points).',
    );
  });

  it('falls back to final validation, and says when the best is not fully trained', () => {
    const values = summarizeValues(
      [run(5, { test: 0.7, val: 0.7 }), run(50, { status: 'stopped', step: 100, val: 0.75 })],
      'hiddenUnits',
    );
    expect(bestSentence(values, 'hiddenUnits')).toBe(
      'Best: 50 hidden units, final validation 75.0% (one seed), not fully trained (step 100 of 200).',
    );
  });

  it('says when a test mean leaves out a seed that did not finish, and at which steps', () => {
    // Test accuracy exists only for finished runs: the mean is of 2 seeds at the planned steps.
    const runs = [
      run(4, { test: 0.7 }),
      run(4, { test: 0.71 }),
      run(4, { test: 0.72 }),
      run(64, { test: 0.8 }),
      run(64, { test: 0.81 }),
      run(64, { status: 'stopped', step: 100, val: 0.9 }),
    ];
    const values = summarizeValues(runs, 'hiddenUnits');
    expect(bestSentence(values, 'hiddenUnits')).toBe(
      'Best: 64 hidden units, test 80.5% (mean of 2 seeds, sd 0.7 points); 1 of its 3 runs ' +
        'did not finish and is left out.',
    );
    expect(noiseSentence(values, 'hiddenUnits')).toBe(
      'Every seed of 64 hidden units scores above every seed of the other values (test ' +
        'accuracy, 200 steps).',
    );
  });

  it('says nothing before any run is evaluated', () => {
    expect(
      bestSentence(summarizeValues([run(5, { status: 'queued' })], 'hiddenUnits'), 'hiddenUnits'),
    ).toBeNull();
  });
});

describe('noiseSentence', () => {
  it('says which values the seeds cannot tell apart, and at how many steps', () => {
    const values = summarizeValues(
      [
        run(64, { test: 0.84 }),
        run(64, { test: 0.856 }),
        run(64, { test: 0.85 }),
        run(256, { test: 0.852 }),
        run(256, { test: 0.861 }),
        run(256, { test: 0.87 }),
      ],
      'hiddenUnits',
    );
    expect(noiseSentence(values, 'hiddenUnits')).toBe(
      '64 and 256 hidden units are within seed noise of each other at 200 steps: their ranges ' +
        'of test accuracy over 3 seeds overlap.',
    );
  });

  it('names the best when several values overlap it', () => {
    const values = summarizeValues(
      [0.8, 0.82, 0.81, 0.83, 0.825, 0.82].map((test, i) => run([4, 16, 64][i % 3], { test })),
      'hiddenUnits',
    );
    expect(noiseSentence(values, 'hiddenUnits')).toBe(
      '4, 16 and 64 hidden units are within seed noise of the best, 16 hidden units, at 200 ' +
        'steps: each one’s range of test accuracy over the seeds overlaps the best’s.',
    );
  });

  it('says when every seed of the best beats every seed of the others', () => {
    const values = summarizeValues(
      [
        run(4, { test: 0.7 }),
        run(4, { test: 0.72 }),
        run(64, { test: 0.8 }),
        run(64, { test: 0.82 }),
      ],
      'hiddenUnits',
    );
    expect(noiseSentence(values, 'hiddenUnits')).toBe(
      'Every seed of 64 hidden units scores above every seed of the other values (test ' +
        'accuracy, 200 steps).',
    );
  });

  it('warns that one seed per value cannot show the noise', () => {
    const values = summarizeValues([run(4, { test: 0.7 }), run(64, { test: 0.8 })], 'hiddenUnits');
    expect(noiseSentence(values, 'hiddenUnits')).toMatch(/^One seed per value/);
  });
});

describe('partialNote', () => {
  it('says how far the partly trained values got, and why they stopped', () => {
    const stopped = [
      run(4, { status: 'stopped', step: 120 }),
      run(8, { status: 'stopped', step: 40 }),
      run(16),
    ];
    expect(partialNote(summarizeValues(stopped, 'hiddenUnits'), stopped)).toBe(
      'stopped part-way: at most step 120 of 200',
    );
    const done = [run(4)];
    expect(partialNote(summarizeValues(done, 'hiddenUnits'), done)).toBeNull();
    const mixed = [
      run(4, { status: 'running', step: 50 }),
      run(8, { status: 'diverged', step: 30 }),
    ];
    // A diverged run is kept out of the spread (it is counted apart), so it is not drawn.
    expect(partialNote(summarizeValues(mixed, 'hiddenUnits'), mixed)).toBe(
      'still training: at most step 50 of 200',
    );
  });
});

describe('valueStatus', () => {
  it('counts one value’s runs apart and says how far the least-trained got', () => {
    const runs = [
      run(4),
      run(4),
      run(4, { status: 'stopped', step: 120 }),
      run(4, { status: 'queued' }),
      run(4, { status: 'stopped' }),
    ];
    const [value] = summarizeValues(runs, 'hiddenUnits');
    expect(valueStatus(value, runs)).toBe(
      '2 finished, 1 stopped part-way, 1 queued, 1 stopped before training (step 120 of 200)',
    );
  });
});

describe('runStatusWords', () => {
  it('names a run’s state as the status line counts it', () => {
    expect(runStatusWords(run(4))).toBe('Finished');
    expect(runStatusWords(run(4, { status: 'stopped', step: 40 }))).toBe('Stopped part-way');
    expect(runStatusWords(run(4, { status: 'stopped' }))).toBe('Stopped before training');
    expect(runStatusWords(run(4, { status: 'running', step: 40 }))).toBe('Training');
  });
});
