import { useId, type ChangeEvent } from 'react';
import { LABELS_FILE, MAX_GARMENTS_FILE_MB } from '../../garments/file';

/** Export My garments as one zip, and import one: the outcome is said below the buttons. */
export function GarmentFiles({
  count,
  onExport,
  onImport,
  message,
}: {
  count: number;
  onExport(): void;
  onImport(file: File): Promise<void>;
  message: { text: string; isError: boolean } | null;
}) {
  const id = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, imports it again.
    input.value = '';
    if (file) void onImport(file);
  };
  return (
    <div className="garment-files">
      <p id={`${id}-format`} className="hint">
        A My garments file is a zip of 28x28 grayscale PNGs and a {LABELS_FILE} (file, label 0-9,
        class), at most {MAX_GARMENTS_FILE_MB} MB.
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={onExport}
          disabled={count === 0}
          aria-describedby={`${id}-format`}
        >
          Export My garments
        </button>
        <span className="garment-import">
          <label htmlFor={`${id}-file`}>Import garments</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".zip,application/zip"
            aria-describedby={`${id}-format`}
            onChange={choose}
          />
        </span>
      </div>
      {message && (
        <p
          className={message.isError ? 'try-error' : 'hint'}
          role={message.isError ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
