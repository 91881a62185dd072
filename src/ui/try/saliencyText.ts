/** What the saliency view says in words. Pure. */
import { CLASS_NAMES } from '../../data/dataset';
import { correlation } from './overlay';

/** Correlations from which two maps are said to agree well, or somewhat. */
const AGREE_WELL = 0.5;
const AGREE_SOMEWHAT = 0.2;

/** How far the size of the gradient and the occlusion's drop agree, in a sentence. */
export function describeAgreement(
  gradient: ArrayLike<number>,
  occlusion: ArrayLike<number>,
): string {
  const r = correlation(Array.from(gradient, Math.abs), occlusion);
  const words =
    r >= AGREE_WELL ? 'agree well' : r >= AGREE_SOMEWHAT ? 'agree somewhat' : 'agree little';
  return (
    `Here the two maps ${words} (correlation ${r.toFixed(2)}).` +
    (r < AGREE_WELL
      ? ' The gradient tells what a small change of one pixel does, occlusion what hiding a patch does: a model can rely on a region without being sensitive to each of its pixels.'
      : '')
  );
}

/** The sentence that says what the two maps show, for the class the model predicts. */
export function describeMaps(
  predicted: number,
  samples: number,
  noise: number,
  patch: number,
): string {
  const name = CLASS_NAMES[predicted];
  return (
    `The saliency map is bright where a small change of a pixel moves the score of ${name} most: ` +
    `the gradient of that score, averaged over ${samples} copies of the image with noise of sd ` +
    `${noise} (SmoothGrad). The occlusion map checks it without gradients: red where covering a ` +
    `${patch}x${patch} patch with black lowers the probability of ${name}, blue where it raises it.`
  );
}
