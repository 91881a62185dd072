import { useEffect, useId, useMemo, useState } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import { MODEL_SIDE } from '../../drawing/preprocess';
import { frameCoordinates, type MapFrame, type MapImages } from '../../model/inside';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatCount } from '../format';
import { MapPlot } from '../try/MapPlot';
import { PixelImage } from '../try/PixelImage';
import { errorMessage } from '../try/useSerialRequest';

/** On-screen width of an opened image: six screen pixels per model pixel. */
const IMAGE_SIZE_PX = MODEL_SIDE * 6;
const BYTE_MAX = 255;

/** One image of the training file, fetched from the worker when it is opened. */
function useTrainImage(call: CallWorker | null, index: number | null) {
  const [loaded, setLoaded] = useState<
    { index: number; pixels: Float32Array } | { index: number; error: string }
  >();
  useEffect(() => {
    if (!call || index === null) return;
    call('trainImages', { indices: [index] }).then(
      ({ images }) => setLoaded({ index, pixels: Float32Array.from(images, (v) => v / BYTE_MAX) }),
      (error: unknown) => setLoaded({ index, error: errorMessage(error) }),
    );
  }, [call, index]);
  return loaded?.index === index ? loaded : null;
}

/** A run's map frames, oldest first, and the images they place (from the first frame). */
export function mapFrames(run: Run): {
  frames: { step: number; frame: MapFrame }[];
  images: MapImages | null;
} {
  const frames = run.points.flatMap((point) =>
    point.inside?.map ? [{ step: point.step, frame: point.inside.map }] : [],
  );
  return { frames, images: frames.find((f) => f.frame.images)?.frame.images ?? null };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The hidden activations map while a run learns: the first validation images at each
 * evaluation point on the leading principal axes of the layer before the output, with a step
 * slider over the points (following the newest until moved), the map's hover and keyboard
 * readout, and the image a click or Enter opens.
 */
export function LiveMapView({
  run,
  call,
  named = false,
}: {
  run: Run;
  call: CallWorker | null;
  /** Name the run in the heading: two maps side by side, when two runs are compared. */
  named?: boolean;
}) {
  const id = useId();
  // The opened image: its place among the map's images, for the run it was opened in.
  const [opened, setOpened] = useState<{ runId: string; image: number } | null>(null);
  const { frames, images } = useMemo(() => mapFrames(run), [run]);
  // null: follow the newest frame; else the step chosen.
  const [chosenStep, setChosenStep] = useState<{ runId: string; step: number } | null>(null);
  const chosen =
    chosenStep?.runId === run.id ? frames.findIndex((f) => f.step === chosenStep.step) : -1;
  const at = chosen >= 0 ? chosen : frames.length - 1;
  const shown = frames[at];
  const coordinates = useMemo(() => (shown ? frameCoordinates(shown.frame) : null), [shown]);
  const points = useMemo(
    () => coordinates && images && { ...coordinates, labels: images.labels },
    [coordinates, images],
  );
  const openedImage = opened?.runId === run.id && images ? opened.image : null;
  const loaded = useTrainImage(call, openedImage === null ? null : images!.indices[openedImage]);
  if (!shown || !images || !points) return null;
  const n = images.indices.length;
  const describe = (i: number) => {
    const label = CLASS_NAMES[images.labels[i]];
    const predicted = CLASS_NAMES[points.predicted[i]];
    return `Validation image ${formatCount(images.indices[i])} of the training file: ${label}, ${label === predicted ? 'predicted correctly' : `predicted ${predicted}`} at step ${formatCount(shown.step)}`;
  };
  const [first, second] = shown.frame.explained;

  return (
    <section className="inside-map" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Hidden activations over training{named ? `: ${run.name}` : ''}</h3>
      <p className="hint">
        PCA of the {formatCount(images.dims)} activations of {images.layer} (the layer before the
        output) for the first {formatCount(n)} validation images, at step {formatCount(shown.step)}:
        the two axes hold {percent(first)} and {percent(second)} of their variance. The axes are
        refined at every evaluation point, one step of subspace iteration from the last
        point&apos;s, so they settle over the first points; the map of the test images at the end of
        the run is under Try it.
      </p>
      <div className="inside-map-steps">
        <label htmlFor={`${id}-step`}>Step</label>
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={frames.length - 1}
          value={at}
          aria-valuetext={`step ${formatCount(shown.step)}`}
          onChange={(event) =>
            setChosenStep({ runId: run.id, step: frames[Number(event.target.value)].step })
          }
        />
        <output htmlFor={`${id}-step`}>
          step {formatCount(shown.step)} ({at + 1} of {frames.length} points)
        </output>
        {chosen >= 0 && chosen < frames.length - 1 && (
          <button type="button" onClick={() => setChosenStep(null)}>
            Follow the newest
          </button>
        )}
      </div>
      <div className="inside-map-body">
        <div className="inside-map-plot">
          <MapPlot
            points={points}
            label={`Map of ${formatCount(n)} validation images at step ${formatCount(shown.step)}`}
            describe={describe}
            onOpen={call ? (i) => setOpened({ runId: run.id, image: i }) : undefined}
            openHint={call ? 'click it or press Enter to open it beside the map' : undefined}
          />
        </div>
        {openedImage !== null && (
          <figure className="inside-map-opened" aria-live="polite">
            {loaded && 'pixels' in loaded ? (
              <PixelImage
                values={loaded.pixels}
                side={MODEL_SIDE}
                size={IMAGE_SIZE_PX}
                label={`Opened: validation image ${formatCount(images.indices[openedImage])}`}
              />
            ) : loaded && 'error' in loaded ? (
              <p className="try-error" role="alert">
                Could not load the image: {loaded.error}
              </p>
            ) : (
              <p className="hint">Loading the image…</p>
            )}
            <figcaption>{describe(openedImage)}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
