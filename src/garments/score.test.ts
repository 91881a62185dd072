import { describe, expect, it } from 'vitest';
import { formatScore, scoreFraction, scoreGarments } from './score';

const garments = [
  { id: 'a', label: 1 },
  { id: 'b', label: 9 },
  { id: 'c', label: 0 },
];

describe('scoreGarments', () => {
  it("counts the garments a run gets right and keeps each one's prediction", () => {
    const score = scoreGarments(garments, [1, 7, 0], [0.9, 0.6, 0.55]);
    expect(formatScore(score)).toBe('2/3');
    expect(scoreFraction(score)).toBeCloseTo(2 / 3);
    expect(score.predictions.get('b')).toEqual({ predicted: 7, confidence: 0.6 });
  });

  it('scores the same predictions again after a relabel', () => {
    const relabelled = garments.map((g) => (g.id === 'b' ? { ...g, label: 7 } : g));
    expect(formatScore(scoreGarments(relabelled, [1, 7, 0], [1, 1, 1]))).toBe('3/3');
  });

  it('refuses predictions of another set', () => {
    expect(() => scoreGarments(garments, [1, 2], [1, 1])).toThrow(
      '2 predictions do not fit a set of 3 garments.',
    );
  });

  it('gives no fraction for an empty set', () => {
    expect(scoreFraction({ correct: 0, total: 0 })).toBeUndefined();
  });
});
