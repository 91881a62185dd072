import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
import { RunSelect } from '../RunSelect';
import { cellProgress, morePage, toFetch } from './cellPages';
import { ConfusionTable, type Cell } from './ConfusionTable';
import { splitImages, TestImageGrid } from './TestImageGrid';
import { errorMessage } from './useSerialRequest';
import type { GetTestPredictions, TestPredictions } from './useTestPredictions';

type Loaded<T> = { key: string; value: T } | { key: string; error: string };

/** A run's test predictions, loaded through the shared cache; null until `runId` is given. */
export function usePredictionsOf(
  getTestPredictions: GetTestPredictions | null,
  runId: string | null,
) {
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

interface CellImages {
  indices: number[];
  /** One 784-byte image per index. */
  images: Uint8Array[];
  labels: number[];
}

/**
 * The images shown so far followed by a newly fetched page. The shown ones keep their views,
 * so that their canvases are not painted again: with hundreds shown, that was seconds a page.
 */
function append(before: CellImages | null, page: CellImages): CellImages {
  if (!before) return page;
  return {
    indices: [...before.indices, ...page.indices],
    images: [...before.images, ...page.images],
    labels: [...before.labels, ...page.labels],
  };
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
  onOpenMistakes,
}: {
  call: CallWorker | null;
  /** Runs with a trained model, to compare with. */
  runs: Run[];
  run: Run;
  getTestPredictions: GetTestPredictions | null;
  /** Given, a mistake's cell opens the Mistakes gallery filtered to it, rather than its images
   *  here; `back` returns focus to the cell. */
  onOpenMistakes?: (cell: Cell, back: () => void) => void;
}) {
  const compareId = useId();
  const [compareWith, setCompareWith] = useState('');
  const [selected, setSelected] = useState<Cell | null>(null);
  /** The mistake's cell last sent to the Mistakes gallery, shown pressed. */
  const [galleryCell, setGalleryCell] = useState<Cell | null>(null);
  /** How many of the selected cell's images to show: a page more at each "Show more". */
  const [wanted, setWanted] = useState<{ key: string; count: number }>();
  const [cellImages, setCellImages] = useState<Loaded<CellImages>>();
  const section = useRef<HTMLElement>(null);
  const imagesHeading = useRef<HTMLHeadingElement>(null);
  const tiles = useRef<HTMLDivElement>(null);
  /** Set by a click on a cell: once its images are there, take the person to them. */
  const goToImages = useRef(false);
  /** Set by "Show more": the first new tile, to focus once it is there. */
  const focusTile = useRef<number | null>(null);
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

  /** Every test image of the selected cell, in test-set order. */
  const inCell = useMemo(
    () =>
      ready && selected
        ? cellIndices(
            ready.labels,
            ready.predicted,
            selected.trueClass,
            selected.predictedClass,
            Infinity,
          )
        : [],
    [ready, selected],
  );
  const count = wanted?.key === cellKey ? wanted.count : morePage(0, inCell.length);
  const shownCell = cellImages?.key === cellKey ? cellImages : null;
  const loaded = shownCell && 'value' in shownCell ? shownCell.value : null;
  const loadedCount = loaded?.indices.length ?? 0;

  // Fetches only the images not yet shown; a newer request (another cell, another page)
  // drops the answer of an older one.
  useEffect(() => {
    if (!call || !cellKey) return;
    const missing = toFetch(inCell, loadedCount, count);
    if (missing.length === 0) return;
    let current = true;
    call('testImages', { indices: missing }).then(
      (value) => {
        if (!current) return;
        setCellImages((before) => {
          const kept = before?.key === cellKey && 'value' in before ? before.value : null;
          const page = {
            indices: missing,
            images: splitImages(value.images),
            labels: Array.from(value.labels),
          };
          return { key: cellKey, value: append(kept, page) };
        });
      },
      (error: unknown) => {
        if (current) setCellImages({ key: cellKey, error: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [call, cellKey, inCell, loadedCount, count]);

  // A cell's images appear below a tall matrix, out of sight: scroll them in and move focus
  // to their heading. After "Show more", focus goes to the first new image instead.
  useEffect(() => {
    if (!loaded) return;
    if (goToImages.current) {
      goToImages.current = false;
      imagesHeading.current?.scrollIntoView({ block: 'start' });
      imagesHeading.current?.focus({ preventScroll: true });
    }
    const first = focusTile.current;
    if (first !== null && first < loaded.indices.length) {
      focusTile.current = null;
      tiles.current?.querySelectorAll<HTMLElement>('[role="listitem"]')[first]?.focus();
    }
  }, [loaded, selected]);

  const select = (cell: Cell) => {
    if (onOpenMistakes && cell.trueClass !== cell.predictedClass) {
      setSelected(null);
      setGalleryCell(cell);
      onOpenMistakes(cell, backToMatrix);
      return;
    }
    setGalleryCell(null);
    goToImages.current = true;
    setSelected(cell);
  };

  const showMore = () => {
    if (!cellKey) return;
    focusTile.current = loadedCount;
    setWanted({ key: cellKey, count: morePage(count, inCell.length) });
  };

  /** Back to the cell whose images these are, where the person left the matrix. */
  const backToMatrix = () => {
    const cell = section.current?.querySelector<HTMLElement>('.try-cell[aria-pressed="true"]');
    cell?.scrollIntoView({ block: 'center' });
    cell?.focus({ preventScroll: true });
  };

  const onImagesKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    backToMatrix();
  };

  const failure = [predictions, comparison].find((loaded) => loaded && 'error' in loaded);
  const overall = matrix && overallAccuracy(matrix);
  const pages = cellProgress(loadedCount, inCell.length);
  return (
    <section className="try-section" aria-label="Confusion matrix" ref={section}>
      <h3>Where {run.name} goes wrong</h3>
      <div className="field try-inline-field">
        <label htmlFor={compareId}>Compare with</label>
        <RunSelect
          id={compareId}
          runs={others}
          value={compared?.id ?? ''}
          onChange={setCompareWith}
          none="No other run"
          disabled={others.length === 0}
        />
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
            selected={selected ?? galleryCell}
            onSelect={select}
          />
        </>
      )}
      {selected && shownCell && 'error' in shownCell && (
        <p className="try-error" role="alert">
          Could not load the images: {shownCell.error}
        </p>
      )}
      {selected && matrix && !shownCell && <p className="try-message">Loading the images…</p>}
      {selected && loaded && (
        <div className="try-cell-images" ref={tiles} onKeyDown={onImagesKeyDown}>
          <h4 ref={imagesHeading} tabIndex={-1}>
            {CLASS_NAMES[selected.trueClass]} taken for {CLASS_NAMES[selected.predictedClass]}
          </h4>
          <TestImageGrid
            caption={`Showing ${pages.shown}, in test-set order`}
            indices={loaded.indices}
            images={loaded.images}
            labels={loaded.labels}
            predictions={ready}
          />
          <div className="try-cell-actions">
            {/* Not disabled while a page loads: that would throw its keyboard focus away. */}
            {pages.more && (
              <button type="button" onClick={showMore}>
                {pages.more}
              </button>
            )}
            <button type="button" onClick={backToMatrix}>
              Back to the matrix
            </button>
          </div>
        </div>
      )}
    </section>
  );
});
