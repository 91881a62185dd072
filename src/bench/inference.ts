/** Drawing inference latency: the app's `predict` request, as the Try panel sends it. */
import type { TrainerClient } from '../worker/client';
import { drawnGarment } from './drawing';
import { quantile } from './stats';

/** Untimed calls first: WebGL compiles the model's inference shaders on the first one. */
const WARMUP_CALLS = 5;
/** Different drawings, cycled through. */
const DRAWINGS = 8;

export interface InferenceTiming {
  calls: number;
  /** Round trip, page to worker and back, in ms. */
  p50: number | null;
  p95: number | null;
  /** The worker's own time for the model, in ms (`ms` of the answer). */
  workerP50: number | null;
}

/**
 * Times up to `calls` predict requests of `runId` on drawn garments, one after another, or as
 * many as `limitMs` allows.
 */
export async function timeInference(
  client: TrainerClient,
  runId: string,
  calls: number,
  limitMs: number,
): Promise<InferenceTiming> {
  const drawings = Array.from({ length: DRAWINGS }, (_, seed) => drawnGarment(seed + 1));
  const ask = (i: number) =>
    client.call('predict', { runIds: [runId], pixels: drawings[i % DRAWINGS] });
  for (let i = 0; i < WARMUP_CALLS && calls > 0; i++) await ask(i);
  const roundTrips: number[] = [];
  const workerTimes: number[] = [];
  const deadline = performance.now() + limitMs;
  for (let i = 0; i < calls && performance.now() < deadline; i++) {
    const sent = performance.now();
    const [answer] = await ask(i);
    roundTrips.push(performance.now() - sent);
    workerTimes.push(answer.ms);
  }
  return {
    calls: roundTrips.length,
    p50: quantile(roundTrips, 0.5),
    p95: quantile(roundTrips, 0.95),
    workerP50: quantile(workerTimes, 0.5),
  };
}
