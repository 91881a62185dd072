/** How each runs-table cell reads: percentages, counts, durations, config labels. */
import { FIELD_RULES } from '../../model/config';
import { formatConfigValue, usesField, type RunColumn, type RunColumnId } from '../../runs/compare';
import type { Run, RunStatus } from '../../runs/state';
import { formatCount, formatDuration, formatPercent } from '../format';

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
  if (column.kind === 'config') return column.field in FIELD_RULES;
  return !TEXT_COLUMNS.has(column.id);
}
