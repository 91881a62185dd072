import { useEffect, useMemo, useRef, useState } from 'react';
import { garmentPool, imagesKey, type Garment } from '../garments/garment';
import { scoreGarments, type RunGarmentScore } from '../garments/score';
import { hasTrainedModel, type Run } from '../runs/state';
import type { CallWorker } from '../worker/client';

/** What the worker answered for a run, and for which images (see imagesKey). */
type Answer =
  { key: string; predicted: Uint8Array; confidence: Float32Array } | { key: string; error: string };

const SEPARATOR = ' ';

/**
 * Every trained run's score on My garments, by run id. Each run is asked once per set of images
 * (adding or deleting a garment asks again; a relabel only rescores), one run at a time, so that
 * a sweep's runs finishing together do not flood the workers.
 */
export function useGarmentScores(
  call: CallWorker | null,
  runs: readonly Run[],
  garments: readonly Garment[],
): Map<string, RunGarmentScore> {
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer>>(new Map());
  /** The images key each run was last asked about. */
  const asked = useRef(new Map<string, string>());
  const latest = useRef(garments);
  useEffect(() => {
    latest.current = garments;
  }, [garments]);
  const key = imagesKey(garments);
  const trained = runs
    .filter(hasTrainedModel)
    .map((run) => run.id)
    .join(SEPARATOR);

  useEffect(() => {
    if (!call || key === '' || trained === '') return;
    let cancelled = false;
    const images = garmentPool(latest.current).images;
    const answer = (runId: string, value: Answer) =>
      setAnswers((current) => new Map(current).set(runId, value));
    void (async () => {
      for (const runId of trained.split(SEPARATOR)) {
        if (cancelled) return;
        if (asked.current.get(runId) === key) continue;
        asked.current.set(runId, key);
        try {
          answer(runId, { key, ...(await call('predictGarments', { runId, images })) });
        } catch (error) {
          answer(runId, { key, error: (error as Error).message });
          // Asked again at the next change: the model may be back (a worker restarted).
          asked.current.delete(runId);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [call, key, trained]);

  return useMemo(() => {
    const scores = new Map<string, RunGarmentScore>();
    if (garments.length === 0) return scores;
    for (const runId of trained === '' ? [] : trained.split(SEPARATOR)) {
      const found = answers.get(runId);
      if (!found || found.key !== key) scores.set(runId, { status: 'scoring' });
      else if ('error' in found) scores.set(runId, { status: 'error', message: found.error });
      else
        scores.set(runId, {
          status: 'ok',
          score: scoreGarments(garments, found.predicted, found.confidence),
        });
    }
    return scores;
  }, [answers, garments, key, trained]);
}
