/**
 * The page's pool of training workers. Runs that do not depend on each other (a sweep, repeats,
 * several queued runs) train at once, one per worker, so every core is busy.
 *
 * - Sizing by measurement: the pool starts with one worker and adds one while runs wait and
 *   every worker is busy, up to `navigator.hardwareConcurrency`. After each addition it compares
 *   the examples/s of the runs that were already training with their rate just before; if the
 *   estimated total did not rise by GAIN_THRESHOLD, the pool goes back to the smaller size (the
 *   extra worker takes no new runs, but stays to answer for the model it trained).
 * - The dataset is fetched and parsed once, by the first worker; the others get its bytes in
 *   shared memory (cross-origin isolated pages), or a copy each where isolation is missing.
 * - The longest waiting run starts first (by its work, estimate.ts's runCost): a long run
 *   queued last would otherwise train alone at the end while the other workers idle. Runs sent
 *   together (a sweep) are all queued before the first is chosen.
 * - A worker's fault fails only the run it was training; queued runs wait in the pool, never in
 *   a worker, so they survive it. Its client starts a fresh worker set up as the old one was.
 * - A run's requests (predict, export, ...) go to the worker that trained it, which holds its
 *   model in memory; everything else to the first worker, which loads stored models.
 */
import type { TrainConfig } from '../model/config';
import { median, runCost } from '../runs/estimate';
import { TrainerClient, type CallWorker, type ClientEvent } from './client';
import type {
  FineTune,
  PoolStatus,
  RequestName,
  Requests,
  SharedImages,
  ToWorker,
} from './protocol';

/** What the pool needs of a worker: TrainerClient's interface. */
export interface WorkerHandle {
  send(message: ToWorker): void;
  call: CallWorker;
  subscribe(listener: (event: ClientEvent) => void): () => void;
  terminate(): void;
}

export type PoolEvent =
  | Exclude<ClientEvent, { type: 'worker-crashed' }>
  /** A worker died: `runIds` (its run, if any) failed; `primary`: the one that holds the
   *  dataset, which now loads again. */
  | { type: 'worker-crashed'; message: string; runIds: string[]; primary: boolean }
  | ({ type: 'pool' } & PoolStatus);

/** A worker is kept only if the pool's total examples/s rises by at least this factor. */
export const GAIN_THRESHOLD = 1.1;
/** Rates sampled per run, before and after a worker is added (their median is used). */
const SAMPLES = 3;

interface Member {
  handle: WorkerHandle;
  unsubscribe(): void;
  /** Whether the worker has its dataset (the first worker waits for its own load itself). */
  ready: boolean;
  runId: string | null;
  /** examples/s of the evaluation intervals of its current run after its first, in order. */
  rates: number[];
  /** Intervals its current run has reported; the first, with the run's start, is not a rate. */
  intervals: number;
}

interface QueuedRun {
  runId: string;
  config: TrainConfig;
  fineTune?: FineTune;
}

/** A measurement in progress: rates of the runs that trained before a worker was added. */
interface Trial {
  workers: number;
  added: Member;
  before: Map<Member, { runId: string; rate: number }>;
  /** Set once the added worker has trained a first interval; rates after it count. */
  after: Map<Member, number[]> | null;
}

export class TrainerPool {
  private readonly members: Member[] = [];
  private readonly queue: QueuedRun[] = [];
  private readonly owner = new Map<string, Member>();
  /** Configs of the runs given to workers, by run id: a started run's timing is shared by it. */
  private readonly configs = new Map<string, TrainConfig>();
  /** Backend timings a worker made (auto), sent to every other worker and to those added later,
   *  so that a shape is timed once per pool rather than once per worker. */
  private readonly timings: ToWorker[] = [];
  private readonly pausedInQueue = new Set<string>();
  private readonly listeners = new Set<(event: PoolEvent) => void>();
  private init: ToWorker | null = null;
  private dataReady = false;
  private dataset: Promise<{ train: SharedImages; test: SharedImages }> | null = null;
  private datasetMode: PoolStatus['dataset'] = null;
  private limit: number;
  private readonly gains: PoolStatus['gains'] = [];
  private trial: Trial | null = null;
  private dispatchQueued = false;
  /** Rates each busy worker had when the last worker was added: later ones share the cores
   *  with its start-up, so they are not the rate before. */
  private readonly ratesAtGrowth = new Map<Member, { runId: string; count: number }>();

  /** `spawn` starts a worker (a TrainerClient); `maxWorkers` defaults to the logical cores. */
  constructor(
    private readonly spawn: () => WorkerHandle = () => new TrainerClient(),
    maxWorkers: number = globalThis.navigator?.hardwareConcurrency || 1,
  ) {
    this.limit = Math.max(1, Math.floor(maxWorkers));
    this.add(true);
  }

  private get primary(): Member {
    return this.members[0];
  }

  subscribe(listener: (event: PoolEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        this.init = message;
        for (const member of this.members) member.handle.send(message);
        return;
      case 'train':
        this.queue.push({
          runId: message.runId,
          config: message.config,
          fineTune: message.fineTune,
        });
        // A sweep's runs arrive one message at a time: choose once they are all queued.
        if (!this.dispatchQueued) {
          this.dispatchQueued = true;
          queueMicrotask(() => {
            this.dispatchQueued = false;
            this.dispatch();
          });
        }
        return;
      case 'stop': {
        const queued = this.queue.findIndex((entry) => entry.runId === message.runId);
        if (queued < 0) return this.ownerOf(message.runId).handle.send(message);
        this.queue.splice(queued, 1);
        this.pausedInQueue.delete(message.runId);
        this.emit({
          type: 'run-ended',
          runId: message.runId,
          elapsedMs: 0,
          status: 'stopped',
          steps: 0,
        });
        return;
      }
      case 'pause':
      case 'resume':
        if (!this.queue.some((entry) => entry.runId === message.runId))
          return this.ownerOf(message.runId).handle.send(message);
        if (message.type === 'pause') this.pausedInQueue.add(message.runId);
        else this.pausedInQueue.delete(message.runId);
        this.emit({ type: 'run-paused', runId: message.runId, paused: message.type === 'pause' });
        return;
      case 'debug': {
        // Fault injection hits a worker that is training, as a real fault would.
        const target = this.members.find((member) => member.runId !== null) ?? this.primary;
        target.handle.send(message);
        return;
      }
      default:
        // load-data, use-data and requests set up or ask the first worker.
        this.primary.handle.send(message);
    }
  }

  /** A request, sent to the worker that holds the run's model, or to the first worker. */
  call: CallWorker = <K extends RequestName>(
    method: K,
    args: Requests[K]['args'],
    transfer?: Transferable[],
  ): Promise<Requests[K]['result']> => {
    if (method === 'predict') return this.predict(args as Requests['predict']['args']) as never;
    const runId = (args as { runId?: unknown }).runId;
    const member = typeof runId === 'string' ? this.ownerOf(runId) : this.primary;
    return member.handle.call(method, args, transfer);
  };

  terminate(): void {
    for (const member of this.members) {
      member.unsubscribe();
      member.handle.terminate();
    }
    this.members.length = 0;
    this.listeners.clear();
  }

  /** The pool's state as the status line shows it. */
  status(): PoolStatus {
    return {
      workers: this.members.length,
      busy: this.members.filter((member) => member.runId !== null).length,
      limit: this.limit,
      gains: [...this.gains],
      dataset: this.datasetMode,
    };
  }

  /** The worker that trained `runId`, or the first worker, which loads stored models. */
  private ownerOf(runId: string): Member {
    const member = this.owner.get(runId);
    return member && this.members.includes(member) ? member : this.primary;
  }

  /** Runs on several workers: one predict request per worker, the results in the asked order. */
  private async predict(args: Requests['predict']['args']): Promise<Requests['predict']['result']> {
    const groups = new Map<Member, string[]>();
    for (const runId of args.runIds) {
      const member = this.ownerOf(runId);
      groups.set(member, [...(groups.get(member) ?? []), runId]);
    }
    const answers = await Promise.all(
      [...groups].map(([member, runIds]) =>
        member.handle.call('predict', { runIds, pixels: args.pixels }),
      ),
    );
    const byRun = new Map(answers.flat().map((answer) => [answer.runId, answer]));
    return args.runIds.map((runId) => byRun.get(runId)!);
  }

  private add(primary: boolean): Member {
    const handle = this.spawn();
    const member: Member = {
      handle,
      unsubscribe: () => {},
      ready: primary,
      runId: null,
      rates: [],
      intervals: 0,
    };
    member.unsubscribe = handle.subscribe((event) => this.onEvent(member, event));
    this.members.push(member);
    if (this.init) handle.send(this.init);
    for (const timing of this.timings) handle.send(timing);
    return member;
  }

  /** Starts another worker on the dataset the first one loaded. */
  private grow(): void {
    this.ratesAtGrowth.clear();
    for (const m of this.members)
      if (m.runId !== null) this.ratesAtGrowth.set(m, { runId: m.runId, count: m.rates.length });
    const member = this.add(false);
    this.dataset ??= this.primary.handle
      .call('sharedDataset', {})
      .then(({ train, test, shared }) => {
        this.datasetMode = shared ? 'shared' : 'copied';
        return { train, test };
      });
    this.dataset.then(
      ({ train, test }) => {
        if (this.members.includes(member)) member.handle.send({ type: 'use-data', train, test });
      },
      () => {
        // The first worker lost its dataset (it crashed): try again on the next addition.
        this.dataset = null;
        this.remove(member);
      },
    );
    this.changed();
  }

  private remove(member: Member): void {
    const index = this.members.indexOf(member);
    if (index <= 0) return;
    this.members.splice(index, 1);
    member.unsubscribe();
    member.handle.terminate();
    if (this.trial?.added === member) this.trial = null;
    this.changed();
  }

  /** Gives waiting runs to idle workers, and adds a worker while runs still wait. */
  private dispatch(): void {
    for (;;) {
      // Workers past a measured limit take no new runs; they stay for their runs' models.
      if (this.queue.length === 0) break;
      const idle = this.members
        .slice(0, this.limit)
        .find((member) => member.ready && member.runId === null);
      if (idle) {
        this.start(idle, this.takeLongest());
        continue;
      }
      if (this.canGrow()) this.grow();
      break;
    }
    this.changed();
  }

  /** Removes and returns the queued run with the most work; the first queued among equals. */
  private takeLongest(): QueuedRun {
    let best = 0;
    for (let i = 1; i < this.queue.length; i++)
      if (runCost(this.queue[i].config) > runCost(this.queue[best].config)) best = i;
    return this.queue.splice(best, 1)[0];
  }

  private canGrow(): boolean {
    return (
      this.members.length < this.limit &&
      this.dataReady &&
      this.trial === null &&
      this.members.every((member) => member.ready) &&
      // A rate to compare with: every busy worker has trained a first interval.
      this.members.every((member) => member.runId === null || member.rates.length > 0)
    );
  }

  private start(member: Member, { runId, config, fineTune }: QueuedRun): void {
    this.beginTrial(member);
    member.runId = runId;
    member.rates = [];
    member.intervals = 0;
    this.owner.set(runId, member);
    this.configs.set(runId, config);
    member.handle.send({ type: 'train', runId, config, ...(fineTune ? { fineTune } : {}) });
    if (this.pausedInQueue.delete(runId)) member.handle.send({ type: 'pause', runId });
  }

  private onEvent(member: Member, event: ClientEvent): void {
    const primary = member === this.primary;
    switch (event.type) {
      case 'worker-crashed': {
        const runIds = member.runId ? [member.runId] : [];
        member.runId = null;
        member.rates = [];
        if (this.trial) this.trial = null;
        if (primary) {
          this.dataReady = false;
        } else {
          // Its replacement gets the dataset again through the replayed use-data.
          member.ready = false;
        }
        this.emit({ type: 'worker-crashed', message: event.message, runIds, primary });
        if (!event.restarted) {
          if (primary) this.limit = 0;
          else this.remove(member);
        }
        this.dispatch();
        return;
      }
      case 'data-ready':
        if (primary) {
          this.dataReady = true;
          this.emit(event);
        } else {
          member.ready = true;
        }
        this.dispatch();
        return;
      case 'backend':
      case 'data-progress':
      case 'data-error':
        if (primary) this.emit(event);
        return;
      case 'run-started': {
        const config = this.configs.get(event.runId);
        if (event.timing && config) {
          const known: ToWorker = { type: 'timing-known', config, rates: event.timing };
          this.timings.push(known);
          for (const other of this.members) if (other !== member) other.handle.send(known);
        }
        this.emit(event);
        return;
      }
      case 'run-eval':
        this.emit(event);
        if (event.runId !== member.runId) return;
        this.sample(member, event.point.examplesPerSec);
        // A first rate may be what an addition waited for.
        if (this.queue.length > 0) this.dispatch();
        return;
      case 'run-ended':
        if (event.runId === member.runId) {
          member.runId = null;
          member.rates = [];
        }
        this.settle();
        this.emit(event);
        this.dispatch();
        return;
      default:
        this.emit(event);
    }
  }

  /**
   * When `member` is about to make n workers busy where n - 1 were, and the gain of n workers is
   * not known yet, measures it: the rates of the n - 1 runs now, against theirs once it trains.
   */
  private beginTrial(member: Member): void {
    const busy = this.members.filter((m) => m.runId !== null && m !== member);
    const workers = busy.length + 1;
    if (this.trial || busy.length === 0 || this.gains.some((g) => g.workers === workers)) return;
    // A run's rates up to the last growth, if it was training then; else all of them.
    const usable = (m: Member) => {
      const mark = this.ratesAtGrowth.get(m);
      return m.rates.slice(0, mark?.runId === m.runId ? mark.count : m.rates.length);
    };
    if (!busy.every((m) => usable(m).length > 0)) return;
    this.trial = {
      workers,
      added: member,
      before: new Map(
        busy.map((m) => [m, { runId: m.runId!, rate: median(usable(m).slice(-SAMPLES)) }]),
      ),
      after: null,
    };
  }

  /** Records a worker's rate for the trial in progress. */
  private sample(member: Member, rate: number): void {
    const trial = this.trial;
    if (member === trial?.added) trial.after ??= new Map();
    // A run's first interval holds its start (building, compiling, first use): not a rate.
    if (member.intervals++ === 0) return;
    member.rates.push(rate);
    if (!trial || member === trial.added) return;
    if (trial.after && trial.before.get(member)?.runId === member.runId)
      trial.after.set(member, [...(trial.after.get(member) ?? []), rate]);
    this.settle();
  }

  /**
   * Ends the trial once each run that trained before the addition has been sampled SAMPLES
   * times since (or has ended): each now trains at `slowdown` of its rate before, and the added
   * worker is taken to train at the same share of its own rate, so n workers do n * slowdown
   * workers' worth where n - 1 did n - 1.
   */
  private settle(): void {
    const trial = this.trial;
    if (!trial) return;
    const entries = [...trial.before];
    const running = ([m, b]: (typeof entries)[number]) => m.runId === b.runId;
    if (!trial.after) {
      if (!entries.some(running)) this.trial = null;
      return;
    }
    const after = trial.after;
    if (entries.some((entry) => running(entry) && (after.get(entry[0])?.length ?? 0) < SAMPLES))
      return;
    const measured = entries.filter(([m]) => after.has(m));
    this.trial = null;
    if (measured.length === 0) return;
    const slowdown = median(measured.map(([m, b]) => median(after.get(m)!) / b.rate));
    const ratio = (trial.workers * slowdown) / (trial.workers - 1);
    this.gains.push({ workers: trial.workers, ratio });
    if (ratio < GAIN_THRESHOLD) this.limit = trial.workers - 1;
  }

  private changed(): void {
    this.emit({ type: 'pool', ...this.status() });
  }

  private emit(event: PoolEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
