import { MODEL_PIXELS, MODEL_SIDE } from '../../drawing/preprocess';
import { PixelImage } from './PixelImage';

/** On-screen width of the preview: four screen pixels per model-input pixel. */
const PREVIEW_SIZE = MODEL_SIDE * 4;
const BLACK_FRAME = new Float32Array(MODEL_PIXELS);

/** The 28x28 image the model receives, enlarged with hard pixel edges; black when blank. */
export function ModelInputPreview({ pixels }: { pixels: Float32Array | null }) {
  return (
    <figure className="try-preview">
      <PixelImage
        values={pixels ?? BLACK_FRAME}
        side={MODEL_SIDE}
        size={PREVIEW_SIZE}
        label={pixels ? 'The 28 by 28 image the model receives' : 'An empty 28 by 28 image'}
      />
      <figcaption>What the model sees</figcaption>
    </figure>
  );
}
