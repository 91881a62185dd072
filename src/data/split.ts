/**
 * Seeded randomness and the stratified train/validation split, so a run is reproducible from its
 * seed alone.
 */
import { NUM_CLASSES } from './idx';

/** Mulberry32's per-call state increment (the golden-ratio-derived constant of the reference). */
const MULBERRY32_INCREMENT = 0x6d2b79f5;
/** 2^32: divides a uint32 into [0, 1). */
const UINT32_RANGE = 2 ** 32;

/**
 * Mulberry32, a small, fast 32-bit PRNG (Tommy Ettinger's reference). Returns a function that
 * yields floats in [0, 1); the same seed always yields the same sequence.
 * `seed` must be an integer; it is taken modulo 2^32.
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + MULBERRY32_INCREMENT) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/** Fisher-Yates shuffle of `arr` in place using `rand` (floats in [0, 1)); returns `arr`. */
export function shuffleInPlace<T extends Int32Array | Uint32Array | number[]>(
  arr: T,
  rand: () => number,
): T {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const swap = arr[i];
    arr[i] = arr[j];
    arr[j] = swap;
  }
  return arr;
}

/** Indices into the labelled set: rows to train on and rows held out for validation. */
export interface TrainValidationSplit {
  /** Ascending indices of the training rows; length labels.length - validationSize. */
  trainIndices: Int32Array;
  /** Ascending indices of the validation rows; length validationSize. */
  validationIndices: Int32Array;
}

/** Positions of each class in `labels`, in ascending order; throws on a label outside 0..9. */
function indicesByClass(labels: Uint8Array): Int32Array[] {
  const counts = new Int32Array(NUM_CLASSES);
  labels.forEach((label, index) => {
    if (label >= NUM_CLASSES) {
      throw new RangeError(`label ${index} is ${label} (expected 0..${NUM_CLASSES - 1})`);
    }
    counts[label]++;
  });
  const byClass = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(NUM_CLASSES);
  labels.forEach((label, index) => (byClass[label][filled[label]++] = index));
  return byClass;
}

/**
 * How many validation rows each class gets: its share of `total` in proportion to its size,
 * rounded down, with the leftover rows going to the classes with the largest remainders (ties to
 * the lower class index), so the quotas sum to exactly `total`.
 */
function classQuotas(classSizes: number[], total: number): number[] {
  const n = classSizes.reduce((sum, size) => sum + size, 0);
  // Integer arithmetic: size * total <= 2^53 for any realistic dataset, so no rounding error.
  const quotas = classSizes.map((size) => Math.floor((size * total) / n));
  const remainders = classSizes.map((size) => (size * total) % n);
  let leftover = total - quotas.reduce((sum, q) => sum + q, 0);
  const order = classSizes.map((_, c) => c).sort((a, b) => remainders[b] - remainders[a] || a - b);
  for (const c of order) {
    if (leftover === 0) break;
    quotas[c]++;
    leftover--;
  }
  return quotas;
}

/**
 * Splits the rows of `labels` (class indices 0..9) into training and validation indices.
 * Every class gets its proportional share of the `validationSize` validation rows (exactly
 * validationSize / 10 each when the classes are balanced), picked at random with `seed`.
 * The same inputs always give the same split; the two sets are disjoint and cover every row.
 * Throws a RangeError unless validationSize is an integer with 0 < validationSize < labels.length.
 */
export function stratifiedSplit(
  labels: Uint8Array,
  validationSize: number,
  seed: number,
): TrainValidationSplit {
  if (!Number.isInteger(validationSize) || validationSize <= 0 || validationSize >= labels.length) {
    throw new RangeError(
      `validationSize must be an integer from 1 to ${labels.length - 1}, got ${validationSize}`,
    );
  }
  const byClass = indicesByClass(labels);
  const quotas = classQuotas(
    byClass.map((indices) => indices.length),
    validationSize,
  );
  const rand = mulberry32(seed);
  const validationIndices = new Int32Array(validationSize);
  const trainIndices = new Int32Array(labels.length - validationSize);
  let validationFilled = 0;
  let trainFilled = 0;
  byClass.forEach((indices, c) => {
    shuffleInPlace(indices, rand);
    validationIndices.set(indices.subarray(0, quotas[c]), validationFilled);
    trainIndices.set(indices.subarray(quotas[c]), trainFilled);
    validationFilled += quotas[c];
    trainFilled += indices.length - quotas[c];
  });
  return { trainIndices: trainIndices.sort(), validationIndices: validationIndices.sort() };
}
