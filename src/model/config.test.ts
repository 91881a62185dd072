import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, countParams, parseField, validateConfig } from './config';
import { DEFAULT_FORM, changeModel, parseForm } from './form';

describe('parseField', () => {
  it('accepts plain numbers and scientific learning rates', () => {
    expect(parseField('hiddenUnits', '100')).toEqual({ value: 100 });
    expect(parseField('learningRate', '1e-4')).toEqual({ value: 1e-4 });
    expect(parseField('learningRate', '0.001')).toEqual({ value: 0.001 });
  });

  it.each([
    ['hiddenUnits', '0', 'Hidden units must be between 1 and 4096, not 0.'],
    ['hiddenUnits', '-3', 'Hidden units must be positive, not -3.'],
    ['hiddenUnits', '2.5', 'Hidden units must be a whole number, not 2.5.'],
    ['hiddenUnits', '1e3', 'Hidden units must be a plain number, not "1e3".'],
    ['hiddenUnits', 'NaN', 'Hidden units must be a plain number, not "NaN".'],
    ['hiddenUnits', 'Infinity', 'Hidden units must be a plain number, not "Infinity".'],
    ['hiddenUnits', '', 'Hidden units is required.'],
    ['kernelSize', '29', 'Kernel size must be between 1 and 28, not 29.'],
    ['learningRate', '0', 'Learning rate must be between 1e-7 and 10, not 0.'],
    ['learningRate', '1e400', 'Learning rate must be a finite number.'],
    ['batchSize', '99999999999', 'Batch size must be between 1 and 4096, not 99999999999.'],
  ] as const)('refuses %s = "%s"', (field, raw, message) => {
    expect(parseField(field, raw)).toEqual({ error: message });
  });
});

describe('countParams', () => {
  it('gives the figures of the brief', () => {
    expect(countParams({ ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 5 })).toBe(3_985);
    expect(countParams({ ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 100 })).toBe(79_510);
    expect(countParams({ ...DEFAULT_CONFIG, model: 'cnn', filters: 32, kernelSize: 2 })).toBe(
      233_450,
    );
    expect(countParams({ ...DEFAULT_CONFIG, model: 'deepCnn' })).toBe(225_034);
  });
});

describe('validateConfig', () => {
  it('passes the defaults and names cross-field problems', () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual({});
    expect(validateConfig({ ...DEFAULT_CONFIG, steps: 10, evalEvery: 50 })).toEqual({
      evalEvery: 'Evaluate every must not exceed Steps (10).',
    });
    expect(validateConfig({ ...DEFAULT_CONFIG, hiddenUnits: Number.NaN }).hiddenUnits).toMatch(
      /Hidden units/,
    );
  });
});

describe('the form', () => {
  it('turns valid text into a config', () => {
    expect(parseForm(DEFAULT_FORM)).toEqual({ config: DEFAULT_CONFIG, errors: null });
  });

  it('reports every bad visible field and yields no config', () => {
    const form = {
      ...DEFAULT_FORM,
      fields: { ...DEFAULT_FORM.fields, hiddenUnits: '0', steps: 'x' },
    };
    const parsed = parseForm(form);
    expect(parsed.config).toBeNull();
    expect(Object.keys(parsed.errors ?? {}).sort()).toEqual(['hiddenUnits', 'steps']);
  });

  it('ignores a bad field of another model kind', () => {
    const dense = { ...DEFAULT_FORM, fields: { ...DEFAULT_FORM.fields, hiddenUnits: '2.5' } };
    const cnn = changeModel(dense, 'cnn');
    expect(parseForm(cnn).config?.model).toBe('cnn');
  });

  it('switches Steps to the model default unless the person edited it', () => {
    expect(changeModel(DEFAULT_FORM, 'cnn').fields.steps).toBe('10000');
    const edited = { ...DEFAULT_FORM, fields: { ...DEFAULT_FORM.fields, steps: '300' } };
    expect(changeModel(edited, 'cnn').fields.steps).toBe('300');
  });
});
