import type { XAxisKind } from '../../runs/compare';
import { formatCount, formatPercent } from '../format';
import type { OverlaySeries } from './series';

const X_HEADERS: Record<XAxisKind, string> = {
  step: 'Step',
  examples: 'Examples seen',
  time: 'Wall time (s)',
};
const X_VALUES: Record<XAxisKind, (x: number) => string> = {
  step: formatCount,
  examples: formatCount,
  time: (x) => x.toFixed(1),
};
/** Shown where a value is not finite (a diverged run), where the chart's line breaks. */
const MISSING = '—';

/**
 * The comparison charts' text alternative: each shown run's points as plotted (on the chosen X
 * axis, smoothed as chosen), one table per run.
 */
export function OverlayTable({
  series,
  axis,
  smoothing,
}: {
  series: OverlaySeries[];
  axis: XAxisKind;
  smoothing: number;
}) {
  return (
    <details className="chart-table">
      <summary>Table of values</summary>
      {smoothing > 0 && (
        <p className="hint">Values as plotted, smoothed with weight {smoothing.toFixed(2)}.</p>
      )}
      {series.map((s) => (
        <div className="values-scroll" key={s.runId}>
          <table className="values-table">
            <caption>{s.label}</caption>
            <thead>
              <tr>
                <th scope="col">{X_HEADERS[axis]}</th>
                <th scope="col">Validation accuracy</th>
                <th scope="col">Validation loss</th>
              </tr>
            </thead>
            <tbody>
              {s.points.map((point) => (
                <tr key={point.x}>
                  <th scope="row">{X_VALUES[axis](point.x)}</th>
                  <td>{point.valAccuracy === null ? MISSING : formatPercent(point.valAccuracy)}</td>
                  <td>{point.valLoss === null ? MISSING : point.valLoss.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </details>
  );
}
