/**
 * The runs table's rows: one per repeat group (its seeds inside it) and one per run on its own,
 * and how they sort. Pure, so that the table component only lays them out.
 */
import { sortBy, type CellValue, type RunColumn, type SortDirection } from '../../runs/compare';
import { groupRuns } from '../../runs/repeats';
import type { Run } from '../../runs/state';

export type TableRow =
  | { kind: 'run'; run: Run; styleKey: string }
  | { kind: 'group'; id: string; name: string; runs: Run[]; styleKey: string };

/**
 * A row per repeat group of two runs or more, and per run on its own, in the order of each
 * one's first run. `styleKey` is what its colour is kept by (see seriesStyles.ts): the group id,
 * also for a group left with one run, so that it keeps the colour it had.
 */
export function tableRows(runs: readonly Run[]): TableRow[] {
  return groupRuns(runs).map(({ id, runs: members }) =>
    members.length > 1
      ? { kind: 'group', id, name: groupName(members), runs: members, styleKey: id }
      : { kind: 'run', run: members[0], styleKey: id },
  );
}

const SEED_SUFFIX = / · seed \d+$/;
const NUMBERED = /^#(\d+) (.+)$/;

/**
 * A group's name from its runs' names, e.g. "#12 Dense 64 units · seed 1" to "#14 … · seed 3"
 * make "#12–14 Dense 64 units"; once a run is renamed, the first name without its seed.
 */
export function groupName(runs: readonly Run[]): string {
  const bare = runs.map((run) => run.name.replace(SEED_SUFFIX, ''));
  const parsed = bare.map((name) => NUMBERED.exec(name));
  const rest = parsed[0]?.[2];
  if (rest === undefined || parsed.some((match) => match?.[2] !== rest)) return bare[0] ?? '';
  const numbers = parsed.map((match) => Number(match![1])).sort((a, b) => a - b);
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const label =
    first === last
      ? `#${first}`
      : consecutive
        ? `#${first}–${last}`
        : numbers.map((n) => `#${n}`).join(', ');
  return `${label} ${rest}`;
}

/**
 * What a group sorts by in a column: the mean of its runs' numbers (accuracies, times, counts),
 * the most active status, else the first run's value.
 */
export function groupValue(column: RunColumn, runs: readonly Run[]): CellValue {
  if (column.id === 'name') return groupName(runs);
  const values = runs.map((run) => column.value(run)).filter((value) => value !== undefined);
  if (values.length === 0) return undefined;
  if (!values.every((value) => typeof value === 'number')) return values[0];
  if (column.id === 'status') return Math.min(...values);
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function rowValue(row: TableRow, column: RunColumn): CellValue {
  return row.kind === 'run' ? column.value(row.run) : groupValue(column, row.runs);
}

/** Rows sorted by a column, groups by their mean, and the seeds inside each group likewise. */
export function sortRows(
  rows: readonly TableRow[],
  column: RunColumn,
  direction: SortDirection,
): TableRow[] {
  const inner = rows.map((row) =>
    row.kind === 'group'
      ? { ...row, runs: sortBy(row.runs, (run) => column.value(run), direction) }
      : row,
  );
  return sortBy(inner, (row) => rowValue(row, column), direction);
}
