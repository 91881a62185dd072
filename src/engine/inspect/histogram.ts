/** Histograms and update sizes of weight tensors, on plain arrays (no TF.js). */
import { HISTOGRAM_BINS, type Histogram } from '../../model/inside';

/**
 * The histogram of the finite `values` in `bins` equal bins spanning their range; values that
 * are NaN or infinite are left out (a run with any stops as diverged at the same point).
 * Counts are whole numbers that sum to the finite values' count.
 */
export function histogram(values: ArrayLike<number>, bins = HISTOGRAM_BINS): Histogram {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`A histogram needs a whole number of bins from 1, not ${bins}.`);
  // NaN fails every comparison; infinities are caught after, so that the common loop stays
  // free of calls (233,280 weights: 3.3 ms with Number.isFinite and Math.floor, 0.6 without).
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === -Infinity || max === Infinity) [min, max] = finiteRange(values);
  const counts = new Array<number>(bins).fill(0);
  if (min > max) return { min: 0, max: 0, counts };
  // Halved, so that a range wider than the largest float (-1e308 to 1e308) does not overflow;
  // a product rather than a division per value.
  const halfRange = max / 2 - min / 2;
  const scale = halfRange > 0 ? bins / halfRange : 0;
  const halfMin = min / 2;
  const last = bins - 1;
  const tally = new Int32Array(bins);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // NaN fails both comparisons; infinities lie outside the finite range.
    if (!(v >= min && v <= max)) continue;
    // At least 0, so truncation is the floor. A range of subnormals makes the scale infinite:
    // the maximum's position is then Infinity (the last bin) and the minimum's 0 * Infinity
    // NaN (truncated to bin 0).
    const at = (v / 2 - halfMin) * scale;
    tally[at >= last ? last : at | 0]++;
  }
  for (let b = 0; b < bins; b++) counts[b] = tally[b];
  return { min, max, counts };
}

/** The least and greatest finite values; [Infinity, -Infinity] when there are none. */
function finiteRange(values: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** ||current - previous|| / ||previous|| (Euclidean norms); null when `previous` is all zeros. */
export function relativeChange(
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
): number | null {
  if (current.length !== previous.length)
    throw new RangeError(
      `Cannot compare weights of ${current.length} values with ${previous.length}.`,
    );
  let change = 0;
  let size = 0;
  for (let i = 0; i < current.length; i++) {
    const d = current[i] - previous[i];
    change += d * d;
    size += previous[i] * previous[i];
  }
  return size > 0 ? Math.sqrt(change / size) : null;
}
