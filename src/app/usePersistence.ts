import { useEffect, useRef, type Dispatch } from 'react';
import { openRunStore, type RunStore } from '../runs/store';
import { isActive, type LabAction, type LabState, type Run, type Sweep } from '../runs/state';

/** Writes are batched: a running run changes several times a second. */
const SAVE_DELAY_MS = 500;

function changedSince<T extends { id: string }>(before: Map<string, T>, now: T[]) {
  const ids = new Set(now.map((item) => item.id));
  return {
    changed: now.filter((item) => before.get(item.id) !== item),
    removed: [...before.keys()].filter((id) => !ids.has(id)),
  };
}

/**
 * Keeps IndexedDB in step with the lab's runs and sweeps: loads them once on start (runs cut
 * off by a reload come back as interrupted), then stores what changed. A storage failure is
 * reported in the state and loses nothing in memory.
 */
export function usePersistence(state: LabState, dispatch: Dispatch<LabAction>): void {
  const store = useRef<Promise<RunStore> | null>(null);
  const saved = useRef({ runs: new Map<string, Run>(), sweeps: new Map<string, Sweep>() });
  const loaded = useRef(false);

  useEffect(() => {
    const opening = openRunStore();
    store.current = opening;
    opening
      .then((s) => s.loadAll())
      .then(({ runs, sweeps }) => {
        saved.current = {
          runs: new Map(runs.map((run) => [run.id, run])),
          sweeps: new Map(sweeps.map((sweep) => [sweep.id, sweep])),
        };
        dispatch({ type: 'hydrate', runs, sweeps });
      })
      .catch((error: Error) => dispatch({ type: 'storage-error', message: error.message }))
      .finally(() => {
        loaded.current = true;
      });
  }, [dispatch]);

  useEffect(() => {
    // A run that just ended is saved at once, so a reload right after it finds it finished.
    const ended = state.runs.some(
      (run) => saved.current.runs.get(run.id)?.status !== run.status && !isActive(run),
    );
    const timer = setTimeout(
      async () => {
        if (!loaded.current || !store.current) return;
        const runs = changedSince(saved.current.runs, state.runs);
        const sweeps = changedSince(saved.current.sweeps, state.sweeps);
        if (![runs, sweeps].some((c) => c.changed.length || c.removed.length)) return;
        try {
          const s = await store.current;
          if (runs.changed.length) await s.putRuns(runs.changed);
          if (runs.removed.length) await s.deleteRuns(runs.removed);
          if (sweeps.changed.length) await s.putSweeps(sweeps.changed);
          if (sweeps.removed.length) await s.deleteSweeps(sweeps.removed);
          saved.current = {
            runs: new Map(state.runs.map((run) => [run.id, run])),
            sweeps: new Map(state.sweeps.map((sweep) => [sweep.id, sweep])),
          };
        } catch (error) {
          dispatch({ type: 'storage-error', message: (error as Error).message });
        }
      },
      ended ? 0 : SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [state.runs, state.sweeps, dispatch]);
}
