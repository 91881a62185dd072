import { describe, expect, it } from 'vitest';
import { featureMapOf, kernelOf, normaliseRange, symmetricScale } from './convLayout';
import { divergingColour, grayscaleRgba } from './canvas';

describe('kernelOf and featureMapOf', () => {
  it('take one filter out of the interleaved layout TF.js uses', () => {
    // 2x2 kernels of 3 filters: value = 10 * position + filter.
    const kernels = Float32Array.from({ length: 12 }, (_, i) => 10 * Math.floor(i / 3) + (i % 3));
    expect([...kernelOf(kernels, 2, 3, 1)]).toEqual([1, 11, 21, 31]);
    expect([...featureMapOf(kernels, 2, 3, 2)]).toEqual([2, 12, 22, 32]);
  });
});

describe('scales', () => {
  it('put the largest weight of either sign at the end of the diverging scale', () => {
    expect(symmetricScale([0.2, -0.7, 0.5])).toBeCloseTo(0.7);
  });

  it('stretch a feature map to [0, 1] and leave a flat one black', () => {
    expect([...normaliseRange(Float32Array.of(2, 4, 3))]).toEqual([0, 1, 0.5]);
    expect([...normaliseRange(Float32Array.of(5, 5))]).toEqual([0, 0]);
  });
});

describe('colours', () => {
  it('show negative weights blue, zero near white and positive weights red', () => {
    const [negative, zero, positive] = [-1, 0, 1].map(divergingColour);
    expect(negative[2]).toBeGreaterThan(negative[0]);
    expect(Math.min(...zero)).toBeGreaterThan(240);
    expect(positive[0]).toBeGreaterThan(positive[2]);
  });

  it('paint 0 black and the maximum white, opaque', () => {
    expect([...grayscaleRgba([0, 1])]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });
});
