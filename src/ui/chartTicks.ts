/**
 * Round axis ticks for the live charts. Recharts' own ticks split the data range evenly, which
 * gives labels like 78% and 93%; these fall on steps a person reads at a glance (5%, 10%, 0.5).
 */
import type { EvalPoint } from '../model/types';

/** Round steps are these times a power of ten. */
const MANTISSAS = [1, 2, 2.5, 5];
/** Enough digits to undo floating-point drift (0.30000000000000004) without losing a step. */
const PRECISION = 10;
/** Tick budgets: the accuracy axis fits 70% to 100% in 5% steps, the loss axis 0 to 3 by 0.5. */
const ACCURACY_TICKS = 7;
const LOSS_TICKS = 7;
const STEP_TICKS = 7;
/** The loss axis of a run without a finite loss yet. */
const DEFAULT_LOSS_MAX = 1;

const clean = (x: number) => Number(x.toFixed(PRECISION));

/**
 * Ticks at the smallest round step (1, 2, 2.5 or 5 times a power of ten) that covers
 * [lo, hi] with at most `maxTicks` ticks; the first tick is at or below `lo`, the last at or
 * above `hi`, so the ticks double as the axis domain.
 */
export function roundTicks(lo: number, hi: number, maxTicks: number): number[] {
  if (!(hi > lo)) return [clean(lo)];
  let exponent = Math.floor(Math.log10((hi - lo) / maxTicks)) - 1;
  for (;;) {
    for (const mantissa of MANTISSAS) {
      const step = mantissa * 10 ** exponent;
      const first = Math.floor(clean(lo / step));
      const last = Math.ceil(clean(hi / step));
      if (last - first + 1 <= maxTicks)
        return Array.from({ length: last - first + 1 }, (_, i) => clean((first + i) * step));
    }
    exponent++;
  }
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

const axisOf = (ticks: number[]): Axis => ({ domain: [ticks[0], ticks.at(-1)!], ticks });

type Losses = Pick<EvalPoint, 'valAccuracy' | 'valLoss' | 'trainLoss' | 'garmentAccuracy'>;

/** Steps from 0 to a round number at or above the last evaluation. */
export function stepAxis(points: readonly Pick<EvalPoint, 'step'>[]): Axis {
  const last = Math.max(0, ...points.map((p) => p.step));
  return axisOf(roundTicks(0, last > 0 ? last : 1, STEP_TICKS));
}

/** Accuracy from a round level at or below the worst point up to 100%, as the overlay shows it. */
export function accuracyAxis(points: readonly Losses[]): Axis {
  // A fine-tune's accuracy on My garments shares the axis.
  const values = points
    .flatMap((p) => [p.valAccuracy, p.garmentAccuracy ?? NaN])
    .filter(Number.isFinite);
  const lo = values.length > 0 ? Math.max(0, Math.min(...values)) : 0;
  return axisOf(roundTicks(lo, 1, ACCURACY_TICKS));
}

/** Validation and training loss from 0 up to a round value at or above the highest finite one. */
export function lossAxis(points: readonly Losses[]): Axis {
  const values = points.flatMap((p) => [p.valLoss, p.trainLoss]).filter(Number.isFinite);
  const hi = values.length > 0 ? Math.max(...values) : 0;
  return axisOf(roundTicks(0, hi > 0 ? hi : DEFAULT_LOSS_MAX, LOSS_TICKS));
}
