/**
 * My garments in the worker: each run's predictions of the person's own images, and the start
 * of a fine-tune (the parent's weights, and the images to mix into every batch).
 */
import * as tf from '@tensorflow/tfjs';
import { PIXELS_PER_IMAGE, gatherTensors, type MixedPool } from '../engine/batches';
import { NUM_CLASSES } from '../engine/builders';
import { EVAL_BATCH, predictLogits } from '../engine/evaluate';
import type { ModelStore } from './models';
import type { FineTune, Requests } from './protocol';

/** Count of images in `images`; throws unless it holds whole 784-byte images. */
function imageCount(images: Uint8Array): number {
  if (images.length === 0 || images.length % PIXELS_PER_IMAGE !== 0)
    throw new RangeError(
      `My garments must be whole images of ${PIXELS_PER_IMAGE} bytes; got ${images.length} bytes.`,
    );
  return images.length / PIXELS_PER_IMAGE;
}

/** The `predictGarments` request: each image's most probable class and that probability. */
export async function predictGarments(
  { runId, images }: Requests['predictGarments']['args'],
  { models }: { models: ModelStore },
): Promise<{ result: Requests['predictGarments']['result']; transfer: Transferable[] }> {
  const model = await models.get(runId);
  const count = imageCount(images);
  const pool = { images, labels: new Uint8Array(count) };
  const predicted = new Uint8Array(count);
  const confidence = new Float32Array(count);
  for (let start = 0; start < count; start += EVAL_BATCH) {
    const end = Math.min(start + EVAL_BATCH, count);
    const indices = Int32Array.from({ length: end - start }, (_, i) => start + i);
    const batch = gatherTensors(pool, indices);
    const [classes, top] = tf.tidy(() => {
      const probabilities = tf.softmax(predictLogits(model, batch.xs));
      return [tf.argMax(probabilities, 1), tf.max(probabilities, 1)];
    });
    predicted.set(await classes.data(), start);
    confidence.set(await top.data(), start);
    tf.dispose([batch.xs, batch.ys, classes, top]);
  }
  return {
    result: { predicted, confidence },
    transfer: [predicted.buffer, confidence.buffer],
  };
}

/**
 * Checks a fine-tune and loads its parent's model: the garments as a pool to mix in, and the
 * parent, whose weights the new run starts from. Throws a message naming what is wrong.
 */
export async function prepareFineTune(
  { parentId, images, labels, share }: FineTune,
  models: ModelStore,
): Promise<{ parent: tf.LayersModel; garments: MixedPool }> {
  const count = imageCount(images);
  if (labels.length !== count)
    throw new RangeError(`My garments hold ${count} images but ${labels.length} labels.`);
  const bad = labels.findIndex((label) => label >= NUM_CLASSES);
  if (bad >= 0) throw new RangeError(`Garment ${bad + 1}'s label ${labels[bad]} is outside 0-9.`);
  if (!(share > 0 && share <= 1))
    throw new RangeError(
      `The share of my garments per batch must be above 0 and at most 1, not ${share}.`,
    );
  let parent: tf.LayersModel;
  try {
    parent = await models.get(parentId);
  } catch (error) {
    throw new Error(
      `Could not load the weights of the run it fine-tunes: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return { parent, garments: { pool: { images, labels }, count, share } };
}

/**
 * Gives `model` (built from the same config) a copy of `parent`'s weights, so that training it
 * leaves the parent as it was: copies of their values, as setWeights alone would share the
 * parent's buffers with an engine that may update them where they lie. Throws, and disposes
 * `model`, when the shapes differ (a model loaded from a file whose config does not describe it).
 */
export async function startFrom(model: tf.LayersModel, parent: tf.LayersModel): Promise<void> {
  const from = parent.getWeights();
  const to = model.getWeights();
  const shapes = (weights: tf.Tensor[]) => weights.map((w) => w.shape.join('x')).join(', ');
  if (shapes(from) !== shapes(to)) {
    model.dispose();
    throw new Error(
      `The parent's weights (${shapes(from)}) do not fit the model its settings describe (${shapes(to)}), so it cannot be fine-tuned here.`,
    );
  }
  const copies = await Promise.all(
    from.map(async (w) => tf.tensor((await w.data()).slice(), w.shape, w.dtype)),
  );
  model.setWeights(copies);
  tf.dispose(copies);
}
