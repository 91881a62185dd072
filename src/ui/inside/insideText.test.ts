import { describe, expect, it } from 'vitest';
import type { InsideSnapshot } from '../../model/inside';
import type { EvalPoint } from '../../model/types';
import { describeInside } from './insideText';

const histogram = { min: -1, max: 1, counts: new Array(30).fill(1) };

function point(
  step: number,
  dead: number,
  saturated: number,
  updateRatio: number | null,
): EvalPoint {
  const inside: InsideSnapshot = {
    layers: [
      {
        name: 'dense_Dense1',
        kind: 'Dense',
        weights: histogram,
        gradients: histogram,
        updateRatio,
      },
    ],
    activations: [{ name: 're_lu_ReLU1', units: 5, filters: false, dead }],
    saturated,
    probeImages: 500,
    gradientBatch: 32,
    ms: 3,
  };
  return {
    step,
    epoch: 0,
    examplesSeen: step * 32,
    valAccuracy: 0.4,
    valLoss: 1,
    trainLoss: 1,
    examplesPerSec: 1000,
    elapsedMs: step,
    inside,
  };
}

describe('describeInside', () => {
  it('says how many units are dead and since when they stayed dead', () => {
    const [dead] = describeInside([
      point(50, 3, 0, null),
      point(100, 1, 0, 0.1),
      point(150, 3, 0, 0.1),
      point(200, 3, 0, 0.1),
    ]);
    expect(dead).toMatch(
      /^3 of 5 hidden units are dead from step 150: they give 0 for every one of the first 500 validation images/,
    );
  });

  it('says when none is dead, and when the softmax is or is not saturated', () => {
    const healthy = describeInside([point(50, 0, 0.05, null), point(100, 0, 0.1, 0.2)]);
    expect(healthy[0]).toMatch(/^No hidden unit of re_lu_ReLU1 is dead at step 100/);
    expect(healthy[1]).toMatch(/not saturated: at most 10%/);
    expect(healthy[2]).toMatch(/move by 20% of their size/);
    const saturated = describeInside([point(50, 1, 0.6, null), point(100, 1, 0.4, 0.002)]);
    expect(saturated[0]).toMatch(/^1 of 5 hidden units is dead from step 50: it gives 0/);
    expect(saturated[1]).toMatch(
      /^At step 50, 60% of the validation images got a top probability above 99% while 40% were right/,
    );
    expect(saturated[2]).toMatch(/move by 0.002 of their size .*learns slowly/);
  });

  it('tells what the initialisation did before the first step', () => {
    const first = point(50, 2, 0.2, null);
    first.inside!.atStart = {
      saturated: 0.63,
      activations: [{ name: 're_lu_ReLU1', units: 5, filters: false, dead: 2 }],
    };
    const [dead, saturation] = describeInside([first, point(100, 2, 0.1, 0.1)]);
    expect(dead).toMatch(/^2 of 5 hidden units are dead from the start/);
    expect(saturation).toMatch(
      /^Before the first step, 63% of the validation images already got a top probability above 99%: the initialisation alone .* By step 100 it is down to 10%\.$/,
    );
  });

  it('says nothing of runs from before the lab looked inside', () => {
    const { inside: _inside, ...old } = point(50, 0, 0, null);
    expect(describeInside([old])).toEqual([]);
  });
});
