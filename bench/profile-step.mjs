/**
 * `node bench/profile-step.mjs`: times the app's training step on TF.js's wasm backend in Node
 * (the same V8 and the same .wasm as the worker) and breaks it down by kernel.
 *
 *   node bench/profile-step.mjs [--models dense-100,report-cnn,dense-5,deep-cnn] [--steps 300]
 *                               [--warmup 30] [--repeats 3] [--paths app,taped,layers]
 *                               [--clock cpu|wall] [--no-relaxed] [--no-profile]
 *
 * It bundles src/engine with rolldown (TF.js stays external, so there is one engine), trains on
 * the real Fashion-MNIST training images at batch 32 and prints ms/step and examples/s (best
 * and median of the repeats, in wall time and in this process's CPU time, which a busy machine
 * disturbs less), then one profiled pass: each kernel's own time (its children's excluded), its
 * calls per step, and what is left for TF.js's engine, tape and the JavaScript around kernels.
 *
 * --paths  app:    the app's step as trainModel runs it: the tape-free dense step of
 *                  src/engine/wasm/wasm-dense-step.ts where it applies, else `trainStep`;
 *          taped:  `trainStep` in src/engine/train.ts (wasm-ops.ts on TF.js's tape) always;
 *          layers: the step as it was before wasm-ops.ts and fused-adam.ts, for comparison:
 *                  model.apply, tf.losses.softmaxCrossEntropy and tf.train.adam (with the
 *                  wasm kernels of wasm-kernels.ts still registered).
 * Paths alternate repeat by repeat, so both see the same load.
 * --no-relaxed  leaves relaxed SIMD off, as in browsers without it (Node 20 has it behind a
 *          flag, which this script sets, as current browsers run it)
 * --clock  cpu (default): the profiled pass times everything in this process's CPU time, which
 *          leaves out the time other processes hold the core; wall: in elapsed time.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { build } from 'rolldown';

/** @typedef {typeof import('@tensorflow/tfjs')} TF */
/** @typedef {import('@tensorflow/tfjs').Tensor} Tensor */
/** @typedef {import('@tensorflow/tfjs').Scalar} Scalar */
/** @typedef {import('@tensorflow/tfjs').Variable} Variable */
/** @typedef {import('@tensorflow/tfjs').Optimizer} Optimizer */
/** @typedef {import('@tensorflow/tfjs').LayersModel} LayersModel */
/** @typedef {import('../src/model/config').TrainConfig} TrainConfig */
/** @typedef {import('../src/engine/wasm/wasm-dense-step').DenseStep} DenseStep */
/**
 * What `bundleModel` exports: the same names from the same modules of src/.
 * @typedef {Pick<typeof import('../src/engine/builders'), 'buildModel' | 'NUM_CLASSES'>
 *   & Pick<typeof import('../src/model/config'), 'DEFAULT_CONFIG'>
 *   & Pick<typeof import('../src/engine/optimizers'), 'OPTIMIZER_FACTORIES'>
 *   & Pick<typeof import('../src/engine/train'), 'trainStep'>
 *   & Pick<typeof import('../src/engine/wasm/wasm-dense-step'), 'denseStep'>
 *   & Pick<typeof import('../src/engine/batches'), 'BatchSampler'>
 *   & Pick<typeof import('../src/data/split'), 'mulberry32'>
 *   & Pick<typeof import('../src/engine/wasm/wasm-kernels'), 'registerWasmTrainingKernels'>
 * } ModelLib
 */
/**
 * One training step on a batch: its loss, on device.
 * @typedef {(model: LayersModel, optimizer: Optimizer, variables: Variable[], xs: Tensor,
 *   ys: Tensor) => Scalar} Step
 */
/**
 * A way to train (see --paths): its step and the optimizer it steps with.
 * @typedef {{ step: Step, optimizer: (config: TrainConfig) => Optimizer }} TrainPath
 */
/**
 * One path's model on one case, and what its steps measured.
 * @typedef {object} PathRun
 * @property {PathName} path
 * @property {LayersModel} model
 * @property {Optimizer} optimizer
 * @property {Scalar} lossSum the loss summed over every step taken, on device
 * @property {number} stepsDone
 * @property {number[]} wall ms/step of each repeat, elapsed
 * @property {number[]} cpu ms/step of each repeat, in this process's CPU time
 * @property {{ batch: number, update: number, updateKernels: number }} phases ms on the chosen
 *   clock since the last reset: making batches, the optimizer's update and the kernels in it
 * @property {(n: number) => void} run takes `n` steps
 */
/** @typedef {{ calls: number, own: number, top: number }} KernelStats */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'profile-step', 'model.mjs');
const DATA = join(ROOT, 'public', 'data', 'fashion-mnist');
const BATCH = 32;

const CASES = /** @satisfies {Record<string, Partial<TrainConfig>>} */ ({
  'dense-100': { model: 'dense', hiddenUnits: 100 },
  'dense-5': { model: 'dense', hiddenUnits: 5 },
  'report-cnn': { model: 'cnn', filters: 32, kernelSize: 2 },
  'deep-cnn': { model: 'deepCnn' },
});
/** @typedef {keyof typeof CASES} CaseName */
const CASE_NAMES = /** @type {CaseName[]} */ (Object.keys(CASES));
const PATH_NAMES = /** @type {const} */ (['app', 'taped', 'layers']);
/** @typedef {(typeof PATH_NAMES)[number]} PathName */
const CLOCKS = /** @type {const} */ (['cpu', 'wall']);

const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: 'dense-100,report-cnn' },
    steps: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    repeats: { type: 'string', default: '3' },
    paths: { type: 'string', default: 'app' },
    clock: { type: 'string', default: 'cpu' },
    'no-relaxed': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
  strict: true,
});

/**
 * The comma-separated names of `list`, each one of `known`; throws on any other.
 * @template {string} K
 * @param {string} list
 * @param {readonly K[]} known
 * @param {string} what
 * @returns {K[]}
 */
function parseNames(list, known, what) {
  return list.split(',').map((name) => {
    const found = known.find((k) => k === name);
    if (found === undefined)
      throw new Error(`Unknown ${what} ${name}; known: ${known.join(', ')}.`);
    return found;
  });
}

/**
 * The whole number of option `name`, at least `min`; throws on anything else.
 * @param {'steps' | 'warmup' | 'repeats'} name
 * @param {number} min
 */
function parseCount(name, min) {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number of at least ${min}; got "${args[name]}".`);
  return value;
}

const models = parseNames(args.models, CASE_NAMES, 'model');
const paths = parseNames(args.paths, PATH_NAMES, 'path');
const [clock] = parseNames(args.clock, CLOCKS, 'clock');
const steps = parseCount('steps', 1);
const warmup = parseCount('warmup', 0);
const repeats = parseCount('repeats', 1);

/** Bundles what the profile needs from src/ into one module, TF.js left external. */
async function bundleModel() {
  const entry = `
    export { buildModel, NUM_CLASSES } from '/src/engine/builders.ts';
    export { DEFAULT_CONFIG } from '/src/model/config.ts';
    export { OPTIMIZER_FACTORIES } from '/src/engine/optimizers.ts';
    export { trainStep } from '/src/engine/train.ts';
    export { denseStep } from '/src/engine/wasm/wasm-dense-step.ts';
    export { BatchSampler } from '/src/engine/batches.ts';
    export { mulberry32 } from '/src/data/split.ts';
    export { registerWasmTrainingKernels } from '/src/engine/wasm/wasm-kernels.ts';
  `;
  await mkdir(dirname(OUT), { recursive: true });
  await build({
    input: 'profile-entry',
    cwd: ROOT,
    platform: 'node',
    external: [/^@tensorflow\//],
    logLevel: 'warn',
    plugins: [
      {
        name: 'profile-entry',
        resolveId: (id) =>
          id === 'profile-entry' ? id : id.startsWith('/src/') ? join(ROOT, id) : null,
        load: (id) => (id === 'profile-entry' ? entry : null),
      },
    ],
    output: { file: OUT, format: 'esm' },
    write: true,
  });
  return /** @type {Promise<ModelLib>} */ (import(pathToFileURL(OUT).href + `?t=${Date.now()}`));
}

/**
 * An IDX file's payload: the bytes after its header.
 * @param {string} name
 * @param {number} headerBytes
 */
async function readIdx(name, headerBytes) {
  return gunzipSync(await readFile(join(DATA, name))).subarray(headerBytes);
}

const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds on the chosen clock. */
const now =
  clock === 'wall'
    ? () => performance.now()
    : () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };

/**
 * Wraps every wasm kernel so that it records its inclusive time; a kernel built from other
 * kernels (the app's replacements are) has its children's time taken off its own.
 * @param {TF} tf
 */
function instrumentKernels(tf) {
  /** @type {Map<string, KernelStats>} */
  const stats = new Map();
  /** @type {{ children: number }[]} */
  const stack = [];
  let on = false;
  const totals = { top: 0 };
  for (const kernel of tf.getKernelsForBackend('wasm')) {
    const inner = kernel.kernelFunc;
    tf.unregisterKernel(kernel.kernelName, 'wasm');
    tf.registerKernel({
      ...kernel,
      kernelFunc: (params) => {
        if (!on) return inner(params);
        const frame = { children: 0 };
        stack.push(frame);
        const start = now();
        try {
          return inner(params);
        } finally {
          const elapsed = now() - start;
          stack.pop();
          const parent = stack.at(-1);
          if (parent) parent.children += elapsed;
          const shapes = Object.values(params.inputs)
            .map((t) => (t ? `[${t.shape}]` : '-'))
            .join(' ');
          const key = `${kernel.kernelName} ${shapes}`;
          const entry = stats.get(key) ?? { calls: 0, own: 0, top: 0 };
          entry.calls++;
          entry.own += elapsed - frame.children;
          if (!stack.length) {
            entry.top += elapsed;
            totals.top += elapsed;
          }
          stats.set(key, entry);
        }
      },
    });
  }
  return {
    stats,
    totals,
    start() {
      stats.clear();
      on = true;
    },
    stop() {
      on = false;
    },
  };
}

async function main() {
  if (!args['no-relaxed']) setFlagsFromString('--experimental-wasm-relaxed-simd');
  const lib = await bundleModel();
  const tf = await import('@tensorflow/tfjs');
  await import('@tensorflow/tfjs-backend-wasm');
  lib.registerWasmTrainingKernels();
  const profiler = args['no-profile'] ? null : instrumentKernels(tf);
  await tf.setBackend('wasm');
  await tf.ready();
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  console.log(
    `TF.js ${tf.version.tfjs}, backend ${tf.getBackend()}, SIMD ${simd}, Node ${process.version}`,
  );

  const images = await readIdx('train-images-idx3-ubyte.gz', 16);
  const labels = await readIdx('train-labels-idx1-ubyte.gz', 8);
  const pool = { images, labels };
  const indices = Int32Array.from({ length: labels.length }, (_, i) => i);

  /** The step before wasm-ops.ts and fused-adam.ts. @type {Step} */
  const layersStep = (model, optimizer, variables, xs, ys) => {
    const cost = optimizer.minimize(
      () =>
        /** @type {Scalar} */ (
          tf.losses.softmaxCrossEntropy(
            tf.oneHot(ys, lib.NUM_CLASSES),
            /** @type {Tensor} */ (model.apply(xs, { training: true })),
          )
        ),
      true,
      variables,
    );
    if (!cost) throw new Error('minimize returned no cost, though asked for it.');
    return cost;
  };
  /**
   * Each model's tape-free dense step, or null where it does not apply.
   * @type {WeakMap<LayersModel, DenseStep | null>}
   */
  const tapeFree = new WeakMap();
  /** What trainModel runs: the tape-free dense step where it applies, else trainStep. @type {Step} */
  const appStep = (model, optimizer, variables, xs, ys) => {
    let step = tapeFree.get(model);
    if (step === undefined) {
      step = lib.denseStep(model, optimizer, BATCH);
      tapeFree.set(model, step);
    }
    return step ? tf.scalar(step.step(xs, ys)) : lib.trainStep(model, optimizer, variables, xs, ys);
  };
  /** @param {TrainConfig} config */
  const appOptimizer = (config) => lib.OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
  /** @type {Record<PathName, TrainPath>} */
  const PATHS = {
    app: { step: appStep, optimizer: appOptimizer },
    taped: { step: lib.trainStep, optimizer: appOptimizer },
    layers: { step: layersStep, optimizer: (config) => tf.train.adam(config.learningRate) },
  };

  for (const name of models) {
    /** @type {TrainConfig} */
    const config = { ...lib.DEFAULT_CONFIG, ...CASES[name], batchSize: BATCH, seed: 1 };
    const runs = paths.map((path) => {
      const model = lib.buildModel(config);
      const optimizer = PATHS[path].optimizer(config);
      // LayerVariable.read() is typed Tensor but returns the layer's tf.Variable.
      const variables = model.trainableWeights.map((w) => /** @type {Variable} */ (w.read()));
      const sampler = new lib.BatchSampler(pool, indices, BATCH, lib.mulberry32(1));
      /** @type {PathRun} */
      const state = {
        path,
        model,
        optimizer,
        lossSum: tf.scalar(0),
        stepsDone: 0,
        wall: [],
        cpu: [],
        phases: { batch: 0, update: 0, updateKernels: 0 },
        run: (n) => {
          for (let i = 0; i < n; i++) {
            const batchStart = now();
            const { xs, ys } = sampler.next();
            state.phases.batch += now() - batchStart;
            const cost = PATHS[path].step(model, optimizer, variables, xs, ys);
            const total = /** @type {Scalar} */ (state.lossSum.add(cost));
            tf.dispose([xs, ys, cost, state.lossSum]);
            state.lossSum = total;
          }
          state.stepsDone += n;
          state.lossSum.dataSync();
        },
      };
      const apply = optimizer.applyGradients.bind(optimizer);
      optimizer.applyGradients = (grads) => {
        const start = now();
        const kernelsBefore = profiler?.totals.top ?? 0;
        apply(grads);
        state.phases.update += now() - start;
        state.phases.updateKernels += (profiler?.totals.top ?? 0) - kernelsBefore;
      };
      return state;
    });
    for (const r of runs) r.run(warmup);
    const tensors = tf.memory().numTensors;
    for (let rep = 0; rep < repeats; rep++)
      for (const r of runs) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        r.run(steps);
        const cpu = process.cpuUsage(cpuStart);
        r.wall.push((performance.now() - start) / steps);
        r.cpu.push((cpu.user + cpu.system) / 1000 / steps);
      }
    const leaked = tf.memory().numTensors - tensors;
    for (const r of runs) {
      /**
       * @param {string} label
       * @param {number[]} times
       */
      const summary = (label, times) => {
        const best = Math.min(...times);
        const mid = median(times);
        return `${label} ${best.toFixed(3)} ms/step best (${((BATCH * 1000) / best).toFixed(0)} ex/s), ${mid.toFixed(3)} median (${((BATCH * 1000) / mid).toFixed(0)} ex/s)`;
      };
      console.log(
        `\n${name} [${r.path}]: ${summary('wall', r.wall)}; ${summary('cpu', r.cpu)}; ` +
          `${steps} steps x ${repeats}; mean loss ${(r.lossSum.dataSync()[0] / r.stepsDone).toFixed(3)}; ` +
          `tensors leaked ${leaked}`,
      );
    }

    if (profiler)
      for (const r of runs) {
        profiler.start();
        r.phases.batch = r.phases.update = r.phases.updateKernels = 0;
        const start = now();
        r.run(steps);
        const wall = now() - start;
        profiler.stop();
        const { batch, update, updateKernels } = r.phases;
        const rows = [...profiler.stats].sort((a, b) => b[1].own - a[1].own);
        const kernelTotal = rows.reduce((s, [, e]) => s + e.top, 0);
        const calls = rows.reduce((s, [, e]) => s + e.calls, 0);
        console.log(
          `${name} [${r.path}] profiled (${clock} time): ${(wall / steps).toFixed(3)} ms/step; kernels ${(kernelTotal / steps).toFixed(3)} ms/step ` +
            `in ${(calls / steps).toFixed(1)} calls (optimizer update ${(update / steps).toFixed(3)} ms/step, kernels ` +
            `included; making the batch ${(batch / steps).toFixed(3)}); the rest (engine, tape and JS) ` +
            `${((wall - kernelTotal - batch - update + updateKernels) / steps).toFixed(3)} ms/step`,
        );
        console.log('  own ms/step  calls/step  kernel and input shapes');
        for (const [key, e] of rows.slice(0, 30))
          console.log(
            `  ${(e.own / steps).toFixed(4).padStart(11)}  ${(e.calls / steps).toFixed(1).padStart(10)}  ${key}`,
          );
      }
    for (const r of runs) {
      tapeFree.get(r.model)?.dispose();
      r.lossSum.dispose();
      r.optimizer.dispose();
      r.model.dispose();
    }
  }
}

await main();
