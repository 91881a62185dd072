import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import type { EvalPoint } from '../../model/types';
import type { Run } from '../../runs/state';
import { overlaySeries } from './series';

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

describe('overlaySeries', () => {
  it('plots shown runs only, smoothed, with breaks where the loss diverged', () => {
    const runs = [
      makeRun('a', { hiddenUnits: 5 }, { points: [point(50, 0.5), point(100, 0.7)] }),
      makeRun('b', { hiddenUnits: 50 }, { points: [point(50, 0.6, { valLoss: Infinity })] }),
      makeRun('c', { hiddenUnits: 800 }, { hidden: true, points: [point(50, 0.1)] }),
    ];
    const series = overlaySeries(runs, 'time', 0.5);
    expect(series.map((s) => s.label)).toEqual(['Hidden units 5', 'Hidden units 50']);
    expect(series.map((s) => s.seeds)).toEqual([1, 1]);
    expect(series[0].points.map((p) => p.x)).toEqual([0.5, 1]);
    expect(series[0].points[1].valAccuracy).toBeCloseTo((0.25 * 0.5 + 0.5 * 0.7) / 0.75, 12);
    expect(series[1].points[0].valLoss).toBeNull();
  });

  it('returns the same plotted points while a run only reports progress', () => {
    const run = makeRun('a', {}, { points: [point(50, 0.5)] });
    const [before] = overlaySeries([run], 'step', 0);
    const [progressed] = overlaySeries([{ ...run, step: 70 }], 'step', 0);
    expect(progressed.points).toBe(before.points);
    const [evaluated] = overlaySeries(
      [{ ...run, points: [...run.points, point(100, 0.6)] }],
      'step',
      0,
    );
    expect(evaluated.points).toHaveLength(2);
    const [rescaled] = overlaySeries([run], 'examples', 0);
    expect(rescaled.points[0].x).toBe(1600);
  });
});

/** Seeds 1, 2, … of one setting, each with these accuracies at steps 50, 100, …. */
function repeatGroup(group: string, units: number, curves: number[][]): Run[] {
  return curves.map((accuracies, i) =>
    makeRun(
      `${group}-${i}`,
      { hiddenUnits: units, seed: 1 + i },
      {
        group,
        name: `#${1 + i} Dense ${units} units · seed ${1 + i}`,
        points: accuracies.map((accuracy, j) => point(50 * (j + 1), accuracy)),
      },
    ),
  );
}

describe('overlaySeries of repeat groups', () => {
  it('draws a group as its mean curve with a band from min to max, said in the label', () => {
    const group = repeatGroup('g', 64, [
      [0.5, 0.7],
      [0.6, 0.8],
      [0.7, 0.9],
    ]);
    const lone = makeRun('lone', { hiddenUnits: 32 }, { points: [point(50, 0.4)] });
    const [mean, single] = overlaySeries([...group, lone], 'step', 0);
    expect(mean.key).toBe('g');
    expect(mean.seeds).toBe(3);
    expect(mean.label).toBe('Hidden units 64 · mean of 3 seeds, band min–max');
    expect(mean.points.map((p) => p.x)).toEqual([50, 100]);
    expect(mean.points[0].valAccuracy).toBeCloseTo(0.6, 12);
    expect(mean.points[1].valAccuracyRange).toEqual([0.7, 0.9]);
    const [low, high] = mean.points[0].valLossRange!;
    expect(low).toBeCloseTo(0.3, 12);
    expect(high).toBeCloseTo(0.5, 12);
    expect(single).toMatchObject({ key: 'lone', label: 'Hidden units 32', seeds: 1 });
  });

  it('averages only the steps every seed reached, and only the shown seeds', () => {
    const group = repeatGroup('g', 64, [[0.5, 0.7], [0.6, 0.8], [0.7]]);
    const [mean] = overlaySeries(group, 'step', 0);
    expect(mean.points.map((p) => p.x)).toEqual([50]);
    // Nothing differs from another setting: the group is named as the table names it.
    expect(mean.label).toBe('#1–3 Dense 64 units · mean of 3 seeds, band min–max');
    const [shown] = overlaySeries([group[0], group[1], { ...group[2], hidden: true }], 'step', 0);
    expect(shown.seeds).toBe(2);
    expect(shown.points[1].valAccuracy).toBeCloseTo(0.75, 12);
  });

  it('draws a group with one seed shown as that run', () => {
    const group = repeatGroup('g', 64, [[0.5], [0.6]]);
    const [one] = overlaySeries([{ ...group[0], hidden: true }, group[1]], 'step', 0);
    expect(one).toMatchObject({ key: 'g', seeds: 1, label: '#2 Dense 64 units · seed 2' });
    expect(one.points[0].valAccuracyRange).toBeUndefined();
  });
});
