/**
 * Checks an imported runs file (see export.ts) before any of it reaches the lab: the whole file
 * is accepted or none of it, and a refusal names the field and what is wrong with it.
 */
import { z } from 'zod';
import { NUM_CLASSES } from '../data/idx';
import {
  ACTIVATIONS,
  INITIALIZERS,
  MODEL_KINDS,
  OPTIMIZERS,
  validateConfig,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import type { EvalPoint, Metrics } from '../model/types';
import { BACKENDS, TIMING_STOPS } from '../worker/protocol';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { activationMapSchema, insideSchema } from './inside-schema';
import { isActive, type Run, type RunStatus } from './state';

/** Export versions this app reads. */
export const SUPPORTED_VERSIONS: readonly number[] = [EXPORT_VERSION];
const BYTES_PER_MB = 1024 * 1024;
/** Larger files are refused unread: thousands of long runs fit well below this. */
export const MAX_IMPORT_MB = 50;
/** The limit in bytes of the file, and (a close bound for JSON) in characters of its text. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * BYTES_PER_MB;
/** Every RunStatus exactly once: the Record makes the compiler check both ways. */
const RUN_STATUS_SET = {
  queued: true,
  running: true,
  done: true,
  stopped: true,
  diverged: true,
  failed: true,
  interrupted: true,
} satisfies Record<RunStatus, true>;
const RUN_STATUSES = Object.keys(RUN_STATUS_SET) as [RunStatus, ...RunStatus[]];

/** Zod 4's z.number() already refuses Infinity and NaN (JSON's 1e999 parses to Infinity). */
const finite = z.number();
const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);
type RawIssue = z.core.$ZodRawIssue;
/** Bad items an array reports before the rest of it goes unchecked. */
const MAX_BAD_ITEMS = 100;

/**
 * An array of `item`, checked item by item and given up after MAX_BAD_ITEMS bad ones. z.array
 * would report every bad item: a file of a million, well under MAX_IMPORT_MB, took minutes and
 * then overflowed the stack. The count of further problems is then a lower bound.
 */
function arrayOf<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).transform((items, ctx) => {
    const parsed: z.output<T>[] = [];
    let badItems = 0;
    for (const [index, value] of items.entries()) {
      const result = item.safeParse(value);
      if (result.success) {
        parsed.push(result.data);
        continue;
      }
      // Passed on as z.array would: the same issues, their paths starting at the index.
      for (const issue of result.error.issues)
        ctx.issues.push({ ...issue, input: value, path: [index, ...issue.path] } as RawIssue);
      if (++badItems === MAX_BAD_ITEMS) break;
    }
    return parsed;
  });
}

const configShape = {
  model: z.enum(MODEL_KINDS),
  hiddenUnits: finite,
  filters: finite,
  kernelSize: finite,
  learningRate: finite,
  batchSize: finite,
  steps: finite,
  evalEvery: finite,
  optimizer: z.enum(OPTIMIZERS),
  activation: z.enum(ACTIVATIONS),
  init: z.enum(INITIALIZERS),
  seed: finite,
  validationSize: finite,
  augNoise: finite,
  augLuminance: finite,
  augContrast: finite,
  augShift: finite,
  augFlip: finite,
} satisfies Record<keyof TrainConfig, z.ZodType>;

/** A TrainConfig whose fields also pass the app's own rules (ranges, whole numbers). */
const configSchema = z.object(configShape).check((ctx) => {
  for (const [field, message] of Object.entries(validateConfig(ctx.value))) {
    ctx.issues.push({
      code: 'custom',
      message,
      input: ctx.value[field as NumericField],
      path: [field],
    });
  }
});

/** Per-class accuracy, one value per class by label; null for a class its set had none of. */
const classAccuracy = z.array(fraction.nullable()).length(NUM_CLASSES).optional();

const metricsSchema = z.object({
  accuracy: fraction,
  loss: finite,
  classAccuracy,
} satisfies Record<keyof Metrics, z.ZodType>);

const pointSchema = z.object({
  step: count,
  epoch: count,
  examplesSeen: count,
  valAccuracy: fraction,
  valLoss: finite,
  valClassAccuracy: classAccuracy,
  trainLoss: finite,
  examplesPerSec: finite,
  elapsedMs: finite,
  evalMs: finite.optional(),
  garmentAccuracy: fraction.optional(),
  inside: insideSchema.optional(),
} satisfies Record<keyof EvalPoint, z.ZodType>);

const runSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  config: configSchema,
  status: z.enum(RUN_STATUSES),
  createdAt: finite,
  params: count.optional(),
  backend: z.enum(BACKENDS).optional(),
  engine: z.string().optional(),
  stepCost: z
    .object({
      programs: z.number(),
      uploads: z.number(),
      uploadedBytes: z.number(),
      reads: z.number(),
      steps: z.number(),
    })
    .optional(),
  // Transient, as warmup is: accepted so that a file saved mid-timing still imports.
  timingBackends: z.boolean().optional(),
  backendTiming: arrayOf(
    z.object({
      backend: z.enum(BACKENDS),
      examplesPerSec: finite,
      stopped: z.enum(TIMING_STOPS).nullable(),
    }),
  ).optional(),
  renderer: z.string().nullable().optional(),
  points: arrayOf(pointSchema),
  step: count,
  test: metricsSchema.optional(),
  message: z.string().optional(),
  elapsedMs: finite.optional(),
  paused: z.boolean().optional(),
  // Transient (a run's shader warm-up); accepted so a file saved mid-warm-up still imports.
  warmup: z.object({ done: count, total: count, stage: z.string().nullable() }).optional(),
  hidden: z.boolean().optional(),
  sweepId: z.string().optional(),
  group: z.string().optional(),
  imported: z.boolean().optional(),
  parent: z
    .object({ id: z.string().min(1), name: z.string(), garments: count, share: fraction })
    .optional(),
  activationMap: activationMapSchema.optional(),
} satisfies Record<keyof Run, z.ZodType>);

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  appVersion: z.string(),
  exportedAt: z.string(),
  contents: z.string().optional(),
  runs: arrayOf(runSchema),
});

/** Longest part of a refused string that a message quotes back. */
const MAX_QUOTED_CHARS = 40;

/**
 * A value from the file as a message shows it: JSON for a number, boolean or null, a string
 * cut short, and only the type of an array or object. JSON.stringify would copy a huge value
 * whole into the message, and throws a RangeError on a deeply nested one. Undefined if missing.
 */
function describeValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'string' && value.length > MAX_QUOTED_CHARS)
    return `${JSON.stringify(value.slice(0, MAX_QUOTED_CHARS))}…`;
  return JSON.stringify(value);
}

/** `["runs", 2, "config", "hiddenUnits"]` as `runs[2].config.hiddenUnits`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? formatPath(issue.path) : 'the file';
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  const what = missing
    ? `missing (expected ${issue.expected})`
    : issue.message.replace(/^Invalid (input|option): /, '');
  return `${where}: ${what}`;
}

/** Ids used by more than one run make the file ambiguous; the first repeat, or null. */
function duplicateIdError(runs: readonly Run[]): string | null {
  const firstIndex = new Map<string, number>();
  for (const [index, run] of runs.entries()) {
    const earlier = firstIndex.get(run.id);
    if (earlier !== undefined)
      return `runs[${index}].id: "${run.id}" is also the id of runs[${earlier}].`;
    firstIndex.set(run.id, index);
  }
  return null;
}

/**
 * Parses the text of a runs export. Refuses, with a message a person can act on: files over
 * MAX_IMPORT_MB, text that is not JSON, another format, an unsupported version, and any missing,
 * mistyped, non-finite or out-of-range field (named by its path, e.g.
 * `runs[2].config.hiddenUnits: expected number, received string`). All runs or none.
 *
 * The runs come back as stored in the file, ids included: the caller skips any run whose id is
 * already in the lab, as importing an export again would otherwise double every run (see
 * importing.ts), and drops `sweepId`, as sweeps are not exported.
 * The one change: a run exported while queued or training comes back 'interrupted', as it will
 * not train here.
 */
export function parseRunsImport(
  text: string,
): { ok: true; runs: Run[] } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(text.length) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'The file is not a runs export: expected a JSON object.' };
  const { format, version } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT)
    return {
      ok: false,
      error: `The file is not a Fashion-MNIST Lab runs export: format is ${describeValue(format) ?? 'missing'}, expected "${EXPORT_FORMAT}".`,
    };
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version))
    return {
      ok: false,
      error: `The file is export version ${describeValue(version) ?? '(missing)'}; this app reads version ${SUPPORTED_VERSIONS.join(', ')}.`,
    };
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more =
      rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    return { ok: false, error: `${describeIssue(first)}${more}` };
  }
  const runs: Run[] = parsed.data.runs;
  const duplicate = duplicateIdError(runs);
  if (duplicate) return { ok: false, error: duplicate };
  return {
    ok: true,
    runs: runs.map((run) => (isActive(run) ? { ...run, status: 'interrupted' } : run)),
  };
}

/** The refusal of a file of `size` bytes or characters; also for checking a File before reading. */
export function tooLargeMessage(size: number): string {
  return `The file is ${(size / BYTES_PER_MB).toFixed(1)} MB; the limit is ${MAX_IMPORT_MB} MB.`;
}

/**
 * The run a downloaded model.json describes (see model-file.ts): its name, how it was trained
 * and how it scored. Its curves stay in the runs export; a loaded model has none.
 */
export const modelRunSchema = z.object({
  name: z.string().min(1),
  config: configSchema,
  step: count,
  test: metricsSchema.optional(),
});
export type ModelRunInfo = z.output<typeof modelRunSchema>;

/**
 * A refused value as `path: what is wrong`, with a count of the other problems; `at` is the
 * path of the checked value inside its file, e.g. `["userDefinedMetadata", "fashionMnistLab"]`.
 */
export function describeSchemaError(error: z.ZodError, at: readonly PropertyKey[] = []): string {
  const [first, ...rest] = error.issues;
  const more =
    rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${describeIssue({ ...first, path: [...at, ...first.path] } as z.core.$ZodIssue)}${more}`;
}
