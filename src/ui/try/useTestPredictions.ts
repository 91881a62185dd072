import { useMemo } from 'react';
import type { CallWorker } from '../../worker/client';
import type { Requests } from '../../worker/protocol';

export type TestPredictions = Requests['testPredictions']['result'];
export type GetTestPredictions = (runId: string) => Promise<TestPredictions>;

/** Asks for each run's test predictions once; a failed request is forgotten, so asking retries. */
export function cachedTestPredictions(call: CallWorker | null): GetTestPredictions {
  const cache = new Map<string, Promise<TestPredictions>>();
  return (runId) => {
    if (!call) return Promise.reject(new Error('The worker is not running.'));
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
 * so that each run's 10,000 predictions are computed once per worker.
 */
export function useTestPredictions(call: CallWorker | null): GetTestPredictions {
  return useMemo(() => cachedTestPredictions(call), [call]);
}
