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
 * The runs table's columns: name and model, then one per hyperparameter (the main ones that
 * some run's model reads, plus any that differ; only the differing ones when asked), then results.
 */
export function tableColumns(runs: Run[], differencesOnly: boolean): RunColumn[] {
  const differing = new Set(differingFields(runs));
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
    c.model,
    ...fields.map(configColumn),
    c.params,
    c.bestValAcc,
    c.finalValAcc,
    c.testAcc,
    c.steps,
    c.wallTime,
    c.examplesPerSec,
    c.backend,
    c.status,
  ];
}
