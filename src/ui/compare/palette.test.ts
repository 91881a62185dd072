import { describe, expect, it } from 'vitest';
import { assignStyleSlots } from './palette';

/** The slots of `keys` after assigning them to what was assigned before. */
function slots(before: Map<string, number>, keys: string[]): number[] {
  const assigned = assignStyleSlots(before, keys);
  return keys.map((key) => assigned.get(key)!);
}

describe('assignStyleSlots', () => {
  it('gives new runs the first styles no shown run uses', () => {
    expect(slots(new Map(), ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('keeps every run its style as others are deleted and added', () => {
    const first = assignStyleSlots(new Map(), ['a', 'b', 'c']);
    // "a" deleted: "b" and "c" keep theirs; the new "d" takes the free one, not another's.
    const later = assignStyleSlots(first, ['b', 'c', 'd']);
    expect(['b', 'c', 'd'].map((key) => later.get(key))).toEqual([1, 2, 0]);
    // The order the runs come in does not matter (a reload may list them otherwise).
    expect(slots(later, ['d', 'c', 'b'])).toEqual([0, 2, 1]);
  });

  it('remembers a deleted run, so that undoing the delete brings its style back', () => {
    const first = assignStyleSlots(new Map(), ['a', 'b']);
    const without = assignStyleSlots(first, ['b']);
    expect(slots(without, ['a', 'b'])).toEqual([0, 1]);
  });

  it('gives a new run a free style when a remembered one is taken by a present run', () => {
    const first = assignStyleSlots(new Map(), ['a', 'b']);
    const afterDelete = assignStyleSlots(first, ['b', 'c']);
    expect(afterDelete.get('c')).toBe(0);
    // "a" comes back (an undo) while "c" holds its style: "a" takes another, "c" keeps its own.
    expect(slots(afterDelete, ['a', 'b', 'c'])).toEqual([2, 1, 0]);
  });
});
