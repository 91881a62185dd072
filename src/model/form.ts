/** The training form's state: raw text per numeric field, so bad input is kept and explained. */
import {
  DEFAULT_CONFIG,
  DEFAULT_STEPS,
  FIELD_RULES,
  MODEL_FIELDS,
  crossFieldErrors,
  parseField,
  type ConfigErrors,
  type ModelKind,
  type NumericField,
  type TrainConfig,
} from './config';

export type FormState = Omit<TrainConfig, NumericField> & { fields: Record<NumericField, string> };

export const NUMERIC_FIELDS = Object.keys(FIELD_RULES) as NumericField[];

export function formFromConfig(config: TrainConfig): FormState {
  const { model, optimizer, activation, init } = config;
  const fields = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, String(config[f])])) as Record<
    NumericField,
    string
  >;
  return { model, optimizer, activation, init, fields };
}

const MODEL_SPECIFIC = new Set(Object.values(MODEL_FIELDS).flat());

/** Whether the form shows and uses `field` for this model kind. */
export function isUsedBy(field: NumericField, model: ModelKind): boolean {
  return !MODEL_SPECIFIC.has(field) || MODEL_FIELDS[model].includes(field);
}

export const DEFAULT_FORM = formFromConfig(DEFAULT_CONFIG);

/** Parses every field; a config only when all are valid, else a message per bad field. */
export function parseForm(
  form: FormState,
): { config: TrainConfig; errors: null } | { config: null; errors: ConfigErrors } {
  const errors: ConfigErrors = {};
  const values: Partial<Record<NumericField, number>> = {};
  for (const field of NUMERIC_FIELDS) {
    const parsed = parseField(field, form.fields[field]);
    if ('value' in parsed) values[field] = parsed.value;
    // A hidden field of another model kind cannot block this one: it falls back to its default.
    else if (isUsedBy(field, form.model)) errors[field] = parsed.error;
    else values[field] = DEFAULT_CONFIG[field];
  }
  if (Object.keys(errors).length > 0) return { config: null, errors };
  const { fields: _fields, ...choices } = form;
  const config = { ...choices, ...values } as TrainConfig;
  const cross = crossFieldErrors(config);
  return Object.keys(cross).length > 0 ? { config: null, errors: cross } : { config, errors: null };
}

/** Switching model kind also switches Steps to the new kind's default, unless it was edited. */
export function changeModel(form: FormState, model: TrainConfig['model']): FormState {
  const stepsUntouched = form.fields.steps === String(DEFAULT_STEPS[form.model]);
  return {
    ...form,
    model,
    fields: stepsUntouched ? { ...form.fields, steps: String(DEFAULT_STEPS[model]) } : form.fields,
  };
}
