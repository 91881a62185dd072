/**
 * Property tests of the hyperparameter inputs against untrusted text: what a person types in the
 * form and what a shared link carries. A field is a finite, in-range, plain decimal number (an
 * exponent only for the learning rate) or it is refused with a message; nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHARE_KEYS,
  SWEEP_FIELD_KEY,
  SWEEP_VALUES_KEY,
  decodeShare,
  encodeShare,
} from '../runs/share';
import {
  ACTIVATIONS,
  DEFAULT_CONFIG,
  FIELD_RULES,
  INITIALIZERS,
  MODEL_KINDS,
  OPTIMIZERS,
  SWEEPABLE_FIELDS,
  parseField,
  validateConfig,
  type NumericField,
} from './config';
import { NUMERIC_FIELDS, parseForm, type FormState } from './form';

/** Text that is a number as the form accepts it: ASCII digits, at most one dot, no sign but +. */
const PLAIN_DECIMAL = /^\+?(\d+\.?\d*|\.\d+)$/;
/** The same, with an exponent: allowed for the learning rate only. */
const SCIENTIFIC = /^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const MAX_DECIMALS = 20;

/** The defaults with the most room for other fields, so only a field's own rule can refuse it. */
const ROOMY_CONFIG = {
  ...DEFAULT_CONFIG,
  steps: FIELD_RULES.steps.max,
  validationSize: FIELD_RULES.validationSize.min,
};

const fieldArb = fc.constantFrom(...NUMERIC_FIELDS);

/** Text that looks more or less like a number, with the spellings JS's Number() also takes. */
const numberLikeArb = fc.stringMatching(
  /^[ \t]{0,2}[+-]?(\d{0,12}\.?\d{0,12})([eE][+-]?\d{1,4})?[ \t]{0,2}$/,
);
const trickyArb = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '1e309',
  '-1e309',
  '1e-400',
  '0x10',
  '0b11',
  '0o17',
  '1_000',
  '1,000',
  '1 000',
  ' 12 ',
  '\u00a012\u00a0',
  '\t12\n',
  '\ufeff12',
  '١٢',
  '１２',
  '12abc',
  '1e3',
  '1E-4',
  '.5',
  '5.',
  '+5',
  '-0',
  '0',
  '00012',
  '',
  ' ',
  '.',
  '+',
  'e5',
  '2147483647',
  '2147483648',
  '4096',
  '4097',
  '1e-7',
  '9.99e-8',
  '0.0000001',
  '10.0000000000000001',
  '99999999999999999999999',
  '9'.repeat(400),
  `0.${'0'.repeat(400)}1`,
);
const rawTextArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  numberLikeArb,
  trickyArb,
  fc.double().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v.toFixed(MAX_DECIMALS)),
);

/** Any value within a field's rule, as decimal text (String() may use an exponent). */
const validTextArb = fieldArb.chain((field) => {
  const { min, max, integer } = FIELD_RULES[field];
  const value = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return value.map((v) => ({ field, text: integer ? String(v) : v.toFixed(MAX_DECIMALS) }));
});

/** What a parsed field must satisfy: refused with a message, or a number within its rule. */
function expectFieldResult(field: NumericField, raw: string): void {
  const rule = FIELD_RULES[field];
  const parsed = parseField(field, raw);
  if ('error' in parsed) {
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(parsed.error.startsWith(rule.label)).toBe(true);
    return;
  }
  expect(Object.keys(parsed)).toEqual(['value']);
  const { value } = parsed;
  const text = raw.trim();
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(rule.min);
  expect(value).toBeLessThanOrEqual(rule.max);
  if (rule.integer) expect(Number.isInteger(value)).toBe(true);
  expect(text).toMatch(rule.exponent ? SCIENTIFIC : PLAIN_DECIMAL);
  expect(value).toBe(Number(text));
  // What the form accepts, the worker's and the import's check of the whole config accepts too.
  expect(validateConfig({ ...ROOMY_CONFIG, [field]: value })[field]).toBeUndefined();
}

describe('parseField on untrusted text', () => {
  it('gives a finite, in-range, plain number or a message, and never throws', () => {
    fc.assert(fc.property(fieldArb, rawTextArb, expectFieldResult), {
      seed: 0xc0f1,
      numRuns: 5000,
    });
  });

  it('refuses every non-finite, hexadecimal, grouped or non-ASCII spelling', () => {
    const refused = ['NaN', 'Infinity', '-Infinity', '1e309', '0x10', '1_000', '١٢', '12abc'];
    for (const field of NUMERIC_FIELDS)
      for (const raw of refused)
        expect(parseField(field, raw), `${field} "${raw}"`).toHaveProperty('error');
  });

  it('accepts every value within a rule written as a plain decimal', () => {
    fc.assert(
      fc.property(validTextArb, ({ field, text }) => {
        expect(parseField(field, text)).toEqual({ value: Number(text) });
        expect(parseField(field, ` ${text} `)).toEqual({ value: Number(text) });
        expectFieldResult(field, text);
      }),
      { seed: 0xc0f2, numRuns: 3000 },
    );
  });
});

/** Keys a link may carry: the app's own, the sweep's, one it passes over, and anything else. */
const keyArb = fc.oneof(
  fc.constantFrom(...Object.values(SHARE_KEYS), SWEEP_FIELD_KEY, SWEEP_VALUES_KEY, 'backend'),
  fc.string({ maxLength: 6 }),
);
const valueArb = fc.oneof(
  rawTextArb,
  fc.constantFrom(...MODEL_KINDS, ...OPTIMIZERS, ...ACTIVATIONS, ...INITIALIZERS),
  fc.constantFrom(...Object.values(SHARE_KEYS)),
  fc.array(rawTextArb, { maxLength: 25 }).map((values) => values.join(', ')),
);
const queryArb = fc.oneof(
  fc
    .array(fc.tuple(keyArb, valueArb), { maxLength: 12 })
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

/** A form decoded from a link: choices from their lists, fields valid, parseForm decides. */
function expectUsableForm(form: FormState): void {
  expect(MODEL_KINDS).toContain(form.model);
  expect(OPTIMIZERS).toContain(form.optimizer);
  expect(ACTIVATIONS).toContain(form.activation);
  expect(INITIALIZERS).toContain(form.init);
  for (const field of NUMERIC_FIELDS)
    expect(parseField(field, form.fields[field])).toHaveProperty('value');
  const parsed = parseForm(form);
  if (parsed.config) expect(validateConfig(parsed.config)).toEqual({});
  else {
    const messages = Object.values(parsed.errors);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/\S/);
  }
}

describe('decodeShare on untrusted links', () => {
  it('never throws, and yields a form that parseForm accepts or explains', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { form, sweep, warnings } = decodeShare(query);
        expectUsableForm(form);
        for (const warning of warnings) expect(warning).toMatch(/\S/);
        if (sweep) expect(SWEEPABLE_FIELDS).toContain(sweep.field);
        // A link written from the decoded form reads back as the same experiment, silently.
        const again = decodeShare(encodeShare(form, sweep));
        expect(again.warnings).toEqual([]);
        expect(parseForm(again.form)).toEqual(parseForm(form));
        expect(again.sweep).toEqual(sweep);
      }),
      { seed: 0x5ae, numRuns: 3000 },
    );
  });
});
