/**
 * What the sweep summary chart draws: one row per swept value (mean, min–max bar, whether it is
 * partly trained) and axes that place each value at its own x. Pure: no React, no DOM.
 */
import type { ValueSummary } from './repeats';
import type { ReportFigure } from './report-figures';
import { stepsReached, type Measure } from './summary-text';

/** One swept value as the chart draws it; accuracies in [0, 1]. */
export interface ChartRow {
  value: number;
  /** Mean of the compared measure over the seeds measured, and its min–max as offsets below
   *  and above the mean, the form recharts' ErrorBar reads. */
  mean?: number;
  range?: [number, number];
  n: number;
  min?: number;
  max?: number;
  sd?: number;
  /** Mean best validation accuracy, drawn beside for reference. */
  bestMean?: number;
  /** Some evaluated run of this value is not fully trained. */
  partial: boolean;
  /** Steps behind the mean (see stepsReached), and the least-trained run's. */
  steps: number;
  minSteps: number;
  plannedSteps: number;
}

export function chartRows(values: readonly ValueSummary[], measure: Measure): ChartRow[] {
  return values.map((v) => {
    const spread = v[measure];
    return {
      value: v.value,
      ...(spread
        ? {
            mean: spread.mean,
            range: [spread.mean - spread.min, spread.max - spread.mean] as [number, number],
            min: spread.min,
            max: spread.max,
            sd: spread.sd,
          }
        : {}),
      n: spread?.n ?? 0,
      ...(v.best ? { bestMean: v.best.mean } : {}),
      partial: v.partial,
      steps: stepsReached(v, measure),
      minSteps: v.minSteps,
      plannedSteps: v.plannedSteps,
    };
  });
}

/** Whether a log x axis can show these values: all positive (a seed or a noise level can be 0). */
export function canUseLog(values: readonly number[]): boolean {
  return values.length > 0 && values.every((v) => v > 0);
}

/** Room beyond the outermost values, so their markers and bars are not cut in half. */
const X_PAD_FRACTION = 0.04;

/**
 * The x axis range: from the sweep's planned values (and any run's value), never from the runs
 * evaluated so far. Recharts drew every tick at the middle of a one-point domain, so a stopped
 * sweep's only evaluated run sat under the last tick's label (a 4-unit run at "800"); a range
 * fixed by the plan also keeps the axis still as runs finish.
 */
export function xDomain(values: readonly number[], log: boolean): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (log) {
    // In decades: the same share of the axis on both sides.
    const span = low === high ? 1 : Math.log10(high / low);
    const factor = 10 ** (span * X_PAD_FRACTION);
    return [low / factor, high * factor];
  }
  const span = low === high ? Math.max(Math.abs(low), 1) : high - low;
  return [low - span * X_PAD_FRACTION, high + span * X_PAD_FRACTION];
}

/** The zoomed y axis snaps to whole steps of this, and spans at least MIN_Y_SPAN. */
const Y_STEP = 0.05;
const MIN_Y_SPAN = 0.1;
const Y_ROOM = 0.01;

/**
 * The y axis range: 0–100% when asked, else zoomed to what is drawn (every seed's range and
 * the report's markers), widened to whole 5% steps so that differences of a point show.
 */
export function yDomain(
  rows: readonly ChartRow[],
  figures: readonly ReportFigure[],
  zoom: boolean,
): [number, number] {
  if (!zoom) return [0, 1];
  const drawn = [
    ...rows.flatMap((row) => [row.min, row.max, row.bestMean]),
    ...figures.map((f) => f.testAccuracy),
  ].filter((y): y is number => y !== undefined && Number.isFinite(y));
  if (drawn.length === 0) return [0, 1];
  // A point of room so that no marker sits on the frame; the epsilon keeps 0.85 / 0.05
  // (16.999…) from rounding a step too far.
  let low = Math.max(0, Math.floor((Math.min(...drawn) - Y_ROOM) / Y_STEP + 1e-9) * Y_STEP);
  let high = Math.min(1, Math.ceil((Math.max(...drawn) + Y_ROOM) / Y_STEP - 1e-9) * Y_STEP);
  // Widened a step at a time, downwards first, staying within 0–100%.
  while (high - low < MIN_Y_SPAN - 1e-9) {
    if (low > 0) low = Math.max(0, low - Y_STEP);
    if (high - low < MIN_Y_SPAN - 1e-9 && high < 1) high = Math.min(1, high + Y_STEP);
  }
  return [round(low), round(high)];
}

/** Float noise off: 0.7000000001 reads badly in a tick and a test. */
const round = (y: number) => Math.round(y * 1e6) / 1e6;

/** Ticks at the planned values while they fit; recharts picks its own beyond that. */
const MAX_VALUE_TICKS = 12;

export function xTicks(values: readonly number[]): number[] | undefined {
  const unique = [...new Set(values)].sort((a, b) => a - b);
  return unique.length <= MAX_VALUE_TICKS ? unique : undefined;
}

/**
 * Y ticks on whole percents of the zoomed range: 5% apart up to a 50-point span, else 10% or
 * 25%. Never 2.5% steps: "82.5%" is too wide for the axis and lost its first digit.
 */
export function yTicks([low, high]: readonly [number, number]): number[] {
  const span = high - low;
  const step = span <= 0.5 + 1e-9 ? 0.05 : span <= 0.8 + 1e-9 ? 0.1 : 0.25;
  const ticks: number[] = [];
  // "+ 0" turns the -0 that Math.ceil(-1e-9) gives into 0.
  for (let i = Math.ceil(low / step - 1e-9) + 0; i * step <= high + 1e-9; i++)
    ticks.push(round(i * step));
  return ticks;
}
