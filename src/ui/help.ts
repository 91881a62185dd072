/**
 * One line per setting for a person new to neural networks: what it is and what changing it
 * does. Shown behind each field's "?" (FieldHelp).
 */
import type { NumericField } from '../model/config';

export const FIELD_HELP: Record<
  NumericField | 'model' | 'optimizer' | 'activation' | 'init' | 'repeats',
  string
> = {
  model:
    'Dense: every pixel feeds every hidden unit. CNN: small filters slide over the image and find edges and textures wherever they are. Deep CNN: two such layers, then a dense one.',
  hiddenUnits:
    'How many units the dense network’s hidden layer has: more can learn more patterns, and takes longer per step.',
  filters:
    'How many different patterns the convolution layer learns to look for; each filter makes one feature map.',
  kernelSize:
    'The side in pixels of each filter: 3 means each filter looks at 3×3 pixels at a time.',
  learningRate:
    'How big a step the optimizer takes against the gradient each time: too large and training diverges, too small and it crawls.',
  batchSize:
    'How many training images each step learns from at once: larger batches give smoother steps, and each step costs more.',
  steps:
    'How many updates of the weights training makes. An epoch is one pass over all 60,000 training images (minus the validation ones).',
  evalEvery:
    'How often, in steps, the model is scored on the validation images to draw the curves.',
  seed: 'Starts the random numbers: the first weights and the order of the images. The same seed repeats a run; another seed shows how much of a result is luck.',
  validationSize:
    'Training images held back to score the model during training, so the test set is used only once, at the end.',
  optimizer:
    'The rule that turns gradients into weight changes. Adam adapts the step per weight; SGD takes the same step everywhere.',
  activation:
    'The function each hidden unit applies to its sum: ReLU keeps positives and zeroes negatives; sigmoid and tanh squash.',
  init: 'How the weights start. He / Glorot scale the random start to the layer’s size (today’s default); the report drew every weight from a normal with sd 0.5, which can leave many units stuck.',
  repeats:
    'Trains each setting this many times, with seeds seed, seed + 1, …: the spread shows whether a difference between settings is more than luck.',
  augNoise: 'Adds random noise to each training image, so the model cannot rely on exact pixels.',
  augLuminance: 'Brightens or darkens each training image at random.',
  augContrast: 'Raises or lowers the contrast of each training image at random.',
  augShift: 'Moves each training image by up to this many pixels, so position matters less.',
  augFlip: 'The chance that a training image is mirrored left to right.',
};
