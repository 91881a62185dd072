/**
 * The WebGL engine on the real WebGL backend, in headless Chromium (software-rendered here):
 * each program against the cpu backend, a training step's loss and gradients against TF.js's
 * layers for every model kind, Adam against TF.js's, and what a step costs in programs, uploads
 * and reads.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, NUM_CLASSES } from '../builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import { fastPathOf } from '../fast-path';
import { frameCoordinates } from '../../model/inside';
import { disposeEvalSet, evaluate, makeEvalSet } from '../evaluate';
import { InsideProbe, TAP_CHUNKS } from '../inspect/probe';
import { FusedAdamOptimizer } from '../wasm/fused-adam';
import { trainStep } from '../train';
import {
  softmaxCrossEntropy,
  wasmInferenceForward,
  wasmOpCoverage,
  CONV2D_INPUT_GRAD,
  DROPOUT,
} from '../wasm/wasm-ops';
import { COUNTED_METHODS, countsSince, webglCounts } from './counters';
import { registerWebglOps } from './ops';

const RELATIVE = 1e-4;

beforeAll(async () => {
  registerWebglOps();
  expect(await tf.setBackend('webgl')).toBe(true);
  await tf.ready();
});

/** Runs `f` on the cpu backend and returns its results as arrays, then goes back to WebGL. */
async function onCpu<T>(f: () => T): Promise<T> {
  await tf.setBackend('cpu');
  try {
    return f();
  } finally {
    await tf.setBackend('webgl');
  }
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string) {
  expect(actual.length, what).toBe(expected.length);
  const scale = Array.from(expected).reduce((most, v) => Math.max(most, Math.abs(v)), 1e-6);
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / scale);
  expect(worst, `${what}: largest difference, relative to the largest value`).toBeLessThan(
    RELATIVE,
  );
}

/** Seeded values in [-1, 1). */
const values = (n: number, seed: number) =>
  Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 9301 + i * 49297) * 0.999);

const run = (name: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}) =>
  tf.engine().runKernel(name, inputs, attrs) as tf.Tensor;

describe('each WebGL program against the cpu backend', () => {
  it('dense with bias and ReLU, its two gradients and the column sum', async () => {
    const [batch, k, n] = [5, 7, 6];
    const x = values(batch * k, 1);
    const w = values(k * n, 2);
    const b = values(n, 3);
    const dy = values(batch * n, 4);
    const relu = values(batch * k, 5);
    const reference = await onCpu(() => ({
      forward: tf.relu(
        tf
          .tensor2d(x, [batch, k])
          .matMul(tf.tensor2d(w, [k, n]))
          .add(b),
      ),
      filter: tf.tensor2d(x, [batch, k]).matMul(tf.tensor2d(dy, [batch, n]), true, false),
      input: tf
        .tensor2d(dy, [batch, n])
        .matMul(tf.tensor2d(w, [k, n]), false, true)
        .mul(tf.tensor2d(relu, [batch, k]).greater(0).cast('float32')),
      sum: tf.tensor2d(dy, [batch, n]).sum(0),
    }));
    const ref = Object.fromEntries(
      Object.entries(reference).map(([key, t]) => [key, t.dataSync()]),
    );
    const gl = {
      forward: run(
        'FmlDense',
        { x: tf.tensor2d(x, [batch, k]), w: tf.tensor2d(w, [k, n]), b: tf.tensor1d(b) },
        { relu: true },
      ),
      filter: run('FmlDenseFilterGrad', {
        x: tf.tensor2d(x, [batch, k]),
        dy: tf.tensor2d(dy, [batch, n]),
      }),
      input: run('FmlDenseInputGrad', {
        dy: tf.tensor2d(dy, [batch, n]),
        w: tf.tensor2d(w, [k, n]),
        relu: tf.tensor2d(relu, [batch, k]),
      }),
      sum: run('FmlColumnSum', { x: tf.tensor2d(dy, [batch, n]) }),
    };
    for (const [key, t] of Object.entries(gl)) expectClose(await t.data(), ref[key], key);
  });

  it('conv2d with bias and ReLU, its filter and input gradients, the ReLU gradient', async () => {
    const [batch, h, w, c, kh, kw, o] = [2, 6, 5, 3, 3, 2, 4];
    const [oh, ow] = [h - kh + 1, w - kw + 1];
    const x = values(batch * h * w * c, 6);
    const filter = values(kh * kw * c * o, 7);
    const bias = values(o, 8);
    const dy = values(batch * oh * ow * o, 9);
    const shapes = {
      x: [batch, h, w, c] as [number, number, number, number],
      f: [kh, kw, c, o] as [number, number, number, number],
      dy: [batch, oh, ow, o] as [number, number, number, number],
    };
    const ref = await onCpu(() => {
      const xs = tf.tensor4d(x, shapes.x);
      const fs = tf.tensor4d(filter, shapes.f);
      const dys = tf.tensor4d(dy, shapes.dy);
      return {
        forward: tf.relu(tf.conv2d(xs, fs, 1, 'valid').add(bias)).dataSync(),
        filter: (
          tf
            .engine()
            .runKernel(
              'Conv2DBackpropFilter',
              { x: xs, dy: dys },
              { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: shapes.f },
            ) as tf.Tensor
        ).dataSync(),
        input: tf.conv2dTranspose(dys, fs, shapes.x, 1, 'valid').dataSync(),
        relu: tf.relu(tf.conv2d(xs, fs, 1, 'valid')).dataSync(),
      };
    });
    const forward = run(
      'FmlConv2D',
      {
        x: tf.tensor4d(x, shapes.x),
        filter: tf.tensor4d(filter, shapes.f),
        bias: tf.tensor1d(bias),
      },
      { relu: true },
    );
    expectClose(await forward.data(), ref.forward, 'forward');
    const filterGrad = run('FmlConv2DFilterGrad', {
      x: tf.tensor4d(x, shapes.x),
      dy: tf.tensor4d(dy, shapes.dy),
    });
    expectClose(await filterGrad.data(), ref.filter, 'filter gradient');
    const inputGrad = run(
      CONV2D_INPUT_GRAD,
      { dy: tf.tensor4d(dy, shapes.dy), filter: tf.tensor4d(filter, shapes.f) },
      { inputShape: shapes.x },
    );
    expectClose(await inputGrad.data(), ref.input, 'input gradient');
    const reluGrad = run('FmlReluGrad', {
      dy: tf.tensor4d(dy, shapes.dy),
      y: tf.tensor4d(ref.relu, shapes.dy),
    });
    const expected = Float32Array.from(dy, (v, i) => (ref.relu[i] > 0 ? v : 0));
    expectClose(await reluGrad.data(), expected, 'ReLU gradient');
  });

  it('the loss, its gradient and the evaluation sums by class, with a label outside the classes', async () => {
    const [batch, classes] = [6, NUM_CLASSES];
    const logits = values(batch * classes, 10).map((v) => v * 8);
    const labels = [0, 3, 9, 5, 12, 2];
    const oneHot = await onCpu(() => tf.oneHot(tf.tensor1d(labels, 'int32'), classes).dataSync());
    const ref = await onCpu(() => {
      const l = tf.tensor2d(logits, [batch, classes]);
      const y = tf.tensor2d(oneHot, [batch, classes]);
      const grad = tf.grad((z: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, z))(l);
      const perRow = tf.losses.softmaxCrossEntropy(y, l, undefined, undefined, tf.Reduction.NONE);
      const right = Array.from(tf.equal(tf.argMax(l, 1), tf.tensor1d(labels, 'int32')).dataSync());
      const byClass = Array.from({ length: classes }, (_, c) =>
        labels.reduce((n, label, r) => n + (label === c && right[r] ? 1 : 0), 0),
      );
      return {
        mean: [perRow.sum().dataSync()[0] / batch],
        grad: grad.dataSync(),
        sums: [perRow.sum().dataSync()[0], right.reduce((n, v) => n + v, 0), ...byClass],
      };
    });
    const l = tf.tensor2d(logits, [batch, classes]);
    const y = tf.tensor1d(labels, 'int32');
    expectClose(
      await run('FmlSoftmaxCrossEntropy', { logits: l, labels: y }).data(),
      ref.mean,
      'loss',
    );
    const grad = run('FmlSoftmaxCrossEntropyGrad', { logits: l, labels: y, dy: tf.scalar(1) });
    expectClose(await grad.data(), ref.grad, 'loss gradient');
    expectClose(await run('FmlEvalSums', { logits: l, labels: y }).data(), ref.sums, 'sums');
  });
});

describe('dropout on WebGL', () => {
  it('zeroes about the rate of the elements, scales the rest, and its gradient is the same mask', async () => {
    const n = 20_000;
    const x = tf.ones([n]);
    const out = await run(DROPOUT, { x }, { rate: 0.5, seed: 7 }).data();
    const zeroed = out.filter((v) => v === 0).length;
    expect(zeroed / n).toBeGreaterThan(0.48);
    expect(zeroed / n).toBeLessThan(0.52);
    expect(new Set(out)).toEqual(new Set([0, 2]));
    const again = await run(DROPOUT, { x }, { rate: 0.5, seed: 7 }).data();
    expect(Array.from(again)).toEqual(Array.from(out));
    const other = await run(DROPOUT, { x }, { rate: 0.5, seed: 8 }).data();
    expect(Array.from(other)).not.toEqual(Array.from(out));
    const dx = tf.grad((t: tf.Tensor) => run(DROPOUT, { x: t }, { rate: 0.5, seed: 7 }).sum())(x);
    expect(Array.from(await dx.data())).toEqual(Array.from(out));
  });
});

const MODELS: [string, Partial<TrainConfig>][] = [
  ['dense-100', { model: 'dense', hiddenUnits: 100 }],
  ['report CNN', { model: 'cnn', filters: 8, kernelSize: 5 }],
  ['deep CNN', { model: 'deepCnn' }],
];

/** Seeded images in [0, 1) and labels. */
function batchOf(size: number, seed: number) {
  const pixels = values(size * 784, seed).map((v) => (v + 1) / 2);
  return {
    xs: tf.tensor4d(pixels, [size, 28, 28, 1]),
    ys: tf.tensor1d(
      Array.from({ length: size }, (_, i) => (i * 7 + seed) % NUM_CLASSES),
      'int32',
    ),
  };
}

// The engine leans on TF.js (its kernel registry, compileAndRun, layer fields): if an upgrade
// broke it, a model kind would quietly train on TF.js's layers. This fails instead.
describe('the fast path each model kind gets on WebGL', () => {
  for (const [name, overrides] of MODELS)
    it(`${name}: WebGL ops, nothing left to TF.js's layers`, () => {
      const config = { ...DEFAULT_CONFIG, ...overrides };
      const model = buildModel(config);
      expect(fastPathOf(model, config)).toEqual({ engine: 'WebGL ops', why: null });
      model.dispose();
    });
  it('says why SGD is slower', () => {
    const config = { ...DEFAULT_CONFIG, optimizer: 'sgd' as const };
    const model = buildModel(config);
    expect(fastPathOf(model, config).why).toMatch(/sgd runs as TF.js’s own ops/);
    model.dispose();
  });
});

describe('a training step on WebGL against TF.js layers', () => {
  for (const [name, overrides] of MODELS)
    it(`${name}: every weighted layer runs as an op, and loss and gradients match the layers'`, async () => {
      const config = { ...DEFAULT_CONFIG, ...overrides, seed: 3 };
      const model = buildModel(config);
      const coverage = wasmOpCoverage(model);
      expect(coverage?.fallbacks).toEqual([]);
      const { xs, ys } = batchOf(8, 4);
      const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
      // Inference mode, so the deep CNN's dropout is off on both sides.
      const forward = wasmInferenceForward(model)!;
      const ops = tf.variableGrads(() => softmaxCrossEntropy(forward(xs), ys), variables);
      const layers = tf.variableGrads(
        () =>
          tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, NUM_CLASSES),
            model.apply(xs, { training: false }) as tf.Tensor,
          ) as tf.Scalar,
        variables,
      );
      expectClose(await ops.value.data(), await layers.value.data(), 'loss');
      for (const v of variables)
        expectClose(await ops.grads[v.name].data(), await layers.grads[v.name].data(), v.name);
      model.dispose();
    });
});

describe('Adam on WebGL', () => {
  it('gives the weights TF.js’s Adam gives on the cpu backend, after three steps', async () => {
    const start = values(12, 11);
    const grads = [values(12, 12), values(12, 13), values(12, 14)];
    const expected = await onCpu(() => {
      const v = tf.variable(tf.tensor1d(start), true, 'cpuAdam');
      const adam = tf.train.adam(0.01);
      for (const g of grads) adam.applyGradients([{ name: 'cpuAdam', tensor: tf.tensor1d(g) }]);
      return v.dataSync().slice();
    });
    const v = tf.variable(tf.tensor1d(start), true, 'webglAdam');
    const adam = new FusedAdamOptimizer(0.01);
    for (const g of grads) adam.applyGradients([{ name: 'webglAdam', tensor: tf.tensor1d(g) }]);
    expectClose(await v.data(), expected, 'weights');
  });
});

describe('what a WebGL step costs', () => {
  it('the counted methods exist in this TF.js', () => {
    const gpgpu = (tf.backend() as MathBackendWebGL).gpgpu as unknown as Record<string, unknown>;
    for (const name of COUNTED_METHODS) expect(typeof gpgpu[name], name).toBe('function');
  });

  const LIMITS: Record<string, number> = { 'dense-100': 30, 'report CNN': 40, 'deep CNN': 90 };
  for (const [name, overrides] of MODELS)
    it(`${name}: at most ${LIMITS[name]} programs, no reads, only the batch uploaded`, async () => {
      const config = { ...DEFAULT_CONFIG, ...overrides, seed: 3 };
      const model = buildModel(config);
      const optimizer = new FusedAdamOptimizer(config.learningRate);
      const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
      const counts = webglCounts(tf.backend() as MathBackendWebGL);
      let lossSum = tf.scalar(0);
      const step = (seed: number) => {
        const { xs, ys } = batchOf(32, seed);
        const cost = trainStep(model, optimizer, variables, xs, ys);
        const total = lossSum.add(cost) as tf.Scalar;
        tf.dispose([xs, ys, cost, lossSum]);
        lossSum = total;
      };
      step(1); // the first step makes Adam's moments and uploads the weights
      const before = { ...counts };
      const tensors = tf.memory().numTensors;
      step(2);
      const cost = countsSince(before, counts);
      expect(cost.programs).toBeLessThanOrEqual(LIMITS[name]);
      expect(cost.reads).toBe(0);
      expect(cost.uploads).toBe(2);
      expect(cost.uploadedBytes).toBe(32 * 784 * 4 + 32 * 4);
      expect(tf.memory().numTensors).toBe(tensors);
      expect(Number.isFinite((await lossSum.data())[0])).toBe(true);
      // TF.js's own layers, loss and Adam, as the app trained on WebGL before this engine.
      const layersStep = (seed: number) => {
        const { xs, ys } = batchOf(32, seed);
        const adam = tf.train.adam(config.learningRate);
        const loss = () =>
          tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, NUM_CLASSES),
            model.apply(xs, { training: true }) as tf.Tensor,
          ) as tf.Scalar;
        adam.minimize(loss, false, variables);
        const mark = { ...counts };
        adam.minimize(loss, false, variables);
        const layers = countsSince(mark, counts);
        tf.dispose([xs, ys]);
        adam.dispose();
        return layers;
      };
      const layers = layersStep(3);
      expect(cost.programs).toBeLessThan(layers.programs / 2);
      lossSum.dispose();
      optimizer.dispose();
      model.dispose();
    });
});

describe('the look inside on WebGL', () => {
  /** Random images with labels 0..9, as the dataset holds them. */
  const count = 2100;
  const pool = {
    images: Uint8Array.from(values(count * 784, 11), (v) => Math.floor((v + 1) * 128)),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  };
  const data = { pool, validationIndices: Int32Array.from({ length: 2050 }, (_, i) => 50 + i) };

  /** One evaluation point's snapshot of a model with these weights, on the active backend. */
  async function snapshotOf(config: TrainConfig, weights?: tf.Tensor[]) {
    const model = buildModel(config);
    if (weights) model.setWeights(weights.map((w) => tf.tensor(w.dataSync(), w.shape)));
    const set = makeEvalSet(pool, data.validationIndices, TAP_CHUNKS);
    const probe = await InsideProbe.start(model, data, set);
    const evaluation = await evaluate(model, set, probe.tap());
    const gradients = new Map(
      model.trainableWeights.map((w) => {
        const v = w.read() as tf.Variable;
        return [v.name, new Float32Array(v.size)] as const;
      }),
    );
    const snapshot = await probe.measure(gradients, 32);
    const kept = model.getWeights().map((w) => tf.tensor(w.dataSync(), w.shape));
    probe.dispose();
    disposeEvalSet(set);
    model.dispose();
    return { snapshot, evaluation, weights: kept };
  }

  it.each([
    ['dense', { ...DEFAULT_CONFIG, hiddenUnits: 20 }],
    ['report CNN', { ...DEFAULT_CONFIG, model: 'cnn', filters: 4, kernelSize: 2 }],
  ] as [string, TrainConfig][])(
    'places a %s’s validation images where the cpu backend does, and scores them alike',
    async (_, config) => {
      const webgl = await snapshotOf(config);
      const cpu = await onCpu(() => snapshotOf(config, webgl.weights));
      const [a, b] = [frameCoordinates(webgl.snapshot.map!), frameCoordinates(cpu.snapshot.map!)];
      const correlation = (x: number[], y: number[]) => {
        const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
        const [mx, my] = [mean(x), mean(y)];
        let [xy, xx, yy] = [0, 0, 0];
        x.forEach((v, i) => {
          xy += (v - mx) * (y[i] - my);
          xx += (v - mx) ** 2;
          yy += (y[i] - my) ** 2;
        });
        return xy / Math.sqrt(xx * yy);
      };
      expect(a.x).toHaveLength(2000);
      expect(Math.abs(correlation(a.x, b.x))).toBeGreaterThan(0.999);
      expect(a.predicted).toEqual(b.predicted);
      expect(webgl.snapshot.map!.explained[0]).toBeCloseTo(cpu.snapshot.map!.explained[0], 3);
      expect(webgl.snapshot.activations.map((l) => l.dead)).toEqual(
        cpu.snapshot.activations.map((l) => l.dead),
      );
      expect(webgl.evaluation.accuracy).toBeCloseTo(cpu.evaluation.accuracy, 5);
      tf.dispose([...webgl.weights, ...cpu.weights]);
    },
    120_000,
  );
});
