/**
 * Which training engine a run gets, and why not a faster one: said in the status and the bench,
 * never silently. The engines lean on TF.js internals (the wasm backend's memory, layer fields),
 * so a TF.js change that broke them would show as a fallback here, and fail fast-path.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import type { TrainConfig } from '../model/config';
import { denseLayers } from './wasm/wasm-dense-step';
import { activeWasm, opsRunHere, wasmOpCoverage } from './wasm/wasm-ops';

export interface FastPath {
  engine: 'tape-free dense step' | 'wasm ops' | 'WebGL ops' | 'TF.js layers';
  /** Why it is not a faster engine; null on the fastest one for this model. */
  why: string | null;
}

/** The engine trainModel will use for `model` trained as `config` says, on the backend now set. */
export function fastPathOf(model: tf.LayersModel, config: TrainConfig): FastPath {
  const backend = tf.getBackend();
  if (backend === 'webgl') return webglPathOf(model, config);
  if (backend !== 'wasm' || !activeWasm())
    return { engine: 'TF.js layers', why: `the ${backend} backend has no fast path` };
  const coverage = wasmOpCoverage(model);
  if (!coverage) return { engine: 'TF.js layers', why: 'the model is not a plain stack of layers' };
  if (coverage.fallbacks.length > 0)
    return {
      engine: 'wasm ops',
      why: `${coverage.fallbacks.join(', ')} ran as TF.js layers: no wasm op for their settings`,
    };
  if (config.model !== 'dense') return { engine: 'wasm ops', why: null };
  if (!denseLayers(model))
    return {
      engine: 'wasm ops',
      why: `the tape-free step takes a ReLU dense net, not ${config.activation}`,
    };
  if (config.optimizer !== 'adam')
    return { engine: 'wasm ops', why: `the tape-free step takes Adam, not ${config.optimizer}` };
  return { engine: 'tape-free dense step', why: null };
}

/** The WebGL engine (webgl/ops.ts): its programs for the layers, and Adam in three per variable. */
function webglPathOf(model: tf.LayersModel, config: TrainConfig): FastPath {
  const coverage = opsRunHere() ? wasmOpCoverage(model) : null;
  if (!coverage)
    return {
      engine: 'TF.js layers',
      why: opsRunHere()
        ? 'the model is not a plain stack of layers'
        : 'the WebGL engine’s kernels are not registered',
    };
  if (coverage.fallbacks.length > 0)
    return {
      engine: 'WebGL ops',
      why: `${coverage.fallbacks.join(', ')} ran as TF.js layers: no WebGL op for their settings`,
    };
  if (config.optimizer !== 'adam')
    return {
      engine: 'WebGL ops',
      why: `Adam is fused into three programs per variable; ${config.optimizer} runs as TF.js’s own ops`,
    };
  return { engine: 'WebGL ops', why: null };
}

/** "wasm ops", or "wasm ops (SGD: the tape-free step takes Adam, not sgd)". */
export function describeFastPath({ engine, why }: FastPath): string {
  return why ? `${engine} (${why})` : engine;
}
