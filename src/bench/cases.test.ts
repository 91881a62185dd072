import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import {
  BENCH_VALIDATION_SIZE,
  DEFAULT_BENCH_OPTIONS,
  EXPERIMENTS,
  MAX_EXTRA_EXAMPLES,
  TARGET_EVAL_EVERY,
  batchConfig,
  caseConfig,
  experimentConfig,
  extraExamples,
  memoryConfig,
  parseBenchOptions,
  soakConfig,
  targetConfig,
} from './cases';

const parse = (query: string) => parseBenchOptions(new URLSearchParams(query));

describe('parseBenchOptions', () => {
  it('takes the defaults for absent parameters', () => {
    expect(parse('')).toEqual(DEFAULT_BENCH_OPTIONS);
    expect(parse('').backends).toEqual(['auto']);
    expect(parse('backends=auto,wasm,auto').backends).toEqual(['auto', 'wasm']);
  });

  it('reads every parameter', () => {
    const options = parse(
      'backends=wasm&models=dense-100&steps=300&warmup=10&budget=5&batches=256,32,64,64' +
        '&compare=0&rounds=2&target=1&target-budget=60&memory-steps=0&soak=1&inference-calls=0' +
        '&experiments=0',
    );
    expect(options).toEqual({
      backends: ['wasm'],
      cases: ['dense-100'],
      steps: 300,
      warmupSteps: 10,
      budgetMs: 5_000,
      batchSizes: [32, 64, 256],
      compare: false,
      rounds: 2,
      timeToTarget: true,
      targetBudgetMs: 60_000,
      memorySteps: 0,
      soak: true,
      inferenceCalls: 0,
      experiments: false,
    });
    expect(parse('').experiments).toBe(true);
  });

  it('names the malformed parameter', () => {
    expect(() => parse('batches=32,x')).toThrow(/batches/);
    expect(() => parse('batches=0')).toThrow(/batches/);
    expect(() => parse('batches=100000')).toThrow(/batches/);
    expect(() => parse('soak=yes')).toThrow(/soak/);
    expect(() => parse('steps=0')).toThrow(/steps/);
    expect(() => parse('memory-steps=-1')).toThrow(/memory-steps/);
    expect(() => parse('models=dense')).toThrow(/models/);
  });
});

describe('batchConfig', () => {
  const options = { ...DEFAULT_BENCH_OPTIONS, steps: 200, warmupSteps: 20 };

  it('keeps the examples of the main run and ends on an evaluation point', () => {
    const main = caseConfig('dense-100', options);
    for (const batchSize of [64, 128, 256, 1000]) {
      const config = batchConfig('dense-100', options, batchSize);
      expect(config.batchSize).toBe(batchSize);
      expect(config.steps % config.evalEvery).toBe(0);
      expect(config.steps).toBeGreaterThanOrEqual(3 * config.evalEvery);
      const examples = (config.steps - config.evalEvery) * batchSize;
      expect(examples / (options.steps * main.batchSize)).toBeGreaterThan(0.6);
      expect(examples / (options.steps * main.batchSize)).toBeLessThan(2);
    }
    expect(batchConfig('dense-100', options, 64)).toMatchObject({ steps: 110, evalEvery: 10 });
    expect(batchConfig('dense-100', options, 32)).toEqual(main);
  });

  it('spreads more examples over at most ten intervals, fewer over at least two', () => {
    expect(batchConfig('dense-100', options, 32, 16_000)).toMatchObject({
      steps: 550,
      evalEvery: 50,
    });
    expect(batchConfig('deep-cnn', options, 32, 1_300)).toMatchObject({ steps: 60, evalEvery: 20 });
    expect(batchConfig('deep-cnn', options, 32, 100)).toMatchObject({ steps: 60, evalEvery: 20 });
  });
});

describe('extraExamples', () => {
  const options = { ...DEFAULT_BENCH_OPTIONS, steps: 200, budgetMs: 30_000 };

  it('is what the main rate trains in an eighth of the budget, at most 16,000', () => {
    // 320 examples/s for 30 s / 8.
    expect(extraExamples(options, 320)).toBe(1_200);
    expect(extraExamples(options, 20_000)).toBe(MAX_EXTRA_EXAMPLES);
    expect(extraExamples(options, null)).toBe(6_400);
  });
});

describe('the long runs', () => {
  it('use the app settings, with an evaluation every 250 steps until the target', () => {
    const config = targetConfig('report-cnn', 15_000);
    expect(config).toMatchObject({ model: 'cnn', filters: 32, kernelSize: 2, steps: 15_000 });
    expect(config.evalEvery).toBe(TARGET_EVAL_EVERY);
    expect(config.validationSize).toBe(DEFAULT_CONFIG.validationSize);
  });

  it('sample memory 2,000 steps apart, with an interval left after the second sample', () => {
    const config = memoryConfig(DEFAULT_BENCH_OPTIONS);
    expect(config.steps).toBe(2_500);
    expect(config.evalEvery).toBe(TARGET_EVAL_EVERY);
    expect(config.validationSize).toBe(BENCH_VALIDATION_SIZE);
  });

  it('run the experiments with exactly the app defaults: 50-step points on 5,000 images', () => {
    expect(EXPERIMENTS).toEqual([
      { model: 'dense-100', steps: 3_000 },
      { model: 'report-cnn', steps: 1_000 },
    ]);
    expect(experimentConfig('report-cnn', 1_000)).toEqual({
      ...DEFAULT_CONFIG,
      model: 'cnn',
      filters: 32,
      kernelSize: 2,
      steps: 1_000,
    });
    expect(experimentConfig('dense-100', 3_000)).toMatchObject({
      evalEvery: 50,
      validationSize: 5_000,
      batchSize: 32,
      optimizer: 'adam',
    });
  });

  it('soak for exactly the app default dense run', () => {
    expect(soakConfig()).toEqual({ ...DEFAULT_CONFIG, model: 'dense', hiddenUnits: 100 });
  });
});
