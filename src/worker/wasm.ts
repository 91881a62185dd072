/**
 * Readies TF.js's wasm backend: its binaries served from the app's own origin, the training
 * kernels it lacks, and the choice between its threaded and single-threaded SIMD builds.
 */
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerWasmTrainingKernels } from '../engine/wasm/wasm-kernels';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
registerWasmTrainingKernels();

/** TF.js's threaded build runs half as many threads as there are logical cores (at most 8). */
const CORES_PER_THREAD = 2;
const MIN_THREADS = 2;

/**
 * Whether this worker may start a worker from a blob: URL that runs a blob: script, as the
 * threaded build's helper threads do. A Content-Security-Policy without `blob:` in
 * `worker-src` and `script-src` forbids it.
 */
function blobScriptsAllowed(): Promise<boolean> {
  const script = (text: string) =>
    URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  const inner = script('');
  const outer = script(`importScripts(${JSON.stringify(inner)}); postMessage(true);`);
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    const finish = (allowed: boolean) => {
      worker?.terminate();
      URL.revokeObjectURL(inner);
      URL.revokeObjectURL(outer);
      resolve(allowed);
    };
    try {
      worker = new Worker(outer);
      worker.onmessage = () => finish(true);
      worker.onerror = (event) => {
        event.preventDefault();
        finish(false);
      };
    } catch {
      finish(false);
    }
  });
}

/** Why the threaded build would not run more than one thread here, or null when it would. */
async function threadsProblem(): Promise<string | null> {
  if (globalThis.crossOriginIsolated !== true)
    return 'the page is not cross-origin isolated (it needs the COOP and COEP headers)';
  const cores = navigator.hardwareConcurrency;
  if (Math.floor(cores / CORES_PER_THREAD) < MIN_THREADS)
    return `TF.js gives wasm half of the ${cores} logical cores`;
  if (!(await blobScriptsAllowed()))
    return "the Content-Security-Policy does not allow the threaded build's blob: scripts";
  return null;
}

let threadsDecision: Promise<string | null> | null = null;

/**
 * Decides, once and before the wasm backend starts, whether it loads the threaded build;
 * resolves with why not (null when it does). The single-threaded SIMD build is the same code
 * without the helper workers, so it is used wherever threads would not help or could not start.
 */
export function prepareWasm(): Promise<string | null> {
  threadsDecision ??= threadsProblem().then((problem) => {
    if (problem) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    return problem;
  });
  return threadsDecision;
}

/** What the running wasm backend uses, e.g. "SIMD, 2 threads" or "SIMD, one thread: ...". */
export async function wasmFeatures(): Promise<string> {
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'SIMD' : 'no SIMD';
  const threads = getThreadsCount();
  if (threads > 1) return `${simd}, ${threads} threads`;
  const why = await prepareWasm();
  return `${simd}, one thread${why ? ` because ${why}` : ''}`;
}
