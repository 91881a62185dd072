import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, SWEEPABLE_FIELDS, validateConfig } from '../model/config';
import {
  MAX_SWEEP_VALUES,
  expandSweep,
  parseSweepValues,
  sweepConfigError,
  sweepableFields,
} from './sweep';

describe('parseSweepValues', () => {
  it('reads commas, spaces or both, keeping the order typed', () => {
    expect(parseSweepValues('hiddenUnits', '800, 3 4,5 ,10')).toEqual({
      values: [800, 3, 4, 5, 10],
    });
    expect(parseSweepValues('learningRate', ' 1e-3,1e-4 ')).toEqual({ values: [1e-3, 1e-4] });
  });

  it('drops repeated values, also when written differently', () => {
    expect(parseSweepValues('learningRate', '0.001, 1e-3, 0.01, 0.001')).toEqual({
      values: [0.001, 0.01],
    });
  });

  it('names the bad value and why it is refused', () => {
    expect(parseSweepValues('hiddenUnits', '3, 4, abc')).toEqual({
      error: 'Value 3 ("abc"): Hidden units must be a plain number, not "abc".',
    });
    expect(parseSweepValues('kernelSize', '2 29')).toEqual({
      error: 'Value 2 ("29"): Kernel size must be between 1 and 28, not 29.',
    });
    expect(parseSweepValues('filters', '1, 2.5')).toEqual({
      error: 'Value 2 ("2.5"): Filters must be a whole number, not 2.5.',
    });
    expect(parseSweepValues('hiddenUnits', '5, -3')).toEqual({
      error: 'Value 2 ("-3"): Hidden units must be positive, not -3.',
    });
  });

  it('needs at least two different values', () => {
    expect(parseSweepValues('hiddenUnits', '')).toEqual({
      error: 'A sweep needs at least 2 different values of Hidden units, got 0.',
    });
    expect(parseSweepValues('hiddenUnits', '5, 5, 5')).toEqual({
      error: 'A sweep needs at least 2 different values of Hidden units, got 1.',
    });
  });

  it('takes at most twenty values', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(', ');
    expect(parseSweepValues('seed', many(MAX_SWEEP_VALUES))).toHaveProperty('values');
    expect(parseSweepValues('seed', many(MAX_SWEEP_VALUES + 1))).toEqual({
      error: 'A sweep takes at most 20 values of Seed, got 21.',
    });
  });

  it('returns only valid, distinct values or an error, for any text', () => {
    const token = fc.oneof(
      fc.nat().map(String),
      fc.double().map(String),
      fc.constantFrom('1e-3', '0.5', '-1', 'abc', ''),
      fc.string(),
    );
    const text = fc.array(token, { maxLength: 25 }).map((tokens) => tokens.join(', '));
    fc.assert(
      fc.property(fc.constantFrom(...SWEEPABLE_FIELDS), text, (field, text) => {
        const parsed = parseSweepValues(field, text);
        if ('error' in parsed) return;
        expect(new Set(parsed.values).size).toBe(parsed.values.length);
        for (const value of parsed.values)
          expect(validateConfig({ ...DEFAULT_CONFIG, [field]: value })[field]).toBeUndefined();
      }),
    );
  });
});

describe('expandSweep', () => {
  it('makes one config per value, changing only the swept field', () => {
    const configs = expandSweep(DEFAULT_CONFIG, 'hiddenUnits', [3, 800]);
    expect(configs).toEqual([
      { ...DEFAULT_CONFIG, hiddenUnits: 3 },
      { ...DEFAULT_CONFIG, hiddenUnits: 800 },
    ]);
  });

  it('applies the adjustment after setting the value', () => {
    const configs = expandSweep(DEFAULT_CONFIG, 'hiddenUnits', [10, 100], (value, config) =>
      value > 50 ? { ...config, learningRate: 1e-4 } : config,
    );
    expect(configs.map((c) => [c.hiddenUnits, c.learningRate])).toEqual([
      [10, 1e-3],
      [100, 1e-4],
    ]);
  });
});

describe('sweepConfigError', () => {
  it('reports a value that breaks a rule between fields', () => {
    const configs = expandSweep({ ...DEFAULT_CONFIG, evalEvery: 50 }, 'steps', [1000, 20]);
    expect(sweepConfigError(configs, 'steps')).toBe(
      'With Steps 20: Evaluate every must not exceed Steps (20).',
    );
    expect(sweepConfigError(configs.slice(0, 1), 'steps')).toBeNull();
  });
});

describe('sweepableFields', () => {
  it('offers only the fields the model reads', () => {
    expect(sweepableFields('dense')).toContain('hiddenUnits');
    expect(sweepableFields('dense')).not.toContain('filters');
    expect(sweepableFields('cnn')).toEqual(expect.arrayContaining(['filters', 'kernelSize']));
    expect(sweepableFields('cnn')).not.toContain('hiddenUnits');
    expect(sweepableFields('deepCnn')[0]).toBe('learningRate');
  });
});
