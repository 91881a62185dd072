import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import { importMessage, newImports } from './importing';
import { hasTrainedModel, type Run } from './state';

const run = (id: string, extra: Partial<Run> = {}): Run => ({
  id,
  name: `#${id}`,
  config: DEFAULT_CONFIG,
  status: 'done',
  createdAt: 0,
  points: [],
  step: 0,
  ...extra,
});

describe('newImports', () => {
  it('skips the runs already here, so that importing an export twice adds nothing', () => {
    const here = [run('a'), run('b')];
    const file = [run('a'), run('b'), run('c', { sweepId: 's1', group: 'g' })];
    const { added, skipped } = newImports(here, file);
    expect(added.map((r) => r.id)).toEqual(['c']);
    expect(skipped).toBe(2);
    // Sweeps are not exported: an imported run stands alone, but keeps its repeat group.
    expect(added[0].sweepId).toBeUndefined();
    expect(added[0].group).toBe('g');
    expect(newImports([...here, ...added], file)).toEqual({ added: [], skipped: 3 });
  });

  it('marks imported runs as holding no weights: they are compared, never asked or downloaded', () => {
    const { added } = newImports([], [run('a')]);
    expect(added[0].imported).toBe(true);
    expect(hasTrainedModel(run('a'))).toBe(true);
    expect(hasTrainedModel(added[0])).toBe(false);
  });
});

describe('importMessage', () => {
  it('says how many were imported and how many were already here', () => {
    expect(importMessage(3, 0, 'runs.json')).toBe('Imported 3 runs from runs.json.');
    expect(importMessage(0, 13, 'runs.json')).toBe(
      'Imported 0 runs from runs.json; 13 were already here.',
    );
    expect(importMessage(1, 1, 'a.json')).toBe('Imported 1 run from a.json; 1 was already here.');
  });
});
