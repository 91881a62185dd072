import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import type { EvalPoint } from '../model/types';
import {
  configColumn,
  differingFields,
  legendLabels,
  RUN_COLUMNS,
  runLabel,
  smooth,
  sortRuns,
  spansDecades,
  unfinishedRuns,
  xValue,
} from './compare';
import type { Run } from './state';

function point(step: number, valAccuracy: number, extra: Partial<EvalPoint> = {}): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * 32,
    valAccuracy,
    valLoss: 1 - valAccuracy,
    trainLoss: 1,
    examplesPerSec: 1000,
    elapsedMs: step * 10,
    ...extra,
  };
}

function makeRun(id: string, config: Partial<TrainConfig> = {}, extra: Partial<Run> = {}): Run {
  return {
    id,
    name: `#${id}`,
    config: { ...DEFAULT_CONFIG, ...config },
    status: 'done',
    createdAt: 0,
    points: [],
    step: 0,
    ...extra,
  };
}

const ids = (runs: Run[]) => runs.map((run) => run.id);

describe('differingFields', () => {
  it('lists the fields whose values differ, model kind included', () => {
    const runs = [
      makeRun('a', { hiddenUnits: 5 }),
      makeRun('b', { hiddenUnits: 50, learningRate: 1e-4 }),
    ];
    expect(differingFields(runs)).toEqual(['hiddenUnits', 'learningRate']);
    expect(differingFields([runs[0], makeRun('c', { model: 'cnn' })])).toContain('model');
  });

  it('ignores a field among runs whose model does not read it', () => {
    // Both CNNs carry different leftover hidden-unit counts that mean nothing to them.
    const cnns = [
      makeRun('a', { model: 'cnn', hiddenUnits: 5, filters: 8 }),
      makeRun('b', { model: 'cnn', hiddenUnits: 800, filters: 16 }),
    ];
    expect(differingFields(cnns)).toEqual(['filters']);
    // One dense run alone cannot differ from anything in hidden units.
    expect(differingFields([...cnns, makeRun('c', { hiddenUnits: 3 })])).toEqual([
      'model',
      'filters',
    ]);
  });

  it('is empty for identical runs and for no runs', () => {
    expect(differingFields([makeRun('a'), makeRun('b')])).toEqual([]);
    expect(differingFields([])).toEqual([]);
  });
});

describe('runLabel and legendLabels', () => {
  it('names the differing hyperparameters the run uses', () => {
    const cnn = makeRun('a', { model: 'cnn', filters: 8, kernelSize: 3 });
    expect(runLabel(cnn, ['filters', 'kernelSize'])).toBe('Filters 8, Kernel size 3');
    expect(runLabel(makeRun('b', { hiddenUnits: 50 }), ['hiddenUnits'])).toBe('Hidden units 50');
    expect(runLabel(cnn, ['model', 'hiddenUnits', 'filters'])).toBe('CNN, Filters 8');
    expect(runLabel(makeRun('c', { optimizer: 'sgd' }), ['optimizer'])).toBe('Optimizer SGD');
  });

  it('falls back to the run name when nothing differs', () => {
    expect(runLabel(makeRun('a'), [])).toBe('#a');
  });

  it('tells apart runs whose differing settings coincide', () => {
    const labels = legendLabels([
      makeRun('a', { hiddenUnits: 5 }),
      makeRun('b', { hiddenUnits: 5 }),
      makeRun('c', { hiddenUnits: 50 }),
    ]);
    expect([...labels.values()]).toEqual([
      'Hidden units 5 (#a)',
      'Hidden units 5 (#b)',
      'Hidden units 50',
    ]);
  });
});

describe('sortRuns', () => {
  const done = makeRun('done', {}, { points: [point(50, 0.8), point(100, 0.7)], step: 100 });
  const better = makeRun('better', {}, { points: [point(50, 0.9)], step: 50 });
  const queued = makeRun('queued', {}, { status: 'queued' });
  const runs = [queued, done, better];

  it('sorts by a metric both ways with missing values last', () => {
    const best = RUN_COLUMNS.bestValAcc;
    expect(ids(sortRuns(runs, best, 'ascending'))).toEqual(['done', 'better', 'queued']);
    expect(ids(sortRuns(runs, best, 'descending'))).toEqual(['better', 'done', 'queued']);
    const final = RUN_COLUMNS.finalValAcc;
    expect(ids(sortRuns(runs, final, 'ascending'))).toEqual(['done', 'better', 'queued']);
  });

  it('keeps the given order among equal values', () => {
    const tied = [makeRun('x'), makeRun('y'), makeRun('z')];
    expect(ids(sortRuns(tied, RUN_COLUMNS.steps, 'descending'))).toEqual(['x', 'y', 'z']);
  });

  it('sorts names naturally and config fields numerically', () => {
    const named = [makeRun('1', {}, { name: 'run 10' }), makeRun('2', {}, { name: 'run 9' })];
    expect(ids(sortRuns(named, RUN_COLUMNS.name, 'ascending'))).toEqual(['2', '1']);
    const sized = [makeRun('big', { hiddenUnits: 800 }), makeRun('small', { hiddenUnits: 5 })];
    expect(ids(sortRuns(sized, configColumn('hiddenUnits'), 'ascending'))).toEqual([
      'small',
      'big',
    ]);
  });

  it('puts runs whose model does not use a field last', () => {
    const mixed = [makeRun('cnn', { model: 'cnn' }), makeRun('dense', { hiddenUnits: 5 })];
    const column = configColumn('hiddenUnits');
    expect(ids(sortRuns(mixed, column, 'ascending'))).toEqual(['dense', 'cnn']);
    expect(ids(sortRuns(mixed, column, 'descending'))).toEqual(['dense', 'cnn']);
  });

  it('reads wall time and throughput from the points until the run ends', () => {
    const live = makeRun('live', {}, { points: [point(50, 0.5), point(100, 0.6)] });
    expect(RUN_COLUMNS.wallTime.value(live)).toBe(1000);
    expect(RUN_COLUMNS.wallTime.value({ ...live, elapsedMs: 1234 })).toBe(1234);
    const uneven = makeRun(
      'u',
      {},
      { points: [point(1, 0, { examplesPerSec: 100 }), point(2, 0)] },
    );
    // The first interval holds the run's start: the rate is the median of the others.
    expect(RUN_COLUMNS.examplesPerSec.value(uneven)).toBe(1000);
  });
});

describe('smooth', () => {
  it('leaves values unchanged at weight 0', () => {
    expect(smooth([1, 5, 2], 0)).toEqual([1, 5, 2]);
  });

  it('is debiased: a constant series stays constant from the first value', () => {
    smooth([0.8, 0.8, 0.8], 0.9).forEach((v) => expect(v).toBeCloseTo(0.8, 12));
  });

  it('matches the debiased moving average by hand', () => {
    const [a, b] = smooth([0, 1], 0.5);
    expect(a).toBe(0);
    // EMA 0.5 * 0 + 0.5 * 1 = 0.5, divided by 1 - 0.5^2.
    expect(b).toBeCloseTo(0.5 / 0.75, 12);
  });

  it('lets a diverged NaN through without poisoning later values', () => {
    const smoothed = smooth([1, NaN, 1], 0.6);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBeCloseTo(1, 12);
  });

  it('rejects weights outside [0, 1)', () => {
    expect(() => smooth([1], 1)).toThrow(/Smoothing weight/);
    expect(() => smooth([1], -0.1)).toThrow(RangeError);
  });
});

describe('xValue', () => {
  it('reads step, examples seen, or wall time in seconds', () => {
    const p = point(100, 0.5, { examplesSeen: 3200, elapsedMs: 2500 });
    expect(xValue(p, 'step')).toBe(100);
    expect(xValue(p, 'examples')).toBe(3200);
    expect(xValue(p, 'time')).toBe(2.5);
  });
});

describe('spansDecades', () => {
  it('asks for a log scale from two decades, never with zero or negatives', () => {
    expect(spansDecades([3, 4, 5, 10, 20, 50, 100, 800])).toBe(true);
    expect(spansDecades([1, 100])).toBe(true);
    expect(spansDecades([1, 99])).toBe(false);
    expect(spansDecades([0, 0.1, 100])).toBe(false);
    expect(spansDecades([])).toBe(false);
  });
});

describe('unfinishedRuns', () => {
  it('lists the runs that ended without finishing, not those done or still to come', () => {
    const statuses = [
      'queued',
      'running',
      'done',
      'stopped',
      'diverged',
      'failed',
      'interrupted',
    ] as const;
    const runs = statuses.map((status) => makeRun(status, {}, { status }));
    expect(ids(unfinishedRuns(runs))).toEqual(['stopped', 'diverged', 'failed', 'interrupted']);
  });
});
