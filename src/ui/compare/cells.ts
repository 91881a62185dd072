/** How each runs-table cell reads: percentages, counts, durations, config labels. */
import { FIELD_RULES } from '../../model/config';
import {
  formatConfigValue,
  STATUS_ORDER,
  usesField,
  type RunColumn,
  type RunColumnId,
} from '../../runs/compare';
import { spread } from '../../runs/repeats';
import type { Run, RunStatus } from '../../runs/state';
import { formatCount, formatDuration, formatPercent } from '../format';
import { groupName } from './rows';

export const STATUS_TEXT: Record<RunStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  stopped: 'Stopped',
  diverged: 'Diverged',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

/** Shown where a run has no value (yet), or its model does not use the field. */
export const MISSING = '—';

const asNumber = (format: (n: number) => string) => (value: string | number) =>
  typeof value === 'number' ? format(value) : value;

const FORMATS: Record<RunColumnId, (value: string | number, run: Run) => string> = {
  name: (_value, run) => run.name,
  model: String,
  params: asNumber(formatCount),
  bestValAcc: asNumber(formatPercent),
  finalValAcc: asNumber(formatPercent),
  testAcc: asNumber(formatPercent),
  steps: asNumber(formatCount),
  wallTime: asNumber(formatDuration),
  examplesPerSec: asNumber((n) => formatCount(Math.round(n))),
  backend: String,
  status: (_value, run) => STATUS_TEXT[run.status],
};

/** The text of one cell. */
export function formatCell(column: RunColumn, run: Run): string {
  if (column.kind === 'extra') return column.text(run);
  if (column.kind === 'config') {
    return usesField(run, column.field)
      ? formatConfigValue(column.field, run.config[column.field])
      : MISSING;
  }
  const value = column.value(run);
  return value === undefined ? MISSING : FORMATS[column.id](value, run);
}

const TEXT_COLUMNS = new Set<RunColumnId>(['name', 'model', 'backend', 'status']);

/** Columns whose cells are numbers, right-aligned so that digits line up. */
export function isNumeric(column: RunColumn): boolean {
  if (column.kind === 'extra') return true;
  if (column.kind === 'config') return column.field in FIELD_RULES;
  return !TEXT_COLUMNS.has(column.id);
}

/** Columns whose cells differ from seed to seed: a group shows their mean. */
const ACCURACY_COLUMNS = new Set<RunColumnId>(['bestValAcc', 'finalValAcc', 'testAcc']);
const MEAN_COLUMNS = new Set<RunColumnId>(['wallTime', 'examplesPerSec']);

const percentPoints = (fraction: number) => (fraction * 100).toFixed(1);

/** "82.0 ± 2.0%" over the seeds that have a value, "(2 of 3)" when not all do. */
function accuracyCell(values: number[], total: number): { text: string; title?: string } {
  const s = spread(values);
  if (!s) return { text: MISSING };
  const of = s.n < total ? ` (${s.n} of ${total})` : '';
  if (s.n === 1) return { text: `${formatPercent(s.mean)}${of}` };
  return {
    text: `${percentPoints(s.mean)} ± ${percentPoints(s.sd)}%${of}`,
    title: `Mean ± standard deviation over ${s.n} seeds; range ${formatPercent(s.min)}–${formatPercent(s.max)}`,
  };
}

/** "2 Done, 1 Running" in the order a person scans statuses; one status alone as itself. */
function statusCell(runs: readonly Run[]): string {
  const counts = STATUS_ORDER.map(
    (status) => [status, runs.filter((run) => run.status === status).length] as const,
  ).filter(([, n]) => n > 0);
  if (counts.length === 1) return STATUS_TEXT[counts[0][0]];
  return counts.map(([status, n]) => `${n} ${STATUS_TEXT[status]}`).join(', ');
}

/**
 * The text of one cell of a repeat group's row: accuracies as mean ± sd over the seeds (the
 * range in `title`), what the seeds share once, what they do not as a range ("1–3" for seeds).
 */
export function formatGroupCell(
  column: RunColumn,
  runs: readonly Run[],
): { text: string; title?: string } {
  if (column.id === 'name') return { text: groupName(runs) };
  if (column.id === 'status') return { text: statusCell(runs) };
  if (column.kind === 'extra') return column.groupText(runs);
  const values = runs.map((run) => column.value(run)).filter((value) => value !== undefined);
  const numbers = values.filter((value) => typeof value === 'number');
  if (column.kind === 'run' && ACCURACY_COLUMNS.has(column.id))
    return accuracyCell(numbers, runs.length);
  if (column.kind === 'run' && MEAN_COLUMNS.has(column.id)) {
    const mean = spread(numbers)?.mean;
    return mean === undefined
      ? { text: MISSING }
      : { text: FORMATS[column.id](mean, runs[0]), title: `Mean over ${numbers.length} seeds` };
  }
  // Settings, parameter counts, steps, backend: the same for every seed, or their range.
  const texts = [...new Set(runs.map((run) => formatCell(column, run)))];
  if (texts.length === 1) return { text: texts[0] };
  if (numbers.length === values.length && numbers.length > 1) {
    const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
    const format = (n: number) =>
      column.kind === 'config'
        ? formatConfigValue(column.field, n)
        : FORMATS[column.id](n, runs[0]);
    return { text: `${format(min)}–${format(max)}` };
  }
  return { text: texts.join(', ') };
}
