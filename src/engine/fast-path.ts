/**
 * Which training engine a run gets, and why not a faster one: said in the status and the bench,
 * never silently. The engines lean on TF.js internals (the wasm backend's memory, layer fields),
 * so a TF.js change that broke them would show as a fallback here, and fail fast-path.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import type { TrainConfig } from '../model/config';
import { denseLayers } from './wasm/wasm-dense-step';
import { activeWasm, wasmOpCoverage } from './wasm/wasm-ops';

export interface FastPath {
  engine: 'tape-free dense step' | 'wasm ops' | 'TF.js layers';
  /** Why it is not a faster engine; null on the fastest one for this model. */
  why: string | null;
}

/** The engine trainModel will use for `model` trained as `config` says, on the backend now set. */
export function fastPathOf(model: tf.LayersModel, config: TrainConfig): FastPath {
  const backend = tf.getBackend();
  if (backend !== 'wasm' || !activeWasm())
    return {
      engine: 'TF.js layers',
      why:
        backend === 'webgl'
          ? 'WebGL trains with TF.js’s own layers, loss and optimizer (no fused WebGL step yet)'
          : `the ${backend} backend has no fast path`,
    };
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

/** "wasm ops", or "wasm ops (SGD: the tape-free step takes Adam, not sgd)". */
export function describeFastPath({ engine, why }: FastPath): string {
  return why ? `${engine} (${why})` : engine;
}
