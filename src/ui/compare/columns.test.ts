import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import type { Run } from '../../runs/state';
import { tableColumns } from './columns';

function makeRun(id: string, config: Partial<TrainConfig> = {}, extra: Partial<Run> = {}): Run {
  return {
    id,
    name: `#${id}`,
    config: { ...DEFAULT_CONFIG, ...config },
    status: 'done',
    createdAt: 0,
    points: [],
    step: 0,
    ...extra,
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

  it('puts name and best, final and test accuracy first, where they stay in view', () => {
    const runs = [makeRun('a', { hiddenUnits: 5 }), makeRun('b', { hiddenUnits: 50, seed: 2 })];
    for (const differencesOnly of [false, true])
      expect(columnIds(runs, differencesOnly).slice(0, 4)).toEqual([
        'name',
        'bestValAcc',
        'finalValAcc',
        'testAcc',
      ]);
  });

  it('treats the seeds of a repeat group as repeats, not as a difference', () => {
    // Two settings over three seeds each: only the hidden units differ.
    const grouped = [5, 50].flatMap((units) =>
      [1, 2, 3].map((seed) =>
        makeRun(`${units}-${seed}`, { hiddenUnits: units, seed }, { group: `g${units}` }),
      ),
    );
    const config = (runs: Run[]) => columnIds(runs, true).filter((id) => id.startsWith('config.'));
    expect(config(grouped)).toEqual(['config.hiddenUnits']);
    expect(columnIds(grouped, false)).not.toContain('config.seed');
    // A sweep over the seed itself varies it: the column stays.
    const seedSweep = [1, 2, 3].map((seed) => makeRun(`s${seed}`, { seed }));
    expect(config(seedSweep)).toEqual(['config.seed']);
    // And so does a sweep over seeds repeated over seeds: the groups start from different seeds.
    const repeatedSeedSweep = [1, 10].flatMap((start) =>
      [0, 1].map((i) => makeRun(`${start}-${i}`, { seed: start + i }, { group: `g${start}` })),
    );
    expect(config(repeatedSeedSweep)).toEqual(['config.seed']);
  });
});
