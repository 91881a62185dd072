/**
 * Property tests of the runs import against untrusted files: random JSON, valid exports with
 * damage done to them, hostile values (huge, deep, non-finite, prototype-polluting keys). The
 * validator never throws: it refuses with a message, or returns runs the app can use as they are.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  DEFAULT_CONFIG,
  FIELD_RULES,
  INITIALIZERS,
  MODEL_KINDS,
  OPTIMIZERS,
  validateConfig,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import type { EvalPoint } from '../model/types';
import { BACKENDS } from '../worker/protocol';
import { exportRuns } from './export';
import { parseRunsImport } from './schema';
import { isActive, type Run, type RunStatus } from './state';

const APP_VERSION = '0.1.0';
const EXPORTED_AT = new Date(Date.UTC(2026, 0, 2));
const STATUSES: RunStatus[] = [
  'queued',
  'running',
  'done',
  'stopped',
  'diverged',
  'failed',
  'interrupted',
];
/** Sizes of the hostile values: big enough to hurt a careless validator, small enough to run. */
const HUGE_ARRAY_LENGTH = 20_000;
/** Bad items z.array reported one by one, until it overflowed the stack at about 120,000. */
const MANY_BAD_ITEMS = 1_000_000;
const HUGE_STRING_LENGTH = 200_000;
const DEEP_NESTING = 20_000;

/** Sizes up to `max`, `max` itself among them. */
const upTo = (max: number): fc.Arbitrary<number> => fc.oneof(fc.constant(max), fc.nat({ max }));

const finiteArb = fc.double({ noNaN: true, noDefaultInfinity: true });
const fractionArb = fc.double({ min: 0, max: 1, noNaN: true });

/** Any value a field's rule allows. */
function fieldArb(field: NumericField): fc.Arbitrary<number> {
  const { min, max, integer } = FIELD_RULES[field];
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

const configArb: fc.Arbitrary<TrainConfig> = fc
  .record({
    ...(Object.fromEntries(
      (Object.keys(FIELD_RULES) as NumericField[]).map((f) => [f, fieldArb(f)]),
    ) as Record<NumericField, fc.Arbitrary<number>>),
    model: fc.constantFrom(...MODEL_KINDS),
    optimizer: fc.constantFrom(...OPTIMIZERS),
    activation: fc.constantFrom(...ACTIVATIONS),
    init: fc.constantFrom(...INITIALIZERS),
  })
  .map((config) => ({ ...config, evalEvery: Math.min(config.evalEvery, config.steps) }));

const pointArb: fc.Arbitrary<EvalPoint> = fc.record({
  step: fc.nat(),
  epoch: fc.nat(),
  examplesSeen: fc.nat(),
  valAccuracy: fractionArb,
  valLoss: finiteArb,
  trainLoss: finiteArb,
  examplesPerSec: finiteArb,
  elapsedMs: finiteArb,
});

const runArb: fc.Arbitrary<Run> = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    name: fc.string(),
    config: configArb,
    status: fc.constantFrom(...STATUSES),
    createdAt: finiteArb,
    params: fc.nat(),
    backend: fc.constantFrom(...BACKENDS),
    renderer: fc.option(fc.string()),
    points: fc.array(pointArb, { maxLength: 4 }),
    step: fc.nat(),
    test: fc.record({ accuracy: fractionArb, loss: finiteArb }),
    message: fc.string(),
    elapsedMs: finiteArb,
    hidden: fc.boolean(),
    sweepId: fc.string(),
  },
  { requiredKeys: ['id', 'name', 'config', 'status', 'createdAt', 'points', 'step'] },
);

const runsArb = fc.uniqueArray(runArb, { selector: (run) => run.id, maxLength: 4 });

const point: EvalPoint = {
  step: 50,
  epoch: 0,
  examplesSeen: 1600,
  valAccuracy: 0.8,
  valLoss: 0.6,
  trainLoss: 0.7,
  examplesPerSec: 1000,
  elapsedMs: 1600,
};
/** A small lab to export: runs of each model kind, finished, diverged and mid-training. */
const SAMPLE_RUNS: Run[] = [
  {
    id: 'r1',
    name: '#1 Dense 100 units',
    config: DEFAULT_CONFIG,
    status: 'done',
    createdAt: 1_700_000_000_000,
    params: 79_510,
    backend: 'webgl',
    renderer: null,
    points: [point, { ...point, step: 100 }],
    step: 100,
    test: { accuracy: 0.81, loss: 0.55 },
    elapsedMs: 3200,
    sweepId: 's1',
  },
  {
    id: 'r2',
    name: '#2 CNN',
    config: { ...DEFAULT_CONFIG, model: 'cnn', init: 'truncatedNormal', learningRate: 1e-4 },
    status: 'diverged',
    createdAt: 1_700_000_100_000,
    points: [point],
    step: 3950,
    message: 'The training loss became NaN or infinite by step 3950.',
    hidden: true,
  },
  {
    id: 'r3',
    name: '#3 Deep CNN',
    config: { ...DEFAULT_CONFIG, model: 'deepCnn', augNoise: 0.1, augShift: 2 },
    status: 'running',
    createdAt: 1_700_000_200_000,
    renderer: 'ANGLE',
    points: [],
    step: 0,
  },
];
const SAMPLE_TEXT = JSON.stringify(exportRuns(SAMPLE_RUNS, APP_VERSION, EXPORTED_AT));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The path of every value in `value`, containers included, the root first. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return [prefix, ...children.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))];
}
const SAMPLE_PATHS = pathsOf(JSON.parse(SAMPLE_TEXT) as Json);

/** A hostile value, described briefly so that a failing case prints in a line or two. */
type Hostile =
  | { json: string }
  | { hugeArray: number }
  | { hugeString: number }
  | { deepArrays: number }
  | { deepObjects: number };

const hostileArb: fc.Arbitrary<Hostile> = fc.oneof(
  fc.jsonValue().map((v) => ({ json: JSON.stringify(v) })),
  fc
    .constantFrom(
      '"NaN"',
      '"Infinity"',
      '"-Infinity"',
      '"1e309"',
      '1e309',
      '-1e309',
      '1e-400',
      '1.7976931348623157e308',
      '-0',
      '9007199254740993',
      '"12"',
      '" 12 "',
      '"0x10"',
      'null',
      'true',
      '[]',
      '{}',
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '[{"__proto__":{"polluted":"yes"}}]',
    )
    .map((json) => ({ json })),
  upTo(HUGE_ARRAY_LENGTH).map((n) => ({ hugeArray: n })),
  upTo(HUGE_STRING_LENGTH).map((n) => ({ hugeString: n })),
  upTo(DEEP_NESTING).map((n) => ({ deepArrays: n })),
  upTo(DEEP_NESTING).map((n) => ({ deepObjects: n })),
);

/**
 * JSON text of a hostile value. Text, not a value, because some cannot be built as one: a
 * `__proto__` key set from JS would change the prototype rather than add the key.
 */
function hostileText(h: Hostile): string {
  if ('json' in h) return h.json;
  if ('hugeArray' in h) return `[${'0,'.repeat(h.hugeArray)}0]`;
  if ('hugeString' in h) return `"${'x'.repeat(h.hugeString)}"`;
  if ('deepArrays' in h) return `${'['.repeat(h.deepArrays)}${']'.repeat(h.deepArrays)}`;
  return `${'{"a":'.repeat(h.deepObjects)}1${'}'.repeat(h.deepObjects)}`;
}

const keyArb = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'polluted',
    'toString',
    'hasOwnProperty',
  ),
  fc.string(),
);

/** One change to the sample export: a path is picked by index modulo the number of paths. */
const editArb = fc.oneof(
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('replace' as const), at: fc.nat(), value: hostileArb }),
  fc.record({ type: fc.constant('add' as const), at: fc.nat(), key: keyArb, value: hostileArb }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

/** The sample export's text with `edits` applied; hostile values are spliced in as text. */
function edited(edits: Edit[]): string {
  const file = JSON.parse(SAMPLE_TEXT) as Json;
  const raw: string[] = [];
  const placeholder = (text: string): string => `@@raw${raw.push(text) - 1}@@`;
  let root = file;
  for (const edit of edits) {
    const path = SAMPLE_PATHS[edit.at % SAMPLE_PATHS.length];
    const parent = path.slice(0, -1).reduce<Json>(lookup, root);
    const last = path[path.length - 1];
    if (edit.type === 'add') {
      const target = path.reduce<Json>(lookup, root);
      if (isObject(target))
        Object.defineProperty(target, edit.key, field(placeholder(hostileText(edit.value))));
    } else if (path.length === 0) {
      root = edit.type === 'replace' ? placeholder(hostileText(edit.value)) : null;
    } else if (isObject(parent) || Array.isArray(parent)) {
      if (edit.type === 'delete') delete (parent as Record<string, Json>)[last];
      else Object.defineProperty(parent, last, field(placeholder(hostileText(edit.value))));
    }
  }
  return JSON.stringify(root).replace(/"@@raw(\d+)@@"/g, (_, i: string) => raw[Number(i)]);
}

/** The child of `node` at `key`, or null where there is none (an earlier edit removed it). */
function lookup(node: Json, key: string | number): Json {
  const child = isObject(node) || Array.isArray(node) ? (node as Record<string, Json>)[key] : null;
  return child ?? null;
}

function isObject(node: Json): node is { [key: string]: Json } {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** An own, enumerable data property: even `__proto__` becomes a key, not the prototype. */
function field(value: Json): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

/** Every number anywhere in `value`. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbersIn);
}

/** The import of `text` never throws; it refuses with a message or gives runs the app can use. */
function expectSafeImport(text: string): ReturnType<typeof parseRunsImport> {
  const result = parseRunsImport(text);
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error.trim()).not.toBe('');
    return result;
  }
  expect(Array.isArray(result.runs)).toBe(true);
  for (const run of result.runs) {
    expect(validateConfig(run.config)).toEqual({});
    expect(numbersIn(run).every(Number.isFinite)).toBe(true);
    expect(isActive(run)).toBe(false);
  }
  expect(new Set(result.runs.map((run) => run.id)).size).toBe(result.runs.length);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

afterEach(() => {
  // A failed pollution check must not leak into the other tests.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('parseRunsImport on untrusted files', () => {
  it('refuses up to a million bad runs or points with a message', () => {
    const badItemArb = fc.constantFrom('0', 'null', '"x"', '[]', '{}', '{"__proto__":{}}');
    const where = fc.constantFrom('runs', 'points');
    fc.assert(
      fc.property(
        where,
        badItemArb,
        upTo(MANY_BAD_ITEMS - 1).map((n) => n + 1),
        (key, item, n) => {
          const items = `[${`${item},`.repeat(n - 1)}${item}]`;
          const text =
            key === 'runs'
              ? SAMPLE_TEXT.replace(/"runs":.*\}$/, `"runs":${items}}`)
              : SAMPLE_TEXT.replace('"points":[]', `"points":${items}`);
          const result = expectSafeImport(text);
          expect(result.ok).toBe(false);
        },
      ),
      { seed: 0x5c0, numRuns: 4 },
    );
  });

  it('handles random text and random JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => void expectSafeImport(text)),
      {
        seed: 0x5c1,
        numRuns: 500,
      },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void expectSafeImport(JSON.stringify(value))),
      { seed: 0x5c2, numRuns: 1000 },
    );
  });

  it('handles random runs in a file of the right format and version', () => {
    const fileArb = fc.record({
      format: fc.constant('fashion-mnist-lab/runs'),
      version: fc.constant(1),
      appVersion: fc.string(),
      exportedAt: fc.string(),
      runs: fc.array(fc.jsonValue(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fileArb, (file) => void expectSafeImport(JSON.stringify(file))),
      { seed: 0x5c3, numRuns: 500 },
    );
  });

  it('reads back any valid export, marking runs exported mid-training as interrupted', () => {
    fc.assert(
      fc.property(runsArb, (runs) => {
        const text = JSON.stringify(exportRuns(runs, APP_VERSION, EXPORTED_AT));
        const result = expectSafeImport(text);
        const expected = (JSON.parse(text) as { runs: Run[] }).runs.map((run) =>
          isActive(run) ? { ...run, status: 'interrupted' } : run,
        );
        expect(result).toEqual({ ok: true, runs: expected });
      }),
      { seed: 0x5c4, numRuns: 500 },
    );
  });

  it('handles a valid export with keys deleted, values replaced and keys added', () => {
    expect(parseRunsImport(SAMPLE_TEXT).ok).toBe(true);
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edited(edits);
        expectSafeImport(text);
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: 0x5c5, numRuns: 800 },
    );
  });
});
