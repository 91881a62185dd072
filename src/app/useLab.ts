import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { NumericField, TrainConfig } from '../model/config';
import { describeConfig } from '../runs/naming';
import { expandRepeats } from '../runs/repeats';
import { initialLabState, isActive, labReducer, type Run, type Sweep } from '../runs/state';
import type { CallWorker } from '../worker/client';
import { TrainerPool, type PoolEvent } from '../worker/pool';
import type { BackendName, DebugAction, FineTune } from '../worker/protocol';
import { usePersistence } from './usePersistence';

/** Where the dataset files are served, relative to the page. */
export const DATA_URL = new URL('data/fashion-mnist/', document.baseURI).href;

/** How long Undo is offered after a delete, in ms. */
const UNDO_MS = 10_000;

/** Longest a worker's report waits before it is shown, in ms: 5 renders a second at most. */
const UI_UPDATE_MS = 200;

/** `?backend=webgl|wasm|cpu` asks for that backend; otherwise the worker picks (`auto`). */
function requestedBackend(): BackendName | 'auto' {
  const asked = new URLSearchParams(location.search).get('backend');
  return asked === 'webgl' || asked === 'wasm' || asked === 'cpu' ? asked : 'auto';
}

let idCounter = 0;
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(idCounter++).toString(36)}`;
}

/** The next "#N" after every run already named so. */
function nextRunNumber(runs: Run[]): number {
  const numbers = runs.map((run) => Number(/^#(\d+) /.exec(run.name)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

function newRun(
  config: TrainConfig,
  number: number,
  sweepId?: string,
  group?: { id: string; repeats: number },
): Run {
  const seed = group && group.repeats > 1 ? ` · seed ${config.seed}` : '';
  return {
    id: newId('run'),
    name: `#${number} ${describeConfig(config)}${seed}`,
    config,
    status: 'queued',
    createdAt: Date.now(),
    points: [],
    step: 0,
    ...(sweepId ? { sweepId } : {}),
    ...(group && group.repeats > 1 ? { group: group.id } : {}),
  };
}

/**
 * The runs of `configs` repeated `repeats` times over seeds, numbered from `first`: the repeats
 * of one config share a group (and, with `repeats` 1, no group).
 */
function newRuns(configs: TrainConfig[], repeats: number, first: number, sweepId?: string): Run[] {
  const groups = configs.map(() => newId('group'));
  return expandRepeats(configs, repeats).map(({ config, setting }, i) =>
    newRun(config, first + i, sweepId, { id: groups[setting], repeats }),
  );
}

/** The lab's state and the actions the UI may take; owns the worker for the page's lifetime. */
export function useLab() {
  const [state, dispatch] = useReducer(labReducer, initialLabState);
  const [call, setCall] = useState<CallWorker | null>(null);
  const client = useRef<TrainerPool | null>(null);
  /** The last deleted runs, while their Undo is offered. */
  const [deleted, setDeleted] = useState<{ runs: Run[] } | null>(null);
  /** Deletes the stored models of the last deleted runs now, ending their undo. */
  const forgetDeleted = useRef<() => void>(() => {});
  /** Brings the last deleted runs back, while their undo is offered. */
  const restoreDeleted = useRef<() => void>(() => {});
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  usePersistence(state, dispatch);

  useEffect(() => {
    const worker = new TrainerPool();
    client.current = worker;
    // Workers report many times a second each (a dense run evaluates about 20 times a second);
    // rendering each report took the CPU the workers train on, so reports are applied together.
    let pending: PoolEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const events = pending;
      pending = [];
      dispatch({ type: 'worker-batch', events });
    };
    const unsubscribeEvents = worker.subscribe((event) => {
      pending.push(event);
      timer ??= setTimeout(flush, UI_UPDATE_MS);
    });
    const unsubscribe = () => {
      unsubscribeEvents();
      if (timer !== null) clearTimeout(timer);
    };
    worker.send({ type: 'init', backend: requestedBackend() });
    worker.send({ type: 'load-data', baseUrl: DATA_URL });
    // The worker is an external system born in this effect; its handle must reach render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCall(() => worker.call);
    return () => {
      unsubscribe();
      worker.terminate();
      client.current = null;
      setCall(null);
    };
  }, []);

  const actions = useMemo(() => {
    const send = (...messages: Parameters<TrainerPool['send']>[0][]) =>
      messages.forEach((message) => client.current?.send(message));
    const stop = (runId: string) => send({ type: 'stop', runId });
    return {
      retryData() {
        dispatch({ type: 'data-retry' });
        send({ type: 'load-data', baseUrl: DATA_URL });
      },
      /** Trains `config`, `repeats` times over seeds (a repeat group) when more than 1. */
      train(config: TrainConfig, repeats = 1) {
        for (const run of newRuns([config], repeats, nextRunNumber(latest.current.runs))) {
          dispatch({ type: 'run-queued', run });
          send({ type: 'train', runId: run.id, config: run.config });
        }
      },
      /**
       * Trains a run made elsewhere from the next run number (a fine-tune on My garments, see
       * garments/fine-tune.ts), with what the worker needs to start it; returns the run.
       */
      trainRun(make: (number: number) => { run: Run; fineTune?: FineTune }): Run {
        const { run, fineTune } = make(nextRunNumber(latest.current.runs));
        dispatch({ type: 'run-queued', run });
        send({
          type: 'train',
          runId: run.id,
          config: run.config,
          ...(fineTune ? { fineTune } : {}),
        });
        return run;
      },
      startSweep(
        configs: TrainConfig[],
        field: NumericField,
        values: number[],
        { repeats = 1, presetId }: { repeats?: number; presetId?: string } = {},
      ) {
        const sweepId = newId('sweep');
        const runs = newRuns(configs, repeats, nextRunNumber(latest.current.runs), sweepId);
        const sweep: Sweep = {
          id: sweepId,
          field,
          values,
          runIds: runs.map((run) => run.id),
          createdAt: Date.now(),
          ...(repeats > 1 ? { repeats } : {}),
          ...(presetId ? { presetId } : {}),
        };
        dispatch({ type: 'sweep-queued', sweep, runs });
        send(...runs.map((run) => ({ type: 'train' as const, runId: run.id, config: run.config })));
      },
      stop,
      pause: (runId: string) => send({ type: 'pause', runId }),
      resume: (runId: string) => send({ type: 'resume', runId }),
      debug: (action: DebugAction) => send({ type: 'debug', action }),
      /** Stops a sweep's runs; with `discardQueued`, the runs that never started are deleted. */
      stopSweep(sweepId: string, discardQueued = false) {
        const sweep = latest.current.sweeps.find((s) => s.id === sweepId);
        const active = latest.current.runs.filter(
          (run) => sweep?.runIds.includes(run.id) && isActive(run),
        );
        active.forEach((run) => stop(run.id));
        const queued = active.filter((run) => run.status === 'queued').map((run) => run.id);
        if (discardQueued && queued.length > 0) dispatch({ type: 'delete', runIds: queued });
      },
      rename: (runId: string, name: string) => dispatch({ type: 'rename', runId, name }),
      setHidden: (runIds: string[], hidden: boolean) =>
        dispatch({ type: 'set-hidden', runIds, hidden }),
      /**
       * Deletes runs, with an undo: their stored models are deleted only when the undo is no
       * longer offered (UNDO_MS later, or at the next delete).
       */
      remove(runIds: string[]) {
        const { runs, sweeps } = latest.current;
        for (const run of runs) if (runIds.includes(run.id) && isActive(run)) stop(run.id);
        forgetDeleted.current();
        const gone = runs.filter((run) => runIds.includes(run.id));
        const touched = sweeps.filter((sweep) => sweep.runIds.some((id) => runIds.includes(id)));
        dispatch({ type: 'delete', runIds });
        const end = () => {
          clearTimeout(timer);
          forgetDeleted.current = () => {};
          restoreDeleted.current = () => {};
          setDeleted(null);
        };
        const forget = () => {
          end();
          runIds.forEach((runId) =>
            client.current?.call('deleteModel', { runId }).catch(() => undefined),
          );
        };
        const timer = setTimeout(forget, UNDO_MS);
        forgetDeleted.current = forget;
        restoreDeleted.current = () => {
          end();
          dispatch({ type: 'restore', runs: gone, sweeps: touched });
        };
        setDeleted({ runs: gone });
      },
      undoDelete: () => restoreDeleted.current(),
      addRuns(runs: Run[]) {
        dispatch({ type: 'hydrate', runs, sweeps: [] });
      },
      dismissStorageError: () => dispatch({ type: 'storage-error', message: null }),
    };
  }, []);

  useEffect(() => {
    // The end-to-end tests inject faults through this hook; it exists only when asked for.
    if (!new URLSearchParams(location.search).has('fault-injection')) return;
    const target = window as unknown as { injectFault?: typeof actions.debug };
    target.injectFault = actions.debug;
    return () => void delete target.injectFault;
  }, [actions]);

  return { state, call, deleted, ...actions };
}
