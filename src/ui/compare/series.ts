/**
 * The overlay charts' data: one smoothed series per shown run on its own, and per repeat group
 * its mean curve with a band from the lowest to the highest seed.
 */
import { legendLabels, smooth, xValue, type XAxisKind } from '../../runs/compare';
import { groupRuns, meanCurve } from '../../runs/repeats';
import type { Run } from '../../runs/state';
import type { EvalPoint } from '../../model/types';
import { groupName } from './rows';

/** One plotted point: null where the value is not finite, so the line breaks there. */
export interface OverlayPoint {
  x: number;
  valAccuracy: number | null;
  valLoss: number | null;
  /** A group's band, lowest to highest seed; absent for a single run. */
  valAccuracyRange?: [number, number] | null;
  valLossRange?: [number, number] | null;
}

export interface OverlaySeries {
  /** The run's id, or the group's: what its colour is kept by (see seriesStyles.ts). */
  key: string;
  label: string;
  points: OverlayPoint[];
  /** How many seeds the curve is the mean of: 1 for a run, whose points have no range. */
  seeds: number;
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);
const rangeOrNull = (min: number, max: number): [number, number] | null =>
  Number.isFinite(min) && Number.isFinite(max) ? [min, max] : null;

/** A run's points as plotted: x on the chosen axis, values smoothed (see smooth). */
export function overlayPoints(
  points: EvalPoint[],
  axis: XAxisKind,
  weight: number,
): OverlayPoint[] {
  const accuracy = smooth(
    points.map((p) => p.valAccuracy),
    weight,
  );
  const loss = smooth(
    points.map((p) => p.valLoss),
    weight,
  );
  return points.map((p, i) => ({
    x: xValue(p, axis),
    valAccuracy: finiteOrNull(accuracy[i]),
    valLoss: finiteOrNull(loss[i]),
  }));
}

/**
 * A group's mean curve as plotted: at each step every seed reached (see meanCurve), x is the
 * seeds' mean (their wall times differ), the values and the band's edges each smoothed.
 */
export function groupPoints(runs: Run[], axis: XAxisKind, weight: number): OverlayPoint[] {
  const x = meanCurve(runs, (p) => xValue(p, axis));
  const accuracy = meanCurve(runs, (p) => p.valAccuracy);
  const loss = meanCurve(runs, (p) => p.valLoss);
  const smoothed = (values: number[]) => smooth(values, weight);
  const [accMean, accMin, accMax] = [
    smoothed(accuracy.map((p) => p.mean)),
    smoothed(accuracy.map((p) => p.min)),
    smoothed(accuracy.map((p) => p.max)),
  ];
  const [lossMean, lossMin, lossMax] = [
    smoothed(loss.map((p) => p.mean)),
    smoothed(loss.map((p) => p.min)),
    smoothed(loss.map((p) => p.max)),
  ];
  return x.map((p, i) => ({
    x: p.mean,
    valAccuracy: finiteOrNull(accMean[i]),
    valLoss: finiteOrNull(lossMean[i]),
    valAccuracyRange: rangeOrNull(accMin[i], accMax[i]),
    valLossRange: rangeOrNull(lossMin[i], lossMax[i]),
  }));
}

/**
 * The last plotted points per (first) points array. The store replaces a run's points only when
 * a new evaluation arrives, so progress-only updates keep the same arrays; returning the same
 * plotted array then lets the charts skip redrawing every curve that did not change.
 */
const plottedCache = new WeakMap<
  EvalPoint[],
  { key: string; sources: EvalPoint[][]; plotted: OverlayPoint[] }
>();

function cached(runs: Run[], axis: XAxisKind, weight: number): OverlayPoint[] {
  const key = `${axis}:${weight}`;
  const sources = runs.map((run) => run.points);
  const hit = plottedCache.get(sources[0]);
  if (hit?.key === key && hit.sources.length === sources.length)
    if (hit.sources.every((points, i) => points === sources[i])) return hit.plotted;
  const plotted =
    runs.length === 1 ? overlayPoints(sources[0], axis, weight) : groupPoints(runs, axis, weight);
  plottedCache.set(sources[0], { key, sources, plotted });
  return plotted;
}

/**
 * One series per shown run on its own, and per repeat group with a seed shown: the mean of its
 * shown seeds that have been evaluated, with their band. Smoothed with `weight` (see smooth).
 */
export function overlaySeries(runs: Run[], axis: XAxisKind, weight: number): OverlaySeries[] {
  const settings = groupRuns(runs)
    .map((group) => ({ ...group, shown: group.runs.filter((run) => !run.hidden) }))
    .filter((group) => group.shown.length > 0);
  // Labels name what differs between settings; a group with nothing differing goes by its name.
  const representatives = settings.map(({ shown }) =>
    shown.length > 1 ? { ...shown[0], name: groupName(shown) } : shown[0],
  );
  const labels = legendLabels(representatives);
  return settings.map(({ id, runs: members, shown }, i) => {
    const representative = representatives[i];
    const base = labels.get(representative.id) ?? representative.name;
    if (shown.length === 1) {
      const [run] = shown;
      // One seed of a group: say which, unless its name already does.
      const label =
        members.length > 1 && base !== run.name ? `${base} · seed ${run.config.seed}` : base;
      return { key: id, label, points: cached(shown, axis, weight), seeds: 1 };
    }
    const evaluated = shown.filter((run) => run.points.length > 0);
    const seeds = evaluated.length;
    const label =
      seeds > 1
        ? `${base} · mean of ${seeds} seeds, band min–max`
        : `${base} · ${seeds} of ${shown.length} seeds so far`;
    const points = seeds > 0 ? cached(evaluated, axis, weight) : [];
    return { key: id, label, points, seeds };
  });
}
