import { CLASS_NAMES } from '../../data/dataset';
import { MODEL_PIXELS, MODEL_SIDE } from '../../drawing/preprocess';
import { PixelImage } from './PixelImage';
import type { TestPredictions } from './useTestPredictions';

/** On-screen width of a test image: twice its 28 pixels. */
const TILE_SIZE = MODEL_SIDE * 2;
const BYTE_MAX = 255;
const GRAY_BYTES = { kind: 'gray', max: BYTE_MAX } as const;

/**
 * One view per image of a testImages answer (n x 784 bytes). Each tile keeps its view, so that
 * a grid that grows (a cell's "Show more") paints only its new images.
 */
export function splitImages(bytes: Uint8Array): Uint8Array[] {
  return Array.from({ length: bytes.length / MODEL_PIXELS }, (_, i) =>
    bytes.subarray(i * MODEL_PIXELS, (i + 1) * MODEL_PIXELS),
  );
}

const wholePercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** What a run made of one test image: visible text and its spoken form. */
function describeGuess(label: number, predicted: number, confidence: number) {
  const percent = wholePercent(confidence);
  return predicted === label
    ? { text: `✓ ${percent}`, spoken: `predicted correctly (${percent})` }
    : {
        text: `✗ predicted ${CLASS_NAMES[predicted]} (${percent})`,
        spoken: `predicted ${CLASS_NAMES[predicted]} (${percent})`,
      };
}

/**
 * Test images with their labels and, given a run's predictions, what it predicted and how
 * sure it was; wrong ones are outlined in red and marked with a cross.
 */
export function TestImageGrid({
  caption,
  indices,
  images,
  labels,
  predictions,
}: {
  caption: string;
  /** Test-set index of each image, to look its prediction up. */
  indices: number[];
  /** One 784-byte image (0..255) per index, as splitImages gives them. */
  images: readonly Uint8Array[];
  labels: ArrayLike<number>;
  predictions: TestPredictions | null;
}) {
  return (
    <figure className="try-grid-figure">
      <figcaption>{caption}</figcaption>
      <ul className="try-grid" role="list">
        {indices.map((index, i) => {
          const label = CLASS_NAMES[labels[i]];
          const guess = predictions
            ? describeGuess(labels[i], predictions.predicted[index], predictions.confidence[index])
            : null;
          const wrong = predictions !== null && predictions.predicted[index] !== labels[i];
          return (
            <li
              key={`${index}-${i}`}
              role="listitem"
              // Focusable from script only: "Show more" moves focus to the first new image.
              tabIndex={-1}
              className={wrong ? 'try-tile try-wrong' : 'try-tile'}
              aria-label={`Test image ${index}: ${label}${guess ? `, ${guess.spoken}` : ''}`}
            >
              <PixelImage
                values={images[i]}
                side={MODEL_SIDE}
                size={TILE_SIZE}
                label={`Test image ${index}`}
                palette={GRAY_BYTES}
              />
              <span className="try-tile-label">{label}</span>
              {guess && <span className="try-tile-guess">{guess.text}</span>}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
