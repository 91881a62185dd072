import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CLASS_NAMES, TEST_COUNT } from '../../data/dataset';
import { MODEL_SIDE } from '../../drawing/preprocess';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { symmetricScale } from './convLayout';
import { magnitudeOverlayRgba, magnitudeScale, signedOverlayRgba } from './overlay';
import { PixelImage } from './PixelImage';
import { RgbaImage } from './RgbaImage';
import { describeAgreement, describeMaps } from './saliencyText';
import { errorMessage, useSerialRequest } from './useSerialRequest';

/** On-screen width of each of the three images: six screen pixels per model pixel. */
const IMAGE_SIZE_PX = MODEL_SIDE * 6;
const BYTE_MAX = 255;

/** Which image the view explains: the pad's drawing (or photo), or a test image by number. */
export type LookSource = { kind: 'drawing' } | { kind: 'test'; index: number };

interface SaliencyRequest {
  call: CallWorker;
  runId: string;
  pixels: Float32Array;
  imageName: string;
}

const explain = ({ call, runId, pixels }: SaliencyRequest) => call('saliency', { runId, pixels });

function useTestImage(call: CallWorker | null, index: number | null) {
  const [loaded, setLoaded] = useState<
    { index: number; pixels: Float32Array; label: number } | { index: number; error: string }
  >();
  useEffect(() => {
    if (!call || index === null) return;
    call('testImages', { indices: [index] }).then(
      ({ images, labels }) =>
        setLoaded({
          index,
          pixels: Float32Array.from(images, (v) => v / BYTE_MAX),
          label: labels[0],
        }),
      (error: unknown) => setLoaded({ index, error: errorMessage(error) }),
    );
  }, [call, index]);
  return loaded?.index === index ? loaded : null;
}

/**
 * What the model looks at in the drawing, the photo or a test image: a SmoothGrad saliency map
 * and an occlusion map over the image, for the class the chosen run predicts.
 */
export function SaliencyView({
  call,
  run,
  drawing,
  drawingName,
  source,
  onSource,
  focusRequest,
}: {
  call: CallWorker | null;
  run: Run;
  drawing: Float32Array | null;
  /** What the pad holds, for the caption: "your drawing", or a photo's name. */
  drawingName: string;
  source: LookSource;
  onSource(source: LookSource): void;
  /** Changes when another view opens an image here: the view then takes the focus. */
  focusRequest: number;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [indexText, setIndexText] = useState('0');
  const testIndex = source.kind === 'test' ? source.index : null;
  const test = useTestImage(call, testIndex);

  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  const pixels =
    source.kind === 'drawing' ? drawing : test && 'pixels' in test ? test.pixels : null;
  const imageName =
    source.kind === 'drawing'
      ? drawingName
      : test && 'label' in test
        ? `test image ${test.index} (${CLASS_NAMES[test.label]})`
        : '';
  const request = useMemo(
    () => (call && pixels ? { call, runId: run.id, pixels, imageName } : null),
    [call, pixels, run.id, imageName],
  );
  const answer = useSerialRequest(request, explain);
  const current =
    answer.status === 'ok' && answer.input.runId === run.id && answer.input.pixels === pixels
      ? answer
      : null;

  const images = useMemo(() => {
    if (!current) return null;
    const { gradient, occlusion } = current.result;
    const base = current.input.pixels;
    return {
      saliency: magnitudeOverlayRgba(base, 1, gradient, magnitudeScale(gradient)),
      occlusion: signedOverlayRgba(base, 1, occlusion, symmetricScale(occlusion)),
    };
  }, [current]);

  const showIndex = (text: string) => {
    setIndexText(text);
    const value = Number(text);
    if (Number.isInteger(value) && value >= 0 && value < TEST_COUNT)
      onSource({ kind: 'test', index: value });
  };

  return (
    <section className="try-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        What the model looks at
      </h3>
      <fieldset className="try-source">
        <legend>Explain</legend>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'drawing'}
            onChange={() => onSource({ kind: 'drawing' })}
          />
          the current drawing or photo
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'test'}
            onChange={() => showIndex(indexText)}
          />
          a test image
        </label>
        <label htmlFor={`${id}-index`}>Test image number</label>
        <input
          id={`${id}-index`}
          type="number"
          min={0}
          max={TEST_COUNT - 1}
          value={source.kind === 'test' ? source.index : indexText}
          onChange={(event) => showIndex(event.target.value)}
        />
      </fieldset>
      {!pixels && source.kind === 'drawing' && (
        <p className="try-message">
          Draw something, upload a photo or pick a test image to see what the model looks at.
        </p>
      )}
      {test && 'error' in test && (
        <p className="try-error" role="alert">
          Could not load test image {test.index}: {test.error}
        </p>
      )}
      {answer.status === 'error' && (
        <p className="try-error" role="alert">
          Could not explain the prediction: {answer.message}
        </p>
      )}
      {pixels && !current && answer.status !== 'error' && (
        <p className="try-message">Working out what {run.name} looks at…</p>
      )}
      {current && images && (
        <>
          <p>
            {run.name} predicts <strong>{CLASS_NAMES[current.result.predicted]}</strong> (
            {Math.round(current.result.probability * 100)}%) for {current.input.imageName}.
          </p>
          <div className="try-saliency-row">
            <figure className="try-preview">
              <PixelImage
                values={current.input.pixels}
                side={MODEL_SIDE}
                size={IMAGE_SIZE_PX}
                label={`The image: ${current.input.imageName}`}
              />
              <figcaption>The image</figcaption>
            </figure>
            <figure className="try-preview">
              <RgbaImage
                rgba={images.saliency}
                side={MODEL_SIDE}
                size={IMAGE_SIZE_PX}
                label="Saliency map"
              />
              <figcaption>Saliency (SmoothGrad): orange where it matters</figcaption>
            </figure>
            <figure className="try-preview">
              <RgbaImage
                rgba={images.occlusion}
                side={MODEL_SIDE}
                size={IMAGE_SIZE_PX}
                label="Occlusion map"
              />
              <figcaption>Occlusion: red lowers, blue raises</figcaption>
            </figure>
          </div>
          <p className="hint">
            {describeMaps(
              current.result.predicted,
              current.result.samples,
              current.result.noise,
              current.result.patch,
            )}{' '}
            {describeAgreement(current.result.gradient, current.result.occlusion)}
          </p>
        </>
      )}
    </section>
  );
}
