import { useId, useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../runs/schema';
import './sweep.css';

interface Props {
  /** Saves every run as one JSON file (see runs/export.ts). */
  onExportAll(): void;
  /** Receives the text of the chosen file, to check with parseRunsImport. */
  onImport(text: string, fileName: string): void;
  /** The outcome of the last import or export, or null. */
  message: string | null;
  /** Whether `message` reports a failure (announced at once, in the error colour). */
  isError?: boolean;
}

/** Export all runs to a JSON file, and import runs from one. */
export function ImportExport({ onExportAll, onImport, message, isError = false }: Props) {
  const id = useId();
  // A file refused before it reaches the app: too large to read, or unreadable.
  const [readError, setReadError] = useState<string | null>(null);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, e.g. after fixing it, imports it again.
    input.value = '';
    if (!file) return;
    setReadError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setReadError(`Could not import ${file.name}: ${tooLargeMessage(file.size)}`);
      return;
    }
    try {
      onImport(await file.text(), file.name);
    } catch (error) {
      setReadError(`Could not read ${file.name}: ${(error as Error).message}`);
    }
  };

  const shown = readError ?? message;
  const shownIsError = readError !== null || isError;
  return (
    <section className="card import-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Keep runs</h2>
      <div className="actions">
        <button type="button" onClick={onExportAll}>
          Export all runs
        </button>
      </div>
      <div className="import-file">
        <label htmlFor={`${id}-file`}>Import runs</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void readFile(event)}
        />
      </div>
      {shown && (
        <p
          className={shownIsError ? 'field-error' : 'hint'}
          role={shownIsError ? 'alert' : 'status'}
        >
          {shown}
        </p>
      )}
    </section>
  );
}
