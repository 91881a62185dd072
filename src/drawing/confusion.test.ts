import { describe, expect, it } from 'vitest';
import {
  accuracyDifferences,
  cellIndices,
  confusionMatrix,
  overallAccuracy,
  perClassAccuracy,
} from './confusion';

const SHIRT = 6;
const T_SHIRT = 0;
const TROUSER = 1;
const labels = Uint8Array.from([SHIRT, SHIRT, SHIRT, T_SHIRT, TROUSER, SHIRT]);
const predicted = Uint8Array.from([T_SHIRT, SHIRT, T_SHIRT, T_SHIRT, TROUSER, T_SHIRT]);

describe('confusionMatrix', () => {
  it('counts true classes in rows and predictions in columns', () => {
    const matrix = confusionMatrix(labels, predicted);
    expect(matrix).toHaveLength(10);
    expect(matrix.every((row) => row.length === 10)).toBe(true);
    expect(matrix[SHIRT][T_SHIRT]).toBe(3);
    expect(matrix[SHIRT][SHIRT]).toBe(1);
    expect(matrix[T_SHIRT][SHIRT]).toBe(0);
    expect(matrix.flat().reduce((a, b) => a + b)).toBe(labels.length);
  });

  it('rejects unpaired arrays and classes outside 0..9', () => {
    expect(() => confusionMatrix(labels, predicted.subarray(1))).toThrow(/6 labels but 5/);
    expect(() => confusionMatrix(Uint8Array.of(10), Uint8Array.of(0))).toThrow(/Class 10/);
  });
});

describe('perClassAccuracy', () => {
  it('divides the diagonal by each row, null for classes without examples', () => {
    const accuracy = perClassAccuracy(confusionMatrix(labels, predicted));
    expect(accuracy[SHIRT]).toBe(0.25);
    expect(accuracy[T_SHIRT]).toBe(1);
    expect(accuracy[TROUSER]).toBe(1);
    expect(accuracy[2]).toBeNull();
    expect(overallAccuracy(confusionMatrix(labels, predicted))).toBe(3 / 6);
  });

  it('gives the per-class change from one run to another', () => {
    const better = confusionMatrix(labels, labels);
    const differences = accuracyDifferences(confusionMatrix(labels, predicted), better);
    expect(differences[SHIRT]).toBe(0.75);
    expect(differences[T_SHIRT]).toBe(0);
    expect(differences[2]).toBeNull();
  });
});

describe('cellIndices', () => {
  it('finds the images behind a cell, in order, up to the limit', () => {
    expect(cellIndices(labels, predicted, SHIRT, T_SHIRT, 25)).toEqual([0, 2, 5]);
    expect(cellIndices(labels, predicted, SHIRT, T_SHIRT, 2)).toEqual([0, 2]);
    expect(cellIndices(labels, predicted, T_SHIRT, SHIRT, 25)).toEqual([]);
  });
});
