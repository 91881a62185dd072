/** Line styles for compared runs, so that colour is never the only thing telling them apart. */

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Ordered so
 * that the faint yellow, hard to see on white, comes last.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/**
 * The colours of compared runs' lines: Okabe–Ito without its yellow, whose thin line on a white
 * chart is close to invisible (contrast 1.2:1).
 */
export const LINE_COLOURS = OKABE_ITO.slice(0, -1);

/** After every colour is used once, the next runs cycle the colours with these dashes. */
const DASH_PATTERNS = [undefined, '6 3', '2 2', '8 3 2 3'] as const;

export interface SeriesStyle {
  stroke: string;
  strokeDasharray?: string;
}

/** The style in slot `index` (see assignStyleSlots). */
export function seriesStyle(index: number): SeriesStyle {
  const stroke = LINE_COLOURS[index % LINE_COLOURS.length];
  const dash = DASH_PATTERNS[Math.floor(index / LINE_COLOURS.length) % DASH_PATTERNS.length];
  return dash ? { stroke, strokeDasharray: dash } : { stroke };
}

/** Runs remembered after they are gone, so that an undone delete gets its style back. */
const MAX_REMEMBERED = 500;

/**
 * Style slots (seriesStyle indices) for `keys`, the runs and groups now in the lab, given the
 * slots assigned before. A key keeps its slot for as long as it is remembered, so colours stay
 * with their run across reloads and as others are added, hidden or deleted; a new key takes the
 * lowest slot no present key holds. Were two present keys remembered with one slot (a deleted
 * run brought back after its slot was given away), the later-assigned keeps it. Insertion order
 * of the returned map is assignment order, oldest first.
 */
export function assignStyleSlots(
  before: ReadonlyMap<string, number>,
  keys: readonly string[],
): Map<string, number> {
  const present = new Set(keys);
  const remembered = [...before].filter(([key]) => present.has(key)).reverse();
  const taken = new Set<number>();
  const kept = new Set<string>();
  for (const [key, slot] of remembered) {
    if (taken.has(slot)) continue;
    taken.add(slot);
    kept.add(key);
  }
  const after = new Map(before);
  let next = 0;
  for (const key of keys) {
    if (kept.has(key)) continue;
    while (taken.has(next)) next++;
    taken.add(next);
    after.delete(key);
    after.set(key, next);
  }
  // Forget the oldest gone keys beyond the limit; present ones are never forgotten.
  let excess = after.size - MAX_REMEMBERED;
  for (const key of after.keys()) {
    if (excess <= 0) break;
    if (present.has(key)) continue;
    after.delete(key);
    excess--;
  }
  return after;
}
