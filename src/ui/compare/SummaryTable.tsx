import type { SummaryPoint } from '../../runs/compare';
import { formatPercent } from '../format';

/** Shown for runs that have no test accuracy yet (still training, or stopped early). */
const MISSING = '—';

/** The sweep summary chart's text alternative: one row per run, sorted by the swept value. */
export function SummaryTable({
  points,
  fieldLabel,
}: {
  points: SummaryPoint[];
  fieldLabel: string;
}) {
  return (
    <details className="chart-table">
      <summary>Table of values</summary>
      <div className="values-scroll">
        <table className="values-table">
          <caption>Accuracy against {fieldLabel.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">{fieldLabel}</th>
              <th scope="col">Best validation accuracy</th>
              <th scope="col">Final validation accuracy</th>
              <th scope="col">Test accuracy</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.runId}>
                <th scope="row">{point.value}</th>
                <td>{formatPercent(point.best)}</td>
                <td>{formatPercent(point.final)}</td>
                <td>{point.test === undefined ? MISSING : formatPercent(point.test)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
