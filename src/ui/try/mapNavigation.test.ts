import { describe, expect, it } from 'vitest';
import { nearestPoint, nextPoint } from './mapNavigation';

//   2 . 3
//   . 0 .      point 4 far right, point 1 below 0
//   . 1 .  4
const xs = [1, 1, 0, 2, 5];
const ys = [1, 0, 2, 2, 0];

describe('map navigation', () => {
  it('finds the point nearest a position, skipping hidden ones', () => {
    expect(nearestPoint(xs, ys, 1.9, 1.8)).toBe(3);
    expect(nearestPoint(xs, ys, 1.9, 1.8, (i) => i !== 3)).toBe(0);
    expect(nearestPoint([], [], 0, 0)).toBe(-1);
  });

  it('moves to the nearest point that lies in the arrow direction', () => {
    expect(nextPoint(xs, ys, 0, 'down')).toBe(1);
    expect(nextPoint(xs, ys, 0, 'right')).toBe(3);
    expect(nextPoint(xs, ys, 1, 'right')).toBe(4);
    expect(nextPoint(xs, ys, 1, 'up')).toBe(0);
    expect(nextPoint(xs, ys, 2, 'right')).toBe(3);
  });

  it('stays put when nothing lies that way', () => {
    expect(nextPoint(xs, ys, 4, 'right')).toBe(4);
    expect(nextPoint(xs, ys, 0, 'up', (i) => i !== 2 && i !== 3)).toBe(0);
  });
});
