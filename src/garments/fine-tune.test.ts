import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import { exportRuns } from '../runs/export';
import { parseRunsImport } from '../runs/schema';
import type { Run } from '../runs/state';
import {
  describeShare,
  fineTuneConfig,
  fineTuneName,
  fineTuneRun,
  parseFineTune,
} from './fine-tune';
import type { Garment } from './garment';

const parent: Run = {
  id: 'run-p',
  name: '#3 Dense 100 units',
  config: { ...DEFAULT_CONFIG, steps: 3000, evalEvery: 50, seed: 4 },
  status: 'done',
  createdAt: 1,
  points: [],
  step: 3000,
};
const garment = (id: string, label: number, fill: number): Garment => ({
  id,
  label,
  pixels: new Uint8Array(784).fill(fill),
  createdAt: 1,
  source: 'drawing',
});

describe('fine-tuning on My garments', () => {
  it("keeps the parent's settings and split, with its own steps and ten points", () => {
    const config = fineTuneConfig(parent.config, 200);
    expect(config).toEqual({ ...parent.config, steps: 200, evalEvery: 20 });
    expect(fineTuneConfig(parent.config, 5).evalEvery).toBe(1);
    expect(fineTuneConfig(parent.config, 25).evalEvery).toBe(3);
  });

  it('makes a new queued run that records its parent, and the images for the worker', () => {
    const garments = [garment('a', 1, 10), garment('b', 9, 20)];
    const { run, fineTune } = fineTuneRun(
      parent,
      garments,
      { steps: 100, share: 0.25 },
      {
        id: 'run-new',
        number: 7,
        now: 50,
      },
    );
    expect(run).toMatchObject({
      id: 'run-new',
      name: '#7 Dense 100 units · fine-tuned on my garments',
      status: 'queued',
      step: 0,
      points: [],
      parent: { id: 'run-p', name: '#3 Dense 100 units', garments: 2, share: 0.25 },
    });
    expect(run.config.steps).toBe(100);
    expect(fineTune.parentId).toBe('run-p');
    expect(fineTune.share).toBe(0.25);
    expect([...fineTune.labels]).toEqual([1, 9]);
    expect(fineTune.images).toHaveLength(2 * 784);
    expect(fineTune.images[784]).toBe(20);
    expect(() =>
      fineTuneRun(parent, [], { steps: 1, share: 1 }, { id: 'x', number: 1, now: 1 }),
    ).toThrow(/empty/);
  });

  it('names a fine-tune of a fine-tune without saying it twice', () => {
    expect(fineTuneName({ name: '#7 Dense 100 units · fine-tuned on my garments' }, 9)).toBe(
      '#9 Dense 100 units · fine-tuned on my garments',
    );
    expect(fineTuneName({ name: 'my best' }, 2)).toBe('#2 my best · fine-tuned on my garments');
  });

  it('checks the form: whole steps, and a share above 0 and at most 1', () => {
    expect(parseFineTune('200', '0.25')).toEqual({ options: { steps: 200, share: 0.25 } });
    expect(parseFineTune(' 50 ', '1')).toEqual({ options: { steps: 50, share: 1 } });
    for (const share of ['0', '1.5', '', '-0.2', 'a quarter', '25%'])
      expect(parseFineTune('200', share)).toEqual({
        errors: { share: expect.stringMatching(/above 0 and at most 1/) },
      });
    expect(parseFineTune('2.5', '0.25')).toEqual({
      errors: { steps: 'Steps must be a whole number, not 2.5.' },
    });
  });

  it('says the share as images per batch, as the sampler rounds it', () => {
    expect(describeShare(0.25, 32)).toBe('8 of 32 images per batch');
    expect(describeShare(0.01, 32)).toBe('1 of 32 images per batch');
  });
});

describe('a fine-tuned run in a runs file', () => {
  const point = {
    step: 20,
    epoch: 0,
    examplesSeen: 640,
    valAccuracy: 0.8,
    valLoss: 0.5,
    trainLoss: 0.5,
    examplesPerSec: 1000,
    elapsedMs: 100,
  };
  const child: Run = {
    ...parent,
    id: 'run-child',
    name: '#4 Dense 100 units · fine-tuned on my garments',
    parent: { id: 'run-p', name: '#3 Dense 100 units', garments: 2, share: 0.25 },
    points: [{ ...point, garmentAccuracy: 0.5 }],
  };
  const text = (run: Run) => JSON.stringify(exportRuns([run], 'test'));

  it('keeps its parent and its accuracy on My garments through export and import', () => {
    const parsed = parseRunsImport(text(child));
    expect(parsed.ok && parsed.runs[0]).toMatchObject({
      parent: child.parent,
      points: [{ garmentAccuracy: 0.5 }],
    });
  });

  it('refuses an accuracy on My garments outside [0, 1], and a share above 1', () => {
    const badPoint = { ...child, points: [{ ...point, garmentAccuracy: 1.5 }] };
    expect(parseRunsImport(text(badPoint))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^runs\[0\]\.points\[0\]\.garmentAccuracy:/),
    });
    const badShare = { ...child, parent: { ...child.parent!, share: 2 } };
    expect(parseRunsImport(text(badShare))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^runs\[0\]\.parent\.share:/),
    });
  });
});
