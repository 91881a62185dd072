import { useEffect, useRef, useState } from 'react';

export type RequestState<I, R> =
  | { status: 'idle' }
  | { status: 'ok'; input: I; result: R; /** Round trip, ms. */ ms: number }
  | { status: 'error'; message: string };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `request` for the latest `input`, one request at a time: an input arriving while one is
 * in flight waits, and only the newest waiting input is sent. While someone draws, the worker
 * so gets at most one request behind, never a queue. `request` should be a stable function and
 * `input` memoised, since a new `input` object means a new request.
 */
export function useSerialRequest<I, R>(
  input: I | null,
  request: (input: I) => Promise<R>,
): RequestState<I, R> {
  const [state, setState] = useState<RequestState<I, R>>({ status: 'idle' });
  const busy = useRef(false);
  const waiting = useRef<I | null>(null);

  useEffect(() => {
    if (input === null) return;
    const send = (next: I) => {
      busy.current = true;
      const started = performance.now();
      request(next)
        .then(
          (result) =>
            setState({ status: 'ok', input: next, result, ms: performance.now() - started }),
          (error: unknown) => setState({ status: 'error', message: errorMessage(error) }),
        )
        .finally(() => {
          busy.current = false;
          const queued = waiting.current;
          waiting.current = null;
          if (queued !== null) send(queued);
        });
    };
    if (busy.current) waiting.current = input;
    else send(input);
  }, [input, request]);

  useEffect(
    () => () => {
      waiting.current = null;
    },
    [],
  );

  return state;
}
