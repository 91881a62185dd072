import { useState } from 'react';
import { exportFileName, exportRuns } from '../runs/export';
import {
  MODEL_METADATA_KEY,
  loadedRun,
  modelMetadata,
  orderWeightFiles,
  pairModelFiles,
  parseModelJson,
  weightSizeError,
} from '../runs/model-file';
import { importMessage, newImports } from '../runs/importing';
import { downloadModelError } from '../runs/messages';
import {
  pytorchFileName,
  pytorchScript,
  runExperiment,
  sweepExperiment,
  type TorchExperiment,
} from '../runs/pytorch-export';
import { parseRunsImport } from '../runs/schema';
import type { Run, Sweep } from '../runs/state';
import type { CallWorker } from '../worker/client';
import { newId } from './useLab';

/** Saves `parts` as a file the browser downloads. */
export function download(parts: BlobPart[], type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The buffers end to end, as one; the only one itself when there is one. */
function concatenate(buffers: ArrayBuffer[]): ArrayBuffer {
  if (buffers.length === 1) return buffers[0];
  const joined = new Uint8Array(buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0));
  let offset = 0;
  for (const buffer of buffers) {
    joined.set(new Uint8Array(buffer), offset);
    offset += buffer.byteLength;
  }
  return joined.buffer;
}

/** Export and import of runs as JSON, and download and loading of a run's trained model. */
export function useRunFiles(runs: Run[], call: CallWorker | null, addRuns: (runs: Run[]) => void) {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const fail = (text: string) => setMessage({ text, isError: true });

  /** Saves the experiment's PyTorch script; says, beside Import runs, what to do with it. */
  function exportScript(experiment: TorchExperiment) {
    const fileName = pytorchFileName(experiment);
    download([pytorchScript(experiment, __APP_VERSION__)], 'text/x-python', fileName);
    const stem = fileName.replace(/\.py$/, '');
    setMessage({
      text: `Saved ${fileName}: run it with Python and PyTorch (python3 ${fileName} --help says how), then import the ${stem}.runs.json it writes here.`,
      isError: false,
    });
  }

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
    /** Throws, with a message naming the run, if it cannot be exported. */
    exportRunScript(runId: string) {
      const run = runs.find((r) => r.id === runId);
      if (!run) throw new Error('That run is not available.');
      exportScript(runExperiment(run));
    },
    /** Throws, with a message, if none of the sweep's runs are left. */
    exportSweepScript(sweep: Sweep) {
      exportScript(sweepExperiment(sweep, runs));
    },
    importRuns(text: string, fileName: string) {
      const parsed = parseRunsImport(text);
      if (!parsed.ok) return fail(`Nothing was imported from ${fileName}: ${parsed.error}`);
      // A run already here (an export imported again) is skipped, not doubled under a new id.
      const { added, skipped } = newImports(runs, parsed.runs);
      if (added.length > 0) addRuns(added);
      setMessage({ text: importMessage(added.length, skipped, fileName), isError: false });
    },
    /**
     * Saves model.json and its weights file, the TF.js layers format, named after the run;
     * model.json also records the run (see runs/model-file.ts) for loadModel to read back.
     */
    async downloadModel(runId: string) {
      const run = runs.find((r) => r.id === runId);
      if (!call || !run) throw new Error('That run is not available.');
      // The worker knows the run by its id; the person, by its name.
      const { modelJson, weights } = await call('exportModel', { runId }).catch((error) => {
        throw new Error(downloadModelError(run, error, runs));
      });
      const stem = exportFileName(run).replace(/\.json$/, '');
      const manifest = JSON.parse(modelJson);
      manifest.weightsManifest[0].paths = [`${stem}.weights.bin`];
      manifest.userDefinedMetadata = {
        [MODEL_METADATA_KEY]: modelMetadata(run, __APP_VERSION__),
      };
      download([JSON.stringify(manifest)], 'application/json', `${stem}.model.json`);
      download([weights], 'application/octet-stream', `${stem}.weights.bin`);
    },
    /**
     * Loads a model.json and its weights files, chosen together, as a new done run: checks them,
     * has the worker load and store the model, then adds the run. All or nothing.
     */
    async loadModel(files: File[]) {
      // The checks' messages name the files; the worker's and the browser's do not.
      const refuse = (why: string) => fail(`Nothing was loaded: ${why}`);
      const paired = pairModelFiles(files);
      if (!paired.ok) return refuse(paired.error);
      const { model } = paired;
      const failed = (why: string) => fail(`Nothing was loaded from ${model.name}: ${why}`);
      if (!call) return failed('the training worker is not running.');
      try {
        const modelJson = await model.text();
        const parsed = parseModelJson(modelJson, model.name);
        if (!parsed.ok) return refuse(parsed.error);
        const ordered = orderWeightFiles(parsed.file.weightPaths, paired.weights, model.name);
        if (!ordered.ok) return refuse(ordered.error);
        const weights = concatenate(
          await Promise.all(ordered.files.map((file) => file.arrayBuffer())),
        );
        const names = ordered.files.map((file) => file.name);
        const sizeError = weightSizeError(parsed.file, weights.byteLength, names, model.name);
        if (sizeError) return refuse(sizeError);
        const runId = newId('run');
        const { params } = await call('importModel', { runId, modelJson, weights }, [weights]);
        const run = loadedRun({
          id: runId,
          fileName: model.name,
          file: parsed.file,
          params,
          now: Date.now(),
        });
        try {
          addRuns([run]);
        } catch (error) {
          // The worker has stored the model: forget it, or it would outlive its missing run.
          await call('deleteModel', { runId }).catch(() => undefined);
          throw error;
        }
        setMessage({ text: `${run.message} The new run is "${run.name}".`, isError: false });
      } catch (error) {
        failed((error as Error).message);
      }
    },
  };
}
