/**
 * Times the training step of the model about to train on each backend `auto` may use, so that
 * the run trains on whichever is faster here, measured rather than guessed from the renderer.
 *
 * Honest by construction:
 * - each backend runs the step trainModel runs (a batch gathered from the real images, the
 *   augmentation the config asks for, the dense fast path or trainStep, the loss summed on the
 *   device), on a throwaway model of the same config, at the same batch size;
 * - untimed warm-up steps first, each read back, so that WebGL compiles its shaders and wasm
 *   touches its memory before any step counts (on WebGL those shaders are the ones the run then
 *   uses: a backend keeps its compiled programs);
 * - timed rounds of several steps, each ended by reading the loss back, so that the work WebGL
 *   queued on the GPU is inside the time; rounds follow one another with no gap, so each holds
 *   the tail of the one before, as training's steady state does;
 * - the median round, so that one stall (a GC, another worker) does not decide.
 *
 * A backend that is far slower is not waited on: once a round has taken FAR_SLOWER times as
 * long as the fastest backend so far took for as many steps (or its warm-up, the whole budget
 * three times over), its timing stops there and its rate is an upper bound: the examples it had
 * not finished over the time they had taken. Its queued GPU work still finishes in the background
 * but nothing more is sent to it.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../data/split';
import { augmentBatch } from '../engine/augment';
import { BatchSampler, type ImagePool } from '../engine/batches';
import { buildModel } from '../engine/builders';
import { hasAugmentation, type TrainConfig } from '../model/config';
import { OPTIMIZER_FACTORIES } from '../engine/optimizers';
import { trainStep } from '../engine/train';
import { denseStep } from '../engine/wasm/wasm-dense-step';
import type { BackendName, BackendRate, TimingStop } from './protocol';

/** Wall time, in ms, that the timed rounds of all backends together should take. */
export const TIMING_BUDGET_MS = 1000;
/** Rounds per backend; the median round's rate counts. */
const ROUNDS = 3;
/** Untimed steps before the rounds: the first compiles (WebGL) or first-uses (wasm) kernels,
 *  the second shows roughly what a step costs, to size the rounds. */
const WARMUP_STEPS = 2;
/** Most steps in one round, however quick a step is. */
const MAX_ROUND_STEPS = 1024;
/** A round that takes this many times as long as the fastest backend's is not waited out. */
export const FAR_SLOWER = 4;
/** How long the first backend's warm-up and each of its rounds may take at most, in ms: it has
 *  nothing to be compared with yet. */
const FIRST_BACKEND_LIMIT_MS = 10_000;
/** How long a later backend's warm-up may take, as a multiple of the whole timing budget. */
const WARMUP_BUDGETS = 3;

/** What one backend was measured at; see BackendRate in protocol.ts. */
export type Measurement = Omit<BackendRate, 'backend'>;

/**
 * Whether `promise` settles by `deadline` (a performance.now() time). False at once when the
 * deadline has passed already, as it has when a backend that computes synchronously (wasm,
 * cpu) ran past it inside the steps; otherwise false once the deadline comes and it has not.
 */
async function settlesBy(
  promise: Promise<unknown>,
  deadline: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const ms = deadline - performance.now();
  if (ms <= 0 || signal?.aborted) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    // A stopped run does not wait for its timing either.
    signal?.addEventListener('abort', () => resolve(false), { once: true });
  });
  const settled = promise.then(() => true);
  // Once the race is lost nobody waits on it: a later failure must not go unhandled.
  settled.catch(() => undefined);
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A throwaway model of `config` with its optimizer and sampler, trained step by step. */
class StepRunner {
  private readonly model: tf.LayersModel;
  private readonly optimizer: tf.Optimizer;
  private readonly variables: tf.Variable[];
  private readonly sampler: BatchSampler;
  private readonly random: () => number;
  private readonly fused: ReturnType<typeof denseStep>;
  private readonly augment: boolean;
  private lossSum: tf.Scalar = tf.scalar(0);

  constructor(
    private readonly config: TrainConfig,
    pool: ImagePool,
    trainIndices: Int32Array,
  ) {
    this.model = buildModel(config);
    this.optimizer = OPTIMIZER_FACTORIES[config.optimizer](config.learningRate);
    this.variables = this.model.trainableWeights.map((w) => w.read() as tf.Variable);
    this.random = mulberry32(config.seed);
    this.sampler = new BatchSampler(pool, trainIndices, config.batchSize, this.random);
    this.fused = denseStep(this.model, this.optimizer, config.batchSize);
    this.augment = hasAugmentation(config);
  }

  /** One step as trainModel's loop takes it; nothing is read back. */
  step(): void {
    const batch = this.sampler.next();
    const xs = this.augment
      ? tf.tidy(() => augmentBatch(batch.xs, this.config, this.random))
      : batch.xs;
    if (this.augment) batch.xs.dispose();
    if (this.fused) {
      // Its loss is a number already: the step has run when it returns.
      this.fused.step(xs, batch.ys);
      tf.dispose([xs, batch.ys]);
      return;
    }
    const cost = trainStep(this.model, this.optimizer, this.variables, xs, batch.ys);
    const total = this.lossSum.add(cost) as tf.Scalar;
    tf.dispose([xs, batch.ys, cost, this.lossSum]);
    this.lossSum = total;
  }

  /** Reads the summed loss back: settles once every step sent so far has run. */
  readBack(): Promise<unknown> {
    return this.lossSum.data();
  }

  dispose(): void {
    // A read that was not waited out still holds the sum; TF.js frees it once the read ends.
    this.lossSum.dispose();
    this.fused?.dispose();
    this.optimizer.dispose();
    this.model.dispose();
  }
}

export interface TimingLimits {
  /** ms the rounds of this backend should take in all. */
  budgetMs: number;
  /** The fastest rate measured so far on another backend (examples/s), if any. */
  fastest?: number;
}

/**
 * Times `config`'s training step on the backend TF.js runs on now: examples/s of the median
 * round, or, for a backend stopped for being far slower, the rate it had reached.
 */
export async function timeCurrentBackend(
  config: TrainConfig,
  pool: ImagePool,
  trainIndices: Int32Array,
  { budgetMs, fastest }: TimingLimits,
  signal?: AbortSignal,
): Promise<Measurement | null> {
  const batch = config.batchSize;
  const started = performance.now();
  const runner = new StepRunner(config, pool, trainIndices);
  /** Gives up on `examples` that have not all been trained since `since`: they bound the rate. */
  const stop = (where: TimingStop, examples: number, since: number): Measurement => ({
    examplesPerSec: (examples * 1000) / (performance.now() - since),
    stopped: where,
  });
  try {
    const warmupLimit = fastest ? WARMUP_BUDGETS * TIMING_BUDGET_MS : FIRST_BACKEND_LIMIT_MS;
    let stepMs = 0;
    for (let i = 0; i < WARMUP_STEPS; i++) {
      const stepStart = performance.now();
      runner.step();
      if (!(await settlesBy(runner.readBack(), started + warmupLimit, signal)))
        return signal?.aborted ? null : stop('warm-up', batch * (i + 1), started);
      stepMs = performance.now() - stepStart;
    }
    const roundSteps = Math.max(
      1,
      Math.min(MAX_ROUND_STEPS, Math.round(budgetMs / ROUNDS / Math.max(stepMs, 1e-3))),
    );
    const examples = roundSteps * batch;
    const roundLimit = fastest
      ? Math.max(budgetMs / ROUNDS, (FAR_SLOWER * examples * 1000) / fastest)
      : FIRST_BACKEND_LIMIT_MS;
    const rates: number[] = [];
    let roundStart = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (let s = 0; s < roundSteps; s++) runner.step();
      if (!(await settlesBy(runner.readBack(), roundStart + roundLimit, signal)))
        return signal?.aborted ? null : stop('rounds', examples, roundStart);
      const now = performance.now();
      rates.push((examples * 1000) / (now - roundStart));
      roundStart = now;
    }
    rates.sort((a, b) => a - b);
    return { examplesPerSec: rates[ROUNDS >> 1], stopped: null };
  } finally {
    runner.dispose();
  }
}

/**
 * Times `config` on each of `backends` in turn (switching TF.js to each) and resolves with
 * their rates in that order, or null once `signal` aborts (the run was stopped). TF.js is left
 * on the last one timed; the caller switches to the one it chooses.
 */
export async function timeBackends(
  backends: readonly BackendName[],
  config: TrainConfig,
  pool: ImagePool,
  trainIndices: Int32Array,
  signal?: AbortSignal,
): Promise<BackendRate[] | null> {
  const rates: BackendRate[] = [];
  for (const backend of backends) {
    await tf.setBackend(backend);
    const measured = rates.filter((r) => !r.stopped).map((r) => r.examplesPerSec);
    const measurement = await timeCurrentBackend(
      config,
      pool,
      trainIndices,
      {
        budgetMs: TIMING_BUDGET_MS / backends.length,
        fastest: measured.length > 0 ? Math.max(...measured) : undefined,
      },
      signal,
    );
    if (!measurement) return null;
    rates.push({ backend, ...measurement });
  }
  return rates;
}

/** The backend that trained fastest; the first one timed on a tie. */
export function fastestBackend(rates: readonly BackendRate[]): BackendName {
  return rates.reduce((best, r) => (r.examplesPerSec > best.examplesPerSec ? r : best)).backend;
}

/**
 * What decides a step's speed besides the backend: two configs with the same key time alike,
 * so a worker times each key once (the seed, learning rate and run length do not matter).
 */
export function timingKey(config: TrainConfig): string {
  const shape =
    config.model === 'dense'
      ? `${config.hiddenUnits}`
      : config.model === 'cnn'
        ? `${config.filters}x${config.kernelSize}`
        : '';
  const augmented = hasAugmentation(config) ? 'augmented' : 'plain';
  return [config.model, shape, config.batchSize, config.activation, config.optimizer, augmented]
    .filter((part) => part !== '')
    .join(':');
}

/**
 * The backend of each run under `auto`: its model shape timed on every started backend the
 * first time this worker trains that shape, then the fastest, switched to between runs.
 *
 * Why switching between runs keeps every run's model usable: TF.js keeps all started backends
 * registered (none is removed), and a tensor made on one backend is moved to the active one the
 * first time a kernel there reads it. So a model trained on WebGL still predicts, evaluates and
 * saves after the worker has moved on to wasm (its weights then move, once). A run never sees a
 * switch: runs train one after another and the switch happens before the model is built.
 */
export class TimedBackends {
  private readonly timings = new Map<string, BackendRate[]>();

  constructor(private readonly backends: readonly BackendName[]) {}

  /** Takes the rates another worker timed for `config`'s shape, unless this one has its own. */
  remember(config: TrainConfig, rates: BackendRate[]): void {
    const key = timingKey(config);
    if (!this.timings.has(key)) this.timings.set(key, rates);
  }

  /** Whether `choose` would time `config` first (this worker has not timed its shape yet). */
  willTime(config: TrainConfig): boolean {
    return !this.timings.has(timingKey(config));
  }

  /**
   * Switches TF.js to the fastest backend for `config`, timing it first on each backend
   * (about TIMING_BUDGET_MS) unless this worker already has. Resolves with the rates, in the
   * order timed; or with null, as soon as the backend being timed settles, once `signal`
   * aborts (a stopped run), keeping nothing of the partial timing.
   */
  async choose(
    config: TrainConfig,
    pool: ImagePool,
    trainIndices: Int32Array,
    signal?: AbortSignal,
  ): Promise<BackendRate[] | null> {
    const key = timingKey(config);
    let rates = this.timings.get(key);
    if (!rates) {
      const timed = await timeBackends(this.backends, config, pool, trainIndices, signal);
      if (!timed) return null;
      rates = timed;
      this.timings.set(key, rates);
    }
    await tf.setBackend(fastestBackend(rates));
    return rates;
  }
}
