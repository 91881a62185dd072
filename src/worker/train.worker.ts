/// <reference lib="webworker" />
/** Worker entry: wires the pure handler to the worker's message port. */
import { createHandler } from './handler';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** A macrotask yield that, unlike setTimeout, is not clamped to 4 ms when nested. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const handle = createHandler({
  post: (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer),
  yieldToEvents,
});

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
};

// Held until the worker ends, however it ends: the client waits on the same lock to learn of an
// end that fires no error event (the browser closing the worker). Web Locks need a secure context.
if (self.navigator.locks) {
  const lock = `fashion-mnist-lab-worker-${self.crypto.randomUUID()}`;
  void self.navigator.locks.request(lock, () => {
    self.postMessage({ type: 'alive', lock } satisfies FromWorker);
    return new Promise<never>(() => {});
  });
}
