/**
 * `node bench/profile-step.mjs`: times the app's training step on TF.js's wasm backend in Node
 * (the same V8 and the same .wasm as the worker) and breaks it down by kernel.
 *
 *   node bench/profile-step.mjs [--models dense-100,report-cnn,dense-5,deep-cnn] [--steps 300]
 *                               [--warmup 30] [--repeats 3] [--paths app,taped,layers]
 *                               [--clock cpu|wall] [--no-relaxed] [--no-profile]
 *
 * It bundles src/model with rolldown (TF.js stays external, so there is one engine), trains on
 * the real Fashion-MNIST training images at batch 32 and prints ms/step and examples/s (best
 * and median of the repeats, in wall time and in this process's CPU time, which a busy machine
 * disturbs less), then one profiled pass: each kernel's own time (its children's excluded), its
 * calls per step, and what is left for TF.js's engine, tape and the JavaScript around kernels.
 *
 * --paths  app:    the app's step as trainModel runs it: the tape-free dense step of
 *                  src/model/wasm-dense-step.ts where it applies, else `trainStep`;
 *          taped:  `trainStep` in src/model/train.ts (wasm-ops.ts on TF.js's tape) always;
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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'profile-step', 'model.mjs');
const DATA = join(ROOT, 'public', 'data', 'fashion-mnist');
const BATCH = 32;

const CASES = {
  'dense-100': { model: 'dense', hiddenUnits: 100 },
  'dense-5': { model: 'dense', hiddenUnits: 5 },
  'report-cnn': { model: 'cnn', filters: 32, kernelSize: 2 },
  'deep-cnn': { model: 'deepCnn' },
};

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

/** Bundles what the profile needs from src/ into one module, TF.js left external. */
async function bundleModel() {
  const entry = `
    export { buildModel, NUM_CLASSES } from '/src/model/builders.ts';
    export { DEFAULT_CONFIG } from '/src/model/config.ts';
    export { OPTIMIZER_FACTORIES } from '/src/model/optimizers.ts';
    export { trainStep } from '/src/model/train.ts';
    export { denseStep } from '/src/model/wasm-dense-step.ts';
    export { BatchSampler } from '/src/model/batches.ts';
    export { mulberry32 } from '/src/data/split.ts';
    export { registerWasmTrainingKernels } from '/src/model/wasm-kernels.ts';
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
  return import(pathToFileURL(OUT).href + `?t=${Date.now()}`);
}

/** An IDX file's payload: the bytes after its header. */
async function readIdx(name, headerBytes) {
  return gunzipSync(await readFile(join(DATA, name))).subarray(headerBytes);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds on the chosen clock. */
const now =
  args.clock === 'wall'
    ? () => performance.now()
    : () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };

/**
 * Wraps every wasm kernel so that it records its inclusive time; a kernel built from other
 * kernels (the app's replacements are) has its children's time taken off its own.
 */
function instrumentKernels(tf) {
  const stats = new Map();
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
          if (stack.length) stack.at(-1).children += elapsed;
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
  const [steps, warmup, repeats] = ['steps', 'warmup', 'repeats'].map((k) => Number(args[k]));

  /** The step before wasm-ops.ts and fused-adam.ts. */
  const layersStep = (model, optimizer, variables, xs, ys) =>
    optimizer.minimize(
      () =>
        tf.losses.softmaxCrossEntropy(
          tf.oneHot(ys, lib.NUM_CLASSES),
          model.apply(xs, { training: true }),
        ),
      true,
      variables,
    );
  /** What trainModel runs: the tape-free dense step where it applies, else trainStep. */
  const tapeFree = new WeakMap();
  const appStep = (model, optimizer, variables, xs, ys) => {
    if (!tapeFree.has(model)) tapeFree.set(model, lib.denseStep(model, optimizer, BATCH));
    const step = tapeFree.get(model);
    return step ? tf.scalar(step.step(xs, ys)) : lib.trainStep(model, optimizer, variables, xs, ys);
  };
  const appOptimizer = (config) => lib.OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
  const PATHS = {
    app: { step: appStep, optimizer: appOptimizer },
    taped: { step: lib.trainStep, optimizer: appOptimizer },
    layers: { step: layersStep, optimizer: (config) => tf.train.adam(config.learningRate) },
  };

  for (const name of args.models.split(',')) {
    if (!CASES[name]) throw new Error(`Unknown model ${name}; known: ${Object.keys(CASES)}.`);
    for (const path of args.paths.split(','))
      if (!PATHS[path]) throw new Error(`Unknown path ${path}; known: ${Object.keys(PATHS)}.`);
    const config = { ...lib.DEFAULT_CONFIG, ...CASES[name], batchSize: BATCH, seed: 1 };
    const runs = args.paths.split(',').map((path) => {
      const model = lib.buildModel(config);
      const optimizer = PATHS[path].optimizer(config);
      const variables = model.trainableWeights.map((w) => w.read());
      const sampler = new lib.BatchSampler(pool, indices, BATCH, lib.mulberry32(1));
      const state = {
        path,
        model,
        optimizer,
        lossSum: tf.scalar(0),
        stepsDone: 0,
        wall: [],
        cpu: [],
      };
      state.phases = { batch: 0, update: 0, updateKernels: 0 };
      const apply = optimizer.applyGradients.bind(optimizer);
      optimizer.applyGradients = (grads) => {
        const start = now();
        const kernelsBefore = profiler?.totals.top ?? 0;
        apply(grads);
        state.phases.update += now() - start;
        state.phases.updateKernels += (profiler?.totals.top ?? 0) - kernelsBefore;
      };
      state.run = (n) => {
        for (let i = 0; i < n; i++) {
          const batchStart = now();
          const { xs, ys } = sampler.next();
          state.phases.batch += now() - batchStart;
          const cost = PATHS[path].step(model, optimizer, variables, xs, ys);
          const total = state.lossSum.add(cost);
          tf.dispose([xs, ys, cost, state.lossSum]);
          state.lossSum = total;
        }
        state.stepsDone += n;
        state.lossSum.dataSync();
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
          `${name} [${r.path}] profiled (${args.clock} time): ${(wall / steps).toFixed(3)} ms/step; kernels ${(kernelTotal / steps).toFixed(3)} ms/step ` +
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
      r.lossSum.dispose();
      r.optimizer.dispose();
      r.model.dispose();
    }
  }
}

await main();
