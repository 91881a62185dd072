import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import type { EvalPoint } from '../../model/types';
import { configColumn, RUN_COLUMNS } from '../../runs/compare';
import type { Run } from '../../runs/state';
import { formatGroupCell } from './cells';
import { groupName, sortRows, tableRows, type TableRow } from './rows';

function point(step: number, valAccuracy: number): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * 32,
    valAccuracy,
    valLoss: 1 - valAccuracy,
    trainLoss: 1,
    examplesPerSec: 1000,
    elapsedMs: step * 10,
  };
}

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

/** Three seeds of one dense setting, numbered from `first`, with these final accuracies. */
function seeds(group: string, units: number, first: number, accuracies: number[]): Run[] {
  return accuracies.map((accuracy, i) =>
    makeRun(
      `${group}-${i}`,
      { hiddenUnits: units, seed: 1 + i },
      {
        group,
        name: `#${first + i} Dense ${units} units · seed ${1 + i}`,
        points: [point(50, accuracy - 0.1), point(100, accuracy)],
        step: 100,
        test: { accuracy, loss: 0.5 },
      },
    ),
  );
}

const keys = (rows: TableRow[]) =>
  rows.map((row) => (row.kind === 'group' ? `group ${row.id}` : row.run.id));

describe('tableRows', () => {
  it('gives a repeat group one row and a run on its own its own row, in the runs order', () => {
    const lone = makeRun('lone');
    const rows = tableRows([...seeds('g', 64, 1, [0.8, 0.82, 0.84]), lone]);
    expect(keys(rows)).toEqual(['group g', 'lone']);
    const [group] = rows;
    expect(group.kind === 'group' && group.runs.map((run) => run.id)).toEqual([
      'g-0',
      'g-1',
      'g-2',
    ]);
  });

  it('shows a group left with one run (the others deleted) as that run', () => {
    const [only] = seeds('g', 64, 1, [0.8]);
    expect(keys(tableRows([only]))).toEqual(['g-0']);
  });
});

describe('groupName', () => {
  it('names a group by its numbers and setting, without the seed', () => {
    expect(groupName(seeds('g', 64, 12, [0.8, 0.8, 0.8]))).toBe('#12–14 Dense 64 units');
  });

  it('falls back to the first name, without its seed, once runs are renamed', () => {
    const runs = seeds('g', 64, 12, [0.8, 0.8]);
    runs[1] = { ...runs[1], name: 'my favourite' };
    expect(groupName(runs)).toBe('#12 Dense 64 units');
  });
});

describe('sortRows', () => {
  // Group a has the higher mean, group b the single best seed.
  const a = seeds('a', 64, 1, [0.85, 0.86, 0.87]);
  const b = seeds('b', 32, 4, [0.7, 0.72, 0.9]);
  const lone = makeRun('lone', {}, { points: [point(100, 0.8)], step: 100 });
  const rows = tableRows([...b, lone, ...a]);

  it('sorts groups by their mean', () => {
    const final = RUN_COLUMNS.finalValAcc;
    expect(keys(sortRows(rows, final, 'descending'))).toEqual(['group a', 'lone', 'group b']);
    expect(keys(sortRows(rows, final, 'ascending'))).toEqual(['group b', 'lone', 'group a']);
  });

  it('sorts the seeds within a group too', () => {
    const [group] = sortRows(rows, RUN_COLUMNS.testAcc, 'descending');
    expect(group.kind === 'group' && group.runs.map((run) => run.id)).toEqual([
      'a-2',
      'a-1',
      'a-0',
    ]);
  });

  it('puts a group without values last', () => {
    const queued = seeds('q', 16, 7, [0.5, 0.5]).map((run) => ({
      ...run,
      status: 'queued' as const,
      points: [],
      test: undefined,
    }));
    const sorted = sortRows(tableRows([...queued, ...a]), RUN_COLUMNS.bestValAcc, 'ascending');
    expect(keys(sorted)).toEqual(['group a', 'group q']);
  });
});

describe('formatGroupCell', () => {
  const runs = seeds('g', 64, 1, [0.8, 0.82, 0.84]);

  it('gives accuracies as mean ± sd over the seeds, and the range in the title', () => {
    expect(formatGroupCell(RUN_COLUMNS.testAcc, runs)).toEqual({
      text: '82.0 ± 2.0%',
      title: 'Mean ± standard deviation over 3 seeds; range 80.0%–84.0%',
    });
  });

  it('says over how many seeds when some have no value yet', () => {
    const partial = [runs[0], runs[1], { ...runs[2], test: undefined, status: 'running' as const }];
    expect(formatGroupCell(RUN_COLUMNS.testAcc, partial).text).toBe('81.0 ± 1.4% (2 of 3)');
  });

  it('shows shared settings once, seeds as a range, and statuses counted', () => {
    expect(formatGroupCell(configColumn('hiddenUnits'), runs).text).toBe('64');
    expect(formatGroupCell(configColumn('seed'), runs).text).toBe('1–3');
    expect(formatGroupCell(RUN_COLUMNS.status, runs).text).toBe('Done');
    const mixed = [runs[0], { ...runs[1], status: 'running' as const }, runs[2]];
    expect(formatGroupCell(RUN_COLUMNS.status, mixed).text).toBe('1 Running, 2 Done');
    expect(formatGroupCell(RUN_COLUMNS.name, runs).text).toBe('#1–3 Dense 64 units');
  });
});
