import { useId } from 'react';
import { NumberField } from './NumberField';
import {
  ACTIVATIONS,
  INITIALIZERS,
  LABELS,
  MODEL_FIELDS,
  MODEL_KINDS,
  OPTIMIZERS,
  type NumericField,
} from '../model/config';
import { changeModel, parseForm, type FormState } from '../model/form';
import { MAX_REPEATS, MIN_REPEATS, repeatSeed } from '../runs/repeats';
import { FieldLabel } from './FieldHelp';
import { FIELD_HELP } from './help';
import { ModelSummary } from './ModelSummary';

interface Props {
  form: FormState;
  onChange(form: FormState): void;
  onTrain(): void;
  onStop(): void;
  /** How long the run would take here, in words (see wait.ts), or null before any measurement. */
  wait: string | null;
  /** Why Train is unavailable (e.g. data still loading), or null. */
  blockedReason: string | null;
  running: boolean;
  /** Repeats as typed, and what is wrong with it (see repeats.ts). */
  repeats: string;
  repeatsError: string | null;
  onRepeatsChange(text: string): void;
}

const COMMON_FIELDS: NumericField[] = ['learningRate', 'batchSize', 'steps', 'evalEvery', 'seed'];
const ADVANCED_FIELDS: NumericField[] = ['validationSize'];

function Choice<T extends string>(props: {
  label: string;
  help: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={props.label} help={props.help} helpId={`${id}-help`} />
      <select
        id={id}
        aria-describedby={`${id}-help`}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.names[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * How many times Train (and Start sweep) trains each setting, each with its own seed: the
 * spread over seeds is what tells a real difference from luck.
 */
function RepeatsField(props: {
  value: string;
  error: string | null;
  seed: string;
  onChange(text: string): void;
}) {
  const id = useId();
  const count = props.error === null ? Number(props.value) : 1;
  const seed = Number(props.seed);
  const seeds =
    count > 1 && Number.isInteger(seed)
      ? `Seeds ${seed} to ${repeatSeed(seed, count - 1)}: each setting is trained ${count} times, and the comparisons show the spread.`
      : null;
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label="Repeats" help={FIELD_HELP.repeats} helpId={`${id}-help`} />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN_REPEATS}
        max={MAX_REPEATS}
        step={1}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={(props.error ?? seeds) ? `${id}-hint ${id}-help` : `${id}-help`}
        onChange={(event) => {
          const input = event.currentTarget;
          props.onChange(input.validity.badInput ? 'not a number' : input.value);
        }}
      />
      {(props.error ?? seeds) && (
        <p className={props.error ? 'field-error' : 'field-hint'} id={`${id}-hint`}>
          {props.error ?? seeds}
        </p>
      )}
    </div>
  );
}

/**
 * The model picker and its hyperparameters, with inline validation, the parameter count and the
 * model's summary layer by layer.
 */
export function ModelForm(props: Props) {
  const { form, onChange, onTrain, onStop, blockedReason, running, wait } = props;
  const parsed = parseForm(form);
  const errors = parsed.errors ?? {};
  const repeatsCount = props.repeatsError === null ? Number(props.repeats) : 1;
  const setField = (field: NumericField) => (value: string) =>
    onChange({ ...form, fields: { ...form.fields, [field]: value } });
  const numberField = (field: NumericField) => (
    <NumberField
      key={field}
      field={field}
      value={form.fields[field]}
      error={errors[field]}
      onChange={setField(field)}
    />
  );

  return (
    <form
      className="card model-form"
      aria-label="Model and hyperparameters"
      onSubmit={(event) => {
        event.preventDefault();
        if (parsed.config && !blockedReason) onTrain();
      }}
    >
      <h2>Model</h2>
      <Choice
        label="Model"
        help={FIELD_HELP.model}
        value={form.model}
        options={MODEL_KINDS}
        names={LABELS.model}
        onChange={(model) => onChange(changeModel(form, model))}
      />
      {MODEL_FIELDS[form.model].map(numberField)}
      {parsed.config ? (
        <ModelSummary config={parsed.config} />
      ) : (
        <p className="params" aria-live="polite">
          Fix the fields marked below to see the parameter count.
        </p>
      )}
      <h2>Training</h2>
      {COMMON_FIELDS.map(numberField)}
      <RepeatsField
        value={props.repeats}
        error={props.repeatsError}
        seed={form.fields.seed}
        onChange={props.onRepeatsChange}
      />
      <Choice
        label="Optimizer"
        help={FIELD_HELP.optimizer}
        value={form.optimizer}
        options={OPTIMIZERS}
        names={LABELS.optimizer}
        onChange={(optimizer) => onChange({ ...form, optimizer })}
      />
      <Choice
        label="Activation"
        help={FIELD_HELP.activation}
        value={form.activation}
        options={ACTIVATIONS}
        names={LABELS.activation}
        onChange={(activation) => onChange({ ...form, activation })}
      />
      <Choice
        label="Initialisation"
        help={FIELD_HELP.init}
        value={form.init}
        options={INITIALIZERS}
        names={LABELS.init}
        onChange={(init) => onChange({ ...form, init })}
      />
      <details>
        <summary>Data split</summary>
        {ADVANCED_FIELDS.map(numberField)}
      </details>
      <div className="actions">
        <button
          type="submit"
          disabled={!parsed.config || blockedReason !== null || props.repeatsError !== null}
        >
          {repeatsCount > 1 ? `Train ${repeatsCount} seeds` : 'Train'}
        </button>
        <button type="button" onClick={onStop} disabled={!running}>
          Stop
        </button>
      </div>
      {parsed.config && (
        <p className="hint wait" aria-live="polite">
          {wait ?? 'The time estimate appears once a first run has trained on this machine.'}
        </p>
      )}
      {blockedReason && <p className="hint">{blockedReason}</p>}
    </form>
  );
}
