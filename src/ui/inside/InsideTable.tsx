import type { InsideSnapshot } from '../../model/inside';
import type { EvalPoint } from '../../model/types';
import type { Run } from '../../runs/state';
import { formatCount } from '../format';

const range = ({ min, max }: { min: number; max: number }) =>
  `${min.toPrecision(2)} … ${max.toPrecision(2)}`;

/** The numbers of the small multiples, one row per evaluation point. */
export function InsideTable({
  run,
  points,
}: {
  run: Run;
  points: (EvalPoint & { inside: InsideSnapshot })[];
}) {
  const { layers, activations } = points.at(-1)!.inside;
  return (
    // Focusable, so that a keyboard can scroll a table wider than the screen.
    <div
      className="inside-table-wrap"
      tabIndex={0}
      role="group"
      aria-label="Inside the network as a table"
    >
      <table className="inside-table">
        <caption>Inside {run.name} at each evaluation point</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            {layers.map((layer) => (
              <th key={layer.name} scope="col" colSpan={3}>
                {layer.name}: weights, gradients, update / weight
              </th>
            ))}
            {activations.map((layer) => (
              <th key={layer.name} scope="col">
                Dead {layer.filters ? 'filters' : 'units'} of {layer.name}
              </th>
            ))}
            <th scope="col">Saturated</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.step}>
              <th scope="row">{formatCount(point.step)}</th>
              {layers.map((layer, l) => {
                const at = point.inside.layers[l];
                return at ? (
                  [
                    <td key={`${layer.name}-w`}>{range(at.weights)}</td>,
                    <td key={`${layer.name}-g`}>{range(at.gradients)}</td>,
                    <td key={`${layer.name}-r`}>{at.updateRatio?.toPrecision(2) ?? '–'}</td>,
                  ]
                ) : (
                  <td key={layer.name} colSpan={3} />
                );
              })}
              {activations.map((layer, a) => {
                const at = point.inside.activations[a];
                return <td key={layer.name}>{at ? `${at.dead} of ${at.units}` : ''}</td>;
              })}
              <td>{Math.round(point.inside.saturated * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
