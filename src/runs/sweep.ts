/**
 * Sweeps: one training config per value of one numeric field, queued together so their curves
 * can be overlaid. Pure: no DOM, no TF.js.
 */
import {
  FIELD_RULES,
  SWEEPABLE_FIELDS,
  parseField,
  validateConfig,
  type ModelKind,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import { isUsedBy } from '../model/form';

/** Fewer values than this is a single run, not a comparison. */
export const MIN_SWEEP_VALUES = 2;
/** More runs than this would tie up the machine for hours. */
export const MAX_SWEEP_VALUES = 20;

/** Values may be separated by commas, spaces or both: "3, 4 5,10". */
const VALUE_SEPARATOR = /[\s,]+/;

/** Changes a config after the swept value is set, e.g. the report's lower rate for big nets. */
export type SweepAdjust = (value: number, config: TrainConfig) => TrainConfig;

/** Sweepable fields that `model` reads, in the picker's order. */
export function sweepableFields(model: ModelKind): NumericField[] {
  return SWEEPABLE_FIELDS.filter((field) => isUsedBy(field, model));
}

/**
 * Parses a list such as "3, 4, 5, 10" for `field`: each value checked with the field's rules,
 * duplicates (by value, so "1e-3" equals "0.001") dropped, order kept. An error names the bad
 * value and why it is refused.
 */
export function parseSweepValues(
  field: NumericField,
  text: string,
): { values: number[] } | { error: string } {
  const label = FIELD_RULES[field].label;
  const tokens = text.split(VALUE_SEPARATOR).filter((token) => token !== '');
  const values: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const parsed = parseField(field, token);
    if ('error' in parsed) return { error: `Value ${index + 1} ("${token}"): ${parsed.error}` };
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  if (values.length < MIN_SWEEP_VALUES)
    return {
      error: `A sweep needs at least ${MIN_SWEEP_VALUES} different values of ${label}, got ${values.length}.`,
    };
  if (values.length > MAX_SWEEP_VALUES)
    return {
      error: `A sweep takes at most ${MAX_SWEEP_VALUES} values of ${label}, got ${values.length}.`,
    };
  return { values };
}

/**
 * One config per value: `base` with `field` set to the value, then passed through `adjust`
 * when given. The configs come out in the order of `values`.
 */
export function expandSweep(
  base: TrainConfig,
  field: NumericField,
  values: readonly number[],
  adjust?: SweepAdjust,
): TrainConfig[] {
  return values.map((value) => {
    const config: TrainConfig = { ...base, [field]: value };
    return adjust ? adjust(value, config) : config;
  });
}

/**
 * The first problem of a sweep's configs that single values cannot show, e.g. a Steps value
 * below Evaluate every; null when every config is valid.
 */
export function sweepConfigError(
  configs: readonly TrainConfig[],
  field: NumericField,
): string | null {
  for (const config of configs) {
    const message = Object.values(validateConfig(config))[0];
    if (message) return `With ${FIELD_RULES[field].label} ${config[field]}: ${message}`;
  }
  return null;
}
