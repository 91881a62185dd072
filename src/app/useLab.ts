import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { TrainConfig } from '../model/config';
import { describeConfig } from '../runs/naming';
import { initialLabState, labReducer, type Run } from '../runs/state';
import { TrainerClient } from '../worker/client';
import type { BackendName } from '../worker/protocol';

/** Where the dataset files are served, relative to the page. */
export const DATA_URL = new URL('data/fashion-mnist/', document.baseURI).href;

/** `?backend=cpu` asks for the cpu backend; WebGL is the default. */
function requestedBackend(): BackendName {
  return new URLSearchParams(location.search).get('backend') === 'cpu' ? 'cpu' : 'webgl';
}

let nextRunNumber = 1;

/** The lab's state and the actions the UI may take; owns the worker for the page's lifetime. */
export function useLab() {
  const [state, dispatch] = useReducer(labReducer, initialLabState);
  const client = useRef<TrainerClient | null>(null);

  useEffect(() => {
    const worker = new TrainerClient();
    client.current = worker;
    const unsubscribe = worker.subscribe((event) => dispatch({ type: 'worker', event }));
    worker.send({ type: 'init', backend: requestedBackend() });
    worker.send({ type: 'load-data', baseUrl: DATA_URL });
    return () => {
      unsubscribe();
      worker.terminate();
      client.current = null;
    };
  }, []);

  const retryData = useCallback(() => {
    dispatch({ type: 'data-retry' });
    client.current?.send({ type: 'load-data', baseUrl: DATA_URL });
  }, []);

  const train = useCallback((config: TrainConfig) => {
    const run: Run = {
      id: `run-${Date.now().toString(36)}-${nextRunNumber}`,
      name: `#${nextRunNumber++} ${describeConfig(config)}`,
      config,
      status: 'queued',
      createdAt: Date.now(),
      points: [],
      step: 0,
    };
    dispatch({ type: 'run-queued', run });
    client.current?.send({ type: 'train', runId: run.id, config });
  }, []);

  const stop = useCallback((runId: string) => {
    client.current?.send({ type: 'stop', runId });
  }, []);

  return { state, retryData, train, stop };
}
