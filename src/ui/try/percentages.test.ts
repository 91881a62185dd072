import { describe, expect, it } from 'vitest';
import { roundedPercents } from './percentages';

describe('roundedPercents', () => {
  it('adds up to exactly 100 where plain rounding would not', () => {
    const thirds = roundedPercents([1 / 3, 1 / 3, 1 / 3]);
    expect(thirds.reduce((a, b) => a + b)).toBeCloseTo(100, 9);
    expect([...thirds].sort()).toEqual([33.3, 33.3, 33.4]);
  });

  it('keeps each value within one unit of the exact percentage', () => {
    const fractions = [0.00049, 0.12345, 0.5, 0.37606];
    const percents = roundedPercents(fractions);
    percents.forEach((p, i) => expect(Math.abs(p - fractions[i] * 100)).toBeLessThan(0.1));
    expect(percents.reduce((a, b) => a + b)).toBeCloseTo(100, 9);
  });

  it('gives zeros for all-zero input instead of NaN', () => {
    expect(roundedPercents([0, 0])).toEqual([0, 0]);
  });
});
