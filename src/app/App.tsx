import { useState } from 'react';
import { DEFAULT_FORM } from '../model/form';
import { parseForm } from '../model/form';
import { exportFileName, exportRuns } from '../runs/export';
import { isActive, type Run } from '../runs/state';
import { CurveCharts } from '../ui/CurveCharts';
import { DataPanel } from '../ui/DataPanel';
import { ModelForm } from '../ui/ModelForm';
import { RunStatus } from '../ui/RunStatus';
import { useLab } from './useLab';

function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Page layout: the form and dataset on the left, the current run's status and curves on the right. */
export function App() {
  const { state, retryData, train, stop } = useLab();
  const [form, setForm] = useState(DEFAULT_FORM);
  const current: Run | null = state.runs.at(-1) ?? null;
  const active = state.runs.find(isActive) ?? null;
  const blockedReason =
    state.data.phase === 'ready'
      ? null
      : state.data.phase === 'loading'
        ? 'Train is available once the dataset has loaded.'
        : 'The dataset failed to load; retry above.';

  return (
    <div className="app">
      <header className="app-header">
        <h1>Fashion-MNIST Lab</h1>
        <p>Train neural networks on 70,000 images of clothes, in your browser.</p>
      </header>
      {state.workerError && (
        <p className="banner error" role="alert">
          The training worker crashed: {state.workerError}. Reload the page to start it again.
        </p>
      )}
      <main className="layout">
        <aside className="sidebar">
          <DataPanel data={state.data} onRetry={retryData} />
          <ModelForm
            form={form}
            onChange={setForm}
            onTrain={() => {
              const parsed = parseForm(form);
              if (parsed.config) train(parsed.config);
            }}
            onStop={() => active && stop(active.id)}
            blockedReason={blockedReason}
            running={active !== null}
          />
        </aside>
        <section className="results" aria-label="Results">
          <RunStatus run={current} backend={state.backend} />
          <CurveCharts points={current?.points ?? []} />
          {current && (
            <button
              type="button"
              onClick={() =>
                downloadJson(exportRuns([current], __APP_VERSION__), exportFileName(current))
              }
            >
              Export run as JSON
            </button>
          )}
        </section>
      </main>
    </div>
  );
}
