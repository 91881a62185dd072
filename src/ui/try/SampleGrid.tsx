import { memo, useEffect, useState } from 'react';
import { TEST_COUNT } from '../../data/dataset';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { splitImages, TestImageGrid } from './TestImageGrid';
import { errorMessage } from './useSerialRequest';
import type { GetTestPredictions, TestPredictions } from './useTestPredictions';

/** Images in the grid: 5 x 5, as in the report's figure 1. * Memoised: it does not depend on the drawing, so drawing does not re-render it.
 */
export const SAMPLE_COUNT = 25;
const FIRST_SAMPLES = Array.from({ length: SAMPLE_COUNT }, (_, i) => i);

function randomSamples(): number[] {
  const chosen = new Set<number>();
  while (chosen.size < SAMPLE_COUNT) chosen.add(Math.floor(Math.random() * TEST_COUNT));
  return [...chosen];
}

type Loaded<T> = { key: unknown; value: T } | { key: unknown; error: string };

/**
 * 25 test images with their labels (the report's figure 1) and, once a run is chosen, its
 * prediction and confidence for each; "Another 25" draws a random set.
 */
export const SampleGrid = memo(function SampleGrid({
  call,
  run,
  getTestPredictions,
}: {
  call: CallWorker | null;
  run: Run | null;
  getTestPredictions: GetTestPredictions | null;
}) {
  const [indices, setIndices] = useState(FIRST_SAMPLES);
  const [images, setImages] = useState<Loaded<{ tiles: Uint8Array[]; labels: Uint8Array }>>();
  const [predictions, setPredictions] = useState<Loaded<TestPredictions>>();
  const runId = run?.id ?? null;

  useEffect(() => {
    if (!call) return;
    call('testImages', { indices }).then(
      ({ images, labels }) =>
        setImages({ key: indices, value: { tiles: splitImages(images), labels } }),
      (error: unknown) => setImages({ key: indices, error: errorMessage(error) }),
    );
  }, [call, indices]);

  useEffect(() => {
    if (!runId || !getTestPredictions) return;
    getTestPredictions(runId).then(
      (value) => setPredictions({ key: runId, value }),
      (error: unknown) => setPredictions({ key: runId, error: errorMessage(error) }),
    );
  }, [getTestPredictions, runId]);

  const shownImages = images?.key === indices ? images : null;
  const shownPredictions = runId && predictions?.key === runId ? predictions : null;
  return (
    <section className="try-section" aria-label="Test samples">
      <h3>Test images</h3>
      {shownImages && 'error' in shownImages && (
        <p className="try-error" role="alert">
          Could not load the test images: {shownImages.error}
        </p>
      )}
      {shownPredictions && 'error' in shownPredictions && (
        <p className="try-error" role="alert">
          Could not classify the test images: {shownPredictions.error}
        </p>
      )}
      {shownImages && 'value' in shownImages ? (
        <TestImageGrid
          caption={
            run && shownPredictions && 'value' in shownPredictions
              ? `${SAMPLE_COUNT} test images, labels and what ${run.name} predicts`
              : `${SAMPLE_COUNT} test images and their labels`
          }
          indices={indices}
          images={shownImages.value.tiles}
          labels={shownImages.value.labels}
          predictions={
            shownPredictions && 'value' in shownPredictions ? shownPredictions.value : null
          }
        />
      ) : (
        !shownImages && <p className="try-message">Loading test images…</p>
      )}
      <button type="button" onClick={() => setIndices(randomSamples())}>
        Another 25
      </button>
    </section>
  );
});
