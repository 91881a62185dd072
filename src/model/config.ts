/**
 * Training configuration: the one serialisable object that describes a run. Pure: no TF.js, no
 * DOM, so the form, the URL, the worker and stored runs all share it.
 */

export const MODEL_KINDS = ['dense', 'cnn', 'deepCnn'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export const OPTIMIZERS = ['adam', 'sgd', 'rmsprop', 'adagrad'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const ACTIVATIONS = ['relu', 'leakyRelu', 'prelu'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/** `modern`: He normal for ReLU-family layers, Glorot uniform for the softmax layer.
 *  `truncatedNormal`: the report's truncated normal, mean 0, sd 0.5, for every kernel. */
export const INITIALIZERS = ['modern', 'truncatedNormal'] as const;
export type InitializerName = (typeof INITIALIZERS)[number];

export interface TrainConfig {
  model: ModelKind;
  /** Units of the dense model's one hidden layer. */
  hiddenUnits: number;
  /** Conv filters of the one-conv-layer CNN. */
  filters: number;
  /** Square kernel side of the one-conv-layer CNN, in pixels. */
  kernelSize: number;
  learningRate: number;
  batchSize: number;
  /** Gradient steps (one batch each). */
  steps: number;
  /** Steps between validation evaluations. */
  evalEvery: number;
  optimizer: OptimizerName;
  activation: ActivationName;
  init: InitializerName;
  seed: number;
  /** Images split off the 60,000 training images for validation, stratified by class. */
  validationSize: number;
  /** Augmentation of training batches (0 = off): sd of Gaussian pixel noise, in [0, 1] units. */
  augNoise: number;
  /** Largest brightness change, added to every pixel, in [0, 1] units. */
  augLuminance: number;
  /** Largest relative contrast change: pixels scaled about their mean by 1 ± this. */
  augContrast: number;
  /** Largest shift, in whole pixels, horizontally and vertically. */
  augShift: number;
  /** Probability of a horizontal flip. */
  augFlip: number;
}

export const IMAGE_SIZE = 28;
export const TRAIN_POOL_SIZE = 60_000;

export const LABELS = {
  model: { dense: 'Dense', cnn: 'CNN', deepCnn: 'Deep CNN' },
  optimizer: { adam: 'Adam', sgd: 'SGD', rmsprop: 'RMSProp', adagrad: 'AdaGrad' },
  activation: { relu: 'ReLU', leakyRelu: 'Leaky ReLU', prelu: 'Parametric ReLU' },
  init: { modern: 'He / Glorot', truncatedNormal: 'Truncated normal, sd 0.5 (report)' },
} as const satisfies Record<string, Record<string, string>>;

/** The report's step counts: 15,000 for the dense net, 10,000 for the CNN. */
export const DEFAULT_STEPS: Record<ModelKind, number> = {
  dense: 15_000,
  cnn: 10_000,
  deepCnn: 10_000,
};

export const DEFAULT_CONFIG: TrainConfig = {
  model: 'dense',
  hiddenUnits: 100,
  filters: 32,
  kernelSize: 2,
  learningRate: 0.001,
  batchSize: 32,
  steps: DEFAULT_STEPS.dense,
  evalEvery: 50,
  optimizer: 'adam',
  activation: 'relu',
  init: 'modern',
  seed: 1,
  validationSize: 5_000,
  augNoise: 0,
  augLuminance: 0,
  augContrast: 0,
  augShift: 0,
  augFlip: 0,
};

export const AUGMENTATION_FIELDS = [
  'augNoise',
  'augLuminance',
  'augContrast',
  'augShift',
  'augFlip',
] as const satisfies readonly NumericField[];

export function hasAugmentation(config: TrainConfig): boolean {
  return AUGMENTATION_FIELDS.some((field) => config[field] > 0);
}

/** Which numeric fields each model kind reads; the others are ignored (and hidden in the form). */
export const MODEL_FIELDS: Record<ModelKind, readonly NumericField[]> = {
  dense: ['hiddenUnits'],
  cnn: ['filters', 'kernelSize'],
  deepCnn: [],
};

export type NumericField = {
  [K in keyof TrainConfig]: TrainConfig[K] extends number ? K : never;
}[keyof TrainConfig];

interface FieldRule {
  label: string;
  integer: boolean;
  min: number;
  max: number;
  /** Whether scientific notation such as 1e-4 is natural for this field. */
  exponent?: boolean;
}

export const FIELD_RULES: Record<NumericField, FieldRule> = {
  hiddenUnits: { label: 'Hidden units', integer: true, min: 1, max: 4096 },
  filters: { label: 'Filters', integer: true, min: 1, max: 256 },
  kernelSize: { label: 'Kernel size', integer: true, min: 1, max: IMAGE_SIZE },
  learningRate: { label: 'Learning rate', integer: false, min: 1e-7, max: 10, exponent: true },
  batchSize: { label: 'Batch size', integer: true, min: 1, max: 4096 },
  steps: { label: 'Steps', integer: true, min: 1, max: 1_000_000 },
  evalEvery: { label: 'Evaluate every', integer: true, min: 1, max: 1_000_000 },
  seed: { label: 'Seed', integer: true, min: 0, max: 2 ** 31 - 1 },
  validationSize: {
    label: 'Validation images',
    integer: true,
    min: 100,
    max: TRAIN_POOL_SIZE - 10_000,
  },
  augNoise: { label: 'Noise', integer: false, min: 0, max: 1 },
  augLuminance: { label: 'Luminance', integer: false, min: 0, max: 1 },
  augContrast: { label: 'Contrast', integer: false, min: 0, max: 1 },
  augShift: { label: 'Shift (pixels)', integer: true, min: 0, max: 8 },
  augFlip: { label: 'Flip probability', integer: false, min: 0, max: 1 },
};

/** Fields a sweep may vary, in the order the sweep picker lists them. */
export const SWEEPABLE_FIELDS: readonly NumericField[] = [
  'hiddenUnits',
  'filters',
  'kernelSize',
  'learningRate',
  'batchSize',
  'steps',
  'seed',
  ...AUGMENTATION_FIELDS,
];

const PLAIN_NUMBER = /^[+]?(\d+\.?\d*|\.\d+)$/;
const SCIENTIFIC_NUMBER = /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses one form field strictly: a message naming the problem, or the number. */
export function parseField(
  field: NumericField,
  raw: string,
): { value: number } | { error: string } {
  const rule = FIELD_RULES[field];
  const text = raw.trim();
  if (text === '') return { error: `${rule.label} is required.` };
  const pattern = rule.exponent ? SCIENTIFIC_NUMBER : PLAIN_NUMBER;
  if (text.startsWith('-'))
    return {
      error: `${rule.label} must be ${rule.min > 0 ? 'positive' : 'zero or more'}, not ${text}.`,
    };
  if (!pattern.test(text)) return { error: `${rule.label} must be a plain number, not "${text}".` };
  const value = Number(text);
  const error = valueError(field, value, text);
  return error === null ? { value } : { error };
}

/** What is wrong with `value` (written `text`) as `field`: not finite, not whole, out of range. */
function valueError(field: NumericField, value: number, text: string): string | null {
  const rule = FIELD_RULES[field];
  if (!Number.isFinite(value)) return `${rule.label} must be a finite number.`;
  if (rule.integer && !Number.isInteger(value))
    return `${rule.label} must be a whole number, not ${text}.`;
  if (value < rule.min || value > rule.max)
    return `${rule.label} must be between ${rule.min} and ${rule.max}, not ${text}.`;
  return null;
}

export type ConfigErrors = Partial<Record<NumericField, string>>;

/** Checks relations between fields that single-field parsing cannot see. */
export function crossFieldErrors(config: TrainConfig): ConfigErrors {
  const errors: ConfigErrors = {};
  if (config.evalEvery > config.steps)
    errors.evalEvery = `Evaluate every must not exceed Steps (${config.steps}).`;
  if (config.batchSize > TRAIN_POOL_SIZE - config.validationSize)
    errors.batchSize = 'Batch size must not exceed the number of training images.';
  return errors;
}

/**
 * Validates a whole config, e.g. one arriving at the worker or from a URL. The numbers are
 * checked as numbers: a value parseField accepted from "0.0000001" prints as "1e-7", which is
 * not text parseField would accept for a field other than the learning rate.
 */
export function validateConfig(config: TrainConfig): ConfigErrors {
  const errors: ConfigErrors = {};
  for (const field of Object.keys(FIELD_RULES) as NumericField[]) {
    const value: unknown = config[field];
    const error =
      typeof value === 'number'
        ? valueError(field, value, String(value))
        : `${FIELD_RULES[field].label} must be a number, not ${typeof value}.`;
    if (error !== null) errors[field] = error;
  }
  return { ...crossFieldErrors(config), ...errors };
}

/** Number of trainable parameters, computed from the config alone (no TF.js needed). */
export function countParams(config: TrainConfig): number {
  const classes = 10;
  const pixels = IMAGE_SIZE * IMAGE_SIZE;
  const preluAlphas = (units: number) => (config.activation === 'prelu' ? units : 0);
  switch (config.model) {
    case 'dense': {
      const h = config.hiddenUnits;
      return pixels * h + h + preluAlphas(h) + h * classes + classes;
    }
    case 'cnn': {
      const { filters: f, kernelSize: k } = config;
      const side = IMAGE_SIZE - k + 1;
      return k * k * f + f + preluAlphas(f) + side * side * f * classes + classes;
    }
    case 'deepCnn': {
      const conv1 = 3 * 3 * 32 + 32 + preluAlphas(32);
      const conv2 = 3 * 3 * 32 * 64 + 64 + preluAlphas(64);
      const dense = 5 * 5 * 64 * 128 + 128 + preluAlphas(128);
      return conv1 + conv2 + dense + 128 * classes + classes;
    }
    default:
      return assertNever(config.model);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
