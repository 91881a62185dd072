/**
 * One builder per model kind, kept in a registry. Every model maps a batch of images
 * [batch, 28, 28, 1] (pixels in [0, 1]) to class logits [batch, 10]; softmax is applied by the
 * loss and at prediction time, which keeps the loss finite where a softmax layer would saturate.
 */
import * as tf from '@tensorflow/tfjs';
import {
  IMAGE_SIZE,
  type ActivationName,
  type InitializerName,
  type ModelKind,
  type TrainConfig,
} from '../model/config';

export const NUM_CLASSES = 10;
/** The report's initialisation: truncated normal, mean 0, standard deviation 0.5. */
const REPORT_INIT_SD = 0.5;
const LEAKY_RELU_ALPHA = 0.1;
const DEEP_CNN_DROPOUT = 0.5;
const DEEP_CNN_DENSE_UNITS = 128;

type Initializer = ReturnType<typeof tf.initializers.heNormal>;

/** Kernel initialisers by name; `hidden` feeds a ReLU-family activation, `output` the softmax. */
const initializers: Record<
  InitializerName,
  (seed: number, role: 'hidden' | 'output') => Initializer
> = {
  modern: (seed, role) =>
    role === 'hidden'
      ? tf.initializers.heNormal({ seed })
      : tf.initializers.glorotUniform({ seed }),
  truncatedNormal: (seed) => tf.initializers.truncatedNormal({ stddev: REPORT_INIT_SD, seed }),
};

/** Activation layers by name; `sharedAxes` shares PReLU's slope across a feature map. */
const activations: Record<ActivationName, (sharedAxes?: number[]) => tf.layers.Layer> = {
  relu: () => tf.layers.reLU(),
  leakyRelu: () => tf.layers.leakyReLU({ alpha: LEAKY_RELU_ALPHA }),
  prelu: (sharedAxes) => tf.layers.prelu({ sharedAxes }),
};

/** Gives every seeded layer its own stream, so two layers never start from the same numbers. */
function seedSequence(seed: number): () => number {
  let next = seed;
  return () => next++;
}

const CONV_SHARED_AXES = [1, 2];
const inputShape = [IMAGE_SIZE, IMAGE_SIZE, 1];

function buildDense(config: TrainConfig): tf.Sequential {
  const seed = seedSequence(config.seed);
  return tf.sequential({
    layers: [
      tf.layers.flatten({ inputShape }),
      tf.layers.dense({
        units: config.hiddenUnits,
        kernelInitializer: initializers[config.init](seed(), 'hidden'),
      }),
      activations[config.activation](),
      tf.layers.dense({
        units: NUM_CLASSES,
        kernelInitializer: initializers[config.init](seed(), 'output'),
      }),
    ],
  });
}

/** The report's CNN: one conv layer (stride 1, no padding), flatten, softmax. */
function buildCnn(config: TrainConfig): tf.Sequential {
  const seed = seedSequence(config.seed);
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape,
        filters: config.filters,
        kernelSize: config.kernelSize,
        strides: 1,
        padding: 'valid',
        kernelInitializer: initializers[config.init](seed(), 'hidden'),
      }),
      activations[config.activation](CONV_SHARED_AXES),
      tf.layers.flatten(),
      tf.layers.dense({
        units: NUM_CLASSES,
        kernelInitializer: initializers[config.init](seed(), 'output'),
      }),
    ],
  });
}

/** The report's future work: conv32 3x3, pool, conv64 3x3, pool, dense 128, dropout. */
function buildDeepCnn(config: TrainConfig): tf.Sequential {
  const seed = seedSequence(config.seed);
  const init = (role: 'hidden' | 'output') => initializers[config.init](seed(), role);
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape,
        filters: 32,
        kernelSize: 3,
        kernelInitializer: init('hidden'),
      }),
      activations[config.activation](CONV_SHARED_AXES),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 64, kernelSize: 3, kernelInitializer: init('hidden') }),
      activations[config.activation](CONV_SHARED_AXES),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: DEEP_CNN_DENSE_UNITS, kernelInitializer: init('hidden') }),
      activations[config.activation](),
      tf.layers.dropout({ rate: DEEP_CNN_DROPOUT, seed: seed() }),
      tf.layers.dense({ units: NUM_CLASSES, kernelInitializer: init('output') }),
    ],
  });
}

export const MODEL_BUILDERS: Record<ModelKind, (config: TrainConfig) => tf.Sequential> = {
  dense: buildDense,
  cnn: buildCnn,
  deepCnn: buildDeepCnn,
};

/** Builds the logits model a config describes. */
export function buildModel(config: TrainConfig): tf.Sequential {
  return MODEL_BUILDERS[config.model](config);
}
