import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { DEFAULT_CONFIG } from '../../model/config';
import { HISTOGRAM_BINS, frameCoordinates } from '../../model/inside';
import { buildModel } from '../builders';
import { disposeEvalSet, evaluate, makeEvalSet, type EvalSet } from '../evaluate';
import { gatherTensors } from '../batches';
import { InsideProbe, LAYER_BYTES_BUDGET, TAP_CHUNKS } from './probe';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const COUNT = 700;
const random = mulberry32(3);
const pool = {
  images: Uint8Array.from({ length: COUNT * 784 }, () => Math.floor(random() * 256)),
  labels: Uint8Array.from({ length: COUNT }, (_, i) => i % 10),
};
const data = {
  pool,
  trainIndices: Int32Array.from({ length: 100 }, (_, i) => i),
  validationIndices: Int32Array.from({ length: 600 }, (_, i) => 100 + i),
};

/** The validation set as trainModel gathers it for a probe. */
const validationSet = () => makeEvalSet(pool, data.validationIndices, TAP_CHUNKS);

/** The kernels' gradients of the loss on the first `batch` training images, as a training step
 *  keeps them for the probe. */
function stepGradients(model: tf.LayersModel, probe: InsideProbe, batch: number) {
  const { xs, ys } = gatherTensors(pool, data.trainIndices, 0, batch);
  const variables = model.trainableWeights
    .map((w) => w.read() as tf.Variable)
    .filter((v) => probe.gradientNames.has(v.name));
  const { value, grads } = tf.variableGrads(
    () =>
      tf.losses.softmaxCrossEntropy(
        tf.oneHot(ys, 10),
        model.apply(xs, { training: true }) as tf.Tensor,
      ) as tf.Scalar,
    variables,
  );
  tf.dispose([value, xs, ys]);
  return new Map(Object.entries(grads));
}

/** A probe's evaluation point: the pass with its tap, then its measurement. */
async function point(model: tf.LayersModel, probe: InsideProbe, set: EvalSet, batch = 32) {
  await evaluate(model, set, probe.tap());
  const gradients = stepGradients(model, probe, batch);
  try {
    return await probe.measure(gradients, batch);
  } finally {
    tf.dispose([...gradients.values()]);
  }
}

/** Sets the hidden layer's bias of the units in `dead` so low that no image makes them fire. */
function kill(model: tf.LayersModel, dead: number[]) {
  const hidden = model.layers[1];
  const [kernel, bias] = hidden.getWeights();
  const values = bias.dataSync().slice();
  for (const unit of dead) values[unit] = -1e6;
  hidden.setWeights([kernel, tf.tensor1d(values)]);
}

describe('InsideProbe', () => {
  it('counts the dead hidden units of a dense net, and the histograms of both layers', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 6 });
    kill(model, [1, 4]);
    const set = validationSet();
    const probe = await InsideProbe.start(model, data, set);
    const before = tf.memory().numTensors;
    const first = await point(model, probe, set);
    expect(tf.memory().numTensors).toBe(before);
    // Measured before any step, and sent with the first point only.
    expect(first.atStart?.activations[0].dead).toBe(2);
    expect(first.activations).toEqual([
      { name: model.layers[2].name, units: 6, filters: false, dead: 2 },
    ]);
    // Counted on the first chunk, 500 of the 600 validation images.
    expect(first.probeImages).toBe(TAP_CHUNKS[0]);
    expect(first.gradientBatch).toBe(32);
    expect(first.layers.map((l) => l.kind)).toEqual(['Dense', 'Dense']);
    const [hidden, output] = first.layers;
    expect(hidden.weights.counts).toHaveLength(HISTOGRAM_BINS);
    expect(hidden.weights.counts.reduce((a, b) => a + b)).toBe(784 * 6);
    expect(output.gradients.counts.reduce((a, b) => a + b)).toBe(6 * 10);
    expect(hidden.updateRatio).toBeNull();
    // A dead unit passes no gradient back: its kernel's column has gradient 0.
    expect(hidden.gradients.min).toBeLessThanOrEqual(0);
    expect(hidden.gradients.max).toBeGreaterThanOrEqual(0);

    const [kernel, ...rest] = model.layers[1].getWeights();
    model.layers[1].setWeights([tf.mul(kernel, 1.5), ...rest]);
    const second = await point(model, probe, set);
    expect(second.atStart).toBeUndefined();
    // The storage budget: every point of every run keeps one; the map's frame is apart.
    const { map, ...rest2 } = second;
    expect(JSON.stringify(rest2).length).toBeLessThan(2 * LAYER_BYTES_BUDGET);
    expect(map).toBeDefined();
    expect(second.layers[0].updateRatio).toBeCloseTo(0.5, 5);
    expect(second.layers[1].updateRatio).toBe(0);
    probe.dispose();
    disposeEvalSet(set);
    model.dispose();
  });

  it("counts a CNN's dead filters over whole maps, on fewer images", async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, model: 'cnn', filters: 4, kernelSize: 3 });
    const conv = model.layers[0];
    const [kernel] = conv.getWeights();
    conv.setWeights([kernel, tf.tensor1d([0, -1e6, 0, 0])]);
    const set = validationSet();
    const probe = await InsideProbe.start(model, data, set);
    const snapshot = await point(model, probe, set);
    expect(snapshot.atStart?.activations).toEqual([
      { name: model.layers[1].name, units: 4, filters: true, dead: 1 },
    ]);
    expect(snapshot.activations).toEqual([
      { name: model.layers[1].name, units: 4, filters: true, dead: 1 },
    ]);
    expect(snapshot.probeImages).toBe(TAP_CHUNKS[0]);
    expect(snapshot.layers.map((l) => l.kind)).toEqual(['Conv2D', 'Dense']);
    expect(snapshot.saturated).toBeGreaterThanOrEqual(0);
    expect(snapshot.saturated).toBeLessThanOrEqual(1);
    // The map's layer is the flattened maps: 26 x 26 x 4.
    expect(snapshot.map?.images).toMatchObject({ dims: 26 * 26 * 4 });
    probe.dispose();
    disposeEvalSet(set);
    model.dispose();
  });

  it('sees the saturated softmax of huge logits', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 6 });
    const output = model.layers[3];
    const [kernel, bias] = output.getWeights();
    output.setWeights([tf.mul(kernel, 1e4), bias]);
    const set = validationSet();
    const probe = await InsideProbe.start(model, data, set);
    const snapshot = await point(model, probe, set, 8);
    expect(snapshot.saturated).toBeGreaterThan(0.9);
    expect(snapshot.gradientBatch).toBe(8);
    probe.dispose();
    disposeEvalSet(set);
  });

  it('places every validation image it taps on the map, the first frame saying which', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 6 });
    const set = validationSet();
    const probe = await InsideProbe.start(model, data, set);
    const first = (await point(model, probe, set)).map!;
    // All 600 validation images: the set is smaller than the map's 2,000.
    expect(first.images?.indices).toEqual(Array.from(data.validationIndices));
    expect(first.images?.labels).toEqual(Array.from(data.validationIndices, (i) => pool.labels[i]));
    expect(first.images).toMatchObject({ layer: model.layers[2].name, dims: 6 });
    const { x, y, predicted } = frameCoordinates(first);
    expect([x.length, y.length, predicted.length]).toEqual([600, 600, 600]);
    expect(predicted.every((c) => c >= 0 && c < 10)).toBe(true);
    expect(first.explained[0]).toBeGreaterThanOrEqual(first.explained[1]);
    expect(first.explained[0] + first.explained[1]).toBeLessThanOrEqual(1);
    const second = (await point(model, probe, set)).map!;
    expect(second.images).toBeUndefined();
    probe.dispose();
    disposeEvalSet(set);
  });
});
