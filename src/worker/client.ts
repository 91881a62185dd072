/**
 * The UI's typed handle on the training worker. The UI sends `ToWorker` messages and listens
 * for `FromWorker` ones; a crashed worker is reported as an event, not swallowed.
 */
import type { FromWorker, RequestName, Requests, ResponseMessage, ToWorker } from './protocol';

export type ClientEvent =
  Exclude<FromWorker, ResponseMessage> | { type: 'worker-crashed'; message: string };

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

export class TrainerClient {
  private readonly worker: Worker;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'response') this.settle(message);
      else this.emit(message);
    };
    this.worker.onerror = (event) => {
      const message = event.message || 'The training worker stopped unexpectedly.';
      for (const pending of this.pending.values()) pending.reject(new Error(message));
      this.pending.clear();
      this.emit({ type: 'worker-crashed', message });
    };
  }

  /** Sends a request and resolves with its result; rejects with the worker's error message. */
  call: CallWorker = (method, args, transfer = []) => {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.worker.postMessage({ type: 'request', id, method, args }, transfer);
    });
  };

  private settle(message: ResponseMessage): void {
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (!pending) return;
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new Error(message.error));
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
