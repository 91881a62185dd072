import { describe, expect, it } from 'vitest';
import { correlation, magnitudeOverlayRgba, magnitudeScale, signedOverlayRgba } from './overlay';

describe('overlays', () => {
  it('shows the dimmed image where the heat is 0 and the heat colour where it is full', () => {
    const rgba = magnitudeOverlayRgba([1, 1, 0], 1, [0, -2, 2], 2);
    expect(Array.from(rgba.subarray(0, 4))).toEqual([140, 140, 140, 255]);
    expect(Array.from(rgba.subarray(4, 8))).toEqual([255, 176, 0, 255]);
    expect(Array.from(rgba.subarray(8, 12))).toEqual([255, 176, 0, 255]);
  });

  it('colours signed heat red for positive and blue for negative', () => {
    const rgba = signedOverlayRgba([0, 0], 1, [1, -1], 1);
    expect(rgba[0]).toBeGreaterThan(rgba[2]);
    expect(rgba[6]).toBeGreaterThan(rgba[4]);
  });

  it('scales by the 99th percentile of the magnitudes, so one outlier does not dim the rest', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i === 0 ? -1000 : i / 200));
    expect(magnitudeScale(values)).toBeCloseTo(0.995, 3);
    expect(magnitudeScale([])).toBe(0);
  });

  it('correlates maps: 1 for the same shape, -1 for the opposite, 0 for a flat one', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 2, 3], [5, 5, 5])).toBe(0);
  });
});
