import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { MapFrame } from '../model/inside';
import type { EvalPoint } from '../model/types';
import {
  hasTrainedModel,
  initialLabState,
  labReducer,
  liveRun,
  MAX_MAP_FRAMES,
  thinMapFrames,
  type LabState,
  type Run,
} from './state';

const run: Run = {
  id: 'r1',
  name: '#1 Dense 100 units',
  config: DEFAULT_CONFIG,
  status: 'queued',
  createdAt: 0,
  points: [],
  step: 0,
};
const point: EvalPoint = {
  step: 50,
  epoch: 0,
  examplesSeen: 1600,
  valAccuracy: 0.8,
  valLoss: 0.6,
  trainLoss: 0.7,
  examplesPerSec: 1000,
  elapsedMs: 1600,
};

function apply(...events: Parameters<typeof labReducer>[1][]): LabState {
  return events.reduce(labReducer, initialLabState);
}

describe('labReducer', () => {
  it('follows a run from queued through its points to done', () => {
    const state = apply(
      {
        type: 'worker',
        event: { type: 'backend', backend: 'webgl', requested: 'webgl', renderer: 'GPU X' },
      },
      { type: 'run-queued', run },
      {
        type: 'worker',
        event: { type: 'run-started', runId: 'r1', params: 79_510, backend: 'webgl' },
      },
      { type: 'worker', event: { type: 'run-step', runId: 'r1', step: 20 } },
      { type: 'worker', event: { type: 'run-eval', runId: 'r1', point } },
      {
        type: 'worker',
        event: {
          type: 'run-ended',
          runId: 'r1',
          elapsedMs: 2000,
          status: 'done',
          steps: 50,
          test: { accuracy: 0.79, loss: 0.6 },
        },
      },
    );
    expect(state.runs[0]).toMatchObject({
      status: 'done',
      params: 79_510,
      backend: 'webgl',
      renderer: 'GPU X',
      step: 50,
      points: [point],
      test: { accuracy: 0.79, loss: 0.6 },
      elapsedMs: 2000,
    });
  });

  it('shows shader warm-up progress until the first step', () => {
    const warming = apply(
      { type: 'run-queued', run },
      {
        type: 'worker',
        event: { type: 'run-started', runId: 'r1', params: 79_510, backend: 'webgl' },
      },
      {
        type: 'worker',
        event: { type: 'run-warmup', runId: 'r1', done: 2, total: 4, stage: 'optimizer update' },
      },
    );
    expect(warming.runs[0].warmup).toEqual({ done: 2, total: 4, stage: 'optimizer update' });
    const stepping = labReducer(warming, {
      type: 'worker',
      event: { type: 'run-step', runId: 'r1', step: 1 },
    });
    expect(stepping.runs[0]).not.toHaveProperty('warmup');
    expect(stepping.runs[0].step).toBe(1);
  });

  it('keeps the curve of a stopped run and the message of a diverged one', () => {
    const stopped = apply(
      { type: 'run-queued', run },
      { type: 'worker', event: { type: 'run-eval', runId: 'r1', point } },
      {
        type: 'worker',
        event: { type: 'run-ended', runId: 'r1', elapsedMs: 1, status: 'stopped', steps: 60 },
      },
    );
    expect(stopped.runs[0]).toMatchObject({ status: 'stopped', step: 60, points: [point] });
    const diverged = apply(
      { type: 'run-queued', run },
      {
        type: 'worker',
        event: {
          type: 'run-ended',
          runId: 'r1',
          elapsedMs: 1,
          status: 'diverged',
          steps: 50,
          message: 'lower it',
        },
      },
    );
    expect(diverged.runs[0]).toMatchObject({ status: 'diverged', message: 'lower it' });
  });

  it('tracks dataset loading, failure and retry', () => {
    const progress = { bytesLoaded: 10, bytesTotal: 100, imagesLoaded: 5, imagesTotal: 70_000 };
    let state = apply({ type: 'worker', event: { type: 'data-progress', ...progress } });
    expect(state.data).toEqual({ phase: 'loading', progress });
    state = labReducer(state, {
      type: 'worker',
      event: { type: 'data-error', message: 'x.gz: truncated' },
    });
    expect(state.data).toEqual({ phase: 'error', message: 'x.gz: truncated' });
    state = labReducer(state, { type: 'data-retry' });
    expect(state.data).toEqual({ phase: 'loading', progress: null });
  });

  it("fails the crashed worker's run only, leaving queued and finished ones alone", () => {
    const state = apply(
      { type: 'worker', event: { type: 'data-ready', trainCount: 60000, testCount: 10000, ms: 5 } },
      { type: 'run-queued', run: { ...run, id: 'old', status: 'done' } },
      { type: 'run-queued', run },
      { type: 'run-queued', run: { ...run, id: 'next' } },
      {
        type: 'worker',
        event: {
          type: 'worker-crashed',
          message: 'out of memory',
          runIds: [run.id, 'old'],
          primary: false,
        },
      },
    );
    expect(state.runs.map((r) => r.status)).toEqual(['done', 'failed', 'queued']);
    expect(state.runs[1].message).toBe('out of memory.');
    expect(state.workerError).toBe('out of memory');
    expect(state.data.phase).toBe('ready');
  });

  it('loads the dataset again when the first worker, which holds it, crashes', () => {
    const state = apply(
      { type: 'worker', event: { type: 'data-ready', trainCount: 60000, testCount: 10000, ms: 5 } },
      {
        type: 'worker',
        event: { type: 'worker-crashed', message: 'gone', runIds: [], primary: true },
      },
    );
    expect(state.data).toEqual({ phase: 'loading', progress: null });
  });

  it('follows a run that trains, not the queued runs of a sweep behind it', () => {
    const runs = [
      { ...run, id: 'done', status: 'done' as const },
      { ...run, id: 'training', status: 'running' as const },
      { ...run, id: 'queued', status: 'queued' as const },
    ];
    expect(liveRun(runs)?.id).toBe('training');
    expect(liveRun(runs.map((r) => ({ ...r, status: 'done' as const })))?.id).toBe('queued');
    expect(liveRun([{ ...runs[0], hidden: true }])).toBeNull();
  });

  it('applies a batch of worker reports in order, as one change', () => {
    const point = (step: number) => ({
      step,
      epoch: 0,
      examplesSeen: step * 32,
      valAccuracy: 0.5,
      valLoss: 1,
      trainLoss: 1,
      examplesPerSec: 1000,
      elapsedMs: step,
    });
    const queued = apply({ type: 'run-queued', run });
    const events = [
      { type: 'run-started' as const, runId: run.id, params: 10, backend: 'wasm' as const },
      { type: 'run-eval' as const, runId: run.id, point: point(50) },
      { type: 'run-eval' as const, runId: run.id, point: point(100) },
    ];
    const batched = labReducer(queued, { type: 'worker-batch', events });
    const oneByOne = events.reduce(
      (state, event) => labReducer(state, { type: 'worker', event }),
      queued,
    );
    expect(batched).toEqual(oneByOne);
    expect(batched.runs[0].points.map((p) => p.step)).toEqual([50, 100]);
  });

  it('offers only runs with a stored model: not a run stopped while it was queued', () => {
    expect(hasTrainedModel({ ...run, status: 'done', step: 0 })).toBe(true); // a loaded model
    expect(hasTrainedModel({ ...run, status: 'stopped', step: 120 })).toBe(true);
    expect(hasTrainedModel({ ...run, status: 'stopped', step: 0 })).toBe(false);
    for (const status of ['queued', 'running', 'failed', 'diverged', 'interrupted'] as const)
      expect(hasTrainedModel({ ...run, status, step: 50 })).toBe(false);
  });

  it('undoes a delete: the runs come back in their places and their sweep whole', () => {
    const a = { ...run, id: 'a', createdAt: 1, status: 'done' as const };
    const b = { ...run, id: 'b', createdAt: 2, status: 'running' as const, sweepId: 's' };
    const c = { ...run, id: 'c', createdAt: 3, status: 'done' as const, sweepId: 's' };
    const sweep = {
      id: 's',
      field: 'hiddenUnits' as const,
      values: [1, 2],
      runIds: ['b', 'c'],
      createdAt: 2,
    };
    const before = apply({ type: 'sweep-queued', sweep, runs: [a, b, c] });
    const deleted = labReducer(before, { type: 'delete', runIds: ['a', 'b'] });
    expect(deleted.runs.map((r) => r.id)).toEqual(['c']);
    expect(deleted.sweeps[0].runIds).toEqual(['c']);
    const back = labReducer(deleted, { type: 'restore', runs: [a, b], sweeps: [sweep] });
    expect(back.runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(back.sweeps).toEqual([sweep]);
    // It was training when deleted, so it was stopped: it comes back stopped, not training.
    expect(back.runs[1].status).toBe('stopped');
  });

  it('says a queued run is being timed on each backend, until it starts', () => {
    const queued = apply({ type: 'run-queued', run });
    const timing = labReducer(queued, {
      type: 'worker',
      event: { type: 'run-timing', runId: 'r1' },
    });
    expect(timing.runs[0]).toMatchObject({ status: 'queued', timingBackends: true });
    const started = labReducer(timing, {
      type: 'worker',
      event: { type: 'run-started', runId: 'r1', params: 10, backend: 'wasm' },
    });
    expect(started.runs[0].status).toBe('running');
    expect(started.runs[0].timingBackends).toBeUndefined();
  });
});

describe('thinMapFrames', () => {
  const frame: MapFrame = { x: '', y: '', range: [0, 0, 0, 0], predicted: '', explained: [0, 0] };
  const inside = {
    layers: [],
    activations: [],
    saturated: 0,
    probeImages: 0,
    gradientBatch: 0,
    ms: 0,
  };
  const framed = (step: number): EvalPoint => ({
    ...point,
    step,
    inside: {
      ...inside,
      map: {
        ...frame,
        ...(step === 50 ? { images: { layer: 'l', dims: 1, indices: [], labels: [] } } : {}),
      },
    } as EvalPoint['inside'],
  });

  it('keeps every frame up to the budget, then every other older one, first and newest kept', () => {
    const points = Array.from({ length: MAX_MAP_FRAMES }, (_, i) => framed(50 * (i + 1)));
    expect(thinMapFrames(points)).toBe(points);
    const more = [...points, framed(50 * (MAX_MAP_FRAMES + 1))];
    const thinned = thinMapFrames(more);
    const kept = thinned.filter((p) => p.inside?.map).map((p) => p.step);
    expect(kept.length).toBeLessThanOrEqual(MAX_MAP_FRAMES / 2 + 1);
    expect(kept[0]).toBe(50);
    expect(thinned[0].inside?.map?.images).toBeDefined();
    expect(kept.at(-1)).toBe(50 * (MAX_MAP_FRAMES + 1));
    // The rest of each point, and its look inside, stay.
    expect(thinned.map((p) => p.step)).toEqual(more.map((p) => p.step));
    expect(thinned.every((p) => p.inside)).toBe(true);
  });
});
