import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import { createHandler } from './handler';
import type { FromWorker } from './protocol';

function setup() {
  const messages: FromWorker[] = [];
  const handle = createHandler({
    post: (message) => messages.push(message),
    yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
    fetchFn: diskFetch,
    persistModels: false,
  });
  const next = async (type: FromWorker['type'], runId?: string) => {
    for (;;) {
      const found = messages.find(
        (m) => m.type === type && (!runId || ('runId' in m && m.runId === runId)),
      );
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { messages, handle, next };
}

const tiny: TrainConfig = {
  ...DEFAULT_CONFIG,
  hiddenUnits: 16,
  steps: 40,
  evalEvery: 20,
  validationSize: 1_000,
};

describe('the worker handler', () => {
  it('reports the backend it really got', async () => {
    const { handle, messages } = setup();
    await handle({ type: 'init', backend: 'cpu' });
    expect(messages).toEqual([
      { type: 'backend', backend: 'cpu', requested: 'cpu', renderer: null },
    ]);
  });

  it('refuses to train before the dataset is loaded', async () => {
    const { handle, next } = setup();
    await handle({ type: 'init', backend: 'cpu' });
    await handle({ type: 'train', runId: 'a', config: tiny });
    expect(await next('run-ended', 'a')).toMatchObject({
      status: 'failed',
      message: 'The dataset is not loaded.',
    });
  });

  it('names the file when the data server answers 404, and can retry', async () => {
    const { handle, messages } = setup();
    await handle({ type: 'load-data', baseUrl: 'http://localhost/missing/' });
    const error = messages.find((m) => m.type === 'data-error');
    expect(error && 'message' in error && error.message).toMatch(/idx.-ubyte\.gz.*404/);
    await handle({ type: 'load-data', baseUrl: DISK_DATA_URL });
    expect(messages.at(-1)).toMatchObject({
      type: 'data-ready',
      trainCount: 60_000,
      testCount: 10_000,
    });
  });

  it('adopts a dataset another worker loaded, where SharedArrayBuffer does not exist', async () => {
    // A page that is not cross-origin isolated has no SharedArrayBuffer at all.
    const shared = globalThis.SharedArrayBuffer;
    const { handle, messages } = setup();
    const images = (count: number) => ({
      images: new Uint8Array(count * 784),
      labels: new Uint8Array(count),
      count,
    });
    try {
      Reflect.deleteProperty(globalThis, 'SharedArrayBuffer');
      await handle({ type: 'use-data', train: images(20), test: images(10) });
    } finally {
      globalThis.SharedArrayBuffer = shared;
    }
    expect(messages.at(-1)).toMatchObject({ type: 'data-ready', trainCount: 20, testCount: 10 });
  });

  it('trains queued runs one after another and stops one on request', async () => {
    const { handle, messages, next } = setup();
    await handle({ type: 'init', backend: 'cpu' });
    await handle({ type: 'load-data', baseUrl: DISK_DATA_URL });
    expect(messages.some((m) => m.type === 'data-progress')).toBe(true);

    await handle({ type: 'train', runId: 'first', config: tiny });
    await handle({ type: 'train', runId: 'second', config: { ...tiny, steps: 100_000 } });
    await handle({ type: 'train', runId: 'bad', config: { ...tiny, hiddenUnits: 0 } });

    const firstEnd = await next('run-ended', 'first');
    expect(firstEnd).toMatchObject({ status: 'done', steps: 40 });
    expect(
      firstEnd.type === 'run-ended' && firstEnd.status === 'done' && firstEnd.test.accuracy,
    ).toBeGreaterThan(0.3);
    const evals = messages.filter((m) => m.type === 'run-eval' && m.runId === 'first');
    expect(evals.map((m) => m.type === 'run-eval' && m.point.step)).toEqual([20, 40]);
    // The points look inside the network; the run ends with a map of what it learned.
    expect(evals[0].type === 'run-eval' && evals[0].point.inside?.layers).toHaveLength(2);
    expect(await next('run-map', 'first')).toMatchObject({ map: { method: 'pca', step: 40 } });
    expect(messages.find((m) => m.type === 'run-started' && m.runId === 'first')).toMatchObject({
      params: 784 * 16 + 16 + 16 * 10 + 10,
      backend: 'cpu',
      // Off the fast path, and it says why.
      engine: 'TF.js layers (the cpu backend has no fast path)',
    });

    await next('run-eval', 'second');
    await handle({ type: 'stop', runId: 'second' });
    expect(await next('run-ended', 'second')).toMatchObject({ status: 'stopped' });
    expect(await next('run-ended', 'bad')).toMatchObject({
      status: 'failed',
      message: 'Hidden units must be between 1 and 4096, not 0.',
    });
    // Runs start in the order they were queued.
    const starts = messages
      .filter((m) => m.type === 'run-started')
      .map((m) => m.type === 'run-started' && m.runId);
    expect(starts).toEqual(['first', 'second']);
  });

  it("skips the look inside for the bench's `inspect: false`, and looks inside without it", async () => {
    const { handle, messages, next } = setup();
    await handle({ type: 'init', backend: 'cpu' });
    await handle({ type: 'load-data', baseUrl: DISK_DATA_URL });
    await handle({ type: 'train', runId: 'without', config: tiny, inspect: false });
    await handle({ type: 'train', runId: 'with', config: tiny });
    expect(await next('run-ended', 'without')).toMatchObject({ status: 'done', steps: 40 });
    expect(await next('run-ended', 'with')).toMatchObject({ status: 'done', steps: 40 });
    const points = (runId: string) =>
      messages.flatMap((m) => (m.type === 'run-eval' && m.runId === runId ? [m.point] : []));
    expect(points('without').map((point) => point.step)).toEqual([20, 40]);
    expect(points('without').every((point) => point.inside === undefined)).toBe(true);
    // The first and the last point are always measured.
    expect(points('with').map((point) => point.inside?.layers.length)).toEqual([2, 2]);
  });
});
