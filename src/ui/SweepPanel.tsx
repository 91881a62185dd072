import { useId, useState } from 'react';
import { FIELD_RULES, type NumericField, type TrainConfig } from '../model/config';
import { parseForm, type FormState } from '../model/form';
import { REPORT_PRESETS, applyPreset, type Preset } from '../runs/presets';
import {
  MAX_REPEATS,
  MIN_REPEATS,
  PRESET_REPEATS,
  expandRepeats,
  parseRepeats,
} from '../runs/repeats';
import type { SweepDraft } from '../runs/share';
import { expandSweep, parseSweepValues, sweepConfigError, sweepableFields } from '../runs/sweep';
import { formatCount } from './format';
import './sweep.css';

interface Props {
  /** The model form: a sweep starts from its settings and varies one of them. */
  form: FormState;
  /** Why no sweep can start now (e.g. data still loading, a run training), or null. */
  disabled: string | null;
  /** Queues `configs`, one per value of `field` (each `repeats` times over seeds). */
  onStartSweep(
    configs: TrainConfig[],
    field: NumericField,
    values: number[],
    options: { repeats: number; presetId?: string },
  ): void;
  /** Runs per value from the model form's Repeats, or null while it is invalid. */
  repeats: number | null;
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
function planSweep(
  form: FormState,
  field: NumericField,
  valuesText: string,
  repeats: number | null,
): SweepPlan {
  const parsedForm = parseForm(form);
  const parsed = valuesText.trim() === '' ? null : parseSweepValues(field, valuesText);
  const valuesError = parsed && 'error' in parsed ? parsed.error : null;
  const nothing = { configs: null, values: null, valuesError };
  if (!parsedForm.config)
    return { ...nothing, blocked: 'Fix the model form first: a sweep starts from its settings.' };
  if (repeats === null) return { ...nothing, blocked: 'Fix Repeats in the model form first.' };
  if (field === 'seed' && repeats > 1)
    return {
      ...nothing,
      blocked: 'A sweep over the seed is itself a set of repeats: set Repeats to 1.',
    };
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
  const repeats = props.repeats;
  const plan = planSweep(form, field, valuesText, repeats);
  const reason = disabled ?? plan.blocked;

  const change = (sweep: SweepDraft) => {
    setChosenField(sweep.field);
    setValuesText(sweep.valuesText);
    onSweepChange?.(sweep);
  };
  const startPreset = (preset: Preset, presetRepeats: number) => {
    onStartSweep(applyPreset(preset), preset.field, preset.values, {
      repeats: presetRepeats,
      presetId: preset.id,
    });
    onApplyPreset?.(preset);
  };
  const runConfigs = plan.configs ? repeated(plan.configs, repeats ?? 1) : null;

  return (
    <section className="card sweep-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sweep</h2>
      <form
        aria-label="Sweep over one setting"
        onSubmit={(event) => {
          event.preventDefault();
          if (plan.configs && plan.values && repeats !== null && reason === null)
            onStartSweep(plan.configs, field, plan.values, { repeats });
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
        {plan.values && runConfigs && (
          <p className="params" aria-live="polite">
            {describeRuns(plan.values.length, repeats ?? 1, runConfigs)} {describeWait(runConfigs)}
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

/** Each config `repeats` times, with the seeds the runs will get. */
function repeated(configs: TrainConfig[], repeats: number): TrainConfig[] {
  return expandRepeats(configs, repeats).map((run) => run.config);
}

/** "2 values × 3 seeds = 6 runs (1,200 steps in all)." */
export function describeRuns(values: number, repeats: number, configs: TrainConfig[]): string {
  const steps = configs.reduce((sum, config) => sum + config.steps, 0);
  const runs =
    repeats > 1
      ? `${values} values × ${repeats} seeds = ${configs.length} runs`
      : `${configs.length} runs`;
  return `${runs} (${formatCount(steps)} steps in all).`;
}

/**
 * One button per preset, each described by its settings. A preset queues many long runs, so its
 * button asks first: how many seeds, how many runs that makes, and how long they would take.
 */
function PresetList(props: {
  disabled: string | null;
  onStart(preset: Preset, repeats: number): void;
  describeWait(configs: TrainConfig[]): string | null;
}) {
  const id = useId();
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <section className="sweep-presets" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Reproduce the report</h3>
      <details className="about-report" id="about-report">
        <summary>About the report</summary>
        <p>
          <cite>Fashion MNIST</cite> (Kunze, Pütz and Ginter, Universitat Politècnica de Catalunya,
          January 2019) compared a 2-layer dense network with a one-convolution-layer CNN on
          Fashion-MNIST, with Adam, batches of 32 and weights drawn from a normal with sd 0.5.
        </p>
        <p>
          Its dense net did best with only 5 hidden units (65.9% test accuracy after 15,000 steps),
          and its CNN with 32 filters of 2×2 (89.0% after 10,000 steps). The presets below rerun its
          sweeps; the modern variants show how the dense result turns around with today’s
          initialisation.
        </p>
      </details>
      <ul>
        {REPORT_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              disabled={props.disabled !== null}
              aria-describedby={`${id}-${preset.id}`}
              aria-expanded={asking === preset.id}
              onClick={() => setAsking(asking === preset.id ? null : preset.id)}
            >
              {preset.title}
            </button>
            <p className="hint" id={`${id}-${preset.id}`}>
              {preset.description} {preset.values.length} values.
            </p>
            {asking === preset.id && props.disabled === null && (
              <PresetConfirm
                preset={preset}
                describeWait={props.describeWait}
                onStart={(repeats) => {
                  setAsking(null);
                  props.onStart(preset, repeats);
                }}
                onCancel={() => setAsking(null)}
              />
            )}
          </li>
        ))}
      </ul>
      {props.disabled && <p className="hint">{props.disabled}</p>}
    </section>
  );
}

/** The question a preset asks before it queues: seeds, the runs they make, the wait. */
function PresetConfirm(props: {
  preset: Preset;
  describeWait(configs: TrainConfig[]): string | null;
  onStart(repeats: number): void;
  onCancel(): void;
}) {
  const id = useId();
  const [text, setText] = useState(String(PRESET_REPEATS));
  const parsed = parseRepeats(text);
  const repeats = 'value' in parsed ? parsed.value : null;
  const configs = repeated(applyPreset(props.preset), repeats ?? 1);
  return (
    <div
      className="preset-confirm"
      role="group"
      aria-label={`Start ${props.preset.title}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-repeats`}>Seeds per value</label>
        <input
          id={`${id}-repeats`}
          type="number"
          min={MIN_REPEATS}
          max={MAX_REPEATS}
          step={1}
          value={text}
          aria-invalid={repeats === null ? true : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {'error' in parsed && <p className="field-error">{parsed.error}</p>}
      </div>
      <p className="params" aria-live="polite">
        {describeRuns(props.preset.values.length, repeats ?? 1, configs)}{' '}
        {props.describeWait(configs) ??
          'No run has trained on this machine yet, so the wait is not known: try a quick preset first.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          // The question appears where the person clicked; its answer is one key away.
          autoFocus
          disabled={repeats === null}
          onClick={() => repeats !== null && props.onStart(repeats)}
        >
          Start {configs.length} runs
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
