/**
 * What the live view says about the runs that are training: one line per training run, placed
 * in its sweep ("run 2 of 3 · Hidden units 64 · step 120 / 200 · about 8 s left"), with one
 * examples/s figure computed one way everywhere. Pure: the UI formats and draws it.
 */
import { FIELD_RULES } from '../model/config';
import { remainingMs, trainingRate } from './estimate';
import type { Run, Sweep } from './state';

export { trainingRate };

export interface LiveLine {
  runId: string;
  /** The run's place in its sweep (1-based, in the order queued), if it belongs to one. */
  position: { index: number; total: number } | null;
  /** What sets the run apart: the swept value ("Hidden units 64"), else the run's name. */
  setting: string;
  /** Its seed, when it is one of several repeats of a setting. */
  seed: number | null;
  step: number;
  steps: number;
  rate: number | undefined;
  paused: boolean;
  /** Time to its test score; null while paused, before a rate is known, or when not training. */
  leftMs: number | null;
}

/** One line per run that is training now, oldest first. */
export function liveLines(runs: readonly Run[], sweeps: readonly Sweep[]): LiveLine[] {
  return runs
    .filter((run) => run.status === 'running')
    .map((run) => {
      const sweep = run.sweepId ? sweeps.find((s) => s.id === run.sweepId) : undefined;
      const index = sweep ? sweep.runIds.indexOf(run.id) : -1;
      const setting = sweep
        ? `${FIELD_RULES[sweep.field].label} ${run.config[sweep.field].toLocaleString('en-US')}`
        : run.name;
      const paused = run.paused === true;
      return {
        runId: run.id,
        position: sweep && index >= 0 ? { index: index + 1, total: sweep.runIds.length } : null,
        setting,
        seed: run.group ? run.config.seed : null,
        step: run.step,
        steps: run.config.steps,
        rate: trainingRate(run),
        paused,
        leftMs: paused ? null : remainingMs(runs, run),
      };
    });
}
