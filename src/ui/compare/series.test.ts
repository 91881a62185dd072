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
