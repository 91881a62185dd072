/**
 * The 2019 report's own figures, to set beside ours: the reference lines every summary can show,
 * and, for a sweep started from a report preset, the report's test accuracy at the values it
 * gives one for. Only numbers the report (or the brief's reference table) states are here. Pure.
 */
import type { NumericField } from '../model/config';
import type { Spread } from './repeats';
import { percentRange, valuePhrase } from './summary-text';

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const count = (n: number) => n.toLocaleString('en-US');

/** The report's step counts (sections 4.1.1 and 4.2). */
const REPORT_DENSE_STEPS = 15_000;
const REPORT_CNN_STEPS = 10_000;

/** A test accuracy to beat, drawn as a horizontal line. */
export interface ReferenceLine {
  /** In full, for the key: "Report dense 65.9% (15,000 steps)". */
  label: string;
  /** On the line itself, short enough that two near 89% fit side by side on a phone. */
  short: string;
  accuracy: number;
}

/** From the brief's reference table; the labels say how long the report's nets trained. */
export const REFERENCE_LINES: readonly ReferenceLine[] = [
  { accuracy: 0.659, steps: REPORT_DENSE_STEPS, what: 'Report dense' },
  { accuracy: 0.89, steps: REPORT_CNN_STEPS, what: 'Report CNN' },
].map(({ accuracy, steps, what }) => ({
  accuracy,
  label: `${what} ${percent(accuracy)} (${count(steps)} steps)`,
  short: `${what} ${percent(accuracy)}`,
}));

/** Zalando's scikit-learn benchmark (the brief's table): no steps, it is not a neural net. */
export const SVC_LINE: ReferenceLine = {
  accuracy: 0.897,
  label: `Best scikit-learn, SVC ${percent(0.897)}`,
  short: `SVC ${percent(0.897)}`,
};

export const ALL_REFERENCE_LINES: readonly ReferenceLine[] = [...REFERENCE_LINES, SVC_LINE];

/** The report's test accuracy at one value of a preset's swept field. */
export interface ReportFigure {
  value: number;
  testAccuracy: number;
  steps: number;
}

/**
 * Per preset, the values the report gives a test accuracy for. The report measured test
 * accuracy only for its best configuration of each model (section 5, Discussion, and section
 * 7, Conclusion): "The dense model with 5 hidden neurons has an accuracy of 0.659 and the CNN
 * models with 32 filters and a filter size of two has a score of 0.890." Its other numbers are
 * validation accuracies read off figures 6, 8, 9 and 10 ("around 65%", "drops to 30%", "top
 * score 88%"), approximate and not test accuracies, so they are left out. The 32-filter, 2x2
 * CNN is a point of both CNN sweeps: the filter sweep holds the kernel at 2 (presets.ts) and the
 * kernel sweep the filters at 32. The quick presets differ from the report's settings, so the
 * report has no figure for their values.
 */
export const REPORT_FIGURES: Readonly<Record<string, readonly ReportFigure[]>> = {
  'report-dense-hidden': [{ value: 5, testAccuracy: 0.659, steps: REPORT_DENSE_STEPS }],
  'report-cnn-filters': [{ value: 32, testAccuracy: 0.89, steps: REPORT_CNN_STEPS }],
  'report-cnn-kernel': [{ value: 2, testAccuracy: 0.89, steps: REPORT_CNN_STEPS }],
};

/** The report's figures for a sweep's preset, or none. */
export function reportFigures(presetId: string | undefined): readonly ReportFigure[] {
  return (presetId && REPORT_FIGURES[presetId]) || [];
}

/** Ours, as the summary measured it at the report figure's value. */
export interface OurResult {
  spread: Spread | undefined;
  measure: 'test' | 'final';
  /** Steps our runs reached (the least-trained one's, when some stopped early). */
  steps: number;
}

/**
 * Where the report's figure falls against our seeds' spread at the same value, in words, e.g.
 * "The report's 65.9% at 5 hidden units is below all 3 of our seeds (78.1–80.4% test, 15,000
 * steps)."
 */
export function compareWithReport(
  figure: ReportFigure,
  field: NumericField,
  ours: OurResult,
): string {
  const theirs =
    `The report’s ${percent(figure.testAccuracy)} at ${valuePhrase(field, figure.value)} ` +
    `(test, ${count(figure.steps)} steps)`;
  const { spread } = ours;
  if (!spread) return `${theirs}: ours is not measured yet.`;
  const what = `${ours.measure === 'test' ? 'test' : 'final validation'}, ${count(ours.steps)} steps`;
  const fig = figure.testAccuracy;
  if (spread.n === 1) {
    const relation = fig < spread.min ? 'below' : fig > spread.max ? 'above' : 'equal to';
    return `${theirs} is ${relation} our one seed (${percent(spread.mean)} ${what}).`;
  }
  const range = `${percentRange(spread.min, spread.max)} ${what}`;
  if (fig < spread.min) return `${theirs} is below all ${spread.n} of our seeds (${range}).`;
  if (fig > spread.max) return `${theirs} is above all ${spread.n} of our seeds (${range}).`;
  return `${theirs} is within the range of our ${spread.n} seeds (${range}).`;
}
