import type { TrainConfig } from '../model/config';
import { summarizeModel } from '../model/summary';
import { formatCount } from './format';
import './model-summary.css';

const shapeText = (shape: number[]) => shape.map(formatCount).join(' × ');

/**
 * The model the form describes: its parameter count, and, opened, layer by layer what each
 * layer puts out for one image, its parameters and its multiply-adds, and the totals; from the
 * configuration alone, so it follows every change of the form.
 */
export function ModelSummary({ config }: { config: TrainConfig }) {
  const summary = summarizeModel(config);
  return (
    <details className="model-summary">
      {/* The count is live, as the form changes it; the table opens below it. One line, so that
          Train stays in view on a laptop. */}
      <summary className="params">
        <span aria-live="polite">{formatCount(summary.params)} trainable parameters</span> · layers
      </summary>
      <div className="values-scroll">
        <table className="values-table">
          <caption>Model summary</caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Output</th>
              <th scope="col">Parameters</th>
              <th scope="col">Multiply-adds</th>
            </tr>
          </thead>
          <tbody>
            {summary.layers.map((layer, i) => (
              <tr key={i}>
                <th scope="row">{layer.name}</th>
                <td>{shapeText(layer.outputShape)}</td>
                <td>{formatCount(layer.params)}</td>
                <td>{layer.multiplyAdds === 0 ? '–' : formatCount(layer.multiplyAdds)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td>{formatCount(summary.params)}</td>
              <td>{formatCount(summary.multiplyAdds)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">
        Multiply-adds are those of the dense and convolution layers for one image; the other layers
        do about one operation per value. A training step costs about three times as much per image
        as this forward pass.
      </p>
    </details>
  );
}
