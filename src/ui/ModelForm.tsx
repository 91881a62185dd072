import { useId } from 'react';
import { NumberField } from './NumberField';
import {
  ACTIVATIONS,
  INITIALIZERS,
  LABELS,
  MODEL_FIELDS,
  MODEL_KINDS,
  OPTIMIZERS,
  countParams,
  type NumericField,
} from '../model/config';
import { changeModel, parseForm, type FormState } from '../model/form';
import { formatCount } from './format';

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
}

const COMMON_FIELDS: NumericField[] = ['learningRate', 'batchSize', 'steps', 'evalEvery', 'seed'];
const ADVANCED_FIELDS: NumericField[] = ['validationSize'];

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
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

/** The model picker and its hyperparameters, with inline validation and the parameter count. */
export function ModelForm(props: Props) {
  const { form, onChange, onTrain, onStop, blockedReason, running, wait } = props;
  const parsed = parseForm(form);
  const errors = parsed.errors ?? {};
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
        value={form.model}
        options={MODEL_KINDS}
        names={LABELS.model}
        onChange={(model) => onChange(changeModel(form, model))}
      />
      {MODEL_FIELDS[form.model].map(numberField)}
      <p className="params" aria-live="polite">
        {parsed.config
          ? `${formatCount(countParams(parsed.config))} trainable parameters`
          : 'Fix the fields marked below to see the parameter count.'}
      </p>
      <h2>Training</h2>
      {COMMON_FIELDS.map(numberField)}
      <Choice
        label="Optimizer"
        value={form.optimizer}
        options={OPTIMIZERS}
        names={LABELS.optimizer}
        onChange={(optimizer) => onChange({ ...form, optimizer })}
      />
      <Choice
        label="Activation"
        value={form.activation}
        options={ACTIVATIONS}
        names={LABELS.activation}
        onChange={(activation) => onChange({ ...form, activation })}
      />
      <Choice
        label="Initialisation"
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
        <button type="submit" disabled={!parsed.config || blockedReason !== null}>
          Train
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
