import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import {
  BENCH_VALIDATION_SIZE,
  DEFAULT_BENCH_OPTIONS,
  EXPERIMENTS,
  MAX_EXTRA_EXAMPLES,
  POOL_INTERVALS,
  TARGET_EVAL_EVERY,
  batchConfig,
  caseConfig,
  experimentConfig,
  extraExamples,
  memoryConfig,
  parseBenchOptions,
  poolScalingConfig,
  poolSweepConfigs,
  reproductionCases,
  reproductionLimitMs,
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
        '&experiments=0&inside=0&pool=0&sweep=0&report=1&report-scale=10',
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
      insideCost: false,
      pool: false,
      sweep: false,
      report: true,
      reportScale: 10,
    });
    expect(parse('')).toMatchObject({ experiments: true, insideCost: true });
    expect(parse('')).toMatchObject({ pool: true, sweep: true, report: false, reportScale: 1 });
  });

  it('names the malformed parameter', () => {
    expect(() => parse('batches=32,x')).toThrow(/batches/);
    expect(() => parse('batches=0')).toThrow(/batches/);
    expect(() => parse('batches=100000')).toThrow(/batches/);
    expect(() => parse('soak=yes')).toThrow(/soak/);
    expect(() => parse('steps=0')).toThrow(/steps/);
    expect(() => parse('memory-steps=-1')).toThrow(/memory-steps/);
    expect(() => parse('models=dense')).toThrow(/models/);
    expect(() => parse('report-scale=0')).toThrow(/report-scale/);
    expect(() => parse('pool=2')).toThrow(/pool/);
    expect(() => parse('inside=no')).toThrow(/inside/);
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

describe('the pool measurements', () => {
  it("size a pool-scaling run to about 5 s of the bench's dense-100 at the given rate", () => {
    const config = poolScalingConfig(DEFAULT_BENCH_OPTIONS, 25_000);
    const {
      steps: _steps,
      evalEvery: _evalEvery,
      ...rest
    } = caseConfig('dense-100', DEFAULT_BENCH_OPTIONS);
    expect(config).toMatchObject(rest);
    // 25,000 examples/s for 5 s is 3,906 steps of 32: 25 intervals of 157.
    expect(config).toMatchObject({ steps: 3_925, evalEvery: 157 });
    expect(config.steps / config.evalEvery).toBe(POOL_INTERVALS);
    expect(poolScalingConfig(DEFAULT_BENCH_OPTIONS, 10)).toMatchObject({
      steps: 500,
      evalEvery: 20,
    });
    expect(poolScalingConfig(DEFAULT_BENCH_OPTIONS, 1e9).steps).toBe(50_000);
  });

  it('sweep hidden units 32 to 256 for 1,000 steps with the app defaults', () => {
    expect(poolSweepConfigs()).toEqual(
      [32, 64, 128, 256].map((hiddenUnits) => ({
        ...DEFAULT_CONFIG,
        hiddenUnits,
        steps: 1_000,
      })),
    );
    expect(poolSweepConfigs()[0]).toMatchObject({ evalEvery: 50, validationSize: 5_000 });
  });

  it("reproduce the report's three experiments at the report's settings", () => {
    const cases = reproductionCases();
    const of = (id: string) => cases.filter((c) => c.experiment === id);
    expect(cases).toHaveLength(19);
    const dense = of('report-dense-hidden');
    expect(dense.map((c) => c.value)).toEqual([3, 4, 5, 10, 20, 50, 100, 800]);
    expect(dense.every((c) => c.config.steps === 15_000 && c.config.model === 'dense')).toBe(true);
    expect(dense.map((c) => c.config.learningRate)).toEqual([
      1e-3, 1e-3, 1e-3, 1e-3, 1e-3, 1e-3, 1e-4, 1e-4,
    ]);
    const filters = of('report-cnn-filters');
    expect(filters.map((c) => c.config.filters)).toEqual([1, 2, 4, 8, 15, 32]);
    expect(filters.every((c) => c.config.kernelSize === 2)).toBe(true);
    const kernels = of('report-cnn-kernel');
    expect(kernels.map((c) => c.config.kernelSize)).toEqual([2, 3, 4, 5, 7]);
    expect(kernels.every((c) => c.config.filters === 32)).toBe(true);
    for (const c of [...filters, ...kernels])
      expect(c.config).toMatchObject({ model: 'cnn', steps: 10_000 });
    for (const c of cases)
      expect(c.config).toMatchObject({
        init: 'truncatedNormal',
        evalEvery: 50,
        validationSize: 5_000,
        batchSize: 32,
        optimizer: 'adam',
      });
  });

  it('divide the report steps by the scale, evaluating no less often than the run is long', () => {
    const scaled = reproductionCases(10);
    expect(scaled.map((c) => c.config.steps)).toEqual([
      ...Array(8).fill(1_500),
      ...Array(11).fill(1_000),
    ]);
    expect(scaled.every((c) => c.config.evalEvery === 50)).toBe(true);
    const tiny = reproductionCases(1_000);
    expect(tiny[0].config).toMatchObject({ steps: 15, evalEvery: 15 });
    expect(tiny.at(-1)!.config).toMatchObject({ steps: 10, evalEvery: 10 });
    expect(() => reproductionCases(0)).toThrow(RangeError);
    expect(() => reproductionCases(1.5)).toThrow(RangeError);
  });

  it('limit the reproduction to four hours at full length, never under 20 minutes', () => {
    expect(reproductionLimitMs(1)).toBe(4 * 3_600_000);
    expect(reproductionLimitMs(10)).toBe(1_440_000);
    expect(reproductionLimitMs(100)).toBe(1_200_000);
  });
});
