import { describe, expect, it } from 'vitest';
import { overlayAxes } from './OverlayCharts';
import type { OverlaySeries } from './series';

const series = (points: [number, number, [number, number]?][]): OverlaySeries =>
  ({
    key: 'g',
    label: 'Hidden units 16',
    seeds: 3,
    points: points.map(([x, valAccuracy, range]) => ({
      x,
      valAccuracy,
      valLoss: 1 - valAccuracy,
      valAccuracyRange: range ?? null,
    })),
  }) as OverlaySeries;

describe('the overlay axes', () => {
  it('tick at round values that cover every mean and band: not 50%, 65%, 80%, 100%', () => {
    const { x, y } = overlayAxes('valAccuracy', [
      series([
        [50, 0.56, [0.52, 0.6]],
        [1500, 0.86, [0.85, 0.87]],
      ]),
    ]);
    expect(y[0]).toBeLessThanOrEqual(0.52);
    expect(y.at(-1)).toBe(1);
    const steps = new Set(y.slice(1).map((t, i) => Number((t - y[i]).toFixed(6))));
    expect(steps.size).toBe(1);
    expect([0.05, 0.1]).toContain([...steps][0]);
    expect(x[0]).toBe(0);
    expect(x.at(-1)).toBeGreaterThanOrEqual(1500);
    expect(x.every((t) => t % 100 === 0)).toBe(true);
  });
});
