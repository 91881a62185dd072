import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import type { EvalPoint } from '../model/types';
import {
  bestValue,
  countStatuses,
  expandRepeats,
  groupRuns,
  meanCurve,
  parseRepeats,
  repeatSeed,
  spread,
  summarizeValues,
  withinNoiseOfBest,
} from './repeats';
import type { Run, RunStatus } from './state';

const point = (step: number, valAccuracy: number): EvalPoint => ({
  step,
  epoch: 0,
  examplesSeen: step * 64,
  valAccuracy,
  valLoss: 1 - valAccuracy,
  trainLoss: 1,
  examplesPerSec: 1000,
  elapsedMs: step,
});

let nextId = 0;
function run(
  hiddenUnits: number,
  accuracies: number[],
  { status = 'done', test, group }: { status?: RunStatus; test?: number; group?: string } = {},
): Run {
  const points = accuracies.map((a, i) => point((i + 1) * 100, a));
  return {
    id: `run-${nextId++}`,
    name: `run ${nextId}`,
    config: { ...DEFAULT_CONFIG, hiddenUnits, steps: 200 },
    status,
    createdAt: 0,
    points,
    step: points.at(-1)?.step ?? 0,
    ...(test === undefined ? {} : { test: { accuracy: test, loss: 0.5 } }),
    ...(group ? { group } : {}),
  };
}

describe('repeats', () => {
  it('accepts 1 to 10 repeats and names what is wrong otherwise', () => {
    expect(parseRepeats('3')).toEqual({ value: 3 });
    for (const bad of ['0', '11', '2.5', '', 'two'])
      expect(parseRepeats(bad)).toEqual({ error: expect.stringContaining('1 to 10') });
  });

  it('gives repeat i the seed seed + i, every repeat of each config in a row', () => {
    const configs: TrainConfig[] = [
      { ...DEFAULT_CONFIG, hiddenUnits: 4, seed: 7 },
      { ...DEFAULT_CONFIG, hiddenUnits: 8, seed: 7 },
    ];
    const runs = expandRepeats(configs, 3);
    expect(runs.map((r) => [r.config.hiddenUnits, r.config.seed, r.setting])).toEqual([
      [4, 7, 0],
      [4, 8, 0],
      [4, 9, 0],
      [8, 7, 1],
      [8, 8, 1],
      [8, 9, 1],
    ]);
    expect(repeatSeed(2 ** 31 - 1, 1)).toBe(0);
  });

  it('groups runs by their group, a run without one on its own, in first-seen order', () => {
    const a = run(4, [0.5], { group: 'g1' });
    const b = run(4, [0.5]);
    const c = run(4, [0.6], { group: 'g1' });
    expect(groupRuns([a, b, c]).map((g) => g.runs.map((r) => r.id))).toEqual([
      [a.id, c.id],
      [b.id],
    ]);
  });

  it('measures mean, sample sd, min and max, ignoring non-finite values', () => {
    const s = spread([0.8, 0.82, 0.84, NaN])!;
    expect(s.n).toBe(3);
    expect(s.mean).toBeCloseTo(0.82, 12);
    expect(s.sd).toBeCloseTo(0.02, 12);
    expect([s.min, s.max]).toEqual([0.8, 0.84]);
    expect(spread([0.5])).toMatchObject({ n: 1, sd: 0 });
    expect(spread([])).toBeUndefined();
  });

  it('summarises each value at its own x, counting finished, partial and queued runs apart', () => {
    const runs = [
      run(800, [0.7, 0.8], { test: 0.79 }),
      run(4, [0.6, 0.7], { test: 0.69 }),
      run(4, [0.62], { status: 'stopped' }),
      run(4, [], { status: 'queued' }),
      run(4, [], { status: 'stopped' }),
    ];
    const [four, eight] = summarizeValues(runs, 'hiddenUnits');
    expect(four.value).toBe(4);
    expect(eight.value).toBe(800);
    expect(four.counts).toEqual({ done: 1, partial: 1, active: 1, other: 1 });
    expect(four.partial).toBe(true);
    expect(four.minSteps).toBe(100);
    expect(four.final).toMatchObject({ n: 2, min: 0.62, max: 0.7 });
    expect(four.test).toMatchObject({ n: 1, mean: 0.69 });
    expect(eight.partial).toBe(false);
  });

  it('keeps a diverged seed out of the spread, and counts it', () => {
    const runs = [
      run(64, [0.8], { test: 0.8 }),
      run(64, [0.82], { test: 0.82 }),
      run(64, [0.1], { status: 'diverged' }),
    ];
    const [value] = summarizeValues(runs, 'hiddenUnits');
    expect(value.final).toMatchObject({ n: 2, min: 0.8, max: 0.82 });
    expect(value.counts.other).toBe(1);
  });

  it('says which values are within seed noise of the best, over two seeds or more', () => {
    const runs = [
      ...[0.8, 0.84, 0.82].map((t) => run(64, [t], { test: t })),
      ...[0.81, 0.86, 0.85].map((t) => run(256, [t], { test: t })),
      ...[0.7, 0.72, 0.71].map((t) => run(4, [t], { test: t })),
    ];
    const values = summarizeValues(runs, 'hiddenUnits');
    expect(bestValue(values)?.value).toBe(256);
    const noise = withinNoiseOfBest(values)!;
    expect(noise.best.value).toBe(256);
    expect(noise.tied.map((v) => v.value)).toEqual([64]);
    // One seed each: no spread to speak of.
    const single = summarizeValues(
      [run(64, [0.8], { test: 0.8 }), run(256, [0.81], { test: 0.81 })],
      'hiddenUnits',
    );
    expect(withinNoiseOfBest(single)).toBeNull();
  });

  it('draws a group as its mean and range at the steps every run reached', () => {
    const curve = meanCurve(
      [run(4, [0.5, 0.7]), run(4, [0.6, 0.9]), run(4, [0.7])],
      (p) => p.valAccuracy,
    );
    expect(curve).toHaveLength(1);
    expect(curve[0]).toMatchObject({ step: 100, n: 3, min: 0.5, max: 0.7 });
    expect(curve[0].mean).toBeCloseTo(0.6, 12);
  });

  it('counts statuses', () => {
    expect(countStatuses([run(4, [0.5]), run(4, [], { status: 'failed' })])).toEqual({
      done: 1,
      partial: 0,
      active: 0,
      other: 1,
    });
  });
});
