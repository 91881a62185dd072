/**
 * Which style each run and repeat group is drawn in, kept in localStorage so that a run keeps
 * its colour across reloads and as others are added or deleted (see assignStyleSlots). One store
 * for the page: the runs table and the charts must agree.
 */
import { useMemo } from 'react';
import { groupRuns } from '../../runs/repeats';
import type { Run } from '../../runs/state';
import { assignStyleSlots, seriesStyle, type SeriesStyle } from './palette';

const STORAGE_KEY = 'fashion-mnist-lab/series-styles';

function load(): Map<string, number> {
  try {
    const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(stored)) return new Map();
    return new Map(
      stored.filter(
        (entry): entry is [string, number] =>
          Array.isArray(entry) &&
          typeof entry[0] === 'string' &&
          Number.isInteger(entry[1]) &&
          entry[1] >= 0,
      ),
    );
  } catch {
    // Storage off (private mode) or garbled: styles then last as long as the page.
    return new Map();
  }
}

let slots: Map<string, number> | null = null;

/** The style slots of `keys`, assigning and storing any new ones. */
export function styleSlots(keys: readonly string[]): ReadonlyMap<string, number> {
  const before = (slots ??= load());
  const after = assignStyleSlots(before, keys);
  const changed =
    after.size !== before.size || keys.some((key) => after.get(key) !== before.get(key));
  if (changed) {
    slots = after;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify([...after]));
    } catch {
      // Storage full or off: the styles still hold for this page.
    }
  }
  return slots;
}

/** The keys styles are kept by: a repeat group's id, or a run's own id (see tableRows). */
export function styleKeys(runs: readonly Run[]): string[] {
  return groupRuns(runs).map((group) => group.id);
}

/** The style of each run or group key among `runs`, stable as runs come and go. */
export function useSeriesStyles(runs: readonly Run[]): (key: string) => SeriesStyle {
  const joined = styleKeys(runs).join('\n');
  return useMemo(() => {
    // Assigning here, in render, is safe: the same keys always give the same slots.
    const assigned = styleSlots(joined === '' ? [] : joined.split('\n'));
    return (key: string) => seriesStyle(assigned.get(key) ?? 0);
  }, [joined]);
}
