import { useId, useState } from 'react';
import { FIELD_RULES, type NumericField, type TrainConfig } from '../model/config';
import { parseForm, type FormState } from '../model/form';
import { REPORT_PRESETS, applyPreset, type Preset } from '../runs/presets';
import type { SweepDraft } from '../runs/share';
import { expandSweep, parseSweepValues, sweepConfigError, sweepableFields } from '../runs/sweep';
import { formatCount } from './format';
import './sweep.css';

interface Props {
  /** The model form: a sweep starts from its settings and varies one of them. */
  form: FormState;
  /** Why no sweep can start now (e.g. data still loading, a run training), or null. */
  disabled: string | null;
  /** Queues `configs`, one per value of `field`, for the pool of training workers. */
  onStartSweep(configs: TrainConfig[], field: NumericField, values: number[]): void;
  /** Called after a preset's sweep is started, e.g. to show its settings in the model form. */
  onApplyPreset?(preset: Preset): void;
  /** The sweep to show at first, e.g. one from a shared link. */
  initialSweep?: SweepDraft;
  /** Each change of the sweep being set up, e.g. to mirror it in the URL. */
  onSweepChange?(sweep: SweepDraft): void;
  /** How long these runs would take here, in words, or null before any measurement. */
  describeWait?(configs: TrainConfig[]): string | null;
}

/** Example values per field, shown while the values box is empty. */
const EXAMPLES: Partial<Record<NumericField, string>> = {
  hiddenUnits: '3, 4, 5, 10, 20, 50, 100, 800',
  filters: '1, 2, 4, 8, 15, 32',
  kernelSize: '2, 3, 4, 5, 7',
  learningRate: '1e-2, 1e-3, 1e-4',
  batchSize: '16, 32, 64, 128',
  steps: '500, 1000, 2000',
  seed: '1, 2, 3',
  augShift: '0, 1, 2',
};
const FRACTION_EXAMPLE = '0, 0.1, 0.2';

interface SweepPlan {
  /** One config per value, when both the form and the values parse. */
  configs: TrainConfig[] | null;
  values: number[] | null;
  /** What is wrong with the values text, shown beside it. */
  valuesError: string | null;
  /** Why the sweep cannot start, or null. */
  blocked: string | null;
}

/** What the form and the values text would queue, or why nothing can be queued yet. */
function planSweep(form: FormState, field: NumericField, valuesText: string): SweepPlan {
  const parsedForm = parseForm(form);
  const parsed = valuesText.trim() === '' ? null : parseSweepValues(field, valuesText);
  const valuesError = parsed && 'error' in parsed ? parsed.error : null;
  const nothing = { configs: null, values: null, valuesError };
  if (!parsedForm.config)
    return { ...nothing, blocked: 'Fix the model form first: a sweep starts from its settings.' };
  if (!parsed) return { ...nothing, blocked: 'Enter the values to sweep over.' };
  if ('error' in parsed) return { ...nothing, blocked: 'Fix the values above.' };
  const configs = expandSweep(parsedForm.config, field, parsed.values);
  return { configs, values: parsed.values, valuesError, blocked: sweepConfigError(configs, field) };
}

/** A sweep over one hyperparameter of the model form, and the report's sweeps as presets. */
export function SweepPanel(props: Props) {
  const { form, disabled, onStartSweep, onApplyPreset, initialSweep, onSweepChange } = props;
  const describeWait = props.describeWait ?? (() => null);
  const id = useId();
  const [chosenField, setChosenField] = useState<NumericField>(
    initialSweep?.field ?? 'hiddenUnits',
  );
  const [valuesText, setValuesText] = useState(initialSweep?.valuesText ?? '');
  const options = sweepableFields(form.model);
  const field = options.includes(chosenField) ? chosenField : options[0];
  const plan = planSweep(form, field, valuesText);
  const reason = disabled ?? plan.blocked;

  const change = (sweep: SweepDraft) => {
    setChosenField(sweep.field);
    setValuesText(sweep.valuesText);
    onSweepChange?.(sweep);
  };
  const startPreset = (preset: Preset) => {
    onStartSweep(applyPreset(preset), preset.field, preset.values);
    onApplyPreset?.(preset);
  };
  const totalSteps = plan.configs?.reduce((sum, config) => sum + config.steps, 0) ?? 0;

  return (
    <section className="card sweep-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sweep</h2>
      <form
        aria-label="Sweep over one setting"
        onSubmit={(event) => {
          event.preventDefault();
          if (plan.configs && plan.values && reason === null)
            onStartSweep(plan.configs, field, plan.values);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-field`}>Sweep over</label>
          <select
            id={`${id}-field`}
            value={field}
            onChange={(event) =>
              change({ field: event.currentTarget.value as NumericField, valuesText })
            }
          >
            {options.map((option) => (
              <option key={option} value={option}>
                {FIELD_RULES[option].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field sweep-values">
          <label htmlFor={`${id}-values`}>Values</label>
          <input
            id={`${id}-values`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder={EXAMPLES[field] ?? FRACTION_EXAMPLE}
            value={valuesText}
            aria-invalid={plan.valuesError ? true : undefined}
            aria-describedby={plan.valuesError ? `${id}-values-error` : undefined}
            onChange={(event) => change({ field, valuesText: event.currentTarget.value })}
          />
          {plan.valuesError && (
            <p className="field-error" id={`${id}-values-error`}>
              {plan.valuesError}
            </p>
          )}
        </div>
        {plan.values && (
          <p className="params" aria-live="polite">
            {plan.values.length} runs ({formatCount(totalSteps)} steps in all).{' '}
            {plan.configs && describeWait(plan.configs)}
          </p>
        )}
        <div className="actions">
          <button
            type="submit"
            disabled={reason !== null}
            aria-describedby={reason ? `${id}-reason` : undefined}
          >
            Start sweep
          </button>
        </div>
        {reason && (
          <p className="hint" id={`${id}-reason`}>
            {reason}
          </p>
        )}
      </form>
      <PresetList disabled={disabled} onStart={startPreset} describeWait={describeWait} />
    </section>
  );
}

/** One button per preset, each described by its settings and its number of runs. */
function PresetList(props: {
  disabled: string | null;
  onStart(preset: Preset): void;
  describeWait(configs: TrainConfig[]): string | null;
}) {
  const id = useId();
  return (
    <section className="sweep-presets" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Reproduce the report</h3>
      <ul>
        {REPORT_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              disabled={props.disabled !== null}
              aria-describedby={`${id}-${preset.id}`}
              onClick={() => props.onStart(preset)}
            >
              {preset.title}
            </button>
            <p className="hint" id={`${id}-${preset.id}`}>
              {preset.description} {preset.values.length} runs.{' '}
              {props.describeWait(applyPreset(preset))}
            </p>
          </li>
        ))}
      </ul>
      {props.disabled && <p className="hint">{props.disabled}</p>}
    </section>
  );
}
