import { CLASS_NAMES } from '../../data/dataset';
import { MODEL_SIDE } from '../../drawing/preprocess';
import type { Garment } from '../../garments/garment';
import type { GarmentPrediction } from '../../garments/score';
import { formatPercent } from '../format';
import { PixelImage } from '../try/PixelImage';

/** On-screen side of a garment: two screen pixels per model-input pixel. */
const TILE_SIZE = MODEL_SIDE * 2;
const GRAY_BYTES = { kind: 'gray', max: 255 } as const;

/**
 * The set as the models see it: each garment's 28x28 form, its true label (a select, to
 * relabel it), what the chosen run takes it for, and a Delete button.
 */
export function GarmentGrid({
  garments,
  predictions,
  runName,
  onRelabel,
  onRemove,
}: {
  garments: readonly Garment[];
  /** The chosen run's predictions by garment id, once it is scored. */
  predictions: ReadonlyMap<string, GarmentPrediction> | null;
  runName: string | null;
  onRelabel(id: string, label: number): void;
  onRemove(id: string): void;
}) {
  return (
    <ul className="try-grid garment-grid" aria-label="My garments">
      {garments.map((garment, index) => {
        const number = index + 1;
        const prediction = predictions?.get(garment.id);
        const wrong = prediction !== undefined && prediction.predicted !== garment.label;
        const trueClass = CLASS_NAMES[garment.label];
        return (
          <li key={garment.id} className={`try-tile garment-tile${wrong ? ' try-wrong' : ''}`}>
            <PixelImage
              values={garment.pixels}
              side={MODEL_SIDE}
              size={TILE_SIZE}
              palette={GRAY_BYTES}
              label={`Garment ${number}: ${trueClass}${garment.name ? ` (${garment.name})` : ''}`}
            />
            <select
              aria-label={`True label of garment ${number}`}
              value={garment.label}
              onChange={(event) => onRelabel(garment.id, Number(event.target.value))}
            >
              {CLASS_NAMES.map((className, label) => (
                <option key={className} value={label}>
                  {className}
                </option>
              ))}
            </select>
            {prediction && (
              <span
                className="try-tile-guess"
                title={runName ? `What ${runName} predicts` : undefined}
              >
                {wrong ? `Taken for ${CLASS_NAMES[prediction.predicted]}` : 'Right'},{' '}
                {formatPercent(prediction.confidence)}
              </span>
            )}
            <button
              type="button"
              className="link-button"
              aria-label={`Delete garment ${number} (${trueClass})`}
              onClick={() => onRemove(garment.id)}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
