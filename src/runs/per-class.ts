/**
 * Per-class validation accuracy over training: the rows a chart of the ten curves draws, and,
 * between two runs, the classes that differ most, in words. Pure: no React, no DOM.
 */
import { CLASS_NAMES } from '../data/dataset';
import { NUM_CLASSES } from '../data/idx';
import type { EvalPoint } from '../model/types';
import type { Run } from './state';

/** One evaluation point as the chart plots it: `c0`..`c9` each class's accuracy, or null. */
export type ClassCurveRow = { step: number } & Record<ClassKey, number | null>;
export type ClassKey = `c${number}`;

/** The chart's key for class `c` (0..9). */
export const classKey = (c: number): ClassKey => `c${c}`;

const CLASSES = Array.from({ length: NUM_CLASSES }, (_, c) => c);

/** Points that carry per-class accuracy (runs trained before it was kept have none). */
export function classPoints(points: readonly EvalPoint[]): EvalPoint[] {
  return points.filter((p) => p.valClassAccuracy?.length === NUM_CLASSES);
}

/** Whether a run has per-class curves to show. */
export function hasClassCurves(run: Run): boolean {
  return run.points.some((p) => p.valClassAccuracy?.length === NUM_CLASSES);
}

/** The chart's rows: one per evaluation point with per-class accuracy, in step order. */
export function classCurveRows(points: readonly EvalPoint[]): ClassCurveRow[] {
  return classPoints(points).map((p) => {
    const row = { step: p.step } as ClassCurveRow;
    for (const c of CLASSES) row[classKey(c)] = p.valClassAccuracy![c];
    return row;
  });
}

/** One class's accuracy in two runs at their last evaluations, and b - a. */
export interface ClassDifference {
  classIndex: number;
  name: string;
  a: number;
  b: number;
  difference: number;
}

/** A run's per-class accuracy at its last evaluation that has it, or null. */
export function lastClassAccuracy(run: Run): { step: number; values: (number | null)[] } | null {
  const last = classPoints(run.points).at(-1);
  return last ? { step: last.step, values: last.valClassAccuracy! } : null;
}

/**
 * The classes in which two runs' last per-class accuracies differ, most first (ties in class
 * order); classes either run has no value for are left out. Null when either run has no
 * per-class accuracy.
 */
export function classDifferences(a: Run, b: Run): ClassDifference[] | null {
  const [lastA, lastB] = [lastClassAccuracy(a), lastClassAccuracy(b)];
  if (!lastA || !lastB) return null;
  const rows: ClassDifference[] = [];
  for (const c of CLASSES) {
    const [valueA, valueB] = [lastA.values[c], lastB.values[c]];
    if (valueA === null || valueB === null) continue;
    rows.push({
      classIndex: c,
      name: CLASS_NAMES[c],
      a: valueA,
      b: valueB,
      difference: valueB - valueA,
    });
  }
  return rows.sort(
    (x, y) => Math.abs(y.difference) - Math.abs(x.difference) || x.classIndex - y.classIndex,
  );
}

/** Whole percentages, as a person says them: 0.342 is "34%". */
export const wholePercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Classes named in the comparison sentence. */
export const MOST_DIFFERENT = 3;
/** Below this (one image in a hundred), two accuracies are the same as far as a person can tell. */
const NOTICEABLE = 0.005;

/**
 * "Shirt: 34% against 61%", for the classes that differ most (at most `limit`), a's value
 * first; classes within half a percentage point are not a difference. Empty when none differ.
 */
export function describeClassDifferences(
  differences: readonly ClassDifference[],
  limit = MOST_DIFFERENT,
): string[] {
  return differences
    .filter((d) => Math.abs(d.difference) >= NOTICEABLE)
    .slice(0, limit)
    .map((d) => `${d.name}: ${wholePercent(d.a)} against ${wholePercent(d.b)}`);
}
