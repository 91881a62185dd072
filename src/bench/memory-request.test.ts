/** The worker's `memory` request, which the bench asks while a run trains. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import { createHandler } from '../worker/handler';
import type { FromWorker, Requests } from '../worker/protocol';

type MemoryAnswer = Requests['memory']['result'];

const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  hiddenUnits: 16,
  steps: 100_000,
  evalEvery: 10,
  validationSize: 1_000,
};

describe('the memory request', () => {
  it('is answered between steps while a run trains, and the tensor count stays flat', async () => {
    const messages: FromWorker[] = [];
    const handle = createHandler({
      post: (message) => messages.push(message),
      yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
      fetchFn: diskFetch,
      persistModels: false,
    });
    const evalCount = () => messages.filter((m) => m.type === 'run-eval').length;
    const waitFor = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    let id = 0;
    const ask = async (): Promise<MemoryAnswer> => {
      const request = ++id;
      await handle({ type: 'request', id: request, method: 'memory', args: {} });
      const response = messages.find((m) => m.type === 'response' && m.id === request);
      if (!response || response.type !== 'response' || !response.ok) throw new Error('no answer');
      return response.result as MemoryAnswer;
    };

    await handle({ type: 'init', backend: 'cpu' });
    await handle({ type: 'load-data', baseUrl: DISK_DATA_URL });
    await handle({ type: 'train', runId: 'soak', config });
    await waitFor(() => evalCount() >= 1);
    const before = await ask();
    await waitFor(() => evalCount() >= 4);
    const after = await ask();
    await handle({ type: 'stop', runId: 'soak' });
    await waitFor(() => messages.some((m) => m.type === 'run-ended'));

    // Both answers came while the run still trained.
    const ended = messages.findIndex((m) => m.type === 'run-ended');
    const answered = messages.filter((m, i) => m.type === 'response' && i < ended);
    expect(answered).toHaveLength(2);
    expect(before.numTensors).toBeGreaterThan(0);
    expect(after).toEqual({ ...before, jsHeapBytes: after.jsHeapBytes });
    expect(before.numBytesInGPU).toBeNull();
  });
});
