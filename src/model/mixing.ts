/**
 * How many images of a batch a fine-tune draws from My garments: one rule for the worker's
 * sampler (engine/batches.ts) and for the page, which says it in words. Pure.
 */

/** Images of a `batchSize` batch from the mixed-in pool: `share` of it, rounded, at least one
 *  when the share is above 0. */
export function mixedCount(batchSize: number, share: number): number {
  if (!(share >= 0 && share <= 1))
    throw new RangeError(`The share of mixed-in images must be from 0 to 1, not ${share}.`);
  return share === 0 ? 0 : Math.min(batchSize, Math.max(1, Math.round(share * batchSize)));
}
