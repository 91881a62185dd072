/** What the "Inside the network" view says in words about a run's points. Pure. */
import type { InsideSnapshot } from '../../model/inside';
import type { EvalPoint } from '../../model/types';
import { formatCount } from '../format';

/** A share of saturated images from which the view calls the softmax saturated. */
export const SATURATION_WORTH_SAYING = 0.3;

type InsidePoint = EvalPoint & { inside: InsideSnapshot };

/** The points that carry a look inside, in order. */
export function insidePoints(points: readonly EvalPoint[]): InsidePoint[] {
  return points.filter((point): point is InsidePoint => point.inside !== undefined);
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The first step from which `dead` (by step, oldest first) stays at least its last value. */
function deadSince(counts: { step: number; dead: number }[]): number {
  const last = counts.at(-1)!.dead;
  let since = counts.at(-1)!.step;
  for (let i = counts.length - 1; i >= 0 && counts[i].dead >= last; i--) since = counts[i].step;
  return since;
}

/** The saturation sentence: from the start if the initialisation saturated the softmax. */
function describeSaturation(points: InsidePoint[]): string {
  const last = points.at(-1)!;
  const start = points[0].inside.atStart?.saturated;
  const worst = points.reduce((a, b) => (b.inside.saturated > a.inside.saturated ? b : a));
  const consequence =
    'sure of itself right or wrong, and passes back almost no gradient for those images';
  if (start !== undefined && start >= SATURATION_WORTH_SAYING)
    return (
      `Before the first step, ${percent(start)} of the validation images already got a top probability above 99%: the initialisation alone makes the outputs so large that the softmax starts saturated, ${consequence}. ` +
      (last.inside.saturated < SATURATION_WORTH_SAYING
        ? `By step ${formatCount(last.step)} it is down to ${percent(last.inside.saturated)}.`
        : `At step ${formatCount(last.step)} it is still ${percent(last.inside.saturated)}.`)
    );
  if (worst.inside.saturated >= SATURATION_WORTH_SAYING)
    return `At step ${formatCount(worst.step)}, ${percent(worst.inside.saturated)} of the validation images got a top probability above 99% while ${percent(worst.valAccuracy)} were right: the softmax is saturated, ${consequence}.`;
  return (
    `The softmax is not saturated: at most ${percent(worst.inside.saturated)} of the validation images got a top probability above 99%` +
    (start !== undefined ? ` (${percent(start)} before the first step).` : '.')
  );
}

/**
 * Sentences on dead units, a saturated softmax and the size of updates, for a run's points
 * (oldest first); none when no point was looked inside.
 */
export function describeInside(all: readonly EvalPoint[]): string[] {
  const points = insidePoints(all);
  if (points.length === 0) return [];
  const last = points.at(-1)!;
  const sentences: string[] = [];
  const probe = formatCount(last.inside.probeImages);
  last.inside.activations.forEach((layer, a) => {
    const noun = layer.filters ? 'filters' : 'hidden units';
    if (layer.dead === 0) {
      sentences.push(
        `No ${noun.replace(/s$/, '')} of ${layer.name} is dead at step ${formatCount(last.step)}: each of the ${formatCount(layer.units)} fires for some of the first ${probe} validation images.`,
      );
      return;
    }
    const atStart = points[0].inside.atStart?.activations[a];
    const since = deadSince([
      ...(atStart ? [{ step: 0, dead: atStart.dead }] : []),
      ...points.map((point) => ({
        step: point.step,
        dead: point.inside.activations[a]?.dead ?? 0,
      })),
    ]);
    sentences.push(
      `${formatCount(layer.dead)} of ${formatCount(layer.units)} ${noun} ${layer.dead === 1 ? 'is' : 'are'} dead ${since === 0 ? 'from the start' : `from step ${formatCount(since)}`}: ${layer.dead === 1 ? 'it gives' : 'they give'} 0 for every one of the first ${probe} validation images, so no gradient reaches ${layer.dead === 1 ? 'its' : 'their'} weights and ${layer.dead === 1 ? 'it' : 'they'} cannot learn back.`,
    );
  });
  sentences.push(describeSaturation(points));
  const first = last.inside.layers[0];
  const ratios = points
    .map((point) => point.inside.layers[0]?.updateRatio)
    .filter((r): r is number => typeof r === 'number')
    .sort((a, b) => a - b);
  if (first && ratios.length > 0) {
    const median = ratios[Math.floor(ratios.length / 2)];
    sentences.push(
      `Between points, ${first.name}'s weights move by ${median < 0.01 ? median.toPrecision(1) : percent(median)} of their size (the median): ${median < 0.01 ? 'small steps against large weights, so it learns slowly' : 'it is still learning'}.`,
    );
  }
  return sentences;
}
