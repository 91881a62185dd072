import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram, relativeChange } from './histogram';

describe('histogram', () => {
  it('puts each value in its bin, the maximum in the last', () => {
    const h = histogram([0, 0.1, 0.5, 0.99, 1], 4);
    expect(h).toEqual({ min: 0, max: 1, counts: [2, 0, 1, 2] });
  });

  it('counts every finite value once and leaves out the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 200 }), (values) => {
        const h = histogram(values, 30);
        const finite = values.filter(Number.isFinite);
        expect(h.counts).toHaveLength(30);
        expect(h.counts.reduce((a, b) => a + b, 0)).toBe(finite.length);
        if (finite.length > 0) {
          expect(h.min).toBe(Math.min(...finite));
          expect(h.max).toBe(Math.max(...finite));
        }
      }),
    );
  });

  it('gives one full bin when all values are equal, and none when there are none', () => {
    expect(histogram([2, 2, 2], 3)).toEqual({ min: 2, max: 2, counts: [3, 0, 0] });
    expect(histogram([], 3)).toEqual({ min: 0, max: 0, counts: [0, 0, 0] });
  });

  it('refuses a bin count that is not a whole number from 1', () => {
    expect(() => histogram([1], 0)).toThrow(/whole number of bins/);
  });
});

describe('relativeChange', () => {
  it('is the norm of the change over the norm of the old weights', () => {
    expect(relativeChange([3, 4], [0, 0.5])).toBeCloseTo(Math.hypot(3, 3.5) / 0.5, 12);
    expect(relativeChange([1, 2], [1, 2])).toBe(0);
  });

  it('is null from all-zero weights, and refuses arrays of different lengths', () => {
    expect(relativeChange([1], [0])).toBeNull();
    expect(() => relativeChange([1, 2], [1])).toThrow(/2 values with 1/);
  });
});
