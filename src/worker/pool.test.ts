import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { DISK_DATA_URL, diskFetch } from '../test/disk-fetch';
import { LocalWorker } from '../test/local-worker';
import type { CallWorker, ClientEvent } from './client';
import { TrainerPool, type PoolEvent, type WorkerHandle } from './pool';
import type { ToWorker } from './protocol';

const tiny: TrainConfig = {
  ...DEFAULT_CONFIG,
  hiddenUnits: 16,
  steps: 120,
  evalEvery: 10,
  validationSize: 500,
};

/** A pool of in-process workers on the real data, with every event it emits. */
function setup(maxWorkers = 2) {
  const workers: LocalWorker[] = [];
  let fetches = 0;
  const countingFetch = (input: string | URL | Request) => {
    fetches++;
    return diskFetch(input);
  };
  const pool = new TrainerPool(() => {
    const worker = new LocalWorker(countingFetch);
    workers.push(worker);
    return worker;
  }, maxWorkers);
  const events: PoolEvent[] = [];
  pool.subscribe((event) => events.push(event));
  pool.send({ type: 'init', backend: 'cpu' });
  pool.send({ type: 'load-data', baseUrl: DISK_DATA_URL });
  const ended = (runId: string) =>
    events.find((e) => e.type === 'run-ended' && e.runId === runId) as
      (PoolEvent & { type: 'run-ended' }) | undefined;
  const until = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + 50_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const points = (runId: string) =>
    events.filter((e) => e.type === 'run-eval' && e.runId === runId).length;
  const running = (runId: string) =>
    workers.find((w) => w.received.some((m) => m.type === 'train' && m.runId === runId));
  return { pool, workers, events, ended, until, points, running, fetches: () => fetches };
}

const sweep = (pool: TrainerPool, ids: string[], config = tiny) =>
  ids.forEach((runId, i) =>
    pool.send({ type: 'train', runId, config: { ...config, hiddenUnits: 8 * (i + 1) } }),
  );

describe('the pool of training workers', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('trains a sweep on a second worker that shares the first one’s dataset, each run with its own curve', async () => {
    const { pool, workers, ended, until, points, running, fetches, events } = setup();
    sweep(pool, ['a', 'b', 'c', 'd']);
    await until(() => ['a', 'b', 'c', 'd'].every((id) => ended(id)), 'the sweep');
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(ended(id)).toMatchObject({ status: 'done', steps: tiny.steps });
      expect(points(id)).toBe(tiny.steps / tiny.evalEvery);
    }
    expect(workers.length).toBe(2);
    // The four files were fetched once, by the first worker; the second got them from it.
    expect(fetches()).toBe(4);
    expect(workers[1].received.some((m) => m.type === 'load-data')).toBe(false);
    expect(workers[1].received.some((m) => m.type === 'use-data')).toBe(true);
    expect(['a', 'b', 'c', 'd'].some((id) => running(id) === workers[1])).toBe(true);
    const status = events.filter((e) => e.type === 'pool').at(-1);
    expect(status).toMatchObject({ type: 'pool', dataset: 'copied' });
    pool.terminate();
  });

  // Whether a second worker pays is a measurement of the machine. Two workers in this test's
  // one thread share it unevenly (each yields when its step awaits), so their measured gain is
  // noise: it was 1.22 once in CI. The decision is tested instead on simulated machines whose
  // workers report the examples/s a machine of that many cores gives.
  it.each([
    { cores: 1, kept: 1 },
    { cores: 2, kept: 2 },
  ])(
    'keeps a second worker only if the total examples/s rose: on $cores core(s) it keeps $kept',
    async ({ cores, kept }) => {
      const machine = new SimulatedMachine(cores);
      const pool = new TrainerPool(() => machine.spawn(), 2);
      const events: PoolEvent[] = [];
      pool.subscribe((event) => events.push(event));
      pool.send({ type: 'init', backend: 'cpu' });
      pool.send({ type: 'load-data', baseUrl: DISK_DATA_URL });
      await machine.settle();
      for (const runId of ['a', 'b', 'c', 'd']) pool.send({ type: 'train', runId, config: tiny });
      await machine.run(() => machine.ended.size === 4);
      const status = events.filter((e) => e.type === 'pool').at(-1)!;
      if (status.type !== 'pool') throw new Error('no pool status');
      expect(status.gains).toHaveLength(1);
      expect(status.gains[0]).toMatchObject({ workers: 2 });
      expect(status.gains[0].ratio).toBeCloseTo(cores, 5);
      expect(status.limit).toBe(kept);
      // Past the limit a worker takes no new run: on one core the later runs waited for the first worker.
      expect(machine.workers).toHaveLength(2);
      if (kept === 1) expect(machine.workers.map((w) => w.runs)).toEqual([['a', 'c', 'd'], ['b']]);
      else
        expect(machine.workers.map((w) => w.runs)).toEqual([
          ['a', 'c'],
          ['b', 'd'],
        ]);
      pool.terminate();
    },
  );

  it('sends a shape timed by one worker to the others, and to a worker added later', async () => {
    const machine = new SimulatedMachine(2);
    const pool = new TrainerPool(() => machine.spawn(), 2);
    pool.send({ type: 'init', backend: 'auto' });
    pool.send({ type: 'load-data', baseUrl: DISK_DATA_URL });
    await machine.settle();
    for (const runId of ['a', 'b']) pool.send({ type: 'train', runId, config: tiny });
    await machine.run(() => machine.ended.size === 2);
    const known = (worker: SimulatedWorker) =>
      worker.received.filter((m) => m.type === 'timing-known');
    const [first, second] = machine.workers;
    // The second worker came after the first run started: it got that timing when it was added.
    expect(known(second)[0]).toMatchObject({ type: 'timing-known', config: tiny });
    expect(second.received.findIndex((m) => m.type === 'timing-known')).toBeLessThan(
      second.received.findIndex((m) => m.type === 'train'),
    );
    // The first got the second's, and no worker is sent its own.
    expect(known(first)).toHaveLength(1);
    expect(known(second)).toHaveLength(1);
    pool.terminate();
  });

  it('fails only the run of a worker that dies mid-sweep; the others finish and a retry trains', async () => {
    const { pool, workers, events, ended, until, running } = setup();
    const ids = ['a', 'b', 'c'];
    sweep(pool, ids, { ...tiny, steps: 300 });
    const onSecond = () => ids.find((id) => running(id) === workers[1]);
    await until(() => workers.length === 2 && onSecond() !== undefined, 'a second worker');
    const victim = onSecond()!;
    await until(
      () => events.some((e) => e.type === 'run-eval' && e.runId === victim),
      'it to train',
    );
    workers[1].crash();
    const others = ids.filter((id) => id !== victim);
    await until(() => others.every((id) => ended(id)), 'the sweep');
    expect(ended(victim)).toBeUndefined();
    const crash = events.find((e) => e.type === 'worker-crashed');
    expect(crash).toMatchObject({ runIds: [victim], primary: false });
    for (const id of others) expect(ended(id)).toMatchObject({ status: 'done' });
    pool.send({ type: 'train', runId: 'b-retry', config: tiny });
    await until(() => ended('b-retry') !== undefined, 'the retry');
    expect(ended('b-retry')).toMatchObject({ status: 'done' });
    pool.terminate();
  });

  it('stops one queued run without starting it, and a training one, while the rest go on', async () => {
    const { pool, workers, events, ended, until } = setup();
    sweep(pool, ['a', 'b', 'c', 'd'], { ...tiny, steps: 300 });
    pool.send({ type: 'stop', runId: 'd' });
    expect(ended('d')).toMatchObject({ status: 'stopped', steps: 0 });
    await until(() => events.some((e) => e.type === 'run-eval' && e.runId === 'a'), 'a to train');
    pool.send({ type: 'stop', runId: 'a' });
    await until(() => ['a', 'b', 'c'].every((id) => ended(id)), 'the sweep');
    expect(ended('a')?.status).toBe('stopped');
    expect(ended('b')?.status).toBe('done');
    expect(ended('c')?.status).toBe('done');
    expect(workers.some((w) => w.received.some((m) => m.type === 'train' && m.runId === 'd'))).toBe(
      false,
    );
    pool.terminate();
  });

  it('asks each run’s own worker for its predictions, in the order asked', async () => {
    const { pool, ended, until, running } = setup();
    sweep(pool, ['a', 'b'], { ...tiny, steps: 60 });
    // The second worker starts once the first has a rate to compare with.
    sweep(pool, ['c'], { ...tiny, steps: 60 });
    await until(() => ['a', 'b', 'c'].every((id) => ended(id)), 'the runs');
    const owners = new Set(['a', 'b', 'c'].map(running));
    expect(owners.size).toBe(2);
    const pixels = new Float32Array(784).fill(0.5);
    const answers = await pool.call('predict', { runIds: ['c', 'a', 'b'], pixels });
    expect(answers.map((a) => a.runId)).toEqual(['c', 'a', 'b']);
    for (const answer of answers)
      expect(answer.probabilities.reduce((s, p) => s + p)).toBeCloseTo(1, 4);
    pool.terminate();
  });

  it('starts the waiting run with the most work first', async () => {
    const { pool, events, ended, until } = setup(1);
    const short = { ...tiny, steps: 40, evalEvery: 20 };
    pool.send({ type: 'train', runId: 'first', config: short });
    pool.send({ type: 'train', runId: 'small', config: short });
    pool.send({ type: 'train', runId: 'large', config: { ...short, hiddenUnits: 64, steps: 80 } });
    await until(() => ['first', 'small', 'large'].every((id) => ended(id)), 'the runs');
    const started = events.flatMap((e) => (e.type === 'run-started' ? [e.runId] : []));
    // Sent together, the three are queued before the first is chosen.
    expect(started).toEqual(['large', 'first', 'small']);
    pool.terminate();
  });
});

/**
 * Workers of a machine with `cores` cores, driven step by step: each tick, every busy worker
 * reports an evaluation interval at the examples/s one worker gets when `busy` share the cores.
 */
class SimulatedMachine {
  static readonly RATE = 10_000;
  static readonly POINTS = 12;
  readonly workers: SimulatedWorker[] = [];
  readonly ended = new Set<string>();

  constructor(private readonly cores: number) {}

  spawn(): SimulatedWorker {
    const worker = new SimulatedWorker(this);
    this.workers.push(worker);
    return worker;
  }

  /** Lets the pool's promises and microtasks run. */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Ticks until `done`, each busy worker reporting one interval a tick. */
  async run(done: () => boolean): Promise<void> {
    for (let tick = 0; !done(); tick++) {
      if (tick > 1000) throw new Error('the simulated sweep did not end');
      const busy = this.workers.filter((w) => w.current !== null);
      const rate = SimulatedMachine.RATE * Math.min(1, this.cores / Math.max(1, busy.length));
      for (const worker of busy) worker.report(rate);
      await this.settle();
    }
  }
}

class SimulatedWorker implements WorkerHandle {
  current: { runId: string; points: number } | null = null;
  readonly runs: string[] = [];
  readonly received: ToWorker[] = [];
  private readonly listeners = new Set<(event: ClientEvent) => void>();

  constructor(private readonly machine: SimulatedMachine) {}

  send(message: ToWorker): void {
    this.received.push(message);
    if (message.type === 'load-data' || message.type === 'use-data')
      queueMicrotask(() =>
        this.emit({ type: 'data-ready', trainCount: 60_000, testCount: 10_000, ms: 1 }),
      );
    if (message.type === 'train') {
      this.current = { runId: message.runId, points: 0 };
      this.runs.push(message.runId);
      // As auto does: the run starts with the rates its shape was timed at on each backend.
      const timing = [
        { backend: 'wasm' as const, examplesPerSec: 40_000, stopped: null },
        { backend: 'webgl' as const, examplesPerSec: 1_300, stopped: null },
      ];
      const event = {
        type: 'run-started' as const,
        runId: message.runId,
        params: 1,
        backend: 'wasm' as const,
        timing,
      };
      queueMicrotask(() => this.emit(event));
    }
  }

  call = (async (method: string) => {
    if (method !== 'sharedDataset') throw new Error(`not simulated: ${method}`);
    return { train: {}, test: {}, shared: true };
  }) as unknown as CallWorker;

  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }

  report(examplesPerSec: number): void {
    const run = this.current!;
    run.points++;
    const step = run.points * 10;
    const point = {
      step,
      epoch: 0,
      examplesSeen: step * 64,
      valAccuracy: 0.5,
      valLoss: 1,
      trainLoss: 1,
      examplesPerSec,
      elapsedMs: run.points * 100,
    };
    this.emit({ type: 'run-eval', runId: run.runId, point });
    if (run.points < SimulatedMachine.POINTS) return;
    this.current = null;
    this.machine.ended.add(run.runId);
    this.emit({
      type: 'run-ended',
      runId: run.runId,
      elapsedMs: 1000,
      status: 'stopped',
      steps: step,
    });
  }

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
