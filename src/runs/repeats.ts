/**
 * Repeats: one setting trained over several seeds, and the spread the seeds give. A repeat group
 * is the runs that share `Run.group`; the seed of repeat i follows from the setting's seed. Pure:
 * no React, no DOM.
 */
import { FIELD_RULES, type NumericField, type TrainConfig } from '../model/config';
import type { EvalPoint } from '../model/types';
import { bestValAccuracy } from './compare';
import type { Run, RunStatus } from './state';

export const MIN_REPEATS = 1;
export const MAX_REPEATS = 10;
export const DEFAULT_REPEATS = 1;
/** The report presets run each value over this many seeds unless asked otherwise. */
export const PRESET_REPEATS = 3;

const MAX_SEED = FIELD_RULES.seed.max ?? 2 ** 31 - 1;

/** Repeats as typed: a whole number from MIN_REPEATS to MAX_REPEATS, or why not. */
export function parseRepeats(text: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < MIN_REPEATS || value > MAX_REPEATS)
    return {
      error: `Repeats must be a whole number from ${MIN_REPEATS} to ${MAX_REPEATS}, not "${text}".`,
    };
  return { value };
}

/** The seed of repeat `index` (0 is the setting's own seed): seed, seed + 1, …, wrapping. */
export function repeatSeed(seed: number, index: number): number {
  return (seed + index) % (MAX_SEED + 1);
}

/** Each config `repeats` times in a row, repeat i with seed `repeatSeed(seed, i)`. */
export function expandRepeats(
  configs: TrainConfig[],
  repeats: number,
): { config: TrainConfig; setting: number; repeat: number }[] {
  return configs.flatMap((config, setting) =>
    Array.from({ length: repeats }, (_, repeat) => ({
      config: { ...config, seed: repeatSeed(config.seed, repeat) },
      setting,
      repeat,
    })),
  );
}

/** The runs of one setting: a repeat group, or a run on its own. */
export interface RunGroup {
  /** The group id, or the run's own id for a run on its own. */
  id: string;
  runs: Run[];
}

/** Runs gathered by `group`, in the order of each group's first run; ungrouped runs alone. */
export function groupRuns(runs: readonly Run[]): RunGroup[] {
  const groups = new Map<string, RunGroup>();
  for (const run of runs) {
    const id = run.group ?? run.id;
    const group = groups.get(id);
    if (group) group.runs.push(run);
    else groups.set(id, { id, runs: [run] });
  }
  return [...groups.values()];
}

export interface Spread {
  n: number;
  mean: number;
  /** Sample standard deviation (n - 1); 0 for a single value. */
  sd: number;
  min: number;
  max: number;
}

/** The spread of finite `values`, or undefined when there are none. */
export function spread(values: readonly number[]): Spread | undefined {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return undefined;
  const mean = finite.reduce((sum, v) => sum + v, 0) / n;
  const variance = n > 1 ? finite.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return {
    n,
    mean,
    sd: Math.sqrt(variance),
    min: Math.min(...finite),
    max: Math.max(...finite),
  };
}

/** Where a swept value's runs are: counted apart, as a stopped sweep leaves them mixed. */
export interface StatusCounts {
  done: number;
  /** Stopped after training some steps: a partial result. */
  partial: number;
  /** Queued or training. */
  active: number;
  /** Never trained (stopped while queued), failed, diverged or interrupted. */
  other: number;
}

export function countStatuses(runs: readonly Run[]): StatusCounts {
  const counts: StatusCounts = { done: 0, partial: 0, active: 0, other: 0 };
  for (const run of runs) counts[statusKind(run.status, run.step)]++;
  return counts;
}

function statusKind(status: RunStatus, step: number): keyof StatusCounts {
  if (status === 'done') return 'done';
  if (status === 'queued' || status === 'running') return 'active';
  if (status === 'stopped' && step > 0) return 'partial';
  return 'other';
}

/** One swept value of a sweep: the spread of its runs' accuracies. */
export interface ValueSummary {
  value: number;
  /** Best and final validation accuracy over the runs evaluated so far, and test accuracy over
   *  the runs that finished; in [0, 1]. */
  best?: Spread;
  final?: Spread;
  test?: Spread;
  counts: StatusCounts;
  /** Whether some evaluated run has not finished (stopped early or still training): its
   *  accuracy is of fewer steps than planned. */
  partial: boolean;
  /** Steps of the least-trained evaluated run, and the planned steps. */
  minSteps: number;
  plannedSteps: number;
  runIds: string[];
}

/** One entry per swept value that has runs, sorted by value; each run at its own value. */
export function summarizeValues(runs: readonly Run[], field: NumericField): ValueSummary[] {
  const byValue = new Map<number, Run[]>();
  for (const run of runs) {
    const value = run.config[field];
    byValue.set(value, [...(byValue.get(value) ?? []), run]);
  }
  return [...byValue]
    .sort(([a], [b]) => a - b)
    .map(([value, members]) => {
      // A diverged or failed run's accuracy measures the breakdown, not the setting: it is
      // counted (counts.other) and named by the summary, but kept out of the spread.
      const evaluated = members.filter(
        (run) => run.points.length > 0 && run.status !== 'diverged' && run.status !== 'failed',
      );
      const best = spread(evaluated.map((run) => bestValAccuracy(run) ?? NaN));
      const final = spread(evaluated.map((run) => run.points.at(-1)!.valAccuracy));
      const test = spread(members.flatMap((run) => (run.test ? [run.test.accuracy] : [])));
      return {
        value,
        ...(best ? { best } : {}),
        ...(final ? { final } : {}),
        ...(test ? { test } : {}),
        counts: countStatuses(members),
        partial: evaluated.some((run) => run.status !== 'done'),
        minSteps: Math.min(...evaluated.map((run) => run.points.at(-1)!.step), Infinity),
        plannedSteps: Math.max(...members.map((run) => run.config.steps)),
        runIds: members.map((run) => run.id),
      };
    });
}

/** The measure a summary compares values by: test accuracy once every value has one. */
export function comparedMeasure(values: readonly ValueSummary[]): 'test' | 'final' {
  return values.length > 0 && values.every((v) => v.test) ? 'test' : 'final';
}

/** Whether two spreads overlap: one's range [min, max] meets the other's. */
export function overlaps(a: Spread, b: Spread): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/**
 * The values whose spread overlaps the best value's, the best first: these cannot be told apart
 * from it over these seeds. Only values measured over two seeds or more take part; null if the
 * best value has fewer than two, or no other value overlaps it.
 */
export function withinNoiseOfBest(
  values: readonly ValueSummary[],
  measure: 'test' | 'final' = comparedMeasure(values),
): { best: ValueSummary; tied: ValueSummary[] } | null {
  const measured = values.filter((v) => (v[measure]?.n ?? 0) >= 2);
  if (measured.length < 2) return null;
  const best = measured.reduce((a, b) => (b[measure]!.mean > a[measure]!.mean ? b : a));
  const tied = measured.filter((v) => v !== best && overlaps(v[measure]!, best[measure]!));
  return tied.length > 0 ? { best, tied } : null;
}

/** The value with the highest mean of `measure`, or undefined before any is measured. */
export function bestValue(
  values: readonly ValueSummary[],
  measure: 'test' | 'final' = comparedMeasure(values),
): ValueSummary | undefined {
  return values
    .filter((v) => v[measure])
    .reduce<ValueSummary | undefined>(
      (best, v) => (!best || v[measure]!.mean > best[measure]!.mean ? v : best),
      undefined,
    );
}

/** One point of a group's mean curve: the mean and range over the runs evaluated at `step`. */
export interface MeanPoint {
  step: number;
  n: number;
  mean: number;
  min: number;
  max: number;
  sd: number;
}

/**
 * A group's curve of `metric`: at each step every run of the group was evaluated at, the mean,
 * sd and range over those runs. Steps only some runs reached (a run still training) are left
 * out, so the mean never jumps as runs drop out.
 */
export function meanCurve(runs: readonly Run[], metric: (point: EvalPoint) => number): MeanPoint[] {
  if (runs.length === 0) return [];
  const byStep = new Map<number, number[]>();
  for (const run of runs)
    for (const point of run.points)
      byStep.set(point.step, [...(byStep.get(point.step) ?? []), metric(point)]);
  return [...byStep]
    .filter(([, values]) => values.length === runs.length)
    .sort(([a], [b]) => a - b)
    .map(([step, values]) => {
      const s = spread(values)!;
      return { step, n: s.n, mean: s.mean, min: s.min, max: s.max, sd: s.sd };
    });
}
