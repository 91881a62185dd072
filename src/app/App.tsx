import { useState } from 'react';
import { parseForm } from '../model/form';
import { ComparePanel } from '../ui/compare/ComparePanel';
import { AugmentationControls } from '../ui/AugmentationControls';
import { CurveCharts } from '../ui/CurveCharts';
import { DataPanel } from '../ui/DataPanel';
import { InsidePanel } from '../ui/inside/InsidePanel';
import { ImportExport } from '../ui/ImportExport';
import { ModelForm } from '../ui/ModelForm';
import { RunControls } from '../ui/RunControls';
import { LiveBar, RunStatus } from '../ui/RunStatus';
import { SweepPanel } from '../ui/SweepPanel';
import { TryPanel } from '../ui/try/TryPanel';
import { DEFAULT_REPEATS, expandRepeats, parseRepeats } from '../runs/repeats';
import { liveRun } from '../runs/state';
import { describeWait } from '../ui/wait';
import { fineTuneRun } from '../garments/fine-tune';
import { garmentsColumn } from '../ui/garments/column';
import { useGarments } from './useGarments';
import { useGarmentScores } from './useGarmentScores';
import { newId, useLab } from './useLab';
import { useRunFiles } from './useRunFiles';
import { useSharedForm } from './useSharedForm';

/** Page layout: training controls on the left; the current run, comparisons and "Try it" on the right. */
export function App() {
  const lab = useLab();
  const { state, call } = lab;
  const { form, setForm, sweep, setSweep, shareWarnings } = useSharedForm();
  const files = useRunFiles(state.runs, call, lab.addRuns);
  const garmentSet = useGarments();
  const garmentScores = useGarmentScores(call, state.runs, garmentSet.garments);
  const [notice, setNotice] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const current = liveRun(state.runs);
  const active = state.runs.find((run) => run.status === 'running') ?? null;
  const formConfig = parseForm(form).config;
  const [repeatsText, setRepeatsText] = useState(String(DEFAULT_REPEATS));
  const parsedRepeats = parseRepeats(repeatsText);
  const repeats = 'value' in parsedRepeats ? parsedRepeats.value : null;
  const noticeErrors = (action: () => void) => {
    try {
      action();
    } catch (error) {
      setNotice((error as Error).message);
    }
  };
  const blockedReason =
    state.data.phase === 'ready'
      ? null
      : state.data.phase === 'loading'
        ? 'Train is available once the dataset has loaded.'
        : 'The dataset failed to load; retry above.';

  return (
    <div className="app">
      <nav className="skip-links" aria-label="Skip to">
        <a href="#current-run">Skip to the current run</a>
        <a href="#compare">Skip to comparisons</a>
        <a href="#try-it">Skip to Try it</a>
      </nav>
      <header className="app-header">
        <h1>Fashion-MNIST Lab</h1>
        <p>Train neural networks on 70,000 images of clothes, in your browser.</p>
      </header>
      <StartHere where="narrow" />
      {state.workerError && (
        <p className="banner error" role="alert">
          A training worker stopped: {state.workerError}. A fresh worker has started; the run it was
          training is marked failed and can be retried, and other runs go on.
        </p>
      )}
      {state.storageError && (
        <p className="banner error" role="alert">
          {state.storageError} Your runs stay on this page until you reload.{' '}
          <button type="button" onClick={lab.dismissStorageError}>
            Dismiss
          </button>
        </p>
      )}
      {[...shareWarnings.filter((w) => !dismissed.includes(w)), ...(notice ? [notice] : [])].map(
        (warning) => (
          <p className="banner" key={warning}>
            {warning}{' '}
            <button
              type="button"
              onClick={() =>
                warning === notice ? setNotice(null) : setDismissed([...dismissed, warning])
              }
            >
              Dismiss
            </button>
          </p>
        ),
      )}
      {lab.deleted && (
        <p className="banner undo" role="status">
          Deleted{' '}
          {lab.deleted.runs.length === 1
            ? lab.deleted.runs[0].name
            : `${lab.deleted.runs.length} runs`}
          .{' '}
          <button type="button" onClick={lab.undoDelete}>
            Undo delete
          </button>
        </p>
      )}
      <main className="layout">
        <aside className="sidebar">
          <DataPanel data={state.data} onRetry={lab.retryData} />
          <ModelForm
            form={form}
            onChange={setForm}
            onTrain={() => formConfig && repeats && lab.train(formConfig, repeats)}
            onStop={() => active && lab.stop(active.id)}
            blockedReason={blockedReason}
            running={active !== null}
            wait={
              formConfig
                ? describeWait(
                    state.runs,
                    state.pool,
                    expandRepeats([formConfig], repeats ?? 1).map((r) => r.config),
                  )
                : null
            }
            repeats={repeatsText}
            repeatsError={'error' in parsedRepeats ? parsedRepeats.error : null}
            onRepeatsChange={setRepeatsText}
          />
          <AugmentationControls
            form={form}
            onChange={setForm}
            call={call}
            dataReady={state.data.phase === 'ready'}
          />
          <SweepPanel
            form={form}
            disabled={blockedReason}
            repeats={repeats}
            onStartSweep={lab.startSweep}
            describeWait={(configs) => describeWait(state.runs, state.pool, configs)}
            initialSweep={sweep}
            onSweepChange={setSweep}
          />
        </aside>
        <div className="results">
          <StartHere where="wide" />
          <section aria-label="Current run" id="current-run" tabIndex={-1}>
            <RunStatus
              run={current}
              runs={state.runs}
              sweeps={state.sweeps}
              backend={state.backend}
              pool={state.pool}
            />
            <RunControls
              run={current}
              onPause={lab.pause}
              onResume={lab.resume}
              onRetry={(run) => lab.train(run.config)}
            />
            <CurveCharts points={current?.points ?? []} />
          </section>
          <InsidePanel
            runs={state.runs}
            current={current}
            call={state.data.phase === 'ready' ? call : null}
          />
          <ComparePanel
            runs={state.runs}
            sweeps={state.sweeps}
            onRename={lab.rename}
            onDelete={lab.remove}
            onSetHidden={lab.setHidden}
            onStop={lab.stop}
            onStopSweep={lab.stopSweep}
            onExport={files.exportRuns}
            extraColumns={garmentSet.garments.length > 0 ? [garmentsColumn(garmentScores)] : []}
            onDownloadModel={(runId) =>
              files.downloadModel(runId).catch((e: Error) => setNotice(e.message))
            }
            onExportScript={(runId) => noticeErrors(() => files.exportRunScript(runId))}
            onExportSweepScript={(sweep) => noticeErrors(() => files.exportSweepScript(sweep))}
          />
          <ImportExport
            onExportAll={() => files.exportRuns(state.runs.map((run) => run.id))}
            onImport={files.importRuns}
            onLoadModel={files.loadModel}
            message={files.message?.text ?? null}
            isError={files.message?.isError}
          />
          {/* Test images come from the dataset: ask for them once it is loaded. */}
          <div id="try-it" tabIndex={-1}>
            <TryPanel
              runs={state.runs}
              call={state.data.phase === 'ready' ? call : null}
              garments={{
                ...garmentSet,
                scores: garmentScores,
                fineTune: (parent, options) =>
                  lab.trainRun((number) =>
                    fineTuneRun(parent, garmentSet.garments, options, {
                      id: newId('run'),
                      number,
                      now: Date.now(),
                    }),
                  ).name,
              }}
            />
          </div>
        </div>
      </main>
      <LiveBar runs={state.runs} sweeps={state.sweeps} />
    </div>
  );
}

/**
 * The first thing a new visitor reads: what to do, and what the report is. Beside the form on a
 * wide screen; above it on a narrow one, where the results column comes after the controls
 * (the other copy is display: none, so it is read once).
 */
function StartHere({ where }: { where: 'wide' | 'narrow' }) {
  return (
    <p className={`start-here start-here-${where}`}>
      <strong>Start here:</strong> pick a model and press Train to watch it learn; then sweep a
      setting over a few seeds to see what really makes a difference, and draw a garment under Try
      it. Each ? explains a setting. The presets rerun{' '}
      <a href="#about-report">a 2019 student report</a>.
    </p>
  );
}
