import { describe, expect, it } from 'vitest';
import { CELL_PAGE, cellProgress, morePage, toFetch } from './cellPages';

describe('the pages of a confusion-matrix cell', () => {
  const all = Array.from({ length: 191 }, (_, i) => i * 3);

  it('shows 25 at first, then 25 more at a time, up to all of them', () => {
    expect(CELL_PAGE).toBe(25);
    expect(morePage(0, 191)).toBe(25);
    expect(morePage(25, 191)).toBe(50);
    expect(morePage(175, 191)).toBe(191);
    expect(morePage(10, 10)).toBe(10);
  });

  it('fetches only the images not loaded yet', () => {
    expect(toFetch(all, 0, 25)).toEqual(all.slice(0, 25));
    expect(toFetch(all, 25, 50)).toEqual(all.slice(25, 50));
    expect(toFetch(all, 50, 50)).toEqual([]);
  });

  it('says how many are shown and what the next press adds', () => {
    expect(cellProgress(25, 191)).toEqual({ shown: '25 of 191', more: 'Show 25 more' });
    expect(cellProgress(175, 191)).toEqual({ shown: '175 of 191', more: 'Show the last 16' });
    expect(cellProgress(25, 26)).toEqual({ shown: '25 of 26', more: 'Show the last one' });
    expect(cellProgress(191, 191)).toEqual({ shown: 'all 191', more: null });
    expect(cellProgress(1, 1)).toEqual({ shown: 'the only one', more: null });
  });
});
