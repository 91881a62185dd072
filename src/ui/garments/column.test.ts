import { describe, expect, it } from 'vitest';
import { scoreGarments, type RunGarmentScore } from '../../garments/score';
import { DEFAULT_CONFIG } from '../../model/config';
import type { Run } from '../../runs/state';
import { formatCell, formatGroupCell } from '../compare/cells';
import { tableColumns } from '../compare/columns';
import { sortRows, tableRows } from '../compare/rows';
import { garmentsColumn } from './column';

const run = (id: string, group?: string): Run => ({
  id,
  name: `#${id}`,
  config: DEFAULT_CONFIG,
  status: 'done',
  createdAt: 0,
  points: [],
  step: 0,
  ...(group ? { group } : {}),
});
const garments = [
  { id: 'g1', label: 1 },
  { id: 'g2', label: 2 },
];
const ok = (predicted: number[]): RunGarmentScore => ({
  status: 'ok',
  score: scoreGarments(garments, predicted, [1, 1]),
});

describe('the My garments column', () => {
  const scores = new Map<string, RunGarmentScore>([
    ['a', ok([1, 2])],
    ['b', ok([0, 0])],
    ['c', { status: 'scoring' }],
    ['d', { status: 'error', message: 'No trained model is stored for run d.' }],
  ]);
  const column = garmentsColumn(scores);

  it('follows the accuracies in the runs table', () => {
    const ids = tableColumns([run('a')], false, [column]).map((c) => c.id);
    expect(ids.slice(0, 5)).toEqual([
      'name',
      'bestValAcc',
      'finalValAcc',
      'testAcc',
      'extra.garments',
    ]);
  });

  it('reads "right/all", "…" while scoring, and "—" without a score', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => formatCell(column, run(id)))).toEqual([
      '2/2',
      '0/2',
      '…',
      '—',
      '—',
    ]);
  });

  it('sorts by the fraction right, runs without a score last', () => {
    const rows = tableRows(['d', 'b', 'a', 'c'].map((id) => run(id)));
    const sorted = sortRows(rows, column, 'descending');
    expect(sorted.map((row) => row.kind === 'run' && row.run.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it("shows a repeat group's mean over the seeds that have a score", () => {
    expect(formatGroupCell(column, [run('a'), run('b'), run('c')])).toEqual({
      text: '1/2',
      title: 'Mean right over 2 seeds: 2/2, 0/2',
    });
    expect(formatGroupCell(column, [run('c'), run('d')])).toEqual({ text: '—' });
  });
});
