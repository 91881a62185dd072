import { useState } from 'react';
import { exportFileName, exportRuns } from '../runs/export';
import { parseRunsImport } from '../runs/schema';
import type { Run } from '../runs/state';
import type { CallWorker } from '../worker/client';
import { newId } from './useLab';

function download(parts: BlobPart[], type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export and import of runs as JSON, and download of a run's trained model. */
export function useRunFiles(runs: Run[], call: CallWorker | null, addRuns: (runs: Run[]) => void) {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const fail = (text: string) => setMessage({ text, isError: true });

  return {
    message,
    exportRuns(runIds: string[]) {
      const chosen = runs.filter((run) => runIds.includes(run.id));
      if (chosen.length === 0) return fail('There are no runs to export.');
      const name =
        chosen.length === 1
          ? exportFileName(chosen[0])
          : `fashion-mnist-runs-${chosen.length}.json`;
      download(
        [JSON.stringify(exportRuns(chosen, __APP_VERSION__), null, 2)],
        'application/json',
        name,
      );
      setMessage(null);
    },
    importRuns(text: string, fileName: string) {
      const parsed = parseRunsImport(text);
      if (!parsed.ok) return fail(`Nothing was imported from ${fileName}: ${parsed.error}`);
      const taken = new Set(runs.map((run) => run.id));
      // Sweeps are not exported, so an imported run stands alone; clashing ids get fresh ones.
      const imported = parsed.runs.map(({ sweepId: _sweepId, ...run }) =>
        taken.has(run.id) ? { ...run, id: newId('run') } : run,
      );
      addRuns(imported);
      const count = `${imported.length} run${imported.length === 1 ? '' : 's'}`;
      setMessage({ text: `Imported ${count} from ${fileName}.`, isError: false });
    },
    /** Saves model.json and its weights file, the TF.js layers format, named after the run. */
    async downloadModel(runId: string) {
      const run = runs.find((r) => r.id === runId);
      if (!call || !run) throw new Error('That run is not available.');
      const { modelJson, weights } = await call('exportModel', { runId });
      const stem = exportFileName(run).replace(/\.json$/, '');
      const manifest = JSON.parse(modelJson);
      manifest.weightsManifest[0].paths = [`${stem}.weights.bin`];
      download([JSON.stringify(manifest)], 'application/json', `${stem}.model.json`);
      download([weights], 'application/octet-stream', `${stem}.weights.bin`);
    },
  };
}
