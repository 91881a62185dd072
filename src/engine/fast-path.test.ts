import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from './builders';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { describeFastPath, fastPathOf } from './fast-path';
import { registerWasmTrainingKernels } from './wasm/wasm-kernels';

setFlagsFromString('--experimental-wasm-relaxed-simd');

const engineOf = (config: Partial<TrainConfig>) => {
  const full = { ...DEFAULT_CONFIG, ...config };
  const model = buildModel(full);
  try {
    return fastPathOf(model, full);
  } finally {
    model.dispose();
  }
};

// The engines reach into TF.js's internals; if an upgrade moved a field they read, a model
// kind would quietly train on TF.js's layers (several times slower). This fails instead.
describe('the fast path each model kind gets on wasm', () => {
  beforeAll(async () => {
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is the tape-free step for the dense net with ReLU and Adam, and ops for the CNNs', () => {
    expect(engineOf({ model: 'dense' })).toEqual({ engine: 'tape-free dense step', why: null });
    expect(engineOf({ model: 'cnn', filters: 8, kernelSize: 3 })).toEqual({
      engine: 'wasm ops',
      why: null,
    });
    expect(engineOf({ model: 'deepCnn' })).toEqual({ engine: 'wasm ops', why: null });
  });

  it('says why a setting leaves the faster engine', () => {
    expect(describeFastPath(engineOf({ model: 'dense', optimizer: 'sgd' }))).toBe(
      'wasm ops (the tape-free step takes Adam, not sgd)',
    );
    expect(engineOf({ model: 'dense', activation: 'leakyRelu' }).engine).not.toBe(
      'tape-free dense step',
    );
  });
});

describe('the fast path off wasm', () => {
  it('is TF.js layers on cpu, and says so', async () => {
    await tf.setBackend('cpu');
    expect(engineOf({ model: 'dense' })).toEqual({
      engine: 'TF.js layers',
      why: 'the cpu backend has no fast path',
    });
  });
});
