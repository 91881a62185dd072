import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleInPlace, stratifiedSplit } from './split';
import { balancedLabels } from './test-fixtures';

/** Number of rows of each class 0..9 among `indices`. */
function classCounts(labels: Uint8Array, indices: Int32Array): number[] {
  const counts = new Array<number>(10).fill(0);
  indices.forEach((i) => counts[labels[i]]++);
  return counts;
}

describe('mulberry32', () => {
  it('is deterministic for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = Array.from({ length: 1000 }, mulberry32(7));
    const b = Array.from({ length: 1000 }, mulberry32(7));
    const c = Array.from({ length: 1000 }, mulberry32(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = a.reduce((sum, x) => sum + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('matches the reference implementation', () => {
    // First outputs of Tommy Ettinger's C mulberry32 for state 1, as uint32.
    const rand = mulberry32(1);
    const first = [rand(), rand(), rand()].map((x) => x * 2 ** 32);
    expect(first).toEqual([2693262067, 11749833, 2265367787]);
  });

  it('rejects a non-integer seed', () => {
    expect(() => mulberry32(0.5)).toThrow(RangeError);
  });
});

describe('shuffleInPlace', () => {
  it('permutes the array in place, reproducibly for a seed', () => {
    const a = shuffleInPlace(
      Int32Array.from({ length: 100 }, (_, i) => i),
      mulberry32(3),
    );
    const b = shuffleInPlace(
      Array.from({ length: 100 }, (_, i) => i),
      mulberry32(3),
    );
    expect(Array.from(a)).toEqual(b);
    expect(b).not.toEqual([...b].sort((x, y) => x - y));
    expect([...b].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('stratifiedSplit', () => {
  const labels = balancedLabels(600);

  it('gives every class exactly a tenth of the validation set when classes are balanced', () => {
    const { trainIndices, validationIndices } = stratifiedSplit(labels, 500, 1);
    expect(validationIndices.length).toBe(500);
    expect(trainIndices.length).toBe(5500);
    expect(classCounts(labels, validationIndices)).toEqual(new Array(10).fill(50));
    expect(classCounts(labels, trainIndices)).toEqual(new Array(10).fill(550));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const first = stratifiedSplit(labels, 500, 1);
    expect(stratifiedSplit(labels, 500, 1)).toEqual(first);
    const other = stratifiedSplit(labels, 500, 2);
    expect(other.validationIndices).not.toEqual(first.validationIndices);
  });

  it('returns disjoint sets that together cover every row', () => {
    const { trainIndices, validationIndices } = stratifiedSplit(labels, 777, 9);
    const all = [...trainIndices, ...validationIndices].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: labels.length }, (_, i) => i));
  });

  it('splits unbalanced classes proportionally with an exact total', () => {
    // 50 zeros, 30 ones, 20 twos; 15% of 50/30/20 is 7.5/4.5/3.0 → 8, 4, 3 (ties to class 0).
    const unbalanced = Uint8Array.from([
      ...new Array(50).fill(0),
      ...new Array(30).fill(1),
      ...new Array(20).fill(2),
    ]);
    const { validationIndices } = stratifiedSplit(unbalanced, 15, 4);
    expect(validationIndices.length).toBe(15);
    expect(classCounts(unbalanced, validationIndices).slice(0, 3)).toEqual([8, 4, 3]);
  });

  it('rejects sizes that are not integers strictly between 0 and the row count', () => {
    for (const size of [0, -1, 2.5, Number.NaN, labels.length, labels.length + 1]) {
      expect(() => stratifiedSplit(labels, size, 1)).toThrow(RangeError);
    }
    expect(() => stratifiedSplit(labels, 2.5, 1)).toThrow('got 2.5');
  });

  it('rejects a label outside 0..9, naming its index', () => {
    expect(() => stratifiedSplit(Uint8Array.of(1, 2, 11, 3), 2, 1)).toThrow('label 2 is 11');
  });
});
