import { describe, expect, it } from 'vitest';
import { describeTiming, formatRate } from './backendTiming';

describe("describing auto's timing", () => {
  it('gives both rates, WebGL first, to two significant digits, and the choice', () => {
    expect(
      describeTiming(
        [
          { backend: 'wasm', examplesPerSec: 26_345, stopped: null },
          { backend: 'webgl', examplesPerSec: 4_873.2, stopped: null },
        ],
        'wasm',
        true,
      ),
    ).toBe('WebGL 4,900 examples/s, wasm 26,000: training on wasm');
  });

  it('says "under" for a backend that was not waited out, and "trained" once a run ended', () => {
    expect(
      describeTiming(
        [
          { backend: 'wasm', examplesPerSec: 590, stopped: null },
          { backend: 'webgl', examplesPerSec: 11.74, stopped: 'rounds' },
        ],
        'wasm',
        false,
      ),
    ).toBe('WebGL under 12 examples/s (not waited out: far slower), wasm 590: trained on wasm');
  });

  it('says when the bound was set in the warm-up, so it counts compiling too', () => {
    expect(
      describeTiming(
        [
          { backend: 'wasm', examplesPerSec: 31_000, stopped: null },
          { backend: 'webgl', examplesPerSec: 10.6, stopped: 'warm-up' },
        ],
        'wasm',
        true,
      ),
    ).toBe(
      'WebGL under 11 examples/s in its warm-up (not waited out: far slower), wasm 31,000: training on wasm',
    );
  });

  it('keeps small rates readable', () => {
    expect(formatRate(6.234)).toBe('6.2');
    expect(formatRate(1_349.9)).toBe('1,300');
  });
});
