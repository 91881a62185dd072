/**
 * `node bench/eval-cost.mjs`: times one evaluation point as trainModel makes it, `evaluate` on
 * 5,000 validation images of the real Fashion-MNIST training file, on TF.js's wasm backend in
 * Node (the same V8 and .wasm as the worker), so that a change to the evaluation pass can be
 * measured before and after it.
 *
 *   node bench/eval-cost.mjs [--models dense-100,report-cnn] [--repeats 15] [--validation 5000]
 *
 * Prints per model the best and the median ms per pass, in wall time and in this process's CPU
 * time (which other processes on a busy machine disturb less).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { build } from 'rolldown';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'eval-cost', 'evaluate.mjs');
const DATA = join(ROOT, 'public', 'data', 'fashion-mnist');

const CASES = {
  'dense-100': { model: 'dense', hiddenUnits: 100 },
  'dense-5': { model: 'dense', hiddenUnits: 5 },
  'report-cnn': { model: 'cnn', filters: 32, kernelSize: 2 },
  'deep-cnn': { model: 'deepCnn' },
};

const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: 'dense-100,report-cnn' },
    repeats: { type: 'string', default: '15' },
    validation: { type: 'string', default: '5000' },
  },
  strict: true,
});
const models = args.models.split(',').map((name) => {
  if (!(name in CASES)) throw new Error(`Unknown model ${name}; known: ${Object.keys(CASES)}.`);
  return /** @type {keyof typeof CASES} */ (name);
});
const repeats = Number(args.repeats);
const validation = Number(args.validation);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats must be 1 or more.');
if (!Number.isInteger(validation) || validation < 1 || validation > 60_000)
  throw new Error('--validation must be a whole number from 1 to 60000.');

/** Bundles src/engine's evaluation into one module, TF.js left external (one engine). */
async function bundle() {
  const entry = `
    export { buildModel } from '/src/engine/builders.ts';
    export { DEFAULT_CONFIG } from '/src/model/config.ts';
    export { evaluate, makeEvalSet, disposeEvalSet } from '/src/engine/evaluate.ts';
    export { registerWasmTrainingKernels } from '/src/engine/wasm/wasm-kernels.ts';
  `;
  await mkdir(dirname(OUT), { recursive: true });
  await build({
    input: 'eval-entry',
    cwd: ROOT,
    platform: 'node',
    external: [/^@tensorflow\//],
    logLevel: 'warn',
    plugins: [
      {
        name: 'eval-entry',
        resolveId: (id) =>
          id === 'eval-entry' ? id : id.startsWith('/src/') ? join(ROOT, id) : null,
        load: (id) => (id === 'eval-entry' ? entry : null),
      },
    ],
    output: { file: OUT, format: 'esm' },
    write: true,
  });
  return import(pathToFileURL(OUT).href + `?t=${Date.now()}`);
}

/** An IDX file's payload: the bytes after its header. */
const readIdx = async (/** @type {string} */ name, /** @type {number} */ headerBytes) =>
  gunzipSync(await readFile(join(DATA, name))).subarray(headerBytes);
const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main() {
  setFlagsFromString('--experimental-wasm-relaxed-simd');
  const lib = await bundle();
  const tf = await import('@tensorflow/tfjs');
  await import('@tensorflow/tfjs-backend-wasm');
  lib.registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  await tf.ready();
  const images = await readIdx('train-images-idx3-ubyte.gz', 16);
  const labels = await readIdx('train-labels-idx1-ubyte.gz', 8);
  // The last images of the file, as many as a validation split holds.
  const start = labels.length - validation;
  const indices = Int32Array.from({ length: validation }, (_, i) => start + i);
  console.log(`TF.js ${tf.version.tfjs}, backend ${tf.getBackend()}, Node ${process.version}`);
  for (const name of models) {
    const model = lib.buildModel({ ...lib.DEFAULT_CONFIG, ...CASES[name] });
    const set = lib.makeEvalSet({ images, labels }, indices);
    await lib.evaluate(model, set); // warm-up: first use of each kernel
    const wall = [];
    const cpu = [];
    for (let r = 0; r < repeats; r++) {
      const [w0, c0] = [performance.now(), cpuMs()];
      await lib.evaluate(model, set);
      wall.push(performance.now() - w0);
      cpu.push(cpuMs() - c0);
    }
    lib.disposeEvalSet(set);
    model.dispose();
    const f = (/** @type {number} */ x) => x.toFixed(1);
    console.log(
      `${name}: ${validation} images, wall best ${f(Math.min(...wall))} median ${f(median(wall))} ms, ` +
        `cpu best ${f(Math.min(...cpu))} median ${f(median(cpu))} ms`,
    );
  }
}

await main();
