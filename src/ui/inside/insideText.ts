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

/** The first step from which `dead(point)` stays at least its last value to the end. */
function deadSince(points: InsidePoint[], dead: (point: InsidePoint) => number): number {
  const last = dead(points.at(-1)!);
  let since = points.at(-1)!.step;
  for (let i = points.length - 1; i >= 0 && dead(points[i]) >= last; i--) since = points[i].step;
  return since;
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
    const since = deadSince(points, (point) => point.inside.activations[a]?.dead ?? 0);
    sentences.push(
      `${formatCount(layer.dead)} of ${formatCount(layer.units)} ${noun} ${layer.dead === 1 ? 'is' : 'are'} dead from step ${formatCount(since)}: ${layer.dead === 1 ? 'it gives' : 'they give'} 0 for every one of the first ${probe} validation images, so no gradient reaches ${layer.dead === 1 ? 'its' : 'their'} weights and ${layer.dead === 1 ? 'it' : 'they'} cannot learn back.`,
    );
  });
  const worst = points.reduce((a, b) => (b.inside.saturated > a.inside.saturated ? b : a));
  sentences.push(
    worst.inside.saturated >= SATURATION_WORTH_SAYING
      ? `At step ${formatCount(worst.step)}, ${percent(worst.inside.saturated)} of the validation images got a top probability above 99% while ${percent(worst.valAccuracy)} were right: the softmax is saturated, sure of itself right or wrong, and passes back almost no gradient for those images.`
      : `The softmax is not saturated: at most ${percent(worst.inside.saturated)} of the validation images got a top probability above 99%.`,
  );
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
