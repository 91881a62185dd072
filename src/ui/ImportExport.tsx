import { useId, useState, type ChangeEvent } from 'react';
import { EXPORT_CONTENTS } from '../runs/export';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../runs/schema';
import './sweep.css';

interface Props {
  /** Saves every run as one JSON file (see runs/export.ts). */
  onExportAll(): void;
  /** Receives the text of the chosen file, to check with parseRunsImport. */
  onImport(text: string, fileName: string): void;
  /** Receives the files chosen to load a trained model from: a model.json and its weights. */
  onLoadModel(files: File[]): Promise<void>;
  /** The outcome of the last import, export or model load, or null. */
  message: string | null;
  /** Whether `message` reports a failure (announced at once, in the error colour). */
  isError?: boolean;
}

/** Export all runs to a JSON file, import runs from one, and load a downloaded model. */
export function ImportExport({
  onExportAll,
  onImport,
  onLoadModel,
  message,
  isError = false,
}: Props) {
  const id = useId();
  // A file refused before it reaches the app: too large to read, or unreadable.
  const [readError, setReadError] = useState<string | null>(null);
  const [loadingModel, setLoadingModel] = useState(false);

  const loadModel = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same files again, e.g. with the missing one, loads them.
    input.value = '';
    if (files.length === 0) return;
    setReadError(null);
    setLoadingModel(true);
    try {
      await onLoadModel(files);
    } finally {
      setLoadingModel(false);
    }
  };

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

  const shown = readError ?? (loadingModel ? 'Loading the model…' : message);
  const shownIsError = readError !== null || (!loadingModel && isError);
  return (
    <section className="card import-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Keep runs</h2>
      {/* Said before the buttons: a person expecting the trained models learns where they are. */}
      <p id={`${id}-contents`} className="hint">
        A runs file holds {EXPORT_CONTENTS}. Runs already here are skipped when imported again.
      </p>
      <div className="actions">
        <button type="button" onClick={onExportAll} aria-describedby={`${id}-contents`}>
          Export all runs
        </button>
      </div>
      <div className="import-file">
        <label htmlFor={`${id}-file`}>Import runs</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-contents`}
          onChange={(event) => void readFile(event)}
        />
      </div>
      <div className="import-file">
        <label htmlFor={`${id}-model`}>Load a trained model</label>
        <input
          id={`${id}-model`}
          type="file"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          aria-describedby={`${id}-model-hint`}
          disabled={loadingModel}
          onChange={(event) => void loadModel(event)}
        />
        <span id={`${id}-model-hint`} className="hint">
          Choose its model.json and weights .bin together, as “Download model” saves them.
        </span>
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
