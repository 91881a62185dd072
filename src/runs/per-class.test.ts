import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { EvalPoint } from '../model/types';
import {
  classCurveRows,
  classDifferences,
  describeClassDifferences,
  hasClassCurves,
  lastClassAccuracy,
} from './per-class';
import type { Run } from './state';

function point(step: number, valClassAccuracy?: (number | null)[]): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * 32,
    valAccuracy: 0.5,
    valLoss: 1,
    trainLoss: 1,
    examplesPerSec: 1000,
    elapsedMs: step * 10,
    ...(valClassAccuracy && { valClassAccuracy }),
  };
}

function makeRun(id: string, points: EvalPoint[]): Run {
  return {
    id,
    name: `#${id}`,
    config: DEFAULT_CONFIG,
    status: 'done',
    createdAt: 0,
    points,
    step: points.at(-1)?.step ?? 0,
  };
}

const tenths = (offset: number) => Array.from({ length: 10 }, (_, c) => (c + offset) / 20);

describe('per-class curves', () => {
  it('makes one row per point that has per-class accuracy, a key per class', () => {
    const points = [point(50), point(100, tenths(0)), point(150, tenths(1))];
    const rows = classCurveRows(points);
    expect(rows.map((r) => r.step)).toEqual([100, 150]);
    expect(rows[1]).toEqual({
      step: 150,
      ...Object.fromEntries(tenths(1).map((v, c) => [`c${c}`, v])),
    });
  });

  it('knows a run from before per-class accuracy was kept', () => {
    expect(hasClassCurves(makeRun('old', [point(50), point(100)]))).toBe(false);
    expect(hasClassCurves(makeRun('new', [point(50, tenths(0))]))).toBe(true);
    expect(lastClassAccuracy(makeRun('old', [point(50)]))).toBeNull();
  });

  it('keeps a null for a class the validation set had no image of', () => {
    const values = [...tenths(0).slice(0, 9), null];
    expect(classCurveRows([point(50, values)])[0].c9).toBeNull();
  });
});

describe('per-class differences between two runs', () => {
  const base = [0.9, 0.95, 0.8, 0.85, 0.8, 0.95, 0.34, 0.95, 0.97, 0.95];
  const a = makeRun('a', [point(50, tenths(0)), point(100, base)]);
  const better: (number | null)[] = [...base];
  better[6] = 0.61; // Shirt
  better[4] = 0.7; // Coat, worse
  better[2] = 0.801; // Pullover, the same to a person
  better[9] = null; // Ankle boot: not measured in b
  const b = makeRun('b', [point(100, better)]);

  it('uses each run’s last evaluation and lists the largest differences first', () => {
    const differences = classDifferences(a, b)!;
    expect(differences.map((d) => d.name)).toEqual([
      'Shirt',
      'Coat',
      'Pullover',
      'T-shirt/top',
      'Trouser',
      'Dress',
      'Sandal',
      'Sneaker',
      'Bag',
    ]);
    expect(differences[0]).toMatchObject({ a: 0.34, b: 0.61 });
    expect(differences[0].difference).toBeCloseTo(0.27, 10);
  });

  it('says them in words, a first, leaving out differences a person cannot see', () => {
    expect(describeClassDifferences(classDifferences(a, b)!)).toEqual([
      'Shirt: 34% against 61%',
      'Coat: 80% against 70%',
    ]);
    expect(describeClassDifferences(classDifferences(a, b)!, 1)).toEqual([
      'Shirt: 34% against 61%',
    ]);
    expect(describeClassDifferences(classDifferences(a, a)!)).toEqual([]);
  });

  it('has nothing to compare for a run without per-class accuracy', () => {
    expect(classDifferences(a, makeRun('old', [point(50)]))).toBeNull();
  });
});
