/**
 * Confusion matrices of test-set predictions. Pure: label arrays in, counts out.
 */
import { NUM_CLASSES } from '../data/idx';

/** counts[trueClass][predictedClass]: NUM_CLASSES x NUM_CLASSES, rows are the true classes. */
export type ConfusionMatrix = number[][];

function checkPairs(labels: Uint8Array, predicted: Uint8Array): void {
  if (labels.length !== predicted.length)
    throw new RangeError(
      `There are ${labels.length} labels but ${predicted.length} predictions; they must pair up.`,
    );
  for (const classes of [labels, predicted]) {
    const bad = classes.find((c) => c >= NUM_CLASSES);
    if (bad !== undefined) throw new RangeError(`Class ${bad} is outside 0..${NUM_CLASSES - 1}.`);
  }
}

/** How often each true class (row) was predicted as each class (column). */
export function confusionMatrix(labels: Uint8Array, predicted: Uint8Array): ConfusionMatrix {
  checkPairs(labels, predicted);
  const matrix = Array.from({ length: NUM_CLASSES }, () => new Array<number>(NUM_CLASSES).fill(0));
  labels.forEach((label, i) => matrix[label][predicted[i]]++);
  return matrix;
}

/** Fraction of each true class predicted correctly; null for a class with no examples. */
export function perClassAccuracy(matrix: ConfusionMatrix): (number | null)[] {
  return matrix.map((row, trueClass) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return total === 0 ? null : row[trueClass] / total;
  });
}

/** Fraction of all examples predicted correctly; null for an empty matrix. */
export function overallAccuracy(matrix: ConfusionMatrix): number | null {
  const total = matrix.flat().reduce((sum, count) => sum + count, 0);
  const correct = matrix.reduce((sum, row, c) => sum + row[c], 0);
  return total === 0 ? null : correct / total;
}

/** Per-class accuracy of `b` minus that of `a`; null where either has no examples. */
export function accuracyDifferences(a: ConfusionMatrix, b: ConfusionMatrix): (number | null)[] {
  const [accuracyA, accuracyB] = [perClassAccuracy(a), perClassAccuracy(b)];
  return accuracyA.map((value, c) => {
    const other = accuracyB[c];
    return value === null || other === null ? null : other - value;
  });
}

/** Indices of the first `limit` examples of `trueClass` predicted as `predictedClass`. */
export function cellIndices(
  labels: Uint8Array,
  predicted: Uint8Array,
  trueClass: number,
  predictedClass: number,
  limit: number,
): number[] {
  checkPairs(labels, predicted);
  const indices: number[] = [];
  for (let i = 0; i < labels.length && indices.length < limit; i++)
    if (labels[i] === trueClass && predicted[i] === predictedClass) indices.push(i);
  return indices;
}
