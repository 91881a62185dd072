import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { EvalPoint } from '../model/types';
import { RUN_COLUMNS } from './compare';
import { liveLines, trainingRate } from './live';
import type { Run, Sweep } from './state';

const point = (step: number, examplesPerSec: number): EvalPoint => ({
  step,
  epoch: 0,
  examplesSeen: step * 64,
  valAccuracy: 0.8,
  valLoss: 0.5,
  trainLoss: 0.5,
  examplesPerSec,
  elapsedMs: step * 10,
  evalMs: 5,
});

function run(id: string, extra: Partial<Run> = {}): Run {
  return {
    id,
    name: `#${id} Dense`,
    config: { ...DEFAULT_CONFIG, steps: 300, evalEvery: 100 },
    status: 'queued',
    createdAt: 0,
    points: [],
    step: 0,
    ...extra,
  };
}

describe('the live view', () => {
  it('gives one rate: the median interval, leaving out the first, which holds the start', () => {
    expect(trainingRate(run('a'))).toBeUndefined();
    expect(trainingRate(run('a', { points: [point(100, 2000)] }))).toBe(2000);
    const points = [point(100, 2000), point(200, 12_000), point(300, 12_400), point(400, 12_900)];
    expect(trainingRate(run('a', { points }))).toBe(12_400);
    // The runs table shows the same figure as the status (it once showed the mean, 9,825).
    expect(RUN_COLUMNS.examplesPerSec.value(run('a', { points }))).toBe(12_400);
  });

  it('follows every training run, each placed in its sweep, and never a queued one', () => {
    const sweep: Sweep = {
      id: 's',
      field: 'hiddenUnits',
      values: [16, 64, 256],
      runIds: ['a', 'b', 'c'],
      createdAt: 0,
    };
    const runs = [
      run('a', { sweepId: 's', status: 'done', config: { ...DEFAULT_CONFIG, hiddenUnits: 16 } }),
      run('b', {
        sweepId: 's',
        status: 'running',
        step: 120,
        points: [point(100, 5000), point(110, 6000)],
        config: { ...DEFAULT_CONFIG, hiddenUnits: 64, steps: 200, evalEvery: 10 },
      }),
      run('c', { sweepId: 's', status: 'queued' }),
      run('d', { status: 'running', step: 5 }),
    ];
    const lines = liveLines(runs, [sweep]);
    expect(lines.map((l) => l.runId)).toEqual(['b', 'd']);
    expect(lines[0]).toMatchObject({
      position: { index: 2, total: 3 },
      setting: 'Hidden units 64',
      step: 120,
      steps: 200,
      rate: 6000,
      seed: null,
    });
    expect(lines[0].leftMs).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ position: null, setting: '#d Dense' });
  });

  it('says no time left while paused, rather than a wrong one', () => {
    const paused = run('a', {
      status: 'running',
      paused: true,
      step: 201,
      points: [point(100, 5000), point(200, 5000)],
    });
    expect(liveLines([paused], [])[0]).toMatchObject({ paused: true, leftMs: null });
  });

  it('names the seed of a repeat', () => {
    const repeat = run('a', {
      status: 'running',
      group: 'g',
      config: { ...DEFAULT_CONFIG, seed: 3 },
    });
    expect(liveLines([repeat], [])[0].seed).toBe(3);
  });
});
