import type { XAxisKind } from '../../runs/compare';
import { formatCount, formatPercent } from '../format';
import type { OverlayPoint, OverlaySeries } from './series';

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

const accuracy = (value: number | null) => (value === null ? MISSING : formatPercent(value));
const loss = (value: number | null) => (value === null ? MISSING : value.toFixed(3));
const range = (value: [number, number] | null | undefined, format: (v: number) => string) =>
  value ? `${format(value[0])}–${format(value[1])}` : MISSING;

/** A repeat group's points: the mean of its seeds and their range, lowest to highest. */
function GroupValues({ points, axis }: { points: OverlayPoint[]; axis: XAxisKind }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{X_HEADERS[axis]}</th>
          <th scope="col">Validation accuracy (mean)</th>
          <th scope="col">Accuracy range</th>
          <th scope="col">Validation loss (mean)</th>
          <th scope="col">Loss range</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.x}>
            <th scope="row">{X_VALUES[axis](point.x)}</th>
            <td>{accuracy(point.valAccuracy)}</td>
            <td>{range(point.valAccuracyRange, formatPercent)}</td>
            <td>{loss(point.valLoss)}</td>
            <td>{range(point.valLossRange, (v) => v.toFixed(3))}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}

/**
 * The comparison charts' text alternative: each shown run's points as plotted (on the chosen X
 * axis, smoothed as chosen), one table per run, and per repeat group its mean and range.
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
        <div className="values-scroll" key={s.key}>
          <table className="values-table">
            <caption>{s.label}</caption>
            {s.seeds > 1 ? (
              <GroupValues points={s.points} axis={axis} />
            ) : (
              <>
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
                      <td>{accuracy(point.valAccuracy)}</td>
                      <td>{loss(point.valLoss)}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            )}
          </table>
        </div>
      ))}
    </details>
  );
}
