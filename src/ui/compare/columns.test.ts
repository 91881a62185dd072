import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import type { Run } from '../../runs/state';
import { tableColumns } from './columns';

function makeRun(id: string, config: Partial<TrainConfig> = {}): Run {
  return {
    id,
    name: `#${id}`,
    config: { ...DEFAULT_CONFIG, ...config },
    status: 'done',
    createdAt: 0,
    points: [],
    step: 0,
  };
}

describe('tableColumns', () => {
  const columnIds = (runs: Run[], differencesOnly: boolean) =>
    tableColumns(runs, differencesOnly).map((column) => column.id);

  it('shows the main fields the runs use, and only differing ones when asked', () => {
    const runs = [makeRun('a', { hiddenUnits: 5 }), makeRun('b', { hiddenUnits: 50, seed: 2 })];
    const all = columnIds(runs, false);
    expect(all).toContain('config.learningRate');
    expect(all).toContain('config.seed');
    // No run is a CNN, so filter columns would be empty.
    expect(all).not.toContain('config.filters');
    const config = columnIds(runs, true).filter((id) => id.startsWith('config.'));
    expect(config).toEqual(['config.hiddenUnits', 'config.seed']);
    expect(columnIds(runs, true)).toContain('bestValAcc');
  });
});
