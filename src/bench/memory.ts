/**
 * Memory samples of the app's training worker: TF.js's own figures from the worker's `memory`
 * request, and the worker's JS heap. Chromium gives a dedicated worker no heap figure of its own
 * (`performance.memory` exists only on windows), so the page measures it with
 * `performance.measureUserAgentSpecificMemory()`, which a cross-origin isolated page may call and
 * which attributes live bytes (ArrayBuffers such as the wasm heap included) to each worker by
 * its script URL. Chromium answers at its next garbage collection, up to 20 s later, unless
 * started with `--enable-blink-features=ForceEagerMeasureMemory`, as `npm run bench` does.
 */
import type { TrainerClient } from '../worker/client';
import type { MemorySample } from './report';

/** Longest the page waits for the heap measurement before leaving it out. */
const HEAP_TIMEOUT_MS = 30_000;
/** The app's training worker's script: `assets/train.worker-<hash>.js`, or the source in dev. */
const TRAINER_SCRIPT = /train\.worker/;

interface UserAgentMemory {
  bytes: number;
  breakdown: { bytes: number; attribution: { url?: string; scope?: string }[] }[];
}
type MeasuringPerformance = Performance & {
  measureUserAgentSpecificMemory?: () => Promise<UserAgentMemory>;
};

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Live bytes the browser attributes to dedicated workers whose script URL matches `script`;
 * null where the API is missing, fails, times out, or names no such worker.
 */
export async function workerHeapBytes(script: RegExp = TRAINER_SCRIPT): Promise<number | null> {
  const perf = performance as MeasuringPerformance;
  if (!globalThis.crossOriginIsolated || typeof perf.measureUserAgentSpecificMemory !== 'function')
    return null;
  const measured = await withTimeout(
    perf.measureUserAgentSpecificMemory().catch(() => null),
    HEAP_TIMEOUT_MS,
    null,
  );
  if (!measured) return null;
  const entries = measured.breakdown.filter((entry) =>
    entry.attribution.some(
      (a) => a.scope === 'DedicatedWorkerGlobalScope' && script.test(a.url ?? ''),
    ),
  );
  return entries.length > 0 ? entries.reduce((sum, entry) => sum + entry.bytes, 0) : null;
}

/**
 * One sample, taken while a run trains (the worker answers between two steps). `running` tells
 * whether the run was still training when the worker's answer arrived; a sample answered after
 * the run's end resolves to null. `heap` false leaves the JS heap out: measuring it runs a
 * garbage collection in the worker, which would slow a timed run.
 */
export async function sampleMemory(
  client: TrainerClient,
  step: number,
  running: () => boolean,
  heap: boolean,
): Promise<MemorySample | null> {
  const answered = client.call('memory', {}).then((answer) => ({ answer, running: running() }));
  const [{ answer, running: inRun }, pageHeap] = await Promise.all([
    answered,
    heap ? workerHeapBytes() : Promise.resolve(null),
  ]);
  if (!inRun) return null;
  const jsHeapBytes = answer.jsHeapBytes ?? pageHeap;
  const heapSource = answer.jsHeapBytes !== null ? 'worker' : pageHeap !== null ? 'page' : null;
  return { step, ...answer, jsHeapBytes, heapSource };
}
