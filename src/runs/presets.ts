/**
 * "Reproduce the report": the 2019 report's three sweeps as data, each with its settings, and a
 * modern, quick variant of each (He/Glorot initialisation, one learning rate, few steps) that
 * shows in minutes how the dense conclusion turns around.
 */
import {
  DEFAULT_CONFIG,
  DEFAULT_STEPS,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import { expandSweep, type SweepAdjust } from './sweep';

/** A ready-made sweep: `values` of `field` applied to `base`, then `perValue` if given. */
export interface Preset {
  id: string;
  title: string;
  description: string;
  base: TrainConfig;
  field: NumericField;
  values: number[];
  /** A change that depends on the swept value, e.g. the report's lower rate for big nets. */
  perValue?: SweepAdjust;
}

/** The report's Adam rate (section 4.1). */
export const REPORT_LEARNING_RATE = 1e-3;
/** The report lowered the rate to this above {@link REPORT_LARGE_NET_UNITS} hidden units... */
export const REPORT_LARGE_NET_LEARNING_RATE = 1e-4;
/** ...because the 800-unit net "crashed" before step 4,000 at 1e-3. */
export const REPORT_LARGE_NET_UNITS = 50;
/** The report evaluated on the validation set every 50 steps. */
const REPORT_EVAL_EVERY = 50;
const REPORT_BATCH_SIZE = 32;
/** The report's best CNN, and the fixed sides of its two CNN sweeps. */
const REPORT_CNN_FILTERS = 32;
/**
 * The report does not say which kernel its filter sweep held fixed; 2x2 is the kernel of its
 * best CNN and the smallest of its kernel sweep, so it is the likeliest.
 */
const REPORT_CNN_KERNEL = 2;

const DENSE_HIDDEN_UNITS = [3, 4, 5, 10, 20, 50, 100, 800];
const CNN_FILTERS = [1, 2, 4, 8, 15, 32];
const CNN_KERNEL_SIZES = [2, 3, 4, 5, 7];

/** Steps of the quick variants: a few minutes per sweep on a laptop GPU. */
const QUICK_STEPS = { dense: 1_000, cnn: 500 } as const;

const REPORT_BASE: TrainConfig = {
  ...DEFAULT_CONFIG,
  batchSize: REPORT_BATCH_SIZE,
  optimizer: 'adam',
  activation: 'relu',
  init: 'truncatedNormal',
  learningRate: REPORT_LEARNING_RATE,
  evalEvery: REPORT_EVAL_EVERY,
};
const REPORT_DENSE: TrainConfig = { ...REPORT_BASE, model: 'dense', steps: DEFAULT_STEPS.dense };
const REPORT_CNN: TrainConfig = {
  ...REPORT_BASE,
  model: 'cnn',
  steps: DEFAULT_STEPS.cnn,
  filters: REPORT_CNN_FILTERS,
  kernelSize: REPORT_CNN_KERNEL,
};

/** The report's rule: Adam at 1e-4 instead of 1e-3 for nets of more than 50 hidden units. */
export const reportLearningRate: SweepAdjust = (_value, config) =>
  config.hiddenUnits > REPORT_LARGE_NET_UNITS
    ? { ...config, learningRate: REPORT_LARGE_NET_LEARNING_RATE }
    : config;

/** The same experiment with He/Glorot initialisation, one rate, and `steps` steps. */
function quickVariant(preset: Preset, steps: number, description: string): Preset {
  return {
    id: preset.id.replace(/^report-/, 'quick-'),
    title: `${preset.title}, modern and quick`,
    description,
    base: { ...preset.base, init: 'modern', learningRate: REPORT_LEARNING_RATE, steps },
    field: preset.field,
    values: preset.values,
  };
}

const REPORT_DENSE_HIDDEN: Preset = {
  id: 'report-dense-hidden',
  title: 'Dense: hidden units',
  description:
    'The report’s dense sweep: 3 to 800 hidden units, 15,000 steps each, truncated normal ' +
    'initialisation with sd 0.5, Adam at 1e-3 (1e-4 above 50 units). Its best was 5 units. Slow.',
  base: REPORT_DENSE,
  field: 'hiddenUnits',
  values: DENSE_HIDDEN_UNITS,
  perValue: reportLearningRate,
};

const REPORT_CNN_FILTER_COUNT: Preset = {
  id: 'report-cnn-filters',
  title: 'CNN: number of filters',
  description:
    'The report’s filter sweep: 1 to 32 filters of 2×2, 10,000 steps each, truncated normal ' +
    'initialisation with sd 0.5, Adam at 1e-3. Its best was 15 filters. Slow.',
  base: REPORT_CNN,
  field: 'filters',
  values: CNN_FILTERS,
};

const REPORT_CNN_KERNEL_SIZE: Preset = {
  id: 'report-cnn-kernel',
  title: 'CNN: kernel size',
  description:
    'The report’s kernel sweep: 32 filters of 2×2 to 7×7, 10,000 steps each, truncated normal ' +
    'initialisation with sd 0.5, Adam at 1e-3. Smaller kernels did slightly better. Slow.',
  base: REPORT_CNN,
  field: 'kernelSize',
  values: CNN_KERNEL_SIZES,
};

/** The report's three sweeps, then their modern, quick variants. */
export const REPORT_PRESETS: readonly Preset[] = [
  REPORT_DENSE_HIDDEN,
  REPORT_CNN_FILTER_COUNT,
  REPORT_CNN_KERNEL_SIZE,
  quickVariant(
    REPORT_DENSE_HIDDEN,
    QUICK_STEPS.dense,
    'The same hidden units with He/Glorot initialisation and Adam at 1e-3, 1,000 steps each. ' +
      'Expect more units to help now: the opposite of the report’s conclusion.',
  ),
  quickVariant(
    REPORT_CNN_FILTER_COUNT,
    QUICK_STEPS.cnn,
    'The same filter counts with He/Glorot initialisation, 500 steps each.',
  ),
  quickVariant(
    REPORT_CNN_KERNEL_SIZE,
    QUICK_STEPS.cnn,
    'The same kernel sizes with He/Glorot initialisation, 500 steps each.',
  ),
];

/** The configs of a preset, one per value, in the order of `preset.values`. */
export function applyPreset(preset: Preset): TrainConfig[] {
  return expandSweep(preset.base, preset.field, preset.values, preset.perValue);
}
