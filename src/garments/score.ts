/**
 * A run's score on My garments: how many of the person's images it gets right, and what it
 * takes each one for. Pure: the worker predicts (predictGarments), this counts.
 */
import type { Garment } from './garment';

export interface GarmentPrediction {
  /** The class the run predicts, 0..9, and its probability. */
  predicted: number;
  confidence: number;
}

export interface GarmentScore {
  correct: number;
  total: number;
  /** By garment id. */
  predictions: Map<string, GarmentPrediction>;
}

/** A run's score on My garments: being computed, computed, or why it could not be. */
export type RunGarmentScore =
  | { status: 'scoring' }
  | { status: 'ok'; score: GarmentScore }
  | { status: 'error'; message: string };

/**
 * The score of predictions made for `garments` in this order (a relabel changes the score, not
 * the predictions). Throws if the counts differ: the predictions are of another set.
 */
export function scoreGarments(
  garments: readonly Pick<Garment, 'id' | 'label'>[],
  predicted: ArrayLike<number>,
  confidence: ArrayLike<number>,
): GarmentScore {
  if (predicted.length !== garments.length || confidence.length !== garments.length)
    throw new RangeError(
      `${predicted.length} predictions do not fit a set of ${garments.length} garments.`,
    );
  const predictions = new Map<string, GarmentPrediction>();
  let correct = 0;
  garments.forEach((garment, i) => {
    predictions.set(garment.id, { predicted: predicted[i], confidence: confidence[i] });
    if (predicted[i] === garment.label) correct++;
  });
  return { correct, total: garments.length, predictions };
}

/** "3/5": right out of all, as the runs table shows it. */
export function formatScore({ correct, total }: Pick<GarmentScore, 'correct' | 'total'>): string {
  return `${correct}/${total}`;
}

/** The fraction right, in [0, 1], for sorting; 0 of 0 is no score. */
export function scoreFraction({ correct, total }: Pick<GarmentScore, 'correct' | 'total'>) {
  return total === 0 ? undefined : correct / total;
}
