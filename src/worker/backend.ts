import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendName, BackendRequest } from './protocol';
import { prepareWasm, wasmFeatures } from './wasm';

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
/** Renderer strings of WebGL implementations that run on the CPU. */
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
 * WebGL where a hardware GPU renders it; otherwise wasm, which trains every model faster than
 * software WebGL or the cpu backend; cpu as the last resort. The answer says why.
 */
async function selectAutomatically(): Promise<BackendInfo> {
  const webglProblem = await trySetBackend('webgl');
  let why: string;
  if (webglProblem) {
    why = `WebGL is not available here (${webglProblem})`;
  } else {
    const renderer = webglRenderer();
    const software = softwareRenderer(renderer);
    if (!software)
      return backendInfo('webgl', 'auto', {
        reason: `WebGL runs on a hardware GPU here (${renderer ?? 'renderer not disclosed'}), the fastest backend.`,
      });
    why = `WebGL is software-rendered here (${software})`;
  }
  // Frees the software renderer's context; a worker picks its backend once.
  if (!webglProblem) tf.removeBackend('webgl');
  const wasmProblem = await trySetBackend('wasm');
  if (!wasmProblem)
    return backendInfo('wasm', 'auto', {
      reason: `${why}, so training runs on wasm (${await wasmFeatures()}), which is faster on this CPU.`,
    });
  await trySetBackend(FALLBACK);
  return backendInfo(FALLBACK, 'auto', {
    reason: `${why}, so training runs on the CPU.`,
    fallbackReason: wasmProblem,
  });
}

/**
 * Switches TF.js to `requested`, or says why it could not and falls back to the cpu backend.
 * Never falls back silently: the returned info carries the reason.
 */
export async function selectBackend(requested: BackendRequest): Promise<BackendInfo> {
  if (requested === 'auto') return selectAutomatically();
  const fallbackReason = await trySetBackend(requested);
  if (fallbackReason) await trySetBackend(FALLBACK);
  const backend = tf.getBackend() as BackendName;
  return backendInfo(backend, requested, fallbackReason ? { fallbackReason } : {});
}
