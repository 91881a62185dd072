/** Percentages for display that add up to exactly 100. */

/**
 * `fractions` (summing to 1) as percentages with `decimals` places that sum to exactly 100:
 * each is rounded down, and the leftover units go to the largest remainders.
 */
export function roundedPercents(fractions: readonly number[], decimals = 1): number[] {
  const unit = 10 ** decimals;
  const total = 100 * unit;
  const sum = fractions.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return fractions.map(() => 0);
  const exact = fractions.map((f) => (f / sum) * total);
  const floors = exact.map(Math.floor);
  let leftover = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - floors[i] }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (leftover <= 0) break;
    floors[i]++;
    leftover--;
  }
  return floors.map((units) => units / unit);
}
