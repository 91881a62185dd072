import { describe, expect, it } from 'vitest';
import type { ActivationMap, InsideSnapshot } from '../model/inside';
import { activationMapSchema, insideSchema } from './inside-schema';

const histogram = { min: -0.5, max: 0.5, counts: new Array(30).fill(2) };
const snapshot: InsideSnapshot = {
  layers: [
    {
      name: 'dense_Dense1',
      kind: 'Dense',
      weights: histogram,
      gradients: histogram,
      updateRatio: 0.01,
    },
  ],
  activations: [{ name: 're_lu_ReLU1', units: 100, filters: false, dead: 3 }],
  saturated: 0.2,
  probeImages: 500,
  gradientBatch: 16,
  ms: 12,
  atStart: {
    saturated: 0.6,
    activations: [{ name: 're_lu_ReLU1', units: 100, filters: false, dead: 0 }],
  },
};
const map: ActivationMap = {
  method: 'pca',
  step: 100,
  layer: 're_lu_ReLU1',
  dims: 100,
  indices: [0, 1],
  x: [0.5, -1],
  y: [2, 0],
  labels: [9, 2],
  predicted: [9, 4],
  explained: [0.3, 0.1],
  ms: 200,
};

const frame = {
  x: 'AP8=',
  y: '/wA=',
  range: [-1, 1, 0, 2] as [number, number, number, number],
  predicted: 'BAk=',
  explained: [0.4, 0.2] as [number, number],
  images: { layer: 're_lu_ReLU1', dims: 100, indices: [7, 9], labels: [4, 9] },
};

describe('inside schemas', () => {
  it('accept what the lab records', () => {
    expect(insideSchema.parse(snapshot)).toEqual(snapshot);
    expect(insideSchema.parse({ ...snapshot, map: frame })).toEqual({ ...snapshot, map: frame });
    expect(activationMapSchema.parse(map)).toEqual(map);
  });

  it('refuse a histogram of another bin count, naming where', () => {
    const bad = {
      ...snapshot,
      layers: [{ ...snapshot.layers[0], weights: { ...histogram, counts: [1, 2] } }],
    };
    const result = insideSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['layers', 0, 'weights', 'counts']);
  });

  it("refuse a map frame's bytes that are not base64, or images without their classes", () => {
    const bad = insideSchema.safeParse({ ...snapshot, map: { ...frame, x: 'not base64!' } });
    expect(bad.error!.issues[0].path).toEqual(['map', 'x']);
    expect(bad.error!.issues[0].message).toMatch(/base64/);
    const unlabelled = { ...frame, images: { ...frame.images, labels: [4] } };
    expect(insideSchema.safeParse({ ...snapshot, map: unlabelled }).success).toBe(false);
  });

  it('refuse a map whose arrays disagree in length, or a class that does not exist', () => {
    expect(activationMapSchema.safeParse({ ...map, x: [1] }).error!.issues[0].message).toMatch(
      /one entry per index/,
    );
    expect(activationMapSchema.safeParse({ ...map, labels: [10, 2] }).success).toBe(false);
  });
});
