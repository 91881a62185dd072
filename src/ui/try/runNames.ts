/**
 * The worker names runs by id ("No trained model is stored for run run-mx4bfeji-9"); people
 * know them by name. The Try panel's worker calls go through withRunNames, so that every
 * message it shows names the run as the runs table does.
 */
import { nameRuns } from '../../runs/messages';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import type { Requests } from '../../worker/protocol';
import { errorMessage } from './useSerialRequest';

export { nameRuns };

type Named = Pick<Run, 'id' | 'name'>;

/** The runs to name, kept up to date by the panel and read only when a call fails. */
export class RunBook {
  private runs: readonly Named[] = [];
  update(runs: readonly Named[]): void {
    this.runs = runs;
  }
  name(message: string): string {
    return nameRuns(message, this.runs);
  }
}

/** `call`, whose failures name runs by the names `book` holds when they fail. */
export function withRunNames(call: CallWorker, book: RunBook): CallWorker {
  return (method, args, transfer) =>
    call(method, args, transfer).catch((error: unknown) => {
      throw new Error(book.name(errorMessage(error)));
    });
}

type Prediction = Requests['predict']['result'][number];
export type RunAnswer = Prediction | { runId: string; error: string };

/**
 * Each run's prediction of `pixels`, asked one run at a time so that a run without a model
 * (imported from a runs file, say) gets its own error and the others still answer.
 */
export function askEachRun(
  call: CallWorker,
  runIds: readonly string[],
  pixels: Float32Array,
): Promise<RunAnswer[]> {
  return Promise.all(
    runIds.map((runId) =>
      call('predict', { runIds: [runId], pixels }).then(
        ([answer]): RunAnswer => answer,
        (error: unknown): RunAnswer => ({ runId, error: errorMessage(error) }),
      ),
    ),
  );
}
