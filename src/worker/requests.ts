/**
 * The worker's request handlers, one per method of `Requests`, kept in a registry.
 * Each returns its result and the buffers to transfer rather than copy.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabelledImages } from '../data/dataset';
import { mulberry32 } from '../data/split';
import { augmentBatch } from '../engine/augment';
import { PIXELS_PER_IMAGE, gatherTensors } from '../engine/batches';
import { IMAGE_SIZE } from '../model/config';
import { EVAL_BATCH, predictLogits } from '../engine/evaluate';
import { predictGarments } from './garments';
import type { ModelStore } from './models';
import { INSPECT_HANDLERS } from './inspect-requests';
import type { FromWorker, RequestName, Requests } from './protocol';

export interface RequestContext {
  models: ModelStore;
  /** The loaded dataset; throws if it is not loaded yet. */
  dataset(): Promise<{ train: LabelledImages; test: LabelledImages }>;
  /** Whether the dataset's bytes live in SharedArrayBuffers. */
  datasetShared(): boolean;
  /** Sends a message to the page besides the response (a map it keeps with the run). */
  post(message: FromWorker): void;
}

type Handler<K extends RequestName> = (
  args: Requests[K]['args'],
  context: RequestContext,
) => Promise<{ result: Requests[K]['result']; transfer?: Transferable[] }>;

const imageTensor = (pixels: Float32Array) => {
  if (pixels.length !== PIXELS_PER_IMAGE)
    throw new RangeError(`An image must have ${PIXELS_PER_IMAGE} pixels, not ${pixels.length}.`);
  return tf.tensor4d(pixels, [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
};

const predict: Handler<'predict'> = async ({ runIds, pixels }, { models }) => {
  const result = [];
  for (const runId of runIds) {
    const model = await models.get(runId);
    const started = performance.now();
    const probabilities = tf.tidy(() => tf.softmax(predictLogits(model, imageTensor(pixels))));
    const values = Array.from(await probabilities.data());
    probabilities.dispose();
    result.push({ runId, probabilities: values, ms: performance.now() - started });
  }
  return { result };
};

const testPredictions: Handler<'testPredictions'> = async ({ runId }, context) => {
  const model = await context.models.get(runId);
  const { test } = await context.dataset();
  const predicted = new Uint8Array(test.count);
  const confidence = new Float32Array(test.count);
  for (let start = 0; start < test.count; start += EVAL_BATCH) {
    const end = Math.min(start + EVAL_BATCH, test.count);
    const indices = Int32Array.from({ length: end - start }, (_, i) => start + i);
    const batch = gatherTensors(test, indices);
    const [classes, top] = tf.tidy(() => {
      const probabilities = tf.softmax(predictLogits(model, batch.xs));
      return [tf.argMax(probabilities, 1), tf.max(probabilities, 1)];
    });
    predicted.set(await classes.data(), start);
    confidence.set(await top.data(), start);
    tf.dispose([batch.xs, batch.ys, classes, top]);
  }
  const labels = test.labels.slice(0, test.count);
  return {
    result: { predicted, confidence, labels },
    transfer: [predicted.buffer, confidence.buffer, labels.buffer],
  };
};

/** Images of `set` by index, copied, with their labels; `what` names the set in a refusal. */
function imagesAt(set: LabelledImages, indices: number[], what: string) {
  const images = new Uint8Array(indices.length * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(indices.length);
  indices.forEach((index, i) => {
    if (!Number.isInteger(index) || index < 0 || index >= set.count)
      throw new RangeError(`${what} index ${index} is outside 0..${set.count - 1}.`);
    images.set(
      set.images.subarray(index * PIXELS_PER_IMAGE, (index + 1) * PIXELS_PER_IMAGE),
      i * PIXELS_PER_IMAGE,
    );
    labels[i] = set.labels[index];
  });
  return { result: { images, labels }, transfer: [images.buffer, labels.buffer] };
}

const testImages: Handler<'testImages'> = async ({ indices }, context) =>
  imagesAt((await context.dataset()).test, indices, 'Test image');

const trainImages: Handler<'trainImages'> = async ({ indices }, context) =>
  imagesAt((await context.dataset()).train, indices, 'Training image');

const inspectConv: Handler<'inspectConv'> = async ({ runId, pixels }, { models }) => {
  const model = await models.get(runId);
  const [conv, activation] = model.layers;
  if (!conv || conv.getClassName() !== 'Conv2D')
    throw new Error('This run has no convolution layer to look inside.');
  const kernel = conv.getWeights()[0];
  const [kernelSize, , , filters] = kernel.shape;
  const mapsTensor = tf.tidy(
    () => activation.apply(conv.apply(imageTensor(pixels))) as tf.Tensor4D,
  );
  // data() may hand back the backend's own store of the weights: copy before transferring.
  const kernels = ((await kernel.data()) as Float32Array).slice();
  const maps = (await mapsTensor.data()) as Float32Array;
  const mapSide = mapsTensor.shape[1];
  mapsTensor.dispose();
  return {
    result: { kernels, kernelSize, filters, maps, mapSide },
    transfer: [kernels.buffer, maps.buffer],
  };
};

const augmentSamples: Handler<'augmentSamples'> = async ({ config, count }, context) => {
  const { train } = await context.dataset();
  const random = mulberry32(config.seed);
  const indices = Int32Array.from({ length: count }, () => Math.floor(random() * train.count));
  const batch = gatherTensors(train, indices);
  const augmented = tf.tidy(() => augmentBatch(batch.xs, config, random));
  const images = (await augmented.data()) as Float32Array;
  // With every strength at 0 the augmented tensor shares the original's data: copy it.
  const originals = ((await batch.xs.data()) as Float32Array).slice();
  tf.dispose([batch.xs, batch.ys, augmented]);
  return { result: { images, originals, count }, transfer: [images.buffer, originals.buffer] };
};

const exportModel: Handler<'exportModel'> = async ({ runId }, { models }) => {
  const model = await models.get(runId);
  let exported: Requests['exportModel']['result'] | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = tf.io.concatenateArrayBuffers(
        Array.isArray(artifacts.weightData) ? artifacts.weightData : [artifacts.weightData!],
      );
      const modelJson = JSON.stringify({
        modelTopology: artifacts.modelTopology,
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: null,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      });
      exported = { modelJson, weights };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  const result = exported as Requests['exportModel']['result'] | null;
  if (!result) throw new Error(`Run ${runId}'s model could not be serialised.`);
  return { result, transfer: [result.weights] };
};

const importModel: Handler<'importModel'> = async ({ runId, modelJson, weights }, { models }) => {
  let parsed: {
    modelTopology?: object;
    weightsManifest?: { weights: tf.io.WeightsManifestEntry[] }[];
  };
  try {
    parsed = JSON.parse(modelJson);
  } catch {
    throw new Error('model.json is not valid JSON.');
  }
  if (!parsed.modelTopology || !Array.isArray(parsed.weightsManifest))
    throw new Error(
      'model.json has no modelTopology or weightsManifest: not a TF.js layers model.',
    );
  const weightSpecs = parsed.weightsManifest.flatMap((group) => group.weights);
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: parsed.modelTopology, weightSpecs, weightData: weights }),
    );
  } catch (error) {
    // TF.js says what failed inside it (a byte offset, an unknown layer), not which file is wrong.
    throw new Error(
      `model.json and its weights do not make a TF.js layers model: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const input = model.inputs[0].shape.slice(1).join('x');
  const output = model.outputs[0].shape.slice(1).join('x');
  if (input !== '28x28x1' || output !== '10') {
    model.dispose();
    throw new Error(
      `The model takes ${input} and gives ${output}; the lab needs 28x28x1 in and 10 out.`,
    );
  }
  models.keep(runId, model);
  try {
    await models.save(runId);
  } catch (error) {
    // Refused, so the caller adds no run: nothing of this model may stay behind.
    await models.delete(runId).catch(() => undefined);
    throw error;
  }
  return { result: { params: model.countParams() } };
};

const deleteModel: Handler<'deleteModel'> = async ({ runId }, { models }) => {
  await models.delete(runId);
  return { result: null };
};

const memory: Handler<'memory'> = async () => {
  const info: tf.MemoryInfo & { numBytesInGPU?: number } = tf.memory();
  // Chromium exposes the non-standard performance.memory on windows only, not in workers.
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    result: {
      numTensors: info.numTensors,
      numBytes: info.numBytes,
      numBytesInGPU: info.numBytesInGPU ?? null,
      jsHeapBytes: heap?.usedJSHeapSize ?? null,
    },
  };
};

const sharedDataset: Handler<'sharedDataset'> = async (_, context) => {
  const { train, test } = await context.dataset();
  // Shared bytes cross to another worker without a copy; plain ones are copied by the clone.
  return { result: { train, test, shared: context.datasetShared() } };
};

export const REQUEST_HANDLERS: { [K in RequestName]: Handler<K> } = {
  sharedDataset,
  predict,
  testPredictions,
  predictGarments,
  testImages,
  trainImages,
  inspectConv,
  augmentSamples,
  exportModel,
  importModel,
  deleteModel,
  memory,
  ...INSPECT_HANDLERS,
};
