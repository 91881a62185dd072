/**
 * The UI's typed handle on the training worker. The UI sends `ToWorker` messages and listens
 * for `FromWorker` ones; a crashed worker is reported as an event, not swallowed.
 */
import type { FromWorker, ToWorker } from './protocol';

export type ClientEvent = FromWorker | { type: 'worker-crashed'; message: string };

export class TrainerClient {
  private readonly worker: Worker;
  private readonly listeners = new Set<(event: ClientEvent) => void>();

  constructor() {
    this.worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.emit(event.data);
    this.worker.onerror = (event) =>
      this.emit({
        type: 'worker-crashed',
        message: event.message || 'The training worker stopped unexpectedly.',
      });
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
