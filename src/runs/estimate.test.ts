import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import type { EvalPoint } from '../model/types';
import {
  estimateRunMs,
  estimateRunsMs,
  multiplyAdds,
  poolSpeedup,
  ratesFor,
  remainingMs,
  runCost,
  sweepRemainingMs,
} from './estimate';
import type { Run } from './state';

const dense100: TrainConfig = { ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 100 };
const reportCnn: TrainConfig = { ...DEFAULT_CONFIG, model: 'cnn', filters: 32, kernelSize: 2 };

/** A run that measured `trainPerSec` and a 5,000-image validation pass in `evalMs`. */
function measuredRun(config: TrainConfig, trainPerSec: number, evalMs: number, id = 'r'): Run {
  const point = (step: number): EvalPoint => ({
    step,
    epoch: 0,
    examplesSeen: step * config.batchSize,
    valAccuracy: 0.8,
    valLoss: 0.5,
    trainLoss: 0.5,
    // The first point includes start-up and is left out.
    examplesPerSec: step === 50 ? 10 : trainPerSec,
    elapsedMs: step * 10,
    evalMs: step === 50 ? 1 : evalMs,
  });
  return {
    id,
    name: `#1 ${id}`,
    config,
    status: 'done',
    createdAt: 0,
    points: [point(50), point(100), point(150)],
    step: 150,
  };
}

describe('time estimates', () => {
  it('counts the multiply-adds of each model kind', () => {
    expect(multiplyAdds(dense100)).toBe(784 * 100 + 100 * 10);
    expect(multiplyAdds(reportCnn)).toBe(27 * 27 * 4 * 32 + 27 * 27 * 32 * 10);
    expect(multiplyAdds({ ...DEFAULT_CONFIG, model: 'deepCnn' })).toBe(
      26 * 26 * 9 * 32 + 11 * 11 * 9 * 32 * 64 + 1600 * 128 + 1280,
    );
  });

  it('ranks the report runs by their work: the big dense and the 7x7 CNN first', () => {
    const cost = (change: Partial<TrainConfig>) => runCost({ ...DEFAULT_CONFIG, ...change });
    expect(cost({ hiddenUnits: 800 })).toBeGreaterThan(cost({ hiddenUnits: 100 }));
    expect(cost({ model: 'cnn', kernelSize: 7, steps: 10_000 })).toBeGreaterThan(
      cost({ model: 'cnn', kernelSize: 2, steps: 10_000 }),
    );
    // A step costs something even for a tiny model.
    expect(cost({ hiddenUnits: 3, steps: 2_000 })).toBeGreaterThan(
      cost({ hiddenUnits: 3, steps: 1_000 }),
    );
  });

  it("adds training, every evaluation and the test pass at the machine's rates", () => {
    const rates = { trainPerSec: 20_000, evalPerSec: 100_000, exact: true, from: 'x' };
    // 15,000 steps of 32: 24 s; 300 passes over 5,000: 15 s; the test set: 0.1 s; start: 0.2 s.
    expect(estimateRunMs({ ...dense100, steps: 15_000 }, rates)).toBeCloseTo(39_300, 0);
    // From step 14,990: 10 steps and the last evaluation, and the test.
    expect(estimateRunMs({ ...dense100, steps: 15_000 }, rates, 14_990)).toBeCloseTo(
      16 + 50 + 100,
      0,
    );
    // A last step off the schedule is evaluated too: 3 passes for 120 steps every 50.
    expect(estimateRunMs({ ...dense100, steps: 120 }, rates)).toBeCloseTo(192 + 150 + 100 + 200, 0);
  });

  it('takes the rates of the latest run of the same shape, else scales another by its work', () => {
    expect(ratesFor([], dense100)).toBeNull();
    const runs = [measuredRun(dense100, 20_000, 50, 'a'), measuredRun(reportCnn, 5_000, 300, 'b')];
    expect(ratesFor(runs, dense100)).toEqual({
      trainPerSec: 20_000,
      evalPerSec: 100_000,
      exact: true,
      from: '#1 a',
    });
    const scaled = ratesFor(runs, { ...dense100, hiddenUnits: 200 })!;
    expect(scaled.exact).toBe(false);
    // The latest run (the CNN) scaled by its multiply-adds over those of dense-200.
    const scale = multiplyAdds(reportCnn) / multiplyAdds({ ...dense100, hiddenUnits: 200 });
    expect(scaled.trainPerSec).toBeCloseTo(5_000 * scale, 6);
  });

  it('ignores runs that kept no evaluation times (from before they were kept)', () => {
    const old = measuredRun(dense100, 20_000, 50);
    old.points = old.points.map(({ evalMs: _evalMs, ...point }) => point);
    expect(ratesFor([old], dense100)).toBeNull();
  });

  it('shares a sweep out over the pool, never below its longest run', () => {
    const runs = [measuredRun(dense100, 20_000, 50)];
    const configs = [100, 100, 100, 100].map((steps) => ({ ...dense100, steps }));
    const one = estimateRunsMs(runs, configs, 1)!;
    expect(estimateRunsMs(runs, configs, 2)).toBeCloseTo(one / 2, 6);
    expect(estimateRunsMs(runs, configs.slice(0, 1), 4)).toBeCloseTo(one / 4, 6);
    expect(poolSpeedup(null)).toBe(1);
    const pool = { workers: 2, busy: 0, limit: 2, dataset: 'shared' as const };
    expect(poolSpeedup({ ...pool, gains: [{ workers: 2, ratio: 1.8 }] })).toBe(1.8);
    // A worker measured not to help was dropped: its gain does not count.
    expect(poolSpeedup({ ...pool, limit: 1, gains: [{ workers: 2, ratio: 1.02 }] })).toBe(1);
    // More than n / (n - 1) is noise: two workers count as at most twice one.
    expect(poolSpeedup({ ...pool, gains: [{ workers: 2, ratio: 3.8 }] })).toBe(2);
  });

  it("gives the time left of a run from its step, and of a sweep's active runs", () => {
    const done = measuredRun(dense100, 20_000, 50, 'done');
    const running: Run = {
      ...measuredRun(dense100, 20_000, 50, 'running'),
      status: 'running',
      sweepId: 's',
      config: { ...dense100, steps: 1_000 },
      step: 500,
    };
    const queued: Run = { ...running, id: 'queued', status: 'queued', points: [], step: 0 };
    const runs = [{ ...done, sweepId: 's' }, running, queued];
    const rates = ratesFor(runs, running.config)!;
    expect(remainingMs(runs, done)).toBeNull();
    expect(remainingMs(runs, running)).toBeCloseTo(estimateRunMs(running.config, rates, 500), 6);
    const both = remainingMs(runs, running)! + remainingMs(runs, queued)!;
    expect(sweepRemainingMs(runs, 's', 1)).toBeCloseTo(both, 6);
    expect(sweepRemainingMs(runs, 's', 2)).toBeCloseTo(
      Math.max(both / 2, remainingMs(runs, queued)!),
      6,
    );
  });
});
