import { useId } from 'react';
import type { NumericField } from '../../model/config';
import { formatConfigValue } from '../../runs/compare';
import type { ValueSummary } from '../../runs/repeats';
import type { ReportFigure } from '../../runs/report-figures';
import type { Run } from '../../runs/state';
import {
  MEASURE_WORDS,
  percent,
  runStatusWords,
  valueStatus,
  type Measure,
} from '../../runs/summary-text';

/** Shown where a value has nothing measured yet (still training, or stopped before training). */
const MISSING = '—';

const maybePercent = (fraction: number | undefined) =>
  fraction === undefined ? MISSING : percent(fraction);

/**
 * The sweep summary chart's text alternative: one row per swept value with the spread of its
 * seeds (n, mean, sd, min, max) of the measure the chart draws, and its best validation mean.
 */
export function SummaryTable({
  values,
  runs,
  field,
  fieldLabel,
  measure,
  figures,
}: {
  values: readonly ValueSummary[];
  /** The sweep's runs, counted per value. */
  runs: readonly Run[];
  field: NumericField;
  fieldLabel: string;
  measure: Measure;
  figures: readonly ReportFigure[];
}) {
  const measureLabel = `${MEASURE_WORDS[measure]} accuracy`;
  const measureTitle = measureLabel[0].toUpperCase() + measureLabel.slice(1);
  const id = useId();
  const reportAt = new Map(figures.map((f) => [f.value, f]));
  return (
    <details className="chart-table">
      <summary>Table of values</summary>
      {/* Focusable, as it scrolls sideways on a phone: the keyboard can scroll it too. */}
      <div className="values-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-values`}>
        <table className="values-table summary-table">
          <caption id={`${id}-values`}>
            {measureTitle} against {fieldLabel.toLowerCase()}, over seeds
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {fieldLabel}
              </th>
              <th scope="colgroup" colSpan={5}>
                {measureTitle}
              </th>
              <th scope="col" rowSpan={2}>
                Best validation accuracy, mean
              </th>
              {figures.length > 0 && (
                <th scope="col" rowSpan={2}>
                  Report, test accuracy
                </th>
              )}
              <th scope="col" rowSpan={2} className="status">
                Runs
              </th>
            </tr>
            <tr>
              <th scope="col">n</th>
              <th scope="col">Mean</th>
              <th scope="col">SD</th>
              <th scope="col">Min</th>
              <th scope="col">Max</th>
            </tr>
          </thead>
          <tbody>
            {values.map((value) => {
              const spread = value[measure];
              const report = reportAt.get(value.value);
              return (
                <tr key={value.value} className={value.partial ? 'summary-partial' : undefined}>
                  <th scope="row">{formatConfigValue(field, value.value)}</th>
                  <td className="num">{spread?.n ?? 0}</td>
                  <td className="num">{maybePercent(spread?.mean)}</td>
                  <td className="num">
                    {/* One seed has no spread: its sd of 0 would claim a precision it lacks. */}
                    {spread && spread.n > 1 ? percent(spread.sd) : MISSING}
                  </td>
                  <td className="num">{maybePercent(spread?.min)}</td>
                  <td className="num">{maybePercent(spread?.max)}</td>
                  <td className="num">{maybePercent(value.best?.mean)}</td>
                  {figures.length > 0 && (
                    <td className="num">{report ? percent(report.testAccuracy) : MISSING}</td>
                  )}
                  <td className="status">{valueStatus(value, runs)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="values-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-runs`}>
        <table className="values-table summary-table summary-runs">
          <caption id={`${id}-runs`}>Each run, by {fieldLabel.toLowerCase()} and seed</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">{fieldLabel}</th>
              <th scope="col">Seed</th>
              <th scope="col">Test accuracy</th>
              <th scope="col">Final validation accuracy</th>
              <th scope="col" className="status">
                Status
              </th>
              <th scope="col">Steps done</th>
            </tr>
          </thead>
          <tbody>
            {[...runs]
              .sort((a, b) => a.config[field] - b.config[field] || a.config.seed - b.config.seed)
              .map((run) => (
                <tr key={run.id}>
                  <th scope="row">{run.name}</th>
                  <td className="num">{formatConfigValue(field, run.config[field])}</td>
                  <td className="num">{run.config.seed}</td>
                  <td className="num">{maybePercent(run.test?.accuracy)}</td>
                  <td className="num">{maybePercent(run.points.at(-1)?.valAccuracy)}</td>
                  <td className="status">{runStatusWords(run)}</td>
                  <td className="num">{run.step.toLocaleString('en-US')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {measure === 'final' && (
        <p className="hint">
          Final validation accuracy until every value has a test accuracy: the test set is scored
          only when a run finishes.
        </p>
      )}
    </details>
  );
}
