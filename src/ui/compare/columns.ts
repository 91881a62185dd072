/** Which columns the runs table shows. */
import {
  CONFIG_FIELDS,
  configColumn,
  differingFields,
  RUN_COLUMNS,
  usesField,
  type ConfigField,
  type RunColumn,
} from '../../runs/compare';
import { groupRuns } from '../../runs/repeats';
import type { Run } from '../../runs/state';

/** Fields shown even when they do not differ (model kind has its own column). */
export const MAIN_CONFIG_FIELDS: readonly ConfigField[] = [
  'hiddenUnits',
  'filters',
  'kernelSize',
  'learningRate',
  'batchSize',
  'steps',
  'optimizer',
  'activation',
  'init',
];

/**
 * One run per setting: the first run of each repeat group, whose seed is the setting's own.
 * The seeds within a group are repeats of one setting, not a difference between settings.
 */
export function settings(runs: readonly Run[]): Run[] {
  return groupRuns(runs).map((group) => group.runs[0]);
}

/**
 * The runs table's columns: name and the accuracies first, so that they stay in view while the
 * rest scroll (the table is wider than most screens), then status and model, then one per
 * hyperparameter (the main ones that some run's model reads, plus any that differ between
 * settings; only the differing ones when asked), then the other results. `extra` columns (a
 * score on My garments) follow the accuracies.
 */
export function tableColumns(
  runs: Run[],
  differencesOnly: boolean,
  extra: readonly RunColumn[] = [],
): RunColumn[] {
  const differing = new Set(differingFields(settings(runs)));
  const shown = (field: ConfigField) =>
    differing.has(field) ||
    (!differencesOnly &&
      MAIN_CONFIG_FIELDS.includes(field) &&
      runs.some((run) => usesField(run, field)));
  // Model kind already has its own column.
  const fields = CONFIG_FIELDS.filter((field) => field !== 'model' && shown(field));
  const c = RUN_COLUMNS;
  return [
    c.name,
    c.bestValAcc,
    c.finalValAcc,
    c.testAcc,
    ...extra,
    c.status,
    c.model,
    ...fields.map(configColumn),
    c.params,
    c.steps,
    c.wallTime,
    c.examplesPerSec,
    c.backend,
  ];
}
