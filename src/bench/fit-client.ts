/**
 * The page's handle on the bench-only training worker (fit.worker.ts): one request at a time,
 * each bounded in time. A worker that errs or times out is terminated and fails every later call.
 */
import type { TrainConfig } from '../model/config';
import type { BackendName } from '../worker/protocol';
import type { FitReply, FitRequest } from './fit-protocol';
import type { LoopKind, LoopTiming } from './report';

const SETUP_TIMEOUT_MS = 360_000;

export class FitWorker {
  private readonly worker = new Worker(new URL('./fit.worker.ts', import.meta.url), {
    type: 'module',
  });
  private lost: string | null = null;
  private pending: { resolve(reply: FitReply): void; reject(error: Error): void } | null = null;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FitReply>) => {
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`The bench worker crashed: ${event.message || 'no message'}`);
    };
  }

  /** Starts `backend` and loads the dataset; resolves with the dataset time in ms. */
  async setUp(backend: BackendName, baseUrl: string): Promise<number> {
    const reply = await this.request({ type: 'setup', backend, baseUrl }, SETUP_TIMEOUT_MS);
    if (reply.type !== 'ready') throw new Error(describe(reply));
    return reply.datasetMs;
  }

  /** Times `loop` on a fresh model of `config`; gives up after `timeoutMs`. */
  async measure(
    loop: LoopKind,
    config: TrainConfig,
    budgetMs: number,
    timeoutMs: number,
  ): Promise<LoopTiming> {
    const reply = await this.request({ type: 'measure', loop, config, budgetMs }, timeoutMs);
    if (reply.type !== 'measured') throw new Error(describe(reply));
    const { type: _type, loop: _loop, ...timing } = reply;
    return timing;
  }

  terminate(): void {
    this.fail('The bench worker was stopped.');
  }

  private request(message: FitRequest, timeoutMs: number): Promise<FitReply> {
    if (this.lost) return Promise.reject(new Error(this.lost));
    return new Promise<FitReply>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(`The bench worker gave no answer within ${timeoutMs / 1000} s.`),
        timeoutMs,
      );
      this.pending = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.worker.postMessage(message);
    });
  }

  private fail(reason: string): void {
    this.lost ??= reason;
    this.worker.terminate();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new Error(reason));
  }
}

function describe(reply: FitReply): string {
  return reply.type === 'error' ? reply.message : `Unexpected answer: ${reply.type}`;
}

/**
 * One bench worker per kind of loop on one backend, each started on first use: a worker that
 * has run model.fit's code runs the app's loop measurably slower afterwards (its JIT has seen
 * other shapes and types), so no loop shares a worker with another, as the app's own worker
 * runs only the app's loop.
 */
export class LoopWorkers {
  private readonly workers = new Map<LoopKind, Promise<FitWorker>>();

  constructor(
    private readonly backend: BackendName,
    private readonly baseUrl: string,
  ) {}

  /** Times `loop` in its own worker, starting it (backend and dataset) the first time. */
  async measure(
    loop: LoopKind,
    config: TrainConfig,
    budgetMs: number,
    timeoutMs: number,
  ): Promise<LoopTiming> {
    let worker = this.workers.get(loop);
    if (!worker) {
      const fresh = new FitWorker();
      worker = fresh.setUp(this.backend, this.baseUrl).then(
        () => fresh,
        (error: unknown) => {
          fresh.terminate();
          throw error;
        },
      );
      this.workers.set(loop, worker);
    }
    return (await worker).measure(loop, config, budgetMs, timeoutMs);
  }

  terminate(): void {
    for (const worker of this.workers.values())
      void worker.then((w) => w.terminate()).catch(() => undefined);
    this.workers.clear();
  }
}
