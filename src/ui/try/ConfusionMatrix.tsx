import { memo, useEffect, useId, useMemo, useState } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import {
  accuracyDifferences,
  cellIndices,
  confusionMatrix,
  overallAccuracy,
} from '../../drawing/confusion';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatPercent } from '../format';
import { ConfusionTable, type Cell } from './ConfusionTable';
import { TestImageGrid } from './TestImageGrid';
import { errorMessage } from './useSerialRequest';
import type { GetTestPredictions, TestPredictions } from './useTestPredictions';

/** Images shown for a clicked cell. */
const CELL_IMAGE_LIMIT = 25;

type Loaded<T> = { key: string; value: T } | { key: string; error: string };

/** A run's test predictions, loaded through the shared cache; null until `runId` is given. */
function usePredictionsOf(getTestPredictions: GetTestPredictions | null, runId: string | null) {
  const [loaded, setLoaded] = useState<Loaded<TestPredictions>>();
  useEffect(() => {
    if (!runId || !getTestPredictions) return;
    getTestPredictions(runId).then(
      (value) => setLoaded({ key: runId, value }),
      (error: unknown) => setLoaded({ key: runId, error: errorMessage(error) }),
    );
  }, [getTestPredictions, runId]);
  return runId && loaded?.key === runId ? loaded : null;
}

/**
 * A run's confusion matrix on the test set: per-class accuracy, the images behind any cell,
 * and per-class differences from a second run.
 * Memoised: it does not depend on the drawing, so drawing does not re-render it.
 */
export const ConfusionMatrix = memo(function ConfusionMatrix({
  call,
  runs,
  run,
  getTestPredictions,
}: {
  call: CallWorker | null;
  /** Runs with a trained model, to compare with. */
  runs: Run[];
  run: Run;
  getTestPredictions: GetTestPredictions | null;
}) {
  const compareId = useId();
  const [compareWith, setCompareWith] = useState('');
  const [selected, setSelected] = useState<Cell | null>(null);
  const [cellImages, setCellImages] =
    useState<Loaded<{ indices: number[]; images: Uint8Array; labels: Uint8Array }>>();
  const others = runs.filter((other) => other.id !== run.id);
  const compared = others.find((other) => other.id === compareWith) ?? null;

  const predictions = usePredictionsOf(getTestPredictions, run.id);
  const comparison = usePredictionsOf(getTestPredictions, compared?.id ?? null);
  const ready = predictions && 'value' in predictions ? predictions.value : null;
  const matrix = useMemo(() => ready && confusionMatrix(ready.labels, ready.predicted), [ready]);
  const otherReady = comparison && 'value' in comparison ? comparison.value : null;
  const differences = useMemo(
    () =>
      matrix && otherReady
        ? accuracyDifferences(matrix, confusionMatrix(otherReady.labels, otherReady.predicted))
        : null,
    [matrix, otherReady],
  );
  const cellKey = selected && `${run.id}:${selected.trueClass}:${selected.predictedClass}`;

  useEffect(() => {
    if (!call || !ready || !selected || !cellKey) return;
    const { trueClass, predictedClass } = selected;
    const indices = cellIndices(
      ready.labels,
      ready.predicted,
      trueClass,
      predictedClass,
      CELL_IMAGE_LIMIT,
    );
    call('testImages', { indices }).then(
      (value) => setCellImages({ key: cellKey, value: { indices, ...value } }),
      (error: unknown) => setCellImages({ key: cellKey, error: errorMessage(error) }),
    );
  }, [call, ready, selected, cellKey]);

  const shownCell = cellImages?.key === cellKey ? cellImages : null;
  const failure = [predictions, comparison].find((loaded) => loaded && 'error' in loaded);
  const overall = matrix && overallAccuracy(matrix);
  return (
    <section className="try-section" aria-label="Confusion matrix">
      <h3>Where {run.name} goes wrong</h3>
      <div className="field try-inline-field">
        <label htmlFor={compareId}>Compare with</label>
        <select
          id={compareId}
          value={compared?.id ?? ''}
          onChange={(event) => setCompareWith(event.target.value)}
          disabled={others.length === 0}
        >
          <option value="">No other run</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
      </div>
      {failure && 'error' in failure && (
        <p className="try-error" role="alert">
          Could not classify the test set: {failure.error}
        </p>
      )}
      {!matrix && !failure && <p className="try-message">Classifying the 10,000 test images…</p>}
      {matrix && (
        <>
          {overall !== null && (
            <p>
              Test accuracy {formatPercent(overall)}. Click a cell to see its images; rows are the
              true classes.
            </p>
          )}
          <ConfusionTable
            runName={run.name}
            matrix={matrix}
            differences={differences}
            compareName={compared?.name ?? null}
            selected={selected}
            onSelect={setSelected}
          />
        </>
      )}
      {selected && shownCell && 'error' in shownCell && (
        <p className="try-error" role="alert">
          Could not load the images: {shownCell.error}
        </p>
      )}
      {selected && matrix && shownCell && 'value' in shownCell && (
        <TestImageGrid
          caption={`${CLASS_NAMES[selected.trueClass]} taken for ${CLASS_NAMES[selected.predictedClass]}: ${shownCell.value.indices.length} of ${matrix[selected.trueClass][selected.predictedClass]}`}
          indices={shownCell.value.indices}
          images={shownCell.value.images}
          labels={shownCell.value.labels}
          predictions={ready}
        />
      )}
    </section>
  );
});
