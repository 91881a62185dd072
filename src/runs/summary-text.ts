/**
 * The sweep summary in words: where its runs are, which value did best and by how much the
 * seeds disagree. A chart invites reading differences into noise; these sentences say what the
 * seeds support. Pure: no React, no DOM.
 */
import { FIELD_RULES, type NumericField } from '../model/config';
import { formatConfigValue } from './compare';
import { bestValue, comparedMeasure, withinNoiseOfBest, type ValueSummary } from './repeats';
import type { Run, Sweep } from './state';

export type Measure = 'test' | 'final';

export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
/** A standard deviation of accuracies, in percentage points: "0.9 points". */
export const points = (fraction: number) => `${(fraction * 100).toFixed(1)} points`;
/** "78.1–80.4%": one percent sign for the pair. */
export const percentRange = (low: number, high: number) =>
  `${(low * 100).toFixed(1)}–${percent(high)}`;
const count = (n: number) => n.toLocaleString('en-US');

export const MEASURE_WORDS: Record<Measure, string> = {
  test: 'test',
  final: 'final validation',
};

/** Fields whose value counts something: the number goes first ("64 hidden units"). */
const COUNT_NOUNS: Partial<Record<NumericField, { one: string; many: string }>> = {
  hiddenUnits: { one: 'hidden unit', many: 'hidden units' },
  filters: { one: 'filter', many: 'filters' },
  steps: { one: 'step', many: 'steps' },
  validationSize: { one: 'validation image', many: 'validation images' },
};
/** The other fields' labels for several values: "kernel sizes 2 and 3". */
const PLURAL_LABELS: Partial<Record<NumericField, string>> = {
  kernelSize: 'kernel sizes',
  learningRate: 'learning rates',
  batchSize: 'batch sizes',
  seed: 'seeds',
};

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One value in words, from the field's label: "5 hidden units", "kernel size 2". */
export function valuePhrase(field: NumericField, value: number): string {
  return valuesPhrase(field, [value]);
}

/** Several values in words: "64 and 256 hidden units", "learning rates 0.001 and 0.01". */
export function valuesPhrase(field: NumericField, values: readonly number[]): string {
  const texts = listWords(values.map((value) => formatConfigValue(field, value)));
  const noun = COUNT_NOUNS[field];
  if (noun) return `${texts} ${values.length === 1 && values[0] === 1 ? noun.one : noun.many}`;
  const label = FIELD_RULES[field].label.toLowerCase();
  return `${values.length > 1 ? (PLURAL_LABELS[field] ?? label) : label} ${texts}`;
}

/**
 * Steps behind a value's `measure`: test accuracy is scored only when a run finishes, so at the
 * planned steps; validation accuracy of a part-trained value at its least-trained run's step.
 */
export function stepsReached(value: ValueSummary, measure: Measure = 'final'): number {
  return value.partial && measure === 'final' ? value.minSteps : value.plannedSteps;
}

/** Where a sweep's runs are, counted apart; a Stop sweep leaves them mixed. */
export interface SweepCounts {
  finished: number;
  /** Stopped after training some steps. */
  stoppedPartWay: number;
  training: number;
  queued: number;
  /** Stopped while queued: kept, but never trained. */
  stoppedBeforeTraining: number;
  /** Planned but deleted before they trained (Stop sweep's "discard"), or deleted later. */
  discarded: number;
  diverged: number;
  failed: number;
  interrupted: number;
}

export function sweepCounts(sweep: Sweep, members: readonly Run[]): SweepCounts {
  return { ...countRuns(members), discarded: Math.max(0, plannedRuns(sweep) - members.length) };
}

/** Runs counted by where they are; `discarded` is 0, as deleted runs are not among them. */
export function countRuns(runs: readonly Run[]): SweepCounts {
  const counts: SweepCounts = {
    finished: 0,
    stoppedPartWay: 0,
    training: 0,
    queued: 0,
    stoppedBeforeTraining: 0,
    discarded: 0,
    diverged: 0,
    failed: 0,
    interrupted: 0,
  };
  for (const run of runs) {
    switch (run.status) {
      case 'done':
        counts.finished++;
        break;
      case 'stopped':
        counts[run.step > 0 ? 'stoppedPartWay' : 'stoppedBeforeTraining']++;
        break;
      case 'running':
        counts.training++;
        break;
      default:
        counts[run.status]++;
    }
  }
  return counts;
}

/** "4 finished, 1 stopped part-way, 1 training": the non-zero counts, in COUNT_WORDS order. */
function countsWords(counts: SweepCounts): string[] {
  return (Object.keys(COUNT_WORDS) as (keyof SweepCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${COUNT_WORDS[key]}`);
}

/** Runs the sweep was started with: every value over every seed. */
export function plannedRuns(sweep: Sweep): number {
  return sweep.values.length * (sweep.repeats ?? 1);
}

const COUNT_WORDS: Record<keyof SweepCounts, string> = {
  finished: 'finished',
  stoppedPartWay: 'stopped part-way',
  training: 'training',
  queued: 'queued',
  stoppedBeforeTraining: 'stopped before training',
  discarded: 'discarded',
  diverged: 'diverged',
  failed: 'failed',
  interrupted: 'interrupted by a reload',
};

/**
 * "Sweep: 2 values × 3 seeds (6 runs): 4 finished, 1 stopped part-way, 1 training." Finished
 * runs are only those that trained all their steps; the others are named for what they are.
 */
export function sweepStatus(sweep: Sweep, members: readonly Run[]): string {
  const counts = sweepCounts(sweep, members);
  const repeats = sweep.repeats ?? 1;
  const planned = plannedRuns(sweep);
  const size =
    repeats > 1
      ? `${sweep.values.length} ${sweep.values.length === 1 ? 'value' : 'values'} × ${repeats} seeds (${planned} runs)`
      : `${planned} ${planned === 1 ? 'run' : 'runs'}`;
  const parts = countsWords(counts);
  if (counts.finished === 0) parts.unshift('none finished');
  return `Sweep: ${size}: ${parts.join(', ')}.`;
}

/** "test 86.1% (mean of 3 seeds, sd 0.9 points)", or "(one seed)". */
function measured(value: ValueSummary, measure: Measure): string {
  const spread = value[measure]!;
  const seeds = spread.n > 1 ? `mean of ${spread.n} seeds, sd ${points(spread.sd)}` : 'one seed';
  return `${MEASURE_WORDS[measure]} ${percent(spread.mean)} (${seeds})`;
}

/**
 * "Best: 256 hidden units, test 86.1% (mean of 3 seeds, sd 0.9 points)." The measure is test
 * accuracy once every value has one, else final validation accuracy; null before any is
 * measured.
 */
export function bestSentence(values: readonly ValueSummary[], field: NumericField): string | null {
  const measure = comparedMeasure(values);
  const best = bestValue(values, measure);
  if (!best) return null;
  let partial = '';
  if (best.partial && measure === 'test') {
    // The test mean is of the finished runs only; the others are named, not averaged in.
    const runs = best.runIds.length;
    const left = runs - best.test!.n;
    partial = `; ${left} of its ${runs} runs did not finish and ${left === 1 ? 'is' : 'are'} left out`;
  } else if (best.partial)
    partial = `, not fully trained (step ${count(best.minSteps)} of ${count(best.plannedSteps)})`;
  return `Best: ${valuePhrase(field, best.value)}, ${measured(best, measure)}${partial}.`;
}

function stepsWords(values: readonly ValueSummary[], measure: Measure): string {
  const steps = values.map((v) => stepsReached(v, measure));
  const low = Math.min(...steps);
  const high = Math.max(...steps);
  return low === high ? `${count(low)} steps` : `${count(low)} to ${count(high)} steps`;
}

/**
 * Whether the best value stands out from the seed noise, in words: "64 and 256 hidden units are
 * within seed noise of each other at 200 steps: …". Null when there is nothing to say yet.
 */
export function noiseSentence(values: readonly ValueSummary[], field: NumericField): string | null {
  const measure = comparedMeasure(values);
  const measuredValues = values.filter((v) => v[measure]);
  if (measuredValues.length < 2) return null;
  const words = MEASURE_WORDS[measure];
  if (measuredValues.every((v) => v[measure]!.n === 1))
    return (
      `One seed per value: a difference of a point or two may be seed noise. Repeat the sweep ` +
      `over seeds to see each value’s spread.`
    );
  const noise = withinNoiseOfBest(values, measure);
  if (noise) {
    const { best, tied } = noise;
    const involved = [best, ...tied].sort((a, b) => a.value - b.value);
    const steps = stepsWords(involved, measure);
    if (tied.length === 1) {
      const seeds = Math.min(best[measure]!.n, tied[0][measure]!.n);
      return (
        `${valuesPhrase(
          field,
          involved.map((v) => v.value),
        )} are within seed noise of each ` +
        `other at ${steps}: their ranges of ${words} accuracy over ${seeds} seeds overlap.`
      );
    }
    return (
      `${valuesPhrase(
        field,
        involved.map((v) => v.value),
      )} are within seed noise of the best, ` +
      `${valuePhrase(field, best.value)}, at ${steps}: each one’s range of ${words} accuracy ` +
      `over the seeds overlaps the best’s.`
    );
  }
  const best = bestValue(values, measure)!;
  const others = measuredValues.filter((v) => v !== best);
  if (best[measure]!.n >= 2 && others.every((v) => v[measure]!.n >= 2))
    return (
      `Every seed of ${valuePhrase(field, best.value)} scores above every seed of the other ` +
      `values (${words} accuracy, ${stepsWords(measuredValues, measure)}).`
    );
  return null;
}

/** Why an evaluated run is not fully trained, by its status. */
const UNFINISHED_WORDS: Partial<Record<Run['status'], string>> = {
  stopped: 'stopped part-way',
  running: 'still training',
  queued: 'still training',
  diverged: 'diverged',
  failed: 'failed',
  interrupted: 'interrupted',
};

/**
 * The legend's note on hollow markers, e.g. "stopped part-way: at most step 400 of 1,000";
 * null when every evaluated run finished. `runs` are the sweep's, to say why they are not.
 */
export function partialNote(values: readonly ValueSummary[], runs: readonly Run[]): string | null {
  const partial = values.filter((v) => v.partial);
  if (partial.length === 0) return null;
  const ids = new Set(partial.flatMap((v) => v.runIds));
  const why = new Set(
    runs
      .filter((run) => ids.has(run.id) && run.points.length > 0 && run.status !== 'done')
      .flatMap((run) => UNFINISHED_WORDS[run.status] ?? []),
  );
  const what = why.size > 0 ? [...why].join(' or ') : 'not fully trained';
  const step = Math.max(...partial.map((v) => v.minSteps));
  const planned = Math.max(...partial.map((v) => v.plannedSteps));
  return `${what}: at most step ${count(step)} of ${count(planned)}`;
}

/**
 * Where one value's runs are, from `runs` (the sweep's): "2 finished, 1 stopped part-way (step
 * 400 of 1,000)".
 */
export function valueStatus(value: ValueSummary, runs: readonly Run[]): string {
  const ids = new Set(value.runIds);
  const parts = countsWords(countRuns(runs.filter((run) => ids.has(run.id))));
  const steps = value.partial
    ? ` (step ${count(value.minSteps)} of ${count(value.plannedSteps)})`
    : '';
  return `${parts.join(', ')}${steps}`;
}

/** One run's state in the words the status line counts it by: "Stopped part-way". */
export function runStatusWords(run: Run): string {
  const counts = countRuns([run]);
  const key = (Object.keys(COUNT_WORDS) as (keyof SweepCounts)[]).find((k) => counts[k] > 0)!;
  const words = COUNT_WORDS[key];
  return words[0].toUpperCase() + words.slice(1);
}
