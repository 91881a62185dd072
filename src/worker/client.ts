/**
 * The UI's typed handle on the training worker. The UI sends `ToWorker` messages and listens
 * for `FromWorker` ones. A worker that crashes or gives up (a lost WebGL context) is reported as
 * an event and replaced by a fresh one, which receives the same start-up messages again.
 */
import type { FromWorker, RequestName, Requests, ResponseMessage, ToWorker } from './protocol';

export type ClientEvent =
  | Exclude<FromWorker, ResponseMessage | { type: 'fatal' } | { type: 'alive' }>
  /** The worker died or gave up; `restarted`: the client has already started a fresh one. */
  | { type: 'worker-crashed'; message: string; restarted: boolean };

/** The typed request function components receive, e.g. `call('predict', { runIds, pixels })`. */
export type CallWorker = <K extends RequestName>(
  method: K,
  args: Requests[K]['args'],
  transfer?: Transferable[],
) => Promise<Requests[K]['result']>;

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** A worker failing this often is failing at start-up: restarting it again would only loop. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

/** Messages that set a worker up (backend, dataset); replayed to a replacement worker. */
const SETUP_MESSAGES: ReadonlySet<ToWorker['type']> = new Set(['init', 'load-data', 'use-data']);

export class TrainerClient {
  private worker: Worker;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private readonly pending = new Map<number, Pending>();
  private readonly setup = new Map<ToWorker['type'], ToWorker>();
  private nextId = 1;
  private restarts: number[] = [];
  /** Workers this client ended itself, whose end is no news. */
  private readonly ended = new WeakSet<Worker>();

  constructor() {
    this.worker = this.start();
  }

  /** Sends a request and resolves with its result; rejects with the worker's error message. */
  call: CallWorker = (method, args, transfer = []) => {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.worker.postMessage({ type: 'request', id, method, args }, transfer);
    });
  };

  send(message: ToWorker): void {
    if (SETUP_MESSAGES.has(message.type)) this.setup.set(message.type, message);
    this.worker.postMessage(message);
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.ended.add(this.worker);
    this.worker.terminate();
    this.listeners.clear();
    this.failPending('The training worker was stopped.');
  }

  private start(): Worker {
    const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'response') this.settle(message);
      else if (message.type === 'fatal') this.replace(message.message);
      else if (message.type === 'alive') this.watchEnd(worker, message.lock);
      else this.emit(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.replace(event.message || 'The training worker stopped unexpectedly.');
    };
    return worker;
  }

  /**
   * The worker holds `lock` while it lives; this request for it is granted only once the worker
   * has ended. A worker the client replaced or terminated itself is no news.
   */
  private watchEnd(worker: Worker, lock: string): void {
    void navigator.locks.request(lock, () => {
      if (!this.ended.has(worker))
        this.replace('The training worker stopped without an error (the browser ended it)');
    });
  }

  /** Ends the current worker and starts a fresh one set up as the old one was. */
  private replace(reason: string): void {
    this.ended.add(this.worker);
    this.worker.terminate();
    this.failPending(reason);
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.restarts.length > MAX_RESTARTS) {
      this.emit({
        type: 'worker-crashed',
        message: `${reason}. The worker failed ${MAX_RESTARTS} times in a minute, so it was not restarted again; reload the page to try once more`,
        restarted: false,
      });
      return;
    }
    this.emit({ type: 'worker-crashed', message: reason, restarted: true });
    this.worker = this.start();
    for (const message of this.setup.values()) this.worker.postMessage(message);
  }

  private failPending(reason: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(reason));
    this.pending.clear();
  }

  private settle(message: ResponseMessage): void {
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (!pending) return;
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new Error(message.error));
  }

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
