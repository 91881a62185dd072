/**
 * The images behind a confusion-matrix cell come a page at a time: a cell can hold hundreds,
 * and each is a canvas.
 */

export const CELL_PAGE = 25;

/** How many to show after one more page, of `total`. */
export function morePage(shown: number, total: number): number {
  return Math.min(total, shown + CELL_PAGE);
}

/** The test-set indices still to fetch to show `wanted` of `all`, `loaded` being there. */
export function toFetch(all: readonly number[], loaded: number, wanted: number): number[] {
  return all.slice(loaded, Math.max(loaded, wanted));
}

/** The grid's caption count, and the "show more" button's label (null when all are shown). */
export function cellProgress(shown: number, total: number): { shown: string; more: string | null } {
  if (shown >= total) return { shown: total === 1 ? 'the only one' : `all ${total}`, more: null };
  const next = morePage(shown, total) - shown;
  return {
    shown: `${shown} of ${total}`,
    more:
      next === 1
        ? 'Show the last one'
        : next < CELL_PAGE
          ? `Show the last ${next}`
          : `Show ${next} more`,
  };
}
