import { describe, expect, it } from 'vitest';
import { accuracyAxis, lossAxis, roundTicks, stepAxis } from './chartTicks';

describe('roundTicks', () => {
  it('puts ticks on round steps that span the values', () => {
    expect(roundTicks(0.7, 0.93, 7)).toEqual([0.7, 0.75, 0.8, 0.85, 0.9, 0.95]);
    expect(roundTicks(0, 1, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(roundTicks(0, 2.31, 7)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(roundTicks(0, 0.42, 7)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(roundTicks(120, 980, 6)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('never exceeds the tick budget and keeps every tick a whole number of steps', () => {
    for (const [lo, hi] of [
      [0.012, 0.987],
      [0.33, 0.34],
      [0, 17.3],
      [0.8123, 0.8124],
    ]) {
      const ticks = roundTicks(lo, hi, 6);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks[0]).toBeLessThanOrEqual(lo);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(hi);
      const step = ticks[1] - ticks[0];
      // A round step: 1, 2, 2.5 or 5 times a power of ten.
      const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toFixed(6));
      expect([1, 2, 2.5, 5]).toContain(mantissa);
    }
  });

  it('gives one step around a single value', () => {
    expect(roundTicks(0.5, 0.5, 6)).toEqual([0.5]);
  });
});

describe('accuracyAxis with a fine-tune on My garments', () => {
  it('reaches down to the accuracy on the garments, which may be far below validation', () => {
    const points = [
      { valAccuracy: 0.85, valLoss: 0.4, trainLoss: 0.4, garmentAccuracy: 0.25 },
      { valAccuracy: 0.86, valLoss: 0.4, trainLoss: 0.4, garmentAccuracy: 1 },
    ];
    expect(accuracyAxis(points).domain[0]).toBeLessThanOrEqual(0.25);
    expect(accuracyAxis(points.map(({ garmentAccuracy: _, ...p }) => p)).domain[0]).toBeGreaterThan(
      0.5,
    );
  });
});

describe('the live charts’ axes', () => {
  const point = (valAccuracy: number, valLoss: number, trainLoss: number) => ({
    valAccuracy,
    valLoss,
    trainLoss,
  });

  it('shows accuracy from a round level below the worst point up to 100%', () => {
    // The chart: points between 70% and 93% had ticks at 70%, 78%, 85% and 93%.
    const axis = accuracyAxis([point(0.71, 0.8, 0.9), point(0.93, 0.3, 0.35)]);
    expect(axis.domain).toEqual([0.7, 1]);
    expect(axis.ticks).toEqual([0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
  });

  it('shows the early, low accuracy of a fresh model on ticks every 20%', () => {
    const axis = accuracyAxis([point(0.1, 2.3, 2.3), point(0.84, 0.5, 0.6)]);
    expect(axis).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('shows both losses from 0 to a round value above the highest', () => {
    const axis = lossAxis([point(0.5, 2.31, 2.9), point(0.8, 0.6, 0.4)]);
    expect(axis).toEqual({ domain: [0, 3], ticks: [0, 0.5, 1, 1.5, 2, 2.5, 3] });
  });

  it('marks steps at round numbers up to the last evaluation, not 75, 150, 225', () => {
    const steps = (...at: number[]) => at.map((step) => ({ step }));
    expect(stepAxis(steps(30, 150, 300))).toEqual({
      domain: [0, 300],
      ticks: [0, 50, 100, 150, 200, 250, 300],
    });
    expect(stepAxis(steps(50, 2800)).ticks).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(stepAxis(steps(20)).ticks).toEqual([0, 5, 10, 15, 20]);
  });

  it('leaves out a diverged run’s infinite or missing loss', () => {
    const axis = lossAxis([point(0.5, 0.9, Infinity), point(0.5, NaN, 0.7)]);
    expect(axis.domain).toEqual([0, 1]);
  });
});
