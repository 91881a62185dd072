import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { registerWebglOps } from '../engine/webgl/ops';
import type { BackendName, BackendRequest } from './protocol';
import { prepareWasm, wasmFeatures } from './wasm';

registerWebglOps();

/** What `init` chose: what the page shows, and, under `auto`, the backends each model is timed on. */
export interface BackendSelection {
  info: BackendInfo;
  /** The backends `auto` times each model shape on before it trains (both WebGL and wasm
   *  started); empty when training stays on `info.backend`. */
  timed: BackendName[];
}

export interface BackendInfo {
  backend: BackendName;
  requested: BackendRequest;
  renderer: string | null;
  reason?: string;
  fallbackReason?: string;
}

const FALLBACK: BackendName = 'cpu';
/** What a backend that declines to start most likely lacks. */
const START_FAILURES: Record<BackendName, string> = {
  webgl: 'no WebGL 2 context',
  wasm: 'its WebAssembly binary did not load or compile',
  cpu: 'unexpectedly',
};
/** Renderer strings of WebGL implementations that run on the CPU: not what `auto` decides by
 *  (it times both), but what explains a slow WebGL to the person. */
const SOFTWARE_RENDERER = /SwiftShader|llvmpipe|softpipe|Software|Basic Render/i;

/** The software renderer a WebGL renderer string names, e.g. "SwiftShader"; undefined for a GPU. */
export function softwareRenderer(renderer: string | null): string | undefined {
  return renderer ? SOFTWARE_RENDERER.exec(renderer)?.[0] : undefined;
}

/** The unmasked GPU renderer string, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader ...))". */
function webglRenderer(): string | null {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** Switches TF.js to `name`; resolves with why it could not, or null when it did. */
async function trySetBackend(name: BackendName): Promise<string | null> {
  try {
    if (name === 'wasm') await prepareWasm();
    if (await tf.setBackend(name)) {
      await tf.ready();
      return null;
    }
    return `The ${name} backend could not start in this browser (${START_FAILURES[name]}).`;
  } catch (error) {
    return `The ${name} backend failed to start: ${String(error)}`;
  }
}

function backendInfo(backend: BackendName, requested: BackendRequest, extra: object): BackendInfo {
  return {
    backend,
    requested,
    renderer: backend === 'webgl' ? webglRenderer() : null,
    ...extra,
  };
}

/**
 * Starts WebGL and wasm, both kept registered: under `auto` each model shape is timed on the two
 * before it trains (timing.ts) and trains on the faster, so the answer is measured, not guessed
 * from the renderer's name. TF.js is left on wasm until then. Where only one starts it is used
 * untimed; cpu is the last resort. The answer says why.
 */
async function selectAutomatically(): Promise<BackendSelection> {
  const webglProblem = await trySetBackend('webgl');
  const renderer = webglProblem ? null : webglRenderer();
  const wasmProblem = await trySetBackend('wasm');
  const software = softwareRenderer(renderer);
  const webgl = software
    ? `WebGL (software-rendered by ${software})`
    : `WebGL (${renderer ?? 'renderer not disclosed'})`;
  if (!webglProblem && !wasmProblem) {
    return {
      info: {
        backend: 'wasm',
        requested: 'auto',
        renderer,
        reason: `Each model is timed on ${webgl} and on wasm (${await wasmFeatures()}) before it trains, and trains on the faster.`,
      },
      timed: ['wasm', 'webgl'],
    };
  }
  if (!wasmProblem) {
    const reason = `WebGL is not available here (${webglProblem}), so training runs on wasm (${await wasmFeatures()}).`;
    return { info: backendInfo('wasm', 'auto', { reason }), timed: [] };
  }
  if (!webglProblem) {
    // Back to WebGL, in case the failed wasm start left TF.js without an active backend.
    await trySetBackend('webgl');
    const reason = `wasm is not available here (${wasmProblem}), so training runs on ${webgl}.`;
    return { info: backendInfo('webgl', 'auto', { reason }), timed: [] };
  }
  await trySetBackend(FALLBACK);
  return {
    info: backendInfo(FALLBACK, 'auto', {
      reason: `WebGL is not available here (${webglProblem}), so training runs on the CPU.`,
      fallbackReason: wasmProblem,
    }),
    timed: [],
  };
}

/**
 * Switches TF.js to `requested`, or says why it could not and falls back to the cpu backend.
 * Never falls back silently: the returned info carries the reason.
 */
export async function selectBackend(requested: BackendRequest): Promise<BackendSelection> {
  if (requested === 'auto') return selectAutomatically();
  const fallbackReason = await trySetBackend(requested);
  if (fallbackReason) await trySetBackend(FALLBACK);
  const backend = tf.getBackend() as BackendName;
  return {
    info: backendInfo(backend, requested, fallbackReason ? { fallbackReason } : {}),
    timed: [],
  };
}
