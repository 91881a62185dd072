/** Watching for, and (for the end-to-end tests) causing, the faults the worker must survive. */
import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

type Context = WebGLRenderingContext & { canvas: EventTarget };

/** The started WebGL backend's context, whether or not it is the active backend (`auto` keeps
 *  it to time each model on, and a model trained on it keeps its weights there). */
function webglContext(): Context | null {
  const webgl = tf.engine().registry.webgl as MathBackendWebGL | undefined;
  return (webgl?.gpgpu?.gl as unknown as Context) ?? null;
}

/** Calls `onLost` once if the WebGL context TF.js draws with is lost (driver reset, GPU gone). */
export function watchContextLoss(onLost: () => void): void {
  const canvas = webglContext()?.canvas;
  canvas?.addEventListener('webglcontextlost', () => onLost(), { once: true });
}

/** Loses the WebGL context on purpose through WEBGL_lose_context; false where there is none. */
export function loseWebglContext(): boolean {
  const extension = webglContext()?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}

/** Throws outside any promise chain, as a real bug would, so the worker's error event fires. */
export function crashWorker(): void {
  setTimeout(() => {
    throw new Error('The training worker crashed (simulated).');
  });
}

/** Ends the worker from inside, as a browser ending it would: no error event, no message. */
export function closeWorker(): void {
  (globalThis as unknown as { close(): void }).close();
}
