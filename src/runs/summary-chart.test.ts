import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import { summarizeValues } from './repeats';
import type { Run } from './state';
import { canUseLog, chartRows, xDomain, xTicks, yDomain, yTicks } from './summary-chart';

function run(hiddenUnits: number, test: number, val = test): Run {
  return {
    id: `${hiddenUnits}-${test}`,
    name: 'r',
    config: { ...DEFAULT_CONFIG, hiddenUnits, steps: 100 },
    status: 'done',
    createdAt: 0,
    points: [
      {
        step: 100,
        epoch: 0,
        examplesSeen: 3200,
        valAccuracy: val,
        valLoss: 1,
        trainLoss: 1,
        examplesPerSec: 1,
        elapsedMs: 1,
      },
    ],
    step: 100,
    test: { accuracy: test, loss: 1 },
  };
}

describe('sweep summary chart', () => {
  it('gives each value its mean and its min–max as offsets for the error bar', () => {
    const rows = chartRows(
      summarizeValues([run(8, 0.8), run(8, 0.84), run(8, 0.82), run(64, 0.86)], 'hiddenUnits'),
      'test',
    );
    expect(rows[0]).toMatchObject({ value: 8, n: 3, min: 0.8, max: 0.84, partial: false });
    expect(rows[0].mean).toBeCloseTo(0.82);
    expect(rows[0].range![0]).toBeCloseTo(0.02);
    expect(rows[0].range![1]).toBeCloseTo(0.02);
    expect(rows[1]).toMatchObject({ value: 64, n: 1, range: [0, 0] });
  });

  it('spans the planned values on x, whatever has been evaluated so far', () => {
    // One run evaluated out of 3..800: the axis still runs from 3 to 800 (with a margin).
    const [low, high] = xDomain([3, 4, 5, 10, 20, 50, 100, 800], true);
    expect(low).toBeLessThan(3);
    expect(low).toBeGreaterThan(2);
    expect(high).toBeGreaterThan(800);
    expect(high).toBeLessThan(1100);
    const [a, b] = xDomain([8, 16], false);
    expect(a).toBeCloseTo(7.68);
    expect(b).toBeCloseTo(16.32);
    // A single value gets a range of its own instead of a zero-width one.
    const [c, d] = xDomain([32], false);
    expect(c).toBeLessThan(32);
    expect(d).toBeGreaterThan(32);
    expect(xTicks([800, 3, 4])).toEqual([3, 4, 800]);
    expect(xTicks(Array.from({ length: 13 }, (_, i) => i + 1))).toBeUndefined();
  });

  it('offers a log axis only where every value is positive', () => {
    expect(canUseLog([3, 800])).toBe(true);
    expect(canUseLog([0, 0.1, 0.2])).toBe(false);
  });

  it('zooms y to every seed and report marker, in whole 5% steps, or shows 0–100%', () => {
    const rows = chartRows(
      summarizeValues([run(8, 0.812, 0.8), run(8, 0.846, 0.83)], 'hiddenUnits'),
      'test',
    );
    expect(yDomain(rows, [], true)).toEqual([0.8, 0.9]);
    expect(yDomain(rows, [], false)).toEqual([0, 1]);
    // The report's 65.9% stays on the chart.
    expect(yDomain(rows, [{ value: 8, testAccuracy: 0.659, steps: 15_000 }], true)).toEqual([
      0.6, 0.9,
    ]);
    // At least 10 points tall, within 0–100%.
    expect(
      yDomain(chartRows(summarizeValues([run(8, 0.995)], 'hiddenUnits'), 'test'), [], true),
    ).toEqual([0.9, 1]);
    expect(yDomain([], [], true)).toEqual([0, 1]);
  });

  it('puts y ticks on round percentages of the zoomed range', () => {
    expect(yTicks([0.65, 0.75])).toEqual([0.65, 0.7, 0.75]);
    expect(yTicks([0.6, 0.9])).toEqual([0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]);
    expect(yTicks([0, 1])).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
