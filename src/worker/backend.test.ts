import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend, softwareRenderer } from './backend';

describe('choosing a backend', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'SwiftShader',
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'llvmpipe'],
    ['Microsoft Basic Render Driver', 'Basic Render'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', undefined],
    ['Apple M2', undefined],
    [null, undefined],
  ])('tells a software renderer from a GPU: %s', (renderer, software) => {
    expect(softwareRenderer(renderer)).toBe(software);
  });

  it('falls back to cpu when neither WebGL nor wasm can start, and says why', async () => {
    // Node has no WebGL, and the wasm binaries' URLs are the browser's, so both fail here.
    const { info, timed } = await selectBackend('auto');
    // Nothing to time: only two started backends are timed against each other.
    expect(timed).toEqual([]);
    expect(info).toMatchObject({ backend: 'cpu', requested: 'auto', renderer: null });
    expect(info.reason).toMatch(
      /^WebGL is not available here \(.+\), so training runs on the CPU\.$/,
    );
    expect(info.fallbackReason).toBe(
      'The wasm backend could not start in this browser (its WebAssembly binary did not load or compile).',
    );
    expect(tf.getBackend()).toBe('cpu');
  });

  it('uses a backend asked for by name untimed', async () => {
    expect(await selectBackend('cpu')).toEqual({
      info: { backend: 'cpu', requested: 'cpu', renderer: null },
      timed: [],
    });
  });
});
