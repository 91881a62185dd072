import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { DEFAULT_CONFIG } from '../../model/config';
import { HISTOGRAM_BINS } from '../../model/inside';
import { buildModel } from '../builders';
import {
  CONV_PROBE_IMAGES,
  GRADIENT_BATCH,
  InsideProbe,
  LAYER_BYTES_BUDGET,
  PROBE_IMAGES,
} from './probe';

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
    const probe = await InsideProbe.start(model, data, 32, Infinity);
    const before = tf.memory().numTensors;
    const first = (await probe.measure())!;
    expect(tf.memory().numTensors).toBe(before);
    // Measured before any step, and sent with the first point only.
    expect(first.atStart?.activations[0].dead).toBe(2);
    expect(first.activations).toEqual([
      { name: model.layers[2].name, units: 6, filters: false, dead: 2 },
    ]);
    expect(first.probeImages).toBe(Math.min(PROBE_IMAGES, 600));
    expect(first.gradientBatch).toBe(GRADIENT_BATCH);
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
    const second = (await probe.measure())!;
    expect(second.atStart).toBeUndefined();
    // The storage budget: every point of every run keeps one.
    expect(JSON.stringify(second).length).toBeLessThan(2 * LAYER_BYTES_BUDGET);
    expect(second.layers[0].updateRatio).toBeCloseTo(0.5, 5);
    expect(second.layers[1].updateRatio).toBe(0);
    probe.dispose();
    model.dispose();
  });

  it("counts a CNN's dead filters over whole maps, on fewer images", async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, model: 'cnn', filters: 4, kernelSize: 3 });
    const conv = model.layers[0];
    const [kernel] = conv.getWeights();
    conv.setWeights([kernel, tf.tensor1d([0, -1e6, 0, 0])]);
    const probe = new InsideProbe(model, data, 16, Infinity);
    const snapshot = (await probe.measure())!;
    expect(snapshot.activations).toEqual([
      { name: model.layers[1].name, units: 4, filters: true, dead: 1 },
    ]);
    expect(snapshot.probeImages).toBe(CONV_PROBE_IMAGES);
    expect(snapshot.layers.map((l) => l.kind)).toEqual(['Conv2D', 'Dense']);
    expect(snapshot.saturated).toBeGreaterThanOrEqual(0);
    expect(snapshot.saturated).toBeLessThanOrEqual(1);
    probe.dispose();
    model.dispose();
  });

  it('sees the saturated softmax of huge logits', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 6 });
    const output = model.layers[3];
    const [kernel, bias] = output.getWeights();
    output.setWeights([tf.mul(kernel, 1e4), bias]);
    const probe = new InsideProbe(model, data, 8, Infinity);
    const snapshot = (await probe.measure())!;
    expect(snapshot.saturated).toBeGreaterThan(0.9);
    // A smaller training batch is used whole.
    expect(snapshot.gradientBatch).toBe(8);
    probe.dispose();
  });

  it('skips a point that would take it past its share of the run, never the first or last', async () => {
    const model = buildModel({ ...DEFAULT_CONFIG, hiddenUnits: 6 });
    const probe = new InsideProbe(model, data, 8, 1e-6);
    expect(await probe.measure()).not.toBeNull();
    expect(await probe.measure()).toBeNull();
    expect(await probe.measure(true)).not.toBeNull();
    probe.dispose();
  });
});
