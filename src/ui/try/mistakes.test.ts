import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MISTAKES_PAGE,
  mistakeIndices,
  pageCount,
  pageOf,
  pageRange,
  type Predictions,
} from './mistakes';

/** Ten test images: labels, what a run predicted and how sure it was. */
const labels = [0, 1, 2, 3, 4, 5, 6, 6, 0, 2];
const runA: Predictions = {
  labels,
  predicted: [6, 1, 4, 3, 2, 5, 0, 0, 6, 4],
  confidence: [0.7, 0.9, 0.55, 0.8, 0.95, 0.6, 0.99, 0.7, 0.7, 0.5],
};
const runB: Predictions = {
  labels,
  predicted: [0, 3, 4, 3, 4, 5, 6, 2, 6, 2],
  confidence: [0.9, 0.6, 0.7, 0.8, 0.9, 0.9, 0.8, 0.65, 0.6, 0.9],
};

describe('the mistakes a run makes', () => {
  it('are every wrong image, most confident first, ties in test-set order', () => {
    // Wrong in A: 0 (0.7), 2 (0.55), 4 (0.95), 6 (0.99), 7 (0.7), 8 (0.7), 9 (0.5).
    expect(mistakeIndices(runA)).toEqual([6, 4, 0, 7, 8, 2, 9]);
  });

  it('filter by true class, by predicted class, or both', () => {
    expect(mistakeIndices(runA, { trueClass: 6, predictedClass: null })).toEqual([6, 7]);
    expect(mistakeIndices(runA, { trueClass: null, predictedClass: 4 })).toEqual([2, 9]);
    expect(mistakeIndices(runA, { trueClass: 0, predictedClass: 6 })).toEqual([0, 8]);
    expect(mistakeIndices(runA, { trueClass: 1, predictedClass: null })).toEqual([]);
  });

  it('between two runs: the images one gets wrong and the other right, both ways', () => {
    // A wrong, B right: 0, 4, 6, 9. B wrong, A right: 1. Both wrong: 2, 7, 8.
    expect(mistakeIndices(runA, undefined, runB)).toEqual([6, 4, 0, 9]);
    expect(mistakeIndices(runB, undefined, runA)).toEqual([1]);
    expect(mistakeIndices(runA, { trueClass: 6, predictedClass: null }, runB)).toEqual([6]);
  });

  it('are exactly the wrong images matching the filter, each once (any predictions)', () => {
    const predictions = fc.integer({ min: 0, max: 60 }).chain((n) =>
      fc.record({
        labels: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
        predicted: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
        confidence: fc.array(fc.float({ min: 0, max: 1, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
      }),
    );
    const classOrAny = fc.option(fc.integer({ min: 0, max: 9 }), { nil: null });
    fc.assert(
      fc.property(predictions, classOrAny, classOrAny, (run, trueClass, predictedClass) => {
        const found = mistakeIndices(run, { trueClass, predictedClass });
        const expected = run.labels
          .map((_, i) => i)
          .filter(
            (i) =>
              run.predicted[i] !== run.labels[i] &&
              (trueClass === null || run.labels[i] === trueClass) &&
              (predictedClass === null || run.predicted[i] === predictedClass),
          );
        expect([...found].sort((a, b) => a - b)).toEqual(expected);
        for (let k = 1; k < found.length; k++)
          expect(run.confidence[found[k - 1]]).toBeGreaterThanOrEqual(run.confidence[found[k]]);
      }),
    );
  });

  it('refuse predictions that do not pair up with the labels, or two different test sets', () => {
    expect(() => mistakeIndices({ ...runA, predicted: [1, 2] })).toThrow(/10 labels but 2/);
    expect(() => mistakeIndices(runA, undefined, { ...runB, labels: [0] })).toThrow(
      /10 and 1 test images/,
    );
  });
});

describe('pages of mistakes', () => {
  const list = Array.from({ length: 2 * MISTAKES_PAGE + 3 }, (_, i) => i);

  it('show every image exactly once over all pages', () => {
    const pages = pageCount(list.length);
    expect(pages).toBe(3);
    const seen = Array.from({ length: pages }, (_, p) => pageOf(list, p).items).flat();
    expect(seen).toEqual(list);
  });

  it('clamp a page past either end, and give an empty list one empty page', () => {
    expect(pageOf(list, 7)).toEqual({ items: list.slice(2 * MISTAKES_PAGE), page: 2 });
    expect(pageOf(list, -1).page).toBe(0);
    expect(pageCount(0)).toBe(1);
    expect(pageOf([], 0)).toEqual({ items: [], page: 0 });
  });

  it('say which images a page holds', () => {
    expect(pageRange(list.length, 1)).toBe(`Images 41–80 of ${list.length}`);
    expect(pageRange(list.length, 2)).toBe(`Images 81–83 of ${list.length}`);
    expect(pageRange(81, 2)).toBe('Image 81 of 81');
    expect(pageRange(0, 0)).toBe('No images');
    expect(pageRange(1312, 30)).toBe('Images 1,201–1,240 of 1,312');
  });
});
