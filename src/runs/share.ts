/**
 * The form (and a sweep being set up) mirrored in the URL's search params, so a link reproduces
 * an experiment. Only values that differ from DEFAULT_CONFIG are written, under short keys.
 * Decoding checks every value and never throws: what it cannot use it reports as a warning.
 */
import {
  ACTIVATIONS,
  DEFAULT_CONFIG,
  INITIALIZERS,
  MODEL_KINDS,
  OPTIMIZERS,
  SWEEPABLE_FIELDS,
  parseField,
  type NumericField,
} from '../model/config';
import { DEFAULT_FORM, NUMERIC_FIELDS, type FormState } from '../model/form';
import { parseSweepValues } from './sweep';

/** A sweep as typed in the sweep panel: the field and its raw list of values. */
export interface SweepDraft {
  field: NumericField;
  valuesText: string;
}

type ChoiceField = Exclude<keyof FormState, 'fields'>;

/** Allowed values of each choice; a registry so a new choice cannot be forgotten here. */
const CHOICES: { [K in ChoiceField]: readonly FormState[K][] } = {
  model: MODEL_KINDS,
  optimizer: OPTIMIZERS,
  activation: ACTIVATIONS,
  init: INITIALIZERS,
};

/** URL keys. Changing one breaks links already shared, so only ever add. */
export const SHARE_KEYS: Record<ChoiceField | NumericField, string> = {
  model: 'm',
  optimizer: 'o',
  activation: 'a',
  init: 'i',
  hiddenUnits: 'h',
  filters: 'f',
  kernelSize: 'k',
  learningRate: 'lr',
  batchSize: 'b',
  steps: 's',
  evalEvery: 'e',
  seed: 'seed',
  validationSize: 'v',
  augNoise: 'an',
  augLuminance: 'al',
  augContrast: 'ac',
  augShift: 'as',
  augFlip: 'af',
};
/** The swept field (by its short key) and its raw values text. */
export const SWEEP_FIELD_KEY = 'sw';
export const SWEEP_VALUES_KEY = 'sv';
/** Params other parts of the app read from the same URL; decoding passes over them. */
const OTHER_APP_KEYS: ReadonlySet<string> = new Set(['backend', 'fault-injection']);
/** A values list longer than this is not something a person typed. */
const MAX_SWEEP_TEXT_LENGTH = 500;

const CHOICE_FIELDS = Object.keys(CHOICES) as ChoiceField[];
const FIELD_BY_KEY = new Map(
  (Object.keys(SHARE_KEYS) as (ChoiceField | NumericField)[]).map((f) => [SHARE_KEYS[f], f]),
);

function isChoiceField(field: ChoiceField | NumericField): field is ChoiceField {
  return (CHOICE_FIELDS as string[]).includes(field);
}

/** Whether `text` is the default value of `field` (so the URL can leave it out). */
function isDefault(field: NumericField, text: string): boolean {
  const parsed = parseField(field, text);
  return 'value' in parsed && parsed.value === DEFAULT_CONFIG[field];
}

/** The form, and optionally a sweep, as a query string without the leading '?'. */
export function encodeShare(form: FormState, sweep?: SweepDraft): string {
  const params = new URLSearchParams();
  for (const field of CHOICE_FIELDS)
    if (form[field] !== DEFAULT_CONFIG[field]) params.set(SHARE_KEYS[field], form[field]);
  for (const field of NUMERIC_FIELDS) {
    const text = form.fields[field].trim();
    if (!isDefault(field, text)) params.set(SHARE_KEYS[field], text);
  }
  const valuesText = sweep?.valuesText.trim();
  if (sweep && valuesText) {
    params.set(SWEEP_FIELD_KEY, SHARE_KEYS[sweep.field]);
    params.set(SWEEP_VALUES_KEY, valuesText);
  }
  return params.toString();
}

/** Reads the sweep params; undefined (with a warning when one was given) unless both are good. */
function decodeSweep(params: URLSearchParams, warnings: string[]): SweepDraft | undefined {
  const key = params.get(SWEEP_FIELD_KEY);
  const valuesText = params.get(SWEEP_VALUES_KEY);
  if (key === null && valuesText === null) return undefined;
  if (key === null || valuesText === null) {
    warnings.push(`Ignored the sweep: "${SWEEP_FIELD_KEY}" and "${SWEEP_VALUES_KEY}" go together.`);
    return undefined;
  }
  const field = FIELD_BY_KEY.get(key);
  if (!field || isChoiceField(field) || !SWEEPABLE_FIELDS.includes(field)) {
    warnings.push(`Ignored the sweep: "${key}" is not a field that can be swept.`);
    return undefined;
  }
  if (valuesText.length > MAX_SWEEP_TEXT_LENGTH) {
    warnings.push(`Ignored the sweep: its values are longer than ${MAX_SWEEP_TEXT_LENGTH} chars.`);
    return undefined;
  }
  const parsed = parseSweepValues(field, valuesText);
  if ('error' in parsed) {
    warnings.push(`Ignored the sweep: ${parsed.error}`);
    return undefined;
  }
  return { field, valuesText };
}

/**
 * The form a query string (with or without '?') describes: DEFAULT_FORM with every valid param
 * applied. Unknown keys, repeated keys and bad values are left out and listed in `warnings`.
 */
export function decodeShare(search: string): {
  form: FormState;
  sweep?: SweepDraft;
  warnings: string[];
} {
  const params = new URLSearchParams(search);
  const form: FormState = { ...DEFAULT_FORM, fields: { ...DEFAULT_FORM.fields } };
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === SWEEP_FIELD_KEY || key === SWEEP_VALUES_KEY || OTHER_APP_KEYS.has(key)) continue;
    const field = FIELD_BY_KEY.get(key);
    if (!field) {
      warnings.push(`Ignored the unknown link parameter "${key}".`);
      continue;
    }
    if (seen.has(key)) {
      warnings.push(`Ignored a repeated "${key}": only the first one counts.`);
      continue;
    }
    seen.add(key);
    if (isChoiceField(field)) {
      const options: readonly string[] = CHOICES[field];
      if (options.includes(value)) Object.assign(form, { [field]: value });
      else warnings.push(`Ignored ${field} "${value}": expected one of ${options.join(', ')}.`);
      continue;
    }
    const parsed = parseField(field, value);
    if ('value' in parsed) form.fields[field] = value.trim();
    else warnings.push(`Ignored "${key}": ${parsed.error}`);
  }
  const sweep = decodeSweep(params, warnings);
  return sweep ? { form, sweep, warnings } : { form, warnings };
}
