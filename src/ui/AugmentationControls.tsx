import { useEffect, useRef, useState } from 'react';
import { NumberField } from './NumberField';
import {
  AUGMENTATION_FIELDS,
  IMAGE_SIZE,
  hasAugmentation,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import { parseForm, type FormState } from '../model/form';
import type { CallWorker } from '../worker/client';
import './augment.css';

interface Props {
  form: FormState;
  onChange(form: FormState): void;
  /** The worker's request function, or null while there is no worker. */
  call: CallWorker | null;
  dataReady: boolean;
}

const SAMPLE_COUNT = 8;
const PIXELS_PER_IMAGE = IMAGE_SIZE * IMAGE_SIZE;
const MAX_BYTE = 255;
const RGBA = 4;

type Samples =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'shown';
      /** Both [count * 784] in [0, 1]. */
      originals: Float32Array;
      augmented: Float32Array;
      count: number;
      /** The settings the samples were drawn with, to tell when they are out of date. */
      settings: string;
    };

/** What the samples depend on: the seed and the strengths. */
const sampleSettings = (config: TrainConfig) =>
  JSON.stringify([config.seed, ...AUGMENTATION_FIELDS.map((field) => config[field])]);

/** Draws image `index` of `images` ([n * 784] in [0, 1]) as 28x28 grey pixels, white = 1. */
function SampleCanvas({
  images,
  index,
  label,
}: {
  images: Float32Array;
  index: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const pixels = images.subarray(index * PIXELS_PER_IMAGE, (index + 1) * PIXELS_PER_IMAGE);
    // Uint8ClampedArray rounds and clamps each grey level to 0..255.
    const rgba = new Uint8ClampedArray(PIXELS_PER_IMAGE * RGBA);
    pixels.forEach((value, p) => {
      rgba.fill(value * MAX_BYTE, p * RGBA, p * RGBA + 3);
      rgba[p * RGBA + 3] = MAX_BYTE;
    });
    context.putImageData(new ImageData(rgba, IMAGE_SIZE, IMAGE_SIZE), 0, 0);
  }, [images, index]);
  return <canvas ref={ref} width={IMAGE_SIZE} height={IMAGE_SIZE} role="img" aria-label={label} />;
}

function SampleStrip({ samples }: { samples: Extract<Samples, { status: 'shown' }> }) {
  return (
    <figure className="augment-samples" aria-label="Augmented samples">
      <figcaption>What the model sees: originals (top) and augmented (bottom)</figcaption>
      <div className="augment-strip">
        {Array.from({ length: samples.count }, (_, i) => (
          // Each original sits directly above its augmented version, even when the strip wraps.
          <div className="augment-pair" key={i}>
            <SampleCanvas images={samples.originals} index={i} label={`Original ${i + 1}`} />
            <SampleCanvas images={samples.augmented} index={i} label={`Augmented ${i + 1}`} />
          </div>
        ))}
      </div>
    </figure>
  );
}

/**
 * The augmentation strengths of the training form, and a strip of training images as the
 * worker augments them for the current settings.
 */
export function AugmentationControls({ form, onChange, call, dataReady }: Props) {
  const [samples, setSamples] = useState<Samples>({ status: 'idle' });
  const latestRequest = useRef(0);
  const parsed = parseForm(form);
  const errors = parsed.errors ?? {};
  const setField = (field: NumericField) => (value: string) =>
    onChange({ ...form, fields: { ...form.fields, [field]: value } });

  const blockedReason =
    call === null
      ? 'Samples need the training worker, which is not running.'
      : !dataReady
        ? 'Samples can be shown once the dataset has loaded.'
        : !parsed.config
          ? 'Fix the fields marked in red to see samples.'
          : null;

  const showSamples = async (config: TrainConfig, callWorker: CallWorker) => {
    const request = ++latestRequest.current;
    setSamples({ status: 'loading' });
    try {
      const { images, originals, count } = await callWorker('augmentSamples', {
        config,
        count: SAMPLE_COUNT,
      });
      if (request !== latestRequest.current) return;
      if (images.length !== count * PIXELS_PER_IMAGE || originals.length !== images.length)
        throw new Error(`the worker sent ${images.length} pixels for ${count} images.`);
      setSamples({
        status: 'shown',
        originals,
        augmented: images,
        count,
        settings: sampleSettings(config),
      });
    } catch (error) {
      if (request !== latestRequest.current) return;
      setSamples({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <details className="card augmentation">
      <summary>Data augmentation</summary>
      <p className="hint">
        Applied afresh to every training batch, never to validation or test images. 0 turns an
        effect off.
      </p>
      {AUGMENTATION_FIELDS.map((field) => (
        <NumberField
          key={field}
          field={field}
          value={form.fields[field]}
          error={errors[field]}
          onChange={setField(field)}
        />
      ))}
      <div className="actions">
        <button
          type="button"
          disabled={blockedReason !== null || samples.status === 'loading'}
          onClick={() => {
            if (parsed.config && call) void showSamples(parsed.config, call);
          }}
        >
          {samples.status === 'loading' ? 'Augmenting…' : 'Show augmented samples'}
        </button>
      </div>
      {blockedReason && <p className="hint">{blockedReason}</p>}
      {samples.status === 'error' && (
        <p className="field-error" role="alert">
          Could not show samples: {samples.message}
        </p>
      )}
      {samples.status === 'shown' && (
        <>
          <SampleStrip samples={samples} />
          {parsed.config && sampleSettings(parsed.config) !== samples.settings && (
            <p className="hint" aria-live="polite">
              The seed or strengths changed since these samples were drawn; show them again to
              update.
            </p>
          )}
          {parsed.config && !hasAugmentation(parsed.config) && (
            <p className="hint">Every strength is 0, so the model sees the originals.</p>
          )}
        </>
      )}
    </details>
  );
}
