import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { EvalPoint } from '../model/types';
import { exportRuns } from './export';
import { MAX_IMPORT_BYTES, parseRunsImport } from './schema';
import type { Run } from './state';

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
const done: Run = {
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
};
const diverged: Run = {
  ...done,
  id: 'r2',
  config: { ...DEFAULT_CONFIG, model: 'cnn', init: 'truncatedNormal' },
  status: 'diverged',
  message: 'The training loss became NaN or infinite by step 3950.',
  test: undefined,
  hidden: true,
};

/** Marks a field to delete rather than set. */
const REMOVE = Symbol('remove');
type Path = (string | number)[];
type Edit = [path: Path, value: unknown];
type Node = Record<string | number, unknown>;

/** The JSON export of two runs with `edits` applied: each sets (or removes) one field. */
function exported(...edits: Edit[]): string {
  const file: unknown = JSON.parse(JSON.stringify(exportRuns([done, diverged], '0.1.0')));
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce((node, key) => (node as Node)[key], file) as Node;
    const last = path[path.length - 1];
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return JSON.stringify(file);
}

function errorOf(text: string): string {
  const result = parseRunsImport(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

describe('parseRunsImport', () => {
  it('reads back what exportRuns wrote', () => {
    const result = parseRunsImport(exported());
    expect(result).toEqual({ ok: true, runs: JSON.parse(JSON.stringify([done, diverged])) });
  });

  it('keeps per-class accuracy, and reads runs from before it was kept', () => {
    const perClass = [0.9, 0.95, 0.8, 0.85, 0.8, 0.95, 0.34, 0.95, 0.97, null];
    const result = parseRunsImport(
      exported(
        [['runs', 0, 'points', 1, 'valClassAccuracy'], perClass],
        [['runs', 0, 'test', 'classAccuracy'], perClass],
      ),
    );
    expect(result.ok && result.runs[0].points.map((p) => p.valClassAccuracy)).toEqual([
      undefined,
      perClass,
    ]);
    expect(result.ok && result.runs[0].test?.classAccuracy).toEqual(perClass);
  });

  it('refuses per-class accuracy that is not one fraction per class', () => {
    const tooFew = [0.5, 0.5, 0.5];
    expect(errorOf(exported([['runs', 0, 'points', 0, 'valClassAccuracy'], tooFew]))).toMatch(
      /^runs\[0\]\.points\[0\]\.valClassAccuracy: .*10/,
    );
    const overOne = [1.5, ...new Array(9).fill(0.5)];
    expect(errorOf(exported([['runs', 1, 'points', 0, 'valClassAccuracy'], overOne]))).toMatch(
      /^runs\[1\]\.points\[0\]\.valClassAccuracy\[0\]: /,
    );
  });

  it('marks runs exported mid-training as interrupted', () => {
    const result = parseRunsImport(exported([['runs', 0, 'status'], 'running']));
    expect(result.ok && result.runs.map((r) => r.status)).toEqual(['interrupted', 'diverged']);
  });

  it('says what the file holds, and reads files written before it did', () => {
    const file = JSON.parse(exported());
    expect(file.contents).toMatch(/settings, curves and scores; no model weights/);
    expect(parseRunsImport(exported([['contents'], REMOVE]))).toMatchObject({ ok: true });
    expect(errorOf(exported([['contents'], 3]))).toMatch(/^contents: /);
  });

  it('accepts an export with no runs', () => {
    expect(parseRunsImport(JSON.stringify(exportRuns([], '0.1.0')))).toEqual({
      ok: true,
      runs: [],
    });
  });

  it('refuses huge files before parsing them', () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    expect(errorOf(huge)).toBe('The file is 50.0 MB; the limit is 50 MB.');
  });

  it('refuses text that is not JSON or not an export', () => {
    expect(errorOf('{"format": ')).toMatch(/^The file is not valid JSON: /);
    expect(errorOf('[1, 2]')).toBe('The file is not a runs export: expected a JSON object.');
    expect(errorOf(exported([['format'], 'something-else']))).toBe(
      'The file is not a Fashion-MNIST Lab runs export: format is "something-else", expected "fashion-mnist-lab/runs".',
    );
    expect(errorOf(exported([['format'], REMOVE]))).toMatch(/format is missing/);
  });

  it('names an unsupported version and the supported ones', () => {
    expect(errorOf(exported([['version'], 2]))).toBe(
      'The file is export version 2; this app reads version 1.',
    );
    expect(errorOf(exported([['version'], '1']))).toBe(
      'The file is export version "1"; this app reads version 1.',
    );
    expect(errorOf(exported([['version'], REMOVE]))).toMatch(/version \(missing\)/);
  });

  it('names the path of a wrong type', () => {
    expect(errorOf(exported([['runs', 1, 'config', 'hiddenUnits'], '100']))).toBe(
      'runs[1].config.hiddenUnits: expected number, received string',
    );
    expect(errorOf(exported([['runs', 0, 'points', 1, 'valLoss'], null]))).toBe(
      'runs[0].points[1].valLoss: expected number, received null',
    );
    expect(errorOf(exported([['runs', 0, 'status'], 'exploded']))).toMatch(
      /^runs\[0\]\.status: expected one of "queued"/,
    );
  });

  it('names the path of a missing field', () => {
    expect(errorOf(exported([['runs', 1, 'config', 'kernelSize'], REMOVE]))).toBe(
      'runs[1].config.kernelSize: missing (expected number)',
    );
    expect(errorOf(exported([['runs'], REMOVE]))).toBe('runs: missing (expected array)');
  });

  it('counts the further problems', () => {
    const error = errorOf(
      exported([['runs', 0, 'id'], REMOVE], [['runs', 1, 'id'], REMOVE], [['runs', 1, 'step'], -1]),
    );
    expect(error).toBe('runs[0].id: missing (expected string) (and 2 more problems)');
  });

  it('refuses numbers that are not finite', () => {
    const text = exported().replace('"valAccuracy":0.8', '"valAccuracy":1e999');
    expect(errorOf(text)).toBe('runs[0].points[0].valAccuracy: expected number, received Infinity');
    expect(errorOf(exported([['runs', 0, 'createdAt'], 'NaN']))).toMatch(
      /^runs\[0\]\.createdAt: expected number/,
    );
  });

  it('refuses configs the app would refuse', () => {
    expect(errorOf(exported([['runs', 0, 'config', 'kernelSize'], 40]))).toBe(
      'runs[0].config.kernelSize: Kernel size must be between 1 and 28, not 40.',
    );
    expect(errorOf(exported([['runs', 1, 'config', 'steps'], 10]))).toBe(
      'runs[1].config.evalEvery: Evaluate every must not exceed Steps (10).',
    );
    expect(errorOf(exported([['runs', 0, 'test', 'accuracy'], 1.5]))).toMatch(
      /^runs\[0\]\.test\.accuracy: /,
    );
  });

  it('refuses two runs with one id, importing neither', () => {
    expect(errorOf(exported([['runs', 1, 'id'], 'r1']))).toBe(
      'runs[1].id: "r1" is also the id of runs[0].',
    );
  });
});
