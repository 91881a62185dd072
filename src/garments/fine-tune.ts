/**
 * Fine-tuning on My garments: a trained run trains on from its weights for a few more steps,
 * with the person's images mixed into every batch, as a new run that records its parent. Pure:
 * the form's rules and the new run; the worker does the training (worker/garments.ts).
 */
import { parseField, type TrainConfig } from '../model/config';
import { mixedCount } from '../model/mixing';
import type { Run } from '../runs/state';
import type { FineTune } from '../worker/protocol';
import { garmentPool, type Garment } from './garment';

export const FINE_TUNE_DEFAULTS = { steps: 200, share: 0.25 } as const;
/** Evaluation points of a fine-tune's curve, whatever its length: enough to see a trend. */
export const FINE_TUNE_POINTS = 10;
const NAME_SUFFIX = ' · fine-tuned on my garments';
const NUMBERED = /^#\d+ /;

export interface FineTuneOptions {
  steps: number;
  /** Share of each batch from My garments, in (0, 1]. */
  share: number;
}

/** Checks the form's two fields: the options, or a message per field. */
export function parseFineTune(
  stepsText: string,
  shareText: string,
): { options: FineTuneOptions } | { errors: { steps?: string; share?: string } } {
  const steps = parseField('steps', stepsText);
  const text = shareText.trim();
  const share = Number(text);
  const shareError =
    text === '' || !/^\d*\.?\d+$/.test(text) || !(share > 0 && share <= 1)
      ? `The share of my garments per batch is a number above 0 and at most 1 (0.25 is a quarter of each batch), not "${text}".`
      : undefined;
  if ('error' in steps || shareError)
    return {
      errors: {
        ...('error' in steps ? { steps: steps.error } : {}),
        ...(shareError ? { share: shareError } : {}),
      },
    };
  return { options: { steps: steps.value, share } };
}

/**
 * The fine-tune's config: the parent's, with its steps and an evaluation every tenth of them.
 * The seed and validation size stay the parent's, so that it splits off the same validation
 * images: with another split it would train on images its parent was validated on.
 */
export function fineTuneConfig(parent: TrainConfig, steps: number): TrainConfig {
  return { ...parent, steps, evalEvery: Math.max(1, Math.ceil(steps / FINE_TUNE_POINTS)) };
}

/** "#7 Dense 100 units · fine-tuned on my garments" for a parent "#3 Dense 100 units". */
export function fineTuneName(parent: Pick<Run, 'name'>, number: number): string {
  const rest = parent.name.replace(NUMBERED, '').replace(NAME_SUFFIX, '');
  return `#${number} ${rest}${NAME_SUFFIX}`;
}

/** The new run, queued, and what the worker needs to train it. */
export function fineTuneRun(
  parent: Run,
  garments: readonly Garment[],
  options: FineTuneOptions,
  made: { id: string; number: number; now: number },
): { run: Run; fineTune: FineTune } {
  if (garments.length === 0)
    throw new RangeError('My garments is empty: there is nothing to learn.');
  const { images, labels } = garmentPool(garments);
  return {
    run: {
      id: made.id,
      name: fineTuneName(parent, made.number),
      config: fineTuneConfig(parent.config, options.steps),
      status: 'queued',
      createdAt: made.now,
      points: [],
      step: 0,
      parent: { id: parent.id, name: parent.name, garments: garments.length, share: options.share },
    },
    fineTune: { parentId: parent.id, images, labels, share: options.share },
  };
}

/** "8 of 32 images per batch". */
export function describeShare(share: number, batchSize: number): string {
  return `${mixedCount(batchSize, share)} of ${batchSize} images per batch`;
}
