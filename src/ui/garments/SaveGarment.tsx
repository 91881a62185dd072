import { useId, useState } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import type { GarmentSource } from '../../garments/garment';

/**
 * Saves what the model sees now (the drawing or the photo, as 28x28) to My garments with the
 * true class the person chooses: a labelled select of the ten classes, then the button.
 */
export function SaveGarment({
  pixels,
  source,
  name,
  onSave,
}: {
  /** The model input, 784 values in [0, 1], or null when nothing is drawn. */
  pixels: Float32Array | null;
  source: GarmentSource;
  name?: string;
  onSave(values: Float32Array, label: number, source: GarmentSource, name?: string): string;
}) {
  const selectId = useId();
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const hint = !pixels
    ? 'Draw a garment or upload a photo to save it to My garments.'
    : label === ''
      ? 'Choose its true class to save it.'
      : null;
  return (
    <div className="garment-save">
      <label htmlFor={selectId}>True label</label>
      <select id={selectId} value={label} onChange={(event) => setLabel(event.target.value)}>
        <option value="">Choose its class…</option>
        {CLASS_NAMES.map((className, index) => (
          <option key={className} value={index}>
            {className}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!pixels || label === ''}
        onClick={() => pixels && setSaved(onSave(pixels, Number(label), source, name))}
      >
        Save to My garments
      </button>
      <p className="hint" role="status">
        {hint ?? saved}
      </p>
    </div>
  );
}
