import { useId, useState } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import type { ActivationMap, MapMethod } from '../../model/inside';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatCount } from '../format';
import { MapPlot } from './MapPlot';
import { errorMessage } from './useSerialRequest';

/** Layers wider than this go to UMAP as their first 10 principal components (the worker's
 *  activation-map.ts says why). */
const UMAP_MAX_DIMS = 128;

function describePoint(map: ActivationMap, i: number): string {
  const label = CLASS_NAMES[map.labels[i]];
  const predicted = CLASS_NAMES[map.predicted[i]];
  return `Test image ${map.indices[i]}: ${label}, ${label === predicted ? 'predicted correctly' : `predicted ${predicted}`}`;
}

function describeMap(map: ActivationMap, runName: string): string {
  const what = `the ${formatCount(map.dims)} activations of ${map.layer} (the layer before the output) for the first ${formatCount(map.indices.length)} test images, as ${runName} was at step ${formatCount(map.step)}`;
  if (map.method === 'pca' && map.explained)
    return `PCA of ${what}: the two axes hold ${Math.round(map.explained[0] * 100)}% and ${Math.round(map.explained[1] * 100)}% of their variance. Images the network sees alike lie close together.`;
  return `UMAP of ${map.dims > UMAP_MAX_DIMS ? 'the first 10 principal components of ' : ''}${what}: neighbours on the map are neighbours in the network's eyes; distances between far clusters mean little.`;
}

/**
 * Where a run puts the test images in its last hidden layer, projected to 2-D: points coloured
 * by class, a legend that isolates a class, hover and arrow keys that name an image and what
 * the run made of it, and a click or Enter that opens it in "What the model looks at".
 */
export function ActivationMapView({
  call,
  run,
  onOpen,
}: {
  call: CallWorker | null;
  run: Run;
  onOpen(testIndex: number): void;
}) {
  const id = useId();
  const map = run.activationMap ?? null;
  const [busy, setBusy] = useState<MapMethod | null>(null);
  const [error, setError] = useState<{ runId: string; message: string } | null>(null);

  const make = (method: MapMethod) => {
    if (!call) return;
    setBusy(method);
    setError(null);
    call('activationMap', { runId: run.id, method, step: run.step })
      .catch((e: unknown) => setError({ runId: run.id, message: errorMessage(e) }))
      .finally(() => setBusy(null));
  };
  const shownError = error?.runId === run.id ? error.message : null;

  return (
    <section className="try-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Hidden activations map</h3>
      <div className="try-map-tools">
        <button type="button" disabled={!call || busy !== null} onClick={() => make('pca')}>
          {map ? 'Redraw by PCA' : 'Make the map (PCA)'}
        </button>
        <button type="button" disabled={!call || busy !== null} onClick={() => make('umap')}>
          Redraw by UMAP
        </button>
        {busy && (
          <span role="status">
            {busy === 'umap' ? 'Running UMAP on' : 'Projecting'} 2,000 test images… (UMAP takes some
            seconds)
          </span>
        )}
      </div>
      {shownError && (
        <p className="try-error" role="alert">
          Could not make the map: {shownError}
        </p>
      )}
      {!map && !busy && (
        <p className="try-message">
          No map of {run.name} yet: the lab makes one when a run ends. Make it now with the button
          above.
        </p>
      )}
      {map && (
        <div className="try-map">
          <p className="hint">
            {describeMap(map, run.name)} Made in {formatCount(Math.round(map.ms))} ms.
          </p>
          <MapPlot
            points={map}
            label={`Map of ${formatCount(map.indices.length)} test images`}
            describe={(i) => describePoint(map, i)}
            onOpen={(i) => onOpen(map.indices[i])}
            openHint="click it or press Enter to open it above in What the model looks at"
          />
        </div>
      )}
    </section>
  );
}
