import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  DEFAULT_CONFIG,
  FIELD_RULES,
  INITIALIZERS,
  MODEL_KINDS,
  OPTIMIZERS,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import { DEFAULT_FORM, NUMERIC_FIELDS, formFromConfig } from '../model/form';
import { SHARE_KEYS, decodeShare, encodeShare } from './share';

/** Valid configs whose numbers print as the form would show them (no 1e-7 in plain fields). */
const numberOf = (field: NumericField) => {
  const { min, max, integer, exponent } = FIELD_RULES[field];
  if (integer) return fc.integer({ min, max });
  if (exponent) return fc.double({ min, max, noNaN: true });
  const hundredths = 100;
  return fc
    .integer({ min: Math.ceil(min * hundredths), max: Math.floor(max * hundredths) })
    .map((n) => n / hundredths);
};
const numberArbs = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, numberOf(f)])) as Record<
  NumericField,
  fc.Arbitrary<number>
>;
const configArb: fc.Arbitrary<TrainConfig> = fc.record({
  ...numberArbs,
  model: fc.constantFrom(...MODEL_KINDS),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  activation: fc.constantFrom(...ACTIVATIONS),
  init: fc.constantFrom(...INITIALIZERS),
});

describe('encodeShare', () => {
  it('writes nothing for the default form', () => {
    expect(encodeShare(DEFAULT_FORM)).toBe('');
  });

  it('writes only what differs from the defaults, under short keys', () => {
    const form = formFromConfig({
      ...DEFAULT_CONFIG,
      model: 'cnn',
      filters: 15,
      learningRate: 1e-4,
    });
    expect(encodeShare(form)).toBe('m=cnn&f=15&lr=0.0001');
  });

  it('leaves out a value equal to the default even when typed differently', () => {
    const form = { ...DEFAULT_FORM, fields: { ...DEFAULT_FORM.fields, learningRate: '1e-3' } };
    expect(encodeShare(form)).toBe('');
  });

  it('adds a sweep being set up', () => {
    expect(encodeShare(DEFAULT_FORM, { field: 'hiddenUnits', valuesText: ' 3, 4, 800 ' })).toBe(
      'sw=h&sv=3%2C+4%2C+800',
    );
  });

  it('uses distinct keys', () => {
    const keys = Object.values(SHARE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('sw');
    expect(keys).not.toContain('sv');
  });
});

describe('decodeShare', () => {
  it('round-trips any valid form and sweep', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const form = formFromConfig(config);
        const sweep = { field: 'seed', valuesText: '1, 2, 3' } as const;
        expect(decodeShare(encodeShare(form, sweep))).toEqual({ form, sweep, warnings: [] });
        expect(decodeShare(`?${encodeShare(form)}`)).toEqual({ form, warnings: [] });
      }),
    );
  });

  it('ignores bad values and unknown keys, saying which', () => {
    const { form, warnings } = decodeShare('m=rnn&h=abc&k=3&zz=1&lr=-1&h=7&backend=cpu');
    expect(form).toEqual({ ...DEFAULT_FORM, fields: { ...DEFAULT_FORM.fields, kernelSize: '3' } });
    expect(warnings).toEqual([
      'Ignored model "rnn": expected one of dense, cnn, deepCnn.',
      'Ignored "h": Hidden units must be a plain number, not "abc".',
      'Ignored the unknown link parameter "zz".',
      'Ignored "lr": Learning rate must be positive, not -1.',
      'Ignored a repeated "h": only the first one counts.',
    ]);
  });

  it('ignores a sweep that is incomplete, of an unknown field, or with bad values', () => {
    const incomplete = decodeShare('sw=h');
    expect(incomplete.sweep).toBeUndefined();
    expect(incomplete.warnings).toEqual(['Ignored the sweep: "sw" and "sv" go together.']);
    expect(decodeShare('sw=m&sv=1,2').warnings).toEqual([
      'Ignored the sweep: "m" is not a field that can be swept.',
    ]);
    expect(decodeShare('sw=v&sv=1000,2000').warnings).toHaveLength(1);
    expect(decodeShare('sw=k&sv=2,99').warnings).toEqual([
      'Ignored the sweep: Value 2 ("99"): Kernel size must be between 1 and 28, not 99.',
    ]);
    expect(decodeShare(`sw=h&sv=${'1,'.repeat(1000)}`).warnings).toHaveLength(1);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { form, warnings } = decodeShare(search);
        expect(form.fields).toBeDefined();
        expect(Array.isArray(warnings)).toBe(true);
      }),
    );
  });
});
