import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendName } from './protocol';

export interface BackendInfo {
  backend: BackendName;
  requested: BackendName;
  renderer: string | null;
  fallbackReason?: string;
}

const FALLBACK: BackendName = 'cpu';

/** The unmasked GPU renderer string, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader ...))". */
function webglRenderer(): string | null {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/**
 * Switches TF.js to `requested`, or says why it could not and falls back to the cpu backend.
 * Never falls back silently: the returned info carries the reason.
 */
export async function selectBackend(requested: BackendName): Promise<BackendInfo> {
  let fallbackReason: string | undefined;
  try {
    if (!(await tf.setBackend(requested)))
      fallbackReason = `The ${requested} backend could not start in this browser (no WebGL 2 context).`;
  } catch (error) {
    fallbackReason = `The ${requested} backend failed to start: ${String(error)}`;
  }
  if (fallbackReason) await tf.setBackend(FALLBACK);
  await tf.ready();
  const backend = tf.getBackend() as BackendName;
  return {
    backend,
    requested,
    renderer: backend === 'webgl' ? webglRenderer() : null,
    ...(fallbackReason ? { fallbackReason } : {}),
  };
}
