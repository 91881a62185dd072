import { describe, expect, it } from 'vitest';
import { describeTiming, formatRate } from './backendTiming';

describe("describing auto's timing", () => {
  it('gives both rates, WebGL first, to two significant digits, and the choice', () => {
    expect(
      describeTiming(
        [
          { backend: 'wasm', examplesPerSec: 26_345, timedOut: false },
          { backend: 'webgl', examplesPerSec: 4_873.2, timedOut: false },
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
          { backend: 'wasm', examplesPerSec: 590, timedOut: false },
          { backend: 'webgl', examplesPerSec: 11.74, timedOut: true },
        ],
        'wasm',
        false,
      ),
    ).toBe('WebGL under 12 examples/s (not waited out: far slower), wasm 590: trained on wasm');
  });

  it('keeps small rates readable', () => {
    expect(formatRate(6.234)).toBe('6.2');
    expect(formatRate(1_349.9)).toBe('1,300');
  });
});
