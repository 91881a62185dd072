/**
 * What the benchmark measures and how the page is told: the model cases, the options read from
 * the page's URL, and the training config each case sends. Pure: no DOM, no TF.js.
 */
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { BACKENDS, type BackendName } from '../worker/protocol';

/** The measured models, each a change to the app's default config. */
export const BENCH_CASES = {
  'dense-100': { model: 'dense', hiddenUnits: 100 },
  'report-cnn': { model: 'cnn', filters: 32, kernelSize: 2 },
  'deep-cnn': { model: 'deepCnn' },
} as const satisfies Record<string, Partial<TrainConfig>>;

export type CaseId = keyof typeof BENCH_CASES;
export const CASE_IDS = Object.keys(BENCH_CASES) as CaseId[];

export interface BenchOptions {
  backends: BackendName[];
  cases: CaseId[];
  /** Steps timed after the warm-up, per measurement. */
  steps: number;
  /** Steps before the first evaluation point; they absorb shader compilation and first use. */
  warmupSteps: number;
  /** Wall time one measurement may train after its warm-up, in ms, before it is stopped. */
  budgetMs: number;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  backends: [...BACKENDS],
  cases: [...CASE_IDS],
  steps: 200,
  warmupSteps: 20,
  budgetMs: 120_000,
};

const MS_PER_SECOND = 1000;

/**
 * Validation images per evaluation point: one evaluation batch. The points only mark where
 * timing intervals end, and the app's 5,000 would cost a CNN on SwiftShader 10-100 s per
 * point; the split size does not change the training steps being timed.
 */
export const BENCH_VALIDATION_SIZE = 1_000;

function parseList<T extends string>(
  name: string,
  raw: string | null,
  allowed: readonly T[],
  fallback: T[],
): T[] {
  if (raw === null) return fallback;
  const items = raw.split(',').map((item) => item.trim());
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0 || items.length === 0)
    throw new Error(
      `${name} must be a comma-separated list of ${allowed.join(', ')}; got "${raw}".`,
    );
  return [...new Set(items as T[])];
}

function parseCount(name: string, raw: string | null, fallback: number): number {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1; got "${raw}".`);
  return value;
}

/**
 * Reads `backends`, `models`, `steps`, `warmup` and `budget` (seconds) from the page's query
 * string; absent ones take the defaults, malformed ones throw naming the parameter.
 */
export function parseBenchOptions(params: URLSearchParams): BenchOptions {
  const defaults = DEFAULT_BENCH_OPTIONS;
  return {
    backends: parseList('backends', params.get('backends'), BACKENDS, defaults.backends),
    cases: parseList('models', params.get('models'), CASE_IDS, defaults.cases),
    steps: parseCount('steps', params.get('steps'), defaults.steps),
    warmupSteps: parseCount('warmup', params.get('warmup'), defaults.warmupSteps),
    budgetMs:
      parseCount('budget', params.get('budget'), defaults.budgetMs / MS_PER_SECOND) * MS_PER_SECOND,
  };
}

/**
 * The app's default config for a case, trained for warm-up plus measured steps. Evaluating
 * every `warmupSteps` puts the first point right after the warm-up, so every later point times
 * steady-state training only, and a run stopped by the budget loses at most one interval.
 */
export function caseConfig(id: CaseId, options: BenchOptions): TrainConfig {
  return {
    ...DEFAULT_CONFIG,
    ...BENCH_CASES[id],
    steps: options.warmupSteps + options.steps,
    evalEvery: options.warmupSteps,
    validationSize: BENCH_VALIDATION_SIZE,
  };
}
