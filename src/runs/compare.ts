/**
 * Comparing runs: which hyperparameters differ, how to name and sort runs by them, and the
 * smoothing, axes and sweep summaries the comparison charts draw. Pure: no React, no DOM, so every rule here is unit-tested.
 */
import {
  countParams,
  FIELD_RULES,
  LABELS,
  MODEL_FIELDS,
  MODEL_KINDS,
  type TrainConfig,
} from '../model/config';
import type { EvalPoint } from '../model/types';
import { trainingRate } from './estimate';
import type { Run, RunStatus } from './state';

export type ConfigField = keyof TrainConfig;

/** Every config field's column header, in the order tables and legends list them. */
export const CONFIG_FIELD_LABELS: Record<ConfigField, string> = {
  model: 'Model',
  hiddenUnits: FIELD_RULES.hiddenUnits.label,
  filters: FIELD_RULES.filters.label,
  kernelSize: FIELD_RULES.kernelSize.label,
  learningRate: FIELD_RULES.learningRate.label,
  batchSize: FIELD_RULES.batchSize.label,
  steps: FIELD_RULES.steps.label,
  optimizer: 'Optimizer',
  activation: 'Activation',
  init: 'Initialiser',
  evalEvery: FIELD_RULES.evalEvery.label,
  seed: FIELD_RULES.seed.label,
  validationSize: FIELD_RULES.validationSize.label,
  augNoise: FIELD_RULES.augNoise.label,
  augLuminance: FIELD_RULES.augLuminance.label,
  augContrast: FIELD_RULES.augContrast.label,
  augShift: FIELD_RULES.augShift.label,
  augFlip: FIELD_RULES.augFlip.label,
};

export const CONFIG_FIELDS = Object.keys(CONFIG_FIELD_LABELS) as ConfigField[];

/** Fields that only some model kinds read, e.g. hidden units only matter to the dense model. */
const MODEL_SPECIFIC = new Set<ConfigField>(MODEL_KINDS.flatMap((kind) => MODEL_FIELDS[kind]));

/** Whether a run's model reads this field; a CNN's hidden-unit count is a leftover, not a setting. */
export function usesField(run: Run, field: ConfigField): boolean {
  return (
    !MODEL_SPECIFIC.has(field) || MODEL_FIELDS[run.config.model].some((used) => used === field)
  );
}

/** Config fields whose values differ among the runs that use them, in CONFIG_FIELDS order. */
export function differingFields(runs: Run[]): ConfigField[] {
  return CONFIG_FIELDS.filter((field) => {
    const values = new Set(runs.filter((run) => usesField(run, field)).map((r) => r.config[field]));
    return values.size > 1;
  });
}

/** A config value as people read it: "CNN", "Adam", "0.0001", "15,000". */
export function formatConfigValue(field: ConfigField, value: TrainConfig[ConfigField]): string {
  const names: Record<string, Record<string, string>> = LABELS;
  if (typeof value === 'string') return names[field]?.[value] ?? value;
  // Whole numbers with separators (15,000 steps); fractions as typed (0.0001, 1e-7).
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

/** Legend text naming the run's differing hyperparameters, e.g. "Filters 8, Kernel size 3". */
export function runLabel(run: Run, fields: ConfigField[]): string {
  const parts = fields
    .filter((field) => usesField(run, field))
    .map((field) =>
      field === 'model'
        ? formatConfigValue('model', run.config.model)
        : `${CONFIG_FIELD_LABELS[field]} ${formatConfigValue(field, run.config[field])}`,
    );
  return parts.length > 0 ? parts.join(', ') : run.name;
}

/**
 * One legend label per run id, from the fields that differ among these runs. Runs whose
 * settings are identical would share a label, so those get their name appended.
 */
export function legendLabels(runs: Run[]): Map<string, string> {
  const fields = differingFields(runs);
  const labels = runs.map((run) => runLabel(run, fields));
  const seen = new Map<string, number>();
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  return new Map(
    runs.map((run, i) => {
      const label = labels[i];
      const clash = (seen.get(label) ?? 0) > 1 && label !== run.name;
      return [run.id, clash ? `${label} (${run.name})` : label];
    }),
  );
}

// ---- Table columns and sorting ----

export type CellValue = number | string | undefined;

export const RUN_COLUMN_IDS = [
  'name',
  'model',
  'params',
  'bestValAcc',
  'finalValAcc',
  'testAcc',
  'steps',
  'wallTime',
  'examplesPerSec',
  'backend',
  'status',
] as const;
export type RunColumnId = (typeof RUN_COLUMN_IDS)[number];

export type RunColumn =
  | { kind: 'run'; id: RunColumnId; label: string; value(run: Run): CellValue }
  | {
      kind: 'config';
      id: `config.${ConfigField}`;
      field: ConfigField;
      label: string;
      value(run: Run): CellValue;
    }
  /** A column the run itself does not hold (its score on My garments): its own texts. */
  | {
      kind: 'extra';
      id: `extra.${string}`;
      label: string;
      /** What the column sorts by. */
      value(run: Run): CellValue;
      text(run: Run): string;
      /** A repeat group's cell, over its seeds. */
      groupText(runs: readonly Run[]): { text: string; title?: string };
    };

/** Statuses in the order a person scans for them: what is happening, then what ended how. */
export const STATUS_ORDER: readonly RunStatus[] = [
  'running',
  'queued',
  'done',
  'stopped',
  'diverged',
  'failed',
  'interrupted',
];

/** Best validation accuracy over a run's points, in [0, 1]. */
export function bestValAccuracy(run: Run): number | undefined {
  // A reduce, not Math.max(...points): a long run at evalEvery 1 would overflow the call stack.
  return run.points.reduce<number | undefined>(
    (best, p) => (best === undefined || p.valAccuracy > best ? p.valAccuracy : best),
    undefined,
  );
}

/** Wall time of a run in ms: the final figure once ended, else the last point's. */
export function wallTimeMs(run: Run): number | undefined {
  return run.elapsedMs ?? run.points.at(-1)?.elapsedMs;
}

function runColumn(id: RunColumnId, label: string, value: (run: Run) => CellValue): RunColumn {
  return { kind: 'run', id, label, value };
}

export const RUN_COLUMNS: Record<RunColumnId, RunColumn> = {
  name: runColumn('name', 'Name', (run) => run.name),
  model: runColumn('model', 'Model', (run) => LABELS.model[run.config.model]),
  // Before the worker reports it, the count follows from the config alone.
  params: runColumn('params', 'Parameters', (run) => run.params ?? countParams(run.config)),
  bestValAcc: runColumn('bestValAcc', 'Best validation accuracy', bestValAccuracy),
  finalValAcc: runColumn(
    'finalValAcc',
    'Final validation accuracy',
    (run) => run.points.at(-1)?.valAccuracy,
  ),
  testAcc: runColumn('testAcc', 'Test accuracy', (run) => run.test?.accuracy),
  steps: runColumn('steps', 'Steps done', (run) => run.step),
  wallTime: runColumn('wallTime', 'Wall time', wallTimeMs),
  examplesPerSec: runColumn('examplesPerSec', 'Examples/s', trainingRate),
  backend: runColumn('backend', 'Backend', (run) => run.backend),
  status: runColumn('status', 'Status', (run) => STATUS_ORDER.indexOf(run.status)),
};

/** A column of one config field; empty for runs whose model does not read the field. */
export function configColumn(field: ConfigField): RunColumn {
  return {
    kind: 'config',
    id: `config.${field}`,
    field,
    label: CONFIG_FIELD_LABELS[field],
    value: (run) => (usesField(run, field) ? run.config[field] : undefined),
  };
}

export type SortDirection = 'ascending' | 'descending';

function isMissing(value: CellValue): value is undefined {
  return value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** Items sorted by `value`; items without a value go last in both directions; stable. */
export function sortBy<T>(
  items: readonly T[],
  value: (item: T) => CellValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = items.map((item) => ({ item, value: value(item) }));
  keyed.sort((a, b) => {
    if (isMissing(a.value)) return isMissing(b.value) ? 0 : 1;
    if (isMissing(b.value)) return -1;
    return sign * compareValues(a.value, b.value);
  });
  return keyed.map(({ item }) => item);
}

/** Runs sorted by one column; runs without a value go last in both directions; stable. */
export function sortRuns(runs: Run[], column: RunColumn, direction: SortDirection): Run[] {
  return sortBy(runs, (run) => column.value(run), direction);
}

// ---- Chart series ----

/**
 * TensorBoard's smoothing: an exponential moving average debiased so that the first values
 * are not pulled towards zero. weight in [0, 1); 0 leaves the values unchanged. Non-finite
 * values (a diverged loss) pass through without poisoning the average.
 */
export function smooth(values: number[], weight: number): number[] {
  if (!(weight >= 0 && weight < 1))
    throw new RangeError(`Smoothing weight must be in [0, 1), not ${weight}.`);
  let average = 0;
  let count = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) return value;
    average = average * weight + (1 - weight) * value;
    count += 1;
    return average / (1 - weight ** count);
  });
}

export type XAxisKind = 'step' | 'examples' | 'time';

const MS_PER_SECOND = 1000;

/** A point's position on the chosen X axis: steps, examples seen, or wall time in seconds. */
export function xValue(point: EvalPoint, axis: XAxisKind): number {
  switch (axis) {
    case 'step':
      return point.step;
    case 'examples':
      return point.examplesSeen;
    case 'time':
      return point.elapsedMs / MS_PER_SECOND;
  }
}

/** Ratio of largest to smallest value from which a log-scale axis reads better. */
const LOG_SCALE_RATIO = 100;

/** Whether positive values span two decades or more (3 to 800 hidden units do). */
export function spansDecades(values: number[]): boolean {
  if (values.length === 0 || values.some((v) => !(v > 0))) return false;
  return Math.max(...values) / Math.min(...values) >= LOG_SCALE_RATIO;
}

/** Statuses of runs that ended without finishing: partial, broken or cut off. */
const UNFINISHED: ReadonlySet<RunStatus> = new Set([
  'stopped',
  'diverged',
  'failed',
  'interrupted',
]);

/** The runs that ended without finishing, which "Clear stopped runs" deletes. */
export function unfinishedRuns(runs: readonly Run[]): Run[] {
  return runs.filter((run) => UNFINISHED.has(run.status));
}
