import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { createHandler } from './handler';
import type { FineTune, FromWorker, RequestName, Requests, ToWorker } from './protocol';

const PIXELS = 784;

/** Images of class c: a bright band across rows 2c+4 to 2c+6, on black, with a little noise. */
function stripes(count: number, seed: number) {
  const images = new Uint8Array(count * PIXELS);
  const labels = new Uint8Array(count);
  let state = seed;
  const noise = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) % 40) | 0;
  for (let n = 0; n < count; n++) {
    const label = n % 10;
    labels[n] = label;
    for (let p = 0; p < PIXELS; p++) {
      const row = Math.floor(p / 28);
      images[n * PIXELS + p] = row >= 2 * label + 4 && row < 2 * label + 6 ? 200 : noise();
    }
  }
  return { images, labels, count };
}

/** A checkerboard, unlike any class above: what no parent has seen, labelled `label`. */
function checkerboards(count: number, label: number) {
  const images = new Uint8Array(count * PIXELS);
  for (let p = 0; p < images.length; p++) {
    const i = p % PIXELS;
    images[p] = (Math.floor(i / 28) + (i % 28) + Math.floor(p / PIXELS)) % 2 === 0 ? 220 : 0;
  }
  return { images, labels: new Uint8Array(count).fill(label) };
}

const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  hiddenUnits: 16,
  learningRate: 0.01,
  steps: 40,
  evalEvery: 20,
  validationSize: 200,
};

async function setup() {
  const messages: FromWorker[] = [];
  const handle = createHandler({
    post: (message) => messages.push(message),
    yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
    persistModels: false,
  });
  await handle({ type: 'init', backend: 'cpu' });
  await handle({ type: 'use-data', train: stripes(2_000, 1), test: stripes(500, 2) });
  let nextId = 1;
  const call = <K extends RequestName>(method: K, args: Requests[K]['args']) => {
    const id = nextId++;
    void handle({ type: 'request', id, method, args } as ToWorker);
    return new Promise<Requests[K]['result']>((resolve, reject) => {
      const poll = () => {
        const answer = messages.find((m) => m.type === 'response' && m.id === id);
        if (!answer || answer.type !== 'response') return void setTimeout(poll, 10);
        if (answer.ok) resolve(answer.result as Requests[K]['result']);
        else reject(new Error(answer.error));
      };
      poll();
    });
  };
  const ended = async (runId: string) => {
    for (;;) {
      const end = messages.find((m) => m.type === 'run-ended' && m.runId === runId);
      if (end) return end;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const points = (runId: string) =>
    messages.flatMap((m) => (m.type === 'run-eval' && m.runId === runId ? [m.point] : []));
  return { handle, call, ended, points };
}

describe('My garments in the worker', () => {
  it("scores a run on the garments: each image's class as predict gives it", async () => {
    const { handle, call, ended } = await setup();
    await handle({ type: 'train', runId: 'p', config });
    expect(await ended('p')).toMatchObject({ status: 'done' });
    const { images } = stripes(3, 9);
    const { predicted, confidence } = await call('predictGarments', { runId: 'p', images });
    expect(predicted).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const pixels = Float32Array.from(
        images.subarray(i * PIXELS, (i + 1) * PIXELS),
        (v) => v / 255,
      );
      const [{ probabilities }] = await call('predict', { runIds: ['p'], pixels });
      const best = probabilities.indexOf(Math.max(...probabilities));
      expect(predicted[i]).toBe(best);
      expect(confidence[i]).toBeCloseTo(probabilities[best], 5);
    }
    await expect(
      call('predictGarments', { runId: 'p', images: new Uint8Array(100) }),
    ).rejects.toThrow(/whole images of 784 bytes; got 100 bytes/);
  });

  it('fine-tunes a copy of the parent on the garments, scoring them at every point', async () => {
    const { handle, call, ended, points } = await setup();
    await handle({ type: 'train', runId: 'p', config });
    await ended('p');
    const garments = checkerboards(4, 3);
    const before = await call('predictGarments', { runId: 'p', images: garments.images });
    // The parent, which has seen no checkerboard, does not call them all class 3.
    expect([...before.predicted]).not.toEqual([3, 3, 3, 3]);
    const fineTune: FineTune = { parentId: 'p', ...garments, share: 0.25 };
    await handle({
      type: 'train',
      runId: 'child',
      config: { ...config, steps: 60, evalEvery: 20 },
      fineTune,
    });
    expect(await ended('child')).toMatchObject({ status: 'done', steps: 60 });
    const curve = points('child');
    expect(curve.map((p) => p.step)).toEqual([20, 40, 60]);
    for (const point of curve) expect(point.garmentAccuracy).toBeTypeOf('number');
    // It learned the garments, and did not forget the rest.
    expect(curve.at(-1)!.garmentAccuracy).toBe(1);
    expect(curve.at(-1)!.valAccuracy).toBeGreaterThan(0.9);
    const after = await call('predictGarments', { runId: 'child', images: garments.images });
    expect([...after.predicted]).toEqual([3, 3, 3, 3]);
    // The parent is as it was: the child trained on a copy of its weights.
    const parentAfter = await call('predictGarments', { runId: 'p', images: garments.images });
    expect(parentAfter.confidence).toEqual(before.confidence);
    // A run without garments has no such field.
    expect(points('p').every((p) => p.garmentAccuracy === undefined)).toBe(true);
  });

  it('fails a fine-tune whose parent has no model, or whose garments are wrong, saying why', async () => {
    const { handle, ended } = await setup();
    const garments = checkerboards(2, 3);
    await handle({
      type: 'train',
      runId: 'orphan',
      config,
      fineTune: { parentId: 'gone', ...garments, share: 0.25 },
    });
    expect(await ended('orphan')).toMatchObject({
      status: 'failed',
      message:
        'Could not load the weights of the run it fine-tunes: No trained model is stored for run gone.',
    });
    await handle({ type: 'train', runId: 'p', config });
    await ended('p');
    await handle({
      type: 'train',
      runId: 'bad-label',
      config,
      fineTune: {
        parentId: 'p',
        images: garments.images,
        labels: Uint8Array.from([3, 12]),
        share: 0.25,
      },
    });
    expect(await ended('bad-label')).toMatchObject({
      status: 'failed',
      message: "Garment 2's label 12 is outside 0-9.",
    });
    await handle({
      type: 'train',
      runId: 'bad-share',
      config,
      fineTune: { parentId: 'p', ...garments, share: 0 },
    });
    expect(await ended('bad-share')).toMatchObject({
      status: 'failed',
      message: /above 0 and at most 1, not 0/,
    });
  });
});
