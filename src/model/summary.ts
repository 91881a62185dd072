/**
 * A model's summary, layer by layer, from its configuration alone (no TF.js): the shape each
 * layer puts out for one image, its trainable parameters, and the multiply-adds of its products
 * per image. The layers are those engine/builders.ts builds, in the same order (its test holds
 * each row to TF.js's own layer).
 */
import { IMAGE_SIZE, assertNever, type ActivationName, type TrainConfig } from './config';

const CLASSES = 10;
/** The deep CNN of the report's future work: conv 3x3 32, pool, conv 3x3 64, pool, dense 128. */
const DEEP_CNN = {
  kernel: 3,
  filters: [32, 64],
  pool: 2,
  denseUnits: 128,
  dropout: 0.5,
} as const;

/** TF.js's class name of each kind of layer (what `layer.getClassName()` says). */
export type LayerKind =
  'Flatten' | 'Dense' | 'Conv2D' | 'ReLU' | 'LeakyReLU' | 'PReLU' | 'MaxPooling2D' | 'Dropout';

export interface LayerSummary {
  kind: LayerKind;
  /** The layer in words, e.g. "Conv 2×2, 32 filters". */
  name: string;
  /** What the layer puts out for one image, batch left out: [784], or [27, 27, 32] (NHWC). */
  outputShape: number[];
  /** Trainable parameters: weights, biases, PReLU slopes. */
  params: number;
  /** Multiply-adds per image of the layer's dense product or convolution; 0 for other layers,
   *  whose work (one operation or so per value) is small beside them. */
  multiplyAdds: number;
}

export interface ModelSummary {
  layers: LayerSummary[];
  params: number;
  multiplyAdds: number;
}

const ACTIVATION_LAYERS: Record<ActivationName, { kind: LayerKind; name: string }> = {
  relu: { kind: 'ReLU', name: 'ReLU' },
  leakyRelu: { kind: 'LeakyReLU', name: 'Leaky ReLU' },
  prelu: { kind: 'PReLU', name: 'Parametric ReLU' },
};

const size = (shape: readonly number[]) => shape.reduce((product, n) => product * n, 1);

/**
 * Builds the summary a layer at a time, each layer taking the shape the last one put out.
 */
class LayerList {
  readonly layers: LayerSummary[] = [];
  private shape: number[] = [IMAGE_SIZE, IMAGE_SIZE, 1];

  constructor(private readonly activationName: ActivationName) {}

  private add(layer: Omit<LayerSummary, 'outputShape'>, outputShape: number[]): this {
    this.layers.push({ ...layer, outputShape });
    this.shape = outputShape;
    return this;
  }

  flatten(): this {
    return this.add({ kind: 'Flatten', name: 'Flatten', params: 0, multiplyAdds: 0 }, [
      size(this.shape),
    ]);
  }

  dense(units: number, name = `Dense, ${units} units`): this {
    const inputs = size(this.shape);
    return this.add(
      { kind: 'Dense', name, params: inputs * units + units, multiplyAdds: inputs * units },
      [units],
    );
  }

  /** Stride 1, no padding, as the builders make every convolution. */
  conv(filters: number, kernel: number): this {
    const [height, width, channels] = this.shape;
    const [outHeight, outWidth] = [height - kernel + 1, width - kernel + 1];
    const taps = kernel * kernel * channels;
    return this.add(
      {
        kind: 'Conv2D',
        name: `Conv ${kernel}×${kernel}, ${filters} filter${filters === 1 ? '' : 's'}`,
        params: taps * filters + filters,
        multiplyAdds: outHeight * outWidth * taps * filters,
      },
      [outHeight, outWidth, filters],
    );
  }

  /** The activation; PReLU learns one slope per unit, or per channel after a convolution. */
  activation(): this {
    const { kind, name } = ACTIVATION_LAYERS[this.activationName];
    const slopes = kind === 'PReLU' ? this.shape[this.shape.length - 1] : 0;
    return this.add({ kind, name, params: slopes, multiplyAdds: 0 }, this.shape);
  }

  /** Max pooling over pool x pool windows, stride pool, no padding. */
  pool(pool: number): this {
    const [height, width, channels] = this.shape;
    return this.add(
      { kind: 'MaxPooling2D', name: `Max pool ${pool}×${pool}`, params: 0, multiplyAdds: 0 },
      [Math.floor(height / pool), Math.floor(width / pool), channels],
    );
  }

  dropout(rate: number): this {
    return this.add(
      { kind: 'Dropout', name: `Dropout ${rate} (training only)`, params: 0, multiplyAdds: 0 },
      this.shape,
    );
  }

  /** The output layer: one logit per class. */
  logits(): this {
    return this.dense(CLASSES, `Dense, ${CLASSES} classes (logits)`);
  }
}

function layersOf(config: TrainConfig): LayerSummary[] {
  const list = new LayerList(config.activation);
  switch (config.model) {
    case 'dense':
      return list.flatten().dense(config.hiddenUnits).activation().logits().layers;
    case 'cnn':
      return list.conv(config.filters, config.kernelSize).activation().flatten().logits().layers;
    case 'deepCnn': {
      const [first, second] = DEEP_CNN.filters;
      return list
        .conv(first, DEEP_CNN.kernel)
        .activation()
        .pool(DEEP_CNN.pool)
        .conv(second, DEEP_CNN.kernel)
        .activation()
        .pool(DEEP_CNN.pool)
        .flatten()
        .dense(DEEP_CNN.denseUnits)
        .activation()
        .dropout(DEEP_CNN.dropout)
        .logits().layers;
    }
    default:
      return assertNever(config.model);
  }
}

/** The summary of the model `config` describes: each layer, then the totals. */
export function summarizeModel(config: TrainConfig): ModelSummary {
  const layers = layersOf(config);
  return {
    layers,
    params: layers.reduce((sum, layer) => sum + layer.params, 0),
    multiplyAdds: layers.reduce((sum, layer) => sum + layer.multiplyAdds, 0),
  };
}
