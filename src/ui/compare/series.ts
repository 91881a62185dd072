/** The overlay charts' data: one smoothed series per shown run. */
import { legendLabels, smooth, xValue, type XAxisKind } from '../../runs/compare';
import type { Run } from '../../runs/state';
import type { EvalPoint } from '../../model/types';

/** One plotted point: null where the value is not finite, so the line breaks there. */
export interface OverlayPoint {
  x: number;
  valAccuracy: number | null;
  valLoss: number | null;
}

export interface OverlaySeries {
  runId: string;
  label: string;
  points: OverlayPoint[];
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

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
 * The last plotted points per points array. The store replaces a run's points only when a new
 * evaluation arrives, so progress-only updates keep the same arrays; returning the same plotted
 * array then lets the charts skip redrawing every run whose curve did not change.
 */
const plottedCache = new WeakMap<EvalPoint[], { key: string; plotted: OverlayPoint[] }>();

function cachedOverlayPoints(points: EvalPoint[], axis: XAxisKind, weight: number) {
  const key = `${axis}:${weight}`;
  const cached = plottedCache.get(points);
  if (cached?.key === key) return cached.plotted;
  const plotted = overlayPoints(points, axis, weight);
  plottedCache.set(points, { key, plotted });
  return plotted;
}

/** One series per shown run for the overlay charts, smoothed with `weight` (see smooth). */
export function overlaySeries(runs: Run[], axis: XAxisKind, weight: number): OverlaySeries[] {
  const shown = runs.filter((run) => !run.hidden);
  const labels = legendLabels(shown);
  return shown.map((run) => ({
    runId: run.id,
    label: labels.get(run.id) ?? run.name,
    points: cachedOverlayPoints(run.points, axis, weight),
  }));
}
