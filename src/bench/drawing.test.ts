import { describe, expect, it } from 'vitest';
import { drawnGarment } from './drawing';

describe('drawnGarment', () => {
  it('makes a 28x28 input in [0, 1] that peaks at 1, with the outline inked', () => {
    const pixels = drawnGarment(1);
    expect(pixels).toHaveLength(784);
    expect(Math.max(...pixels)).toBe(1);
    expect(Math.min(...pixels)).toBeGreaterThanOrEqual(0);
    const inked = pixels.filter((p) => p > 0.5).length;
    // An outline, not a filled shape and not a dot.
    expect(inked).toBeGreaterThan(60);
    expect(inked).toBeLessThan(500);
  });

  it('differs from seed to seed and repeats for the same seed', () => {
    expect(drawnGarment(2)).toEqual(drawnGarment(2));
    expect(drawnGarment(2)).not.toEqual(drawnGarment(3));
  });
});
