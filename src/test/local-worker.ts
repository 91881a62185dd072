/**
 * A training worker in this process for tests: the worker's own handler (createHandler) behind
 * the interface the pool uses, with a crash that replaces it by a fresh one set up as the old
 * one was, as TrainerClient replaces a dead worker.
 */
import type { ClientEvent } from '../worker/client';
import { createHandler } from '../worker/handler';
import type { WorkerHandle } from '../worker/pool';
import type { FromWorker, RequestName, Requests, ToWorker } from '../worker/protocol';
import { diskFetch } from './disk-fetch';

export class LocalWorker implements WorkerHandle {
  private generation = 0;
  private handle!: (message: ToWorker) => Promise<void>;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private readonly pending = new Map<number, (m: FromWorker & { type: 'response' }) => void>();
  private readonly setup = new Map<string, ToWorker>();
  private readonly training = new Set<string>();
  private nextId = 1;
  /** Every message this worker was sent, in order. */
  readonly received: ToWorker[] = [];

  constructor(private readonly fetchFn: typeof diskFetch = diskFetch) {
    this.start();
  }

  send(message: ToWorker): void {
    this.received.push(message);
    if (message.type === 'init' || message.type === 'load-data' || message.type === 'use-data')
      this.setup.set(message.type, message);
    if (message.type === 'train') this.training.add(message.runId);
    void this.handle(message);
  }

  call = <K extends RequestName>(method: K, args: Requests[K]['args']) =>
    new Promise<Requests[K]['result']>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, (m) => (m.ok ? resolve(m.result as never) : reject(new Error(m.error))));
      void this.handle({ type: 'request', id, method, args } as ToWorker);
    });

  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.stopAll();
    this.generation++;
    this.listeners.clear();
  }

  /** Dies as a crashed worker does: its run goes silent, and a fresh worker takes its place. */
  crash(message = 'The training worker crashed'): void {
    this.stopAll();
    this.start();
    for (const listener of this.listeners)
      listener({ type: 'worker-crashed', message, restarted: true });
    for (const setup of this.setup.values()) void this.handle(setup);
  }

  private stopAll(): void {
    // The old handler shares this process: stop its training so that it frees the thread.
    for (const runId of this.training) void this.handle({ type: 'stop', runId });
    this.training.clear();
  }

  private start(): void {
    const generation = ++this.generation;
    this.handle = createHandler({
      post: (message) => {
        if (generation !== this.generation) return;
        if (message.type === 'response') {
          this.pending.get(message.id)?.(message);
          this.pending.delete(message.id);
          return;
        }
        if (message.type === 'run-ended') this.training.delete(message.runId);
        if (message.type === 'fatal' || message.type === 'alive') return;
        for (const listener of this.listeners) listener(message);
      },
      yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
      fetchFn: this.fetchFn,
      persistModels: false,
    });
  }
}
