import { useEffect, useId, useMemo, useState } from 'react';
import { CLASS_NAMES, TEST_COUNT } from '../../data/dataset';
import type { ModelKind } from '../../model/config';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { MODEL_PIXELS } from '../../drawing/preprocess';
import { FeatureMapGrid, KernelGrid, type MapOverlay } from './ConvGrids';
import { errorMessage, useSerialRequest } from './useSerialRequest';

/** Model kinds whose first layer is a convolution. */
const CONV_MODELS: ReadonlySet<ModelKind> = new Set(['cnn', 'deepCnn']);
const BYTE_MAX = 255;
/** Sent when there is no image, to get the kernels, which do not depend on it. */
const NO_IMAGE = new Float32Array(MODEL_PIXELS);

export function hasConvLayer(run: Run): boolean {
  return CONV_MODELS.has(run.config.model);
}

type Source = 'drawing' | 'test';

interface InspectRequest {
  call: CallWorker;
  runId: string;
  pixels: Float32Array;
  /** What the pixels show, for the caption; null for NO_IMAGE. */
  imageName: string | null;
}

const inspect = ({ call, runId, pixels }: InspectRequest) => call('inspectConv', { runId, pixels });
const explain = ({ call, runId, pixels }: InspectRequest) => call('saliency', { runId, pixels });

/**
 * Inside a CNN run: its first layer's learned kernels and the feature maps they make of the
 * current drawing or of a chosen test image.
 */
export function ConvInspector({
  call,
  run,
  drawing,
}: {
  call: CallWorker | null;
  run: Run;
  /** The current drawing or photo as the model sees it; null when blank. */
  drawing: Float32Array | null;
}) {
  const indexId = useId();
  const [source, setSource] = useState<Source>('drawing');
  const [testIndex, setTestIndex] = useState(0);
  const [testImage, setTestImage] = useState<
    { index: number; pixels: Float32Array; label: number } | { index: number; error: string }
  >();

  useEffect(() => {
    if (!call || source !== 'test') return;
    call('testImages', { indices: [testIndex] }).then(
      ({ images, labels }) =>
        setTestImage({
          index: testIndex,
          pixels: Float32Array.from(images, (v) => v / BYTE_MAX),
          label: labels[0],
        }),
      (error: unknown) => setTestImage({ index: testIndex, error: errorMessage(error) }),
    );
  }, [call, source, testIndex]);

  const shownTest = testImage?.index === testIndex ? testImage : null;
  const pixels =
    source === 'drawing' ? drawing : shownTest && 'pixels' in shownTest ? shownTest.pixels : null;
  const imageName =
    source === 'drawing'
      ? 'your image'
      : shownTest && 'label' in shownTest
        ? `test image ${shownTest.index} (${CLASS_NAMES[shownTest.label]})`
        : null;
  const request = useMemo(
    () =>
      call
        ? { call, runId: run.id, pixels: pixels ?? NO_IMAGE, imageName: pixels ? imageName : null }
        : null,
    [call, pixels, run.id, imageName],
  );
  const answer = useSerialRequest(request, inspect);
  const current = answer.status === 'ok' && answer.input.runId === run.id ? answer : null;
  const [showOverlay, setShowOverlay] = useState(true);
  const overlayRequest = showOverlay && request?.imageName ? request : null;
  const explained = useSerialRequest(overlayRequest, explain);
  const overlay: MapOverlay | null =
    showOverlay &&
    explained.status === 'ok' &&
    explained.input === current?.input &&
    explained.result.conv
      ? {
          contributions: explained.result.conv.contributions,
          className: CLASS_NAMES[explained.result.predicted],
          exact: run.config.model === 'cnn',
        }
      : null;

  return (
    <section className="try-section" aria-label="Inside the CNN">
      <h3>Inside {run.name}</h3>
      <fieldset className="try-source">
        <legend>Feature maps of</legend>
        <label>
          <input
            type="radio"
            name={`${indexId}-source`}
            checked={source === 'drawing'}
            onChange={() => setSource('drawing')}
          />
          the current drawing or photo
        </label>
        <label>
          <input
            type="radio"
            name={`${indexId}-source`}
            checked={source === 'test'}
            onChange={() => setSource('test')}
          />
          a test image
        </label>
        <label htmlFor={indexId}>Test image number</label>
        <input
          id={indexId}
          type="number"
          min={0}
          max={TEST_COUNT - 1}
          value={testIndex}
          onChange={(event) => {
            const value = Math.trunc(Number(event.target.value));
            if (value >= 0 && value < TEST_COUNT) setTestIndex(value);
            setSource('test');
          }}
        />
        <button
          type="button"
          onClick={() => {
            setTestIndex(Math.floor(Math.random() * TEST_COUNT));
            setSource('test');
          }}
        >
          Random test image
        </button>
      </fieldset>
      {source === 'drawing' && !drawing && (
        <p className="try-message">
          Draw something (or pick a test image) to see its feature maps.
        </p>
      )}
      {source === 'test' && shownTest && 'error' in shownTest && (
        <p className="try-error" role="alert">
          Could not load test image {testIndex}: {shownTest.error}
        </p>
      )}
      {answer.status === 'error' && (
        <p className="try-error" role="alert">
          Could not look inside the model: {answer.message}
        </p>
      )}
      {current && <KernelGrid inside={current.result} />}
      {current?.input.imageName && (
        <>
          <label className="try-toggle">
            <input
              type="checkbox"
              checked={showOverlay}
              onChange={(event) => setShowOverlay(event.target.checked)}
            />
            Show what each position adds to the predicted class
          </label>
          {explained.status === 'error' && showOverlay && (
            <p className="try-error" role="alert">
              Could not work out the contributions: {explained.message}
            </p>
          )}
          <FeatureMapGrid
            inside={current.result}
            imageName={current.input.imageName}
            overlay={overlay}
          />
        </>
      )}
    </section>
  );
}
