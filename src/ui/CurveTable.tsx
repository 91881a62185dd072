import type { EvalPoint } from '../model/types';
import { formatCount, formatPercent } from './format';

/** The current run's curves as numbers: the charts' text alternative. */
export function CurveTable({ points }: { points: EvalPoint[] }) {
  const garments = points.some((point) => point.garmentAccuracy !== undefined);
  return (
    <details className="card chart-table">
      <summary>Table of values</summary>
      {points.length === 0 ? (
        <p className="hint">No evaluation yet: the values appear here as the run trains.</p>
      ) : (
        <div className="values-scroll">
          <table className="values-table">
            <caption>Validation accuracy and loss, and training loss, at each evaluation</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Validation accuracy</th>
                {garments && <th scope="col">Accuracy on my garments</th>}
                <th scope="col">Validation loss</th>
                <th scope="col">Training loss</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.step}>
                  <th scope="row">{formatCount(point.step)}</th>
                  <td>{formatPercent(point.valAccuracy)}</td>
                  {garments && (
                    <td>
                      {point.garmentAccuracy === undefined
                        ? '—'
                        : formatPercent(point.garmentAccuracy)}
                    </td>
                  )}
                  <td>{point.valLoss.toFixed(3)}</td>
                  <td>{point.trainLoss.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
