import { useMemo } from 'react';
import type { CallWorker } from '../../worker/client';
import type { Requests } from '../../worker/protocol';

export type TestPredictions = Requests['testPredictions']['result'];
export type GetTestPredictions = (runId: string) => Promise<TestPredictions>;

/** Asks for each run's test predictions once; a failed request is forgotten, so asking retries. */
export function cachedTestPredictions(call: CallWorker): GetTestPredictions {
  const cache = new Map<string, Promise<TestPredictions>>();
  return (runId) => {
    let predictions = cache.get(runId);
    if (!predictions) {
      predictions = call('testPredictions', { runId });
      predictions.catch(() => cache.delete(runId));
      cache.set(runId, predictions);
    }
    return predictions;
  };
}

/**
 * A per-run cache of test-set predictions, shared by the sample grid and the confusion matrix
 * so that each run's 10,000 predictions are computed once per worker. Null without a worker.
 */
export function useTestPredictions(call: CallWorker | null): GetTestPredictions | null {
  return useMemo(() => call && cachedTestPredictions(call), [call]);
}
