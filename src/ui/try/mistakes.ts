/**
 * The Mistakes gallery's list: the test images a run gets wrong, most confident first, filtered
 * by true and by predicted class, optionally only those a second run gets right; and its pages.
 * Pure: prediction arrays in, test-set indices out.
 */

/** A run's predictions on the test set, as the worker's testPredictions answers them. */
export interface Predictions {
  /** Predicted class of each test image. */
  predicted: ArrayLike<number>;
  /** The softmax probability of the predicted class, in [0, 1]. */
  confidence: ArrayLike<number>;
  labels: ArrayLike<number>;
}

/** A class to keep, or null for any. */
export interface MistakeFilter {
  trueClass: number | null;
  predictedClass: number | null;
}

export const ANY_CLASS: MistakeFilter = { trueClass: null, predictedClass: null };

/** Images a page of the gallery shows. */
export const MISTAKES_PAGE = 40;

function checkSameSet(a: Predictions, b: Predictions): void {
  if (a.labels.length !== b.labels.length)
    throw new RangeError(
      `The runs' predictions cover ${a.labels.length} and ${b.labels.length} test images; they must be the same set.`,
    );
}

/**
 * Test-set indices of the images `run` gets wrong that pass `filter` (its predicted class is
 * `run`'s) and, given `rightIn`, that run gets right; ordered by `run`'s confidence in its wrong
 * answer, highest first, ties in test-set order.
 */
export function mistakeIndices(
  run: Predictions,
  filter: MistakeFilter = ANY_CLASS,
  rightIn?: Predictions,
): number[] {
  const { predicted, confidence, labels } = run;
  if (predicted.length !== labels.length || confidence.length !== labels.length)
    throw new RangeError(
      `There are ${labels.length} labels but ${predicted.length} predictions and ${confidence.length} confidences; they must pair up.`,
    );
  if (rightIn) checkSameSet(run, rightIn);
  const indices: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (predicted[i] === labels[i]) continue;
    if (filter.trueClass !== null && labels[i] !== filter.trueClass) continue;
    if (filter.predictedClass !== null && predicted[i] !== filter.predictedClass) continue;
    if (rightIn && rightIn.predicted[i] !== labels[i]) continue;
    indices.push(i);
  }
  // Array.prototype.sort is stable: equal confidences stay in test-set order.
  return indices.sort((a, b) => confidence[b] - confidence[a]);
}

/** Pages needed for `total` images: at least one, so an empty list still has a page 1. */
export function pageCount(total: number, size = MISTAKES_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (0-based, clamped to the pages there are) of `list`, and the page it gave. */
export function pageOf<T>(
  list: readonly T[],
  page: number,
  size = MISTAKES_PAGE,
): { items: T[]; page: number } {
  const last = pageCount(list.length, size) - 1;
  const shown = Math.min(Math.max(0, Math.floor(page)), last);
  return { items: list.slice(shown * size, (shown + 1) * size), page: shown };
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Images 41–80 of 1,312", or "No images" for an empty list. */
export function pageRange(total: number, page: number, size = MISTAKES_PAGE): string {
  if (total === 0) return 'No images';
  const first = page * size + 1;
  const last = Math.min(total, (page + 1) * size);
  return first === last
    ? `Image ${count(first)} of ${count(total)}`
    : `Images ${count(first)}–${count(last)} of ${count(total)}`;
}
