import { useId, useState, type FormEvent } from 'react';
import {
  describeShare,
  FINE_TUNE_DEFAULTS,
  parseFineTune,
  type FineTuneOptions,
} from '../../garments/fine-tune';
import { countGarments } from '../../garments/garment';
import { formatScore, type RunGarmentScore } from '../../garments/score';
import type { Run } from '../../runs/state';
import { formatPercent } from '../format';

/**
 * Fine-tunes the chosen run on My garments: its steps and the share of each batch that comes
 * from the set, then a new run that starts from the chosen run's weights.
 */
export function FineTuneForm({
  parent,
  garments,
  score,
  onFineTune,
}: {
  parent: Run;
  garments: number;
  score: RunGarmentScore | undefined;
  onFineTune(parent: Run, options: FineTuneOptions): void;
}) {
  const id = useId();
  const [steps, setSteps] = useState(String(FINE_TUNE_DEFAULTS.steps));
  const [share, setShare] = useState(String(FINE_TUNE_DEFAULTS.share));
  const parsed = parseFineTune(steps, share);
  const errors = 'errors' in parsed ? parsed.errors : {};
  const shareText = Number(share);
  const now = [
    score?.status === 'ok' && `${formatScore(score.score)} of my garments right`,
    parent.points.at(-1) &&
      `${formatPercent(parent.points.at(-1)!.valAccuracy)} validation accuracy`,
  ].filter(Boolean);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('options' in parsed) onFineTune(parent, parsed.options);
  };

  return (
    // The fields are checked by parseFineTune, whose messages say more than the browser's.
    <form className="fine-tune" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`}>Fine-tune on my garments</h4>
      <p className="hint">
        Trains a copy of the weights of <strong>{parent.name}</strong> for more steps, with your{' '}
        {countGarments(garments)} mixed into every batch (drawn at random, with replacement), as a
        new run. Its curves show accuracy on your garments beside validation accuracy: did it learn
        them without forgetting the rest?
        {now.length > 0 && ` Now: ${now.join(', ')}.`}
      </p>
      <div className="fine-tune-fields">
        <div className="field">
          <label htmlFor={`${id}-steps`}>Fine-tune steps</label>
          <input
            id={`${id}-steps`}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={steps}
            aria-invalid={errors.steps ? true : undefined}
            aria-describedby={errors.steps ? `${id}-steps-error` : undefined}
            onChange={(event) => setSteps(event.target.value)}
          />
          {errors.steps && (
            <p className="field-error" id={`${id}-steps-error`}>
              {errors.steps}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-share`}>Share of my garments per batch</label>
          <input
            id={`${id}-share`}
            type="number"
            inputMode="decimal"
            min={0}
            max={1}
            step="any"
            value={share}
            aria-invalid={errors.share ? true : undefined}
            aria-describedby={`${id}-share-${errors.share ? 'error' : 'hint'}`}
            onChange={(event) => setShare(event.target.value)}
          />
          {errors.share ? (
            <p className="field-error" id={`${id}-share-error`}>
              {errors.share}
            </p>
          ) : (
            <p className="field-hint" id={`${id}-share-hint`}>
              {describeShare(shareText, parent.config.batchSize)} from my garments
            </p>
          )}
        </div>
      </div>
      <button type="submit" disabled={'errors' in parsed}>
        Fine-tune on my garments
      </button>
    </form>
  );
}
