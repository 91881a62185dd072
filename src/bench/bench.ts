/**
 * The benchmark page (bench.html): trains the app's models through the app's own worker client
 * on each requested backend and publishes a report on `window.__benchResults` (or a message on
 * `window.__benchError`). Progress goes to the console as `[bench] ...` lines.
 *
 * Per backend and model: the main run at batch 32 (rate, warm-up, evaluation, tensor count
 * before and after), drawing inference latency, and, where the main run finished within the
 * budget, the other batch sizes and the same model trained by model.fit, the bare loop and a
 * plain minimize loop in a bench-only worker on the same backend. Then, on the fastest backend:
 * the experiments (Train to test score with the app's defaults, each in a fresh worker; each
 * also without the look inside the network, interleaved, for what it costs), the dense memory
 * check, time to target accuracy and the soak; then, each in a pool of workers of
 * its own (src/bench/pool-bench.ts), pool scaling, the four-value sweep in one worker and in
 * the default pool, and (`report=1`) "Reproduce the report".
 */
import type { TrainConfig } from '../model/config';
import type { EvalPoint } from '../model/types';
import { TrainerClient } from '../worker/client';
import type { BackendName } from '../worker/protocol';
import {
  EXPERIMENTS,
  INSIDE_COST_BUDGET,
  INSIDE_COST_ORDER,
  MAIN_BATCH_SIZE,
  POOL_RATE_FALLBACK,
  SOAK_SAMPLE_EVERY,
  extraExamples,
  TARGETS,
  batchConfig,
  caseConfig,
  experimentConfig,
  memoryConfig,
  parseBenchOptions,
  soakConfig,
  targetConfig,
  type BenchOptions,
  type CaseId,
} from './cases';
import { bareFetch } from './fetch';
import { LoopWorkers } from './fit-client';
import { timeInference } from './inference';
import { sampleMemory } from './memory';
import { poolScaling, poolSweep, reproduceReport } from './pool-bench';
import type {
  BackendRecord,
  BatchTrial,
  BenchReport,
  BenchResult,
  ExperimentResult,
  InsideCost,
  LoopKind,
  LoopTiming,
  MemoryCheck,
  MemorySample,
  SoakResult,
  TargetResult,
} from './report';
import {
  WARMUP_LIMIT_MS,
  loadDataset,
  measureRun,
  startBackend,
  type RunHooks,
  type RunRecord,
} from './session';
import {
  bestBatch,
  bracketedRatio,
  experimentBreakdown,
  fastestBackend,
  firstReaching,
  insideCost,
  medianRate,
  memoryProblems,
  quantile,
  ratio,
  steadyState,
  type InsideCostInput,
} from './stats';

declare global {
  interface Window {
    __benchResults?: BenchReport;
    __benchError?: string;
  }
}

/** Where the dataset files are served, relative to the page, as in the app. */
const DATA_URL = new URL('data/fashion-mnist/', document.baseURI).href;
const BARE_FETCH_REPEATS = 3;
/** Longest the inference calls of one model may take, in ms. */
const INFERENCE_LIMIT_MS = 20_000;
/** The soak is never stopped by a budget; this only keeps its timer finite. */
const SOAK_LIMIT_MS = 3_600_000;
const logElement = document.getElementById('log');

function log(line: string): void {
  console.log(`[bench] ${line}`);
  if (logElement) logElement.textContent += `${line}\n`;
}

const seconds = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const rateText = (rate: number | null | undefined) => (rate == null ? '-' : rate.toFixed(0));

/**
 * Hooks that sample the training worker's memory at the points `at` picks, and the check of the
 * samples once the run is over.
 */
function memoryProbe(
  client: TrainerClient,
  heap: boolean,
  at: (step: number, index: number) => boolean,
): { hooks: RunHooks; check(backend: BackendName, model: CaseId): Promise<MemoryCheck> } {
  const samples: Promise<MemorySample | null>[] = [];
  return {
    hooks: {
      onPoint: (point, { index, running }) => {
        if (at(point.step, index))
          samples.push(sampleMemory(client, point.step, running, heap).catch(() => null));
        return undefined;
      },
    },
    async check(backend, model) {
      const taken = (await Promise.all(samples)).filter((s): s is MemorySample => s !== null);
      const judged = taken.length >= 2;
      const problems = judged
        ? memoryProblems(taken)
        : [`${taken.length} of ${samples.length} samples were answered while the run trained`];
      return {
        backend,
        model,
        steps: judged ? taken[taken.length - 1].step - taken[0].step : 0,
        samples: taken,
        flat: judged ? problems.length === 0 : null,
        problems,
      };
    },
  };
}

function describeMemory(check: MemoryCheck): string {
  const [first, last] = [check.samples[0], check.samples[check.samples.length - 1]];
  if (!first) return `memory not sampled (${check.problems.join('; ')})`;
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const heap =
    first.jsHeapBytes !== null && last.jsHeapBytes !== null
      ? `, heap ${mib(first.jsHeapBytes)} -> ${mib(last.jsHeapBytes)}`
      : '';
  const verdict = check.flat
    ? 'flat'
    : `${check.flat === null ? 'not judged' : 'NOT flat'} (${check.problems.join('; ')})`;
  return `tensors ${first.numTensors} -> ${last.numTensors} over ${check.steps} steps${heap}: ${verdict}`;
}

function toResult(
  id: CaseId,
  backend: BackendName,
  config: TrainConfig,
  options: BenchOptions,
  run: RunRecord,
  memory: MemoryCheck | null,
): BenchResult {
  const { end, points } = run;
  const steady = steadyState(points, config.batchSize);
  const byBench = end.status === 'stopped' && run.stoppedBy !== null;
  const cost = 'stepCost' in end ? end.stepCost : undefined;
  return {
    webglProgramsPerStep: cost?.programs ?? null,
    uploadsPerStep: cost?.uploads ?? null,
    uploadedBytesPerStep: cost?.uploadedBytes ?? null,
    readsPerStep: cost?.reads ?? null,
    model: id,
    backend,
    batchSize: config.batchSize,
    steps: 'steps' in end ? end.steps : (points.at(-1)?.step ?? 0),
    warmupSteps: options.warmupSteps,
    measuredSteps: steady.measuredSteps,
    examplesPerSec: steady.examplesPerSec,
    warmupMs: run.warmupMs,
    evalMs: steady.evalMs,
    evalImages: config.validationSize,
    elapsedMs: 'elapsedMs' in end ? end.elapsedMs : null,
    testAccuracy: end.status === 'done' ? end.test.accuracy : null,
    params: run.params,
    engine: run.engine,
    status: byBench ? 'budget' : end.status,
    ...('message' in end ? { message: end.message } : {}),
    ...(byBench ? { message: `Stopped by the ${run.stoppedBy} at step ${end.steps}.` } : {}),
    memory,
    batchSweep: [],
    bestBatchSize: null,
    bestExamplesPerSec: null,
    appRoundRates: [],
    appExamplesPerSec: null,
    fit: null,
    bareLoop: null,
    minimizeLoop: null,
    appToFit: null,
    appToBareLoop: null,
    appToMinimizeLoop: null,
    inferenceCalls: 0,
    inferenceMsP50: null,
    inferenceMsP95: null,
    inferenceWorkerMsP50: null,
  };
}

function describeResult(result: BenchResult): string {
  const test = result.testAccuracy === null ? '-' : `${(result.testAccuracy * 100).toFixed(1)}%`;
  const why = result.message ? `: ${result.message}` : '';
  return `${result.backend} ${result.model}: ${rateText(result.examplesPerSec)} examples/s, warm-up ${seconds(result.warmupMs)}, test ${test} (${result.status}${why})`;
}

/** The other batch sizes, each a fresh model over about as many examples as the main run. */
async function sweepBatches(
  client: TrainerClient,
  backend: BackendName,
  id: CaseId,
  options: BenchOptions,
  result: BenchResult,
): Promise<void> {
  const trials: BatchTrial[] = [];
  for (const batchSize of options.batchSizes) {
    if (batchSize === MAIN_BATCH_SIZE) {
      trials.push({
        batchSize,
        examplesPerSec: result.examplesPerSec,
        measuredSteps: result.measuredSteps,
        status: result.status,
      });
      continue;
    }
    const examples = extraExamples(options, result.examplesPerSec);
    const config = batchConfig(id, options, batchSize, examples);
    const runId = `bench-${backend}-${id}-batch-${batchSize}`;
    const run = await measureRun(client, runId, config, options.budgetMs);
    const steady = steadyState(run.points, batchSize);
    const byBench = run.end.status === 'stopped' && run.stoppedBy !== null;
    trials.push({
      batchSize,
      examplesPerSec: steady.examplesPerSec,
      measuredSteps: steady.measuredSteps,
      status: byBench ? 'budget' : run.end.status,
      ...('message' in run.end ? { message: run.end.message } : {}),
    });
    log(`${backend} ${id} batch ${batchSize}: ${rateText(steady.examplesPerSec)} examples/s`);
    if (run.workerLost) throw new Error(`The worker was lost at batch size ${batchSize}.`);
    await client.call('deleteModel', { runId }).catch(() => undefined);
  }
  result.batchSweep = trials;
  const best = bestBatch(trials);
  result.bestBatchSize = best?.batchSize ?? null;
  result.bestExamplesPerSec = best?.examplesPerSec ?? null;
}

/**
 * model.fit, the bare loop and the minimize loop on the same model, config and backend, in
 * `options.rounds` rounds, each followed by the app's run once more. Every loop's ratio is the
 * median over rounds of the app's rate (the mean of its runs just before and after) over the
 * loop's, so neither a machine that drifts nor one disturbed round decides it.
 */
async function compareLoops(
  client: TrainerClient,
  loops: LoopWorkers,
  backend: BackendName,
  id: CaseId,
  config: TrainConfig,
  options: BenchOptions,
  result: BenchResult,
): Promise<void> {
  const timeoutMs = WARMUP_LIMIT_MS + 3 * options.budgetMs;
  const kinds = ['bare', 'fit', 'minimize'] as const;
  const rounds: Record<LoopKind, LoopTiming[]> = { bare: [], fit: [], minimize: [] };
  const appRates: (number | null)[] = [result.examplesPerSec];
  for (let round = 1; round <= options.rounds; round++) {
    for (const loop of kinds) {
      let timing: LoopTiming;
      try {
        timing = await loops.measure(loop, config, options.budgetMs, timeoutMs);
      } catch (error) {
        timing = { examplesPerSec: null, measuredSteps: 0, warmupMs: null };
        timing.message = errorText(error);
      }
      rounds[loop].push(timing);
    }
    const runId = `bench-${backend}-${id}-round-${round}`;
    const again = await measureRun(client, runId, config, options.budgetMs);
    await client.call('deleteModel', { runId }).catch(() => undefined);
    appRates.push(steadyState(again.points, config.batchSize).examplesPerSec);
    log(
      `${backend} ${id} round ${round}: ` +
        kinds.map((loop) => `${loop} ${rateText(rounds[loop].at(-1)?.examplesPerSec)}`).join(', ') +
        `, app ${rateText(appRates.at(-1))} examples/s`,
    );
    if (again.workerLost) throw new Error('The worker was lost during a repeated app run.');
  }
  const summary = (timings: LoopTiming[]): LoopTiming => {
    const rates = timings.map((t) => t.examplesPerSec);
    const messages = [...new Set(timings.flatMap((t) => (t.message ? [t.message] : [])))];
    return {
      examplesPerSec: medianRate(rates),
      measuredSteps: Math.max(0, ...timings.map((t) => t.measuredSteps)),
      warmupMs: timings[0]?.warmupMs ?? null,
      roundRates: rates,
      ...(messages.length > 0 ? { message: messages.join('; ') } : {}),
    };
  };
  result.appRoundRates = appRates.slice(1);
  result.appExamplesPerSec = medianRate(appRates);
  result.fit = summary(rounds.fit);
  result.bareLoop = summary(rounds.bare);
  result.minimizeLoop = summary(rounds.minimize);
  const rates = (timings: LoopTiming[]) => timings.map((t) => t.examplesPerSec);
  result.appToFit = bracketedRatio(appRates, rates(rounds.fit));
  result.appToBareLoop = bracketedRatio(appRates, rates(rounds.bare));
  result.appToMinimizeLoop = bracketedRatio(appRates, rates(rounds.minimize));
}

/** Median of a few bare fetches of the dataset; null (and a note) if they fail. */
async function measureBareFetch(report: BenchReport): Promise<void> {
  try {
    const times: number[] = [];
    for (let i = 0; i < BARE_FETCH_REPEATS; i++) {
      const { ms, gunzipped } = await bareFetch(DATA_URL);
      times.push(ms);
      report.bareFetchGunzip = gunzipped;
    }
    report.bareFetchMs = quantile(times, 0.5);
    log(
      `bare fetch + gunzip (${report.bareFetchGunzip}) of the dataset: ${seconds(report.bareFetchMs)} (median of ${times.length})`,
    );
  } catch (error) {
    report.notes.push(`bare fetch: ${errorText(error)}`);
  }
}

/** One model on one backend: the main run and everything measured on its trained model. */
async function benchCase(
  client: TrainerClient,
  loops: LoopWorkers | null,
  backend: BackendName,
  id: CaseId,
  options: BenchOptions,
  report: BenchReport,
): Promise<RunRecord> {
  const config = caseConfig(id, options);
  log(`${backend} ${id}: training ${config.steps} steps of ${config.batchSize}`);
  const lastButOne = config.steps - config.evalEvery;
  const probe = memoryProbe(
    client,
    false,
    (step, index) => index === 0 || (step === lastButOne && step > config.evalEvery),
  );
  const runId = `bench-${backend}-${id}`;
  const run = await measureRun(client, runId, config, options.budgetMs, probe.hooks);
  const result = toResult(id, backend, config, options, run, await probe.check(backend, id));
  report.results.push(result);
  log(describeResult(result));
  if (result.memory) log(`${backend} ${id}: ${describeMemory(result.memory)}`);
  if (run.workerLost) return run;

  if (options.inferenceCalls > 0 && run.params !== null) {
    try {
      const timing = await timeInference(client, runId, options.inferenceCalls, INFERENCE_LIMIT_MS);
      result.inferenceCalls = timing.calls;
      result.inferenceMsP50 = timing.p50;
      result.inferenceMsP95 = timing.p95;
      result.inferenceWorkerMsP50 = timing.workerP50;
      log(
        `${backend} ${id}: predict round trip p50 ${timing.p50?.toFixed(1)} ms, p95 ${timing.p95?.toFixed(1)} ms (${timing.calls} calls)`,
      );
    } catch (error) {
      report.notes.push(`${backend} ${id} inference: ${errorText(error)}`);
    }
  }

  if (result.status !== 'done') {
    result.extrasSkipped = `the batch-${MAIN_BATCH_SIZE} run did not finish within the budget`;
  } else {
    const examples = extraExamples(options, result.examplesPerSec);
    const compared = batchConfig(id, options, MAIN_BATCH_SIZE, examples);
    if (loops) await compareLoops(client, loops, backend, id, compared, options, result);
    await sweepBatches(client, backend, id, options, result);
  }
  await client.call('deleteModel', { runId }).catch(() => undefined);
  return run;
}

/** Measures every case on one backend with fresh workers, which are terminated afterwards. */
async function benchBackend(
  backend: BackendName,
  options: BenchOptions,
  report: BenchReport,
): Promise<void> {
  const record: BackendRecord = {
    requested: backend,
    actual: null,
    renderer: null,
    datasetReadyMs: null,
    datasetReadyWallMs: null,
  };
  report.backends.push(record);
  const client = new TrainerClient();
  const loops = options.compare ? new LoopWorkers(backend, DATA_URL) : null;
  try {
    const answer = await startBackend(client, backend);
    record.actual = answer.backend;
    record.renderer = answer.renderer;
    if (answer.fallbackReason) record.fallbackReason = answer.fallbackReason;
    log(
      `${backend}: running on ${answer.backend}${answer.renderer ? ` (${answer.renderer})` : ''}`,
    );
    if (answer.backend !== backend) {
      record.error = `Asked for ${backend} but got ${answer.backend} (${answer.fallbackReason ?? 'no reason given'}); its models were not measured.`;
      log(record.error);
      return;
    }
    const data = await loadDataset(client, DATA_URL);
    record.datasetReadyMs = data.workerMs;
    record.datasetReadyWallMs = data.wallMs;
    log(`${backend}: dataset ready in ${seconds(data.workerMs)} (page: ${seconds(data.wallMs)})`);
    if (report.backends.length === 1) await measureBareFetch(report);
    for (const id of options.cases) {
      const run = await benchCase(client, loops, backend, id, options, report);
      if (run.workerLost) {
        record.error = `The worker was lost during ${id}; later models were not measured.`;
        log(record.error);
        return;
      }
    }
  } catch (error) {
    record.error = errorText(error);
    log(`${backend}: ${record.error}`);
  } finally {
    client.terminate();
    loops?.terminate();
  }
}

/** The dense memory check: samples at the first point and `memorySteps` steps later. */
async function memoryRun(
  client: TrainerClient,
  backend: BackendName,
  options: BenchOptions,
): Promise<MemoryCheck> {
  const config = memoryConfig(options);
  let firstStep: number | null = null;
  let secondTaken = false;
  const probe = memoryProbe(client, true, (step, index) => {
    if (index === 0) firstStep = step;
    else if (secondTaken || firstStep === null || step < firstStep + options.memorySteps)
      return false;
    else secondTaken = true;
    return true;
  });
  log(`${backend} memory: ${config.steps} dense steps, sampled ${options.memorySteps} apart`);
  const run = await measureRun(
    client,
    `bench-memory-${backend}`,
    config,
    options.targetBudgetMs,
    probe.hooks,
  );
  const check = await probe.check(backend, 'dense-100');
  if (run.stoppedBy) check.problems.push(`the run was stopped by the ${run.stoppedBy}`);
  log(`${backend} memory: ${describeMemory(check)}`);
  return check;
}

/** Trains `id` with the app's settings until it reaches its target accuracy or the cap. */
async function targetRun(
  client: TrainerClient,
  backend: BackendName,
  id: CaseId,
  options: BenchOptions,
): Promise<TargetResult> {
  const { accuracy, cap } = TARGETS[id]!;
  const config = targetConfig(id, cap);
  log(`${backend} ${id}: training to ${(accuracy * 100).toFixed(0)}% validation accuracy`);
  const run = await measureRun(
    client,
    `bench-target-${backend}-${id}`,
    config,
    options.targetBudgetMs,
    {
      onPoint: (point) => (point.valAccuracy >= accuracy ? 'target' : undefined),
    },
  );
  const reached = firstReaching(run.points, accuracy);
  const index = reached ? run.points.indexOf(reached) : -1;
  const best = run.points.reduce<number | null>((a, p) => Math.max(a ?? 0, p.valAccuracy), null);
  const result: TargetResult = {
    model: id,
    backend,
    target: accuracy,
    timeMs: reached ? run.pointWallMs[index] : null,
    trainMs: reached ? reached.elapsedMs : null,
    step: reached?.step ?? null,
    valAccuracy: reached?.valAccuracy ?? null,
    cap,
    bestValAccuracy: best,
  };
  if (!reached) {
    const steps = 'steps' in run.end ? run.end.steps : (run.points.at(-1)?.step ?? 0);
    result.message =
      run.stoppedBy === 'budget'
        ? `Not reached within the ${options.targetBudgetMs / 1000} s budget (step ${steps}).`
        : 'message' in run.end
          ? run.end.message
          : `Not reached within the ${cap}-step cap.`;
  }
  log(
    `${backend} ${id}: ${reached ? `${(accuracy * 100).toFixed(0)}% at step ${reached.step} after ${seconds(result.timeMs)}` : result.message}`,
  );
  return result;
}

/** The app's full 15,000-step dense run, memory sampled every 1,000 steps. */
async function soakRun(client: TrainerClient, backend: BackendName): Promise<SoakResult> {
  const config = soakConfig();
  const probe = memoryProbe(
    client,
    true,
    (step, index) => index === 0 || (step % SOAK_SAMPLE_EVERY === 0 && step < config.steps),
  );
  log(`${backend} soak: ${config.steps} dense steps, memory every ${SOAK_SAMPLE_EVERY}`);
  const run = await measureRun(client, `bench-soak-${backend}`, config, SOAK_LIMIT_MS, probe.hooks);
  const check = await probe.check(backend, 'dense-100');
  const { end } = run;
  const soak: SoakResult = {
    ...check,
    status: end.status,
    elapsedMs: 'elapsedMs' in end ? end.elapsedMs : null,
    testAccuracy: end.status === 'done' ? end.test.accuracy : null,
    ...('message' in end ? { message: end.message } : {}),
  };
  log(`${backend} soak: ${describeMemory(check)}; ${end.status} after ${seconds(soak.elapsedMs)}`);
  return soak;
}

/** Starts `client` on exactly `backend` and loads the dataset into it. */
async function startWithData(client: TrainerClient, backend: BackendName): Promise<void> {
  const answer = await startBackend(client, backend);
  if (answer.backend !== backend)
    throw new Error(`Asked for ${backend} but got ${answer.backend}.`);
  await loadDataset(client, DATA_URL);
}

/**
 * One experiment in a worker of its own, started and given the dataset first, as the page is
 * when a person presses Train: no earlier run's model is still being stored, and nothing of an
 * earlier run is warm. Timed from sending `train` to receiving `run-ended` with the test score.
 * `inspect` false trains it without the look inside the network (to time what that costs).
 */
async function experimentRun(
  backend: BackendName,
  id: CaseId,
  steps: number,
  options: BenchOptions,
  inspect = true,
): Promise<{ result: ExperimentResult; points: EvalPoint[] }> {
  const config = experimentConfig(id, steps);
  const result: ExperimentResult = {
    model: id,
    backend,
    steps,
    batchSize: config.batchSize,
    evalEvery: config.evalEvery,
    validationSize: config.validationSize,
    status: 'failed',
    wallMs: null,
    workerMs: null,
    valAccuracy: null,
    testAccuracy: null,
    trainMs: null,
    evalMs: null,
    testMs: null,
    otherMs: null,
    evalPoints: null,
    evalMsPerPoint: null,
    trainExamplesPerSec: null,
    evalImagesPerSec: null,
    evalToTrain: null,
  };
  const without = inspect ? '' : ' without the look inside';
  const client = new TrainerClient();
  let points: EvalPoint[] = [];
  try {
    await startWithData(client, backend);
    log(
      `${backend} experiment ${id}${without}: ${steps} steps of ${config.batchSize}, ` +
        `${config.validationSize} validation images every ${config.evalEvery}, then the test set`,
    );
    const runId = `bench-experiment-${backend}-${id}`;
    const train = inspect ? {} : ({ inspect: false } as const);
    const run = await measureRun(client, runId, config, options.targetBudgetMs, {}, train);
    points = run.points;
    const { end } = run;
    const byBench = end.status === 'stopped' && run.stoppedBy !== null;
    result.status = byBench ? 'budget' : end.status;
    if ('message' in end) result.message = end.message;
    if (byBench) result.message = `Stopped by the ${run.stoppedBy} at step ${end.steps}.`;
    result.wallMs = run.wallMs;
    result.workerMs = 'elapsedMs' in end ? end.elapsedMs : null;
    result.valAccuracy = run.points.at(-1)?.valAccuracy ?? null;
    if (end.status === 'done') {
      result.testAccuracy = end.test.accuracy;
      const lastPointWallMs = run.pointWallMs.at(-1);
      const split =
        lastPointWallMs === undefined
          ? null
          : experimentBreakdown(run.points, config.validationSize, run.wallMs, lastPointWallMs);
      if (split) Object.assign(result, split);
    }
    if (!run.workerLost) await client.call('deleteModel', { runId }).catch(() => undefined);
  } catch (error) {
    result.message = errorText(error);
  } finally {
    client.terminate();
  }
  log(
    `${backend} experiment ${id}${without}: ${result.status} in ${seconds(result.wallMs)} ` +
      `(train ${seconds(result.trainMs)}, eval ${seconds(result.evalMs)}, test ${seconds(result.testMs)}, ` +
      `other ${seconds(result.otherMs)}), train ${rateText(result.trainExamplesPerSec)} examples/s, ` +
      `eval ${rateText(result.evalImagesPerSec)} images/s` +
      (result.message ? `: ${result.message}` : ''),
  );
  return { result, points };
}

const percent = (share: number | null) => (share === null ? '-' : `${(share * 100).toFixed(1)}%`);

/**
 * The experiment in INSIDE_COST_ORDER, without and with the look inside; the first run with it
 * is the experiment's row, as one run alone would be.
 */
async function insideCostRuns(
  backend: BackendName,
  model: CaseId,
  steps: number,
  options: BenchOptions,
): Promise<{ experiment: ExperimentResult; cost: InsideCost }> {
  const runs: InsideCostInput[] = [];
  let experiment: ExperimentResult | null = null;
  for (const inspect of INSIDE_COST_ORDER) {
    const { result, points } = await experimentRun(backend, model, steps, options, inspect);
    if (inspect) experiment ??= result;
    runs.push({
      inspect,
      status: result.status,
      ...(result.message ? { message: result.message } : {}),
      wallMs: result.wallMs,
      points,
    });
  }
  const cost = { model, backend, steps, budget: INSIDE_COST_BUDGET, ...insideCost(runs) };
  log(
    `${backend} look inside, ${model}: adds ${percent(cost.addedShare)} ` +
      `(${seconds(cost.wallMsWithout)} -> ${seconds(cost.wallMsWith)}), ` +
      `${cost.insideMsPerPoint?.toFixed(1) ?? '-'} ms per point at ${cost.insidePoints} of ${cost.points} points` +
      (cost.problems.length > 0 ? `: ${cost.problems.join('; ')}` : ''),
  );
  return { experiment: experiment!, cost };
}

/**
 * The experiments of the measured models, one after another on `backend`; with `insideCost`,
 * each also without the look inside, interleaved.
 */
async function benchExperiments(backend: BackendName, options: BenchOptions, report: BenchReport) {
  for (const { model, steps } of EXPERIMENTS) {
    if (!options.cases.includes(model)) continue;
    if (!options.insideCost) {
      report.experiments.push((await experimentRun(backend, model, steps, options)).result);
      continue;
    }
    const { experiment, cost } = await insideCostRuns(backend, model, steps, options);
    report.experiments.push(experiment);
    report.insideCost?.push(cost);
  }
}

/** The long measurements, on the fastest backend with a fresh worker. */
async function benchBest(backend: BackendName, options: BenchOptions, report: BenchReport) {
  const client = new TrainerClient();
  try {
    await startWithData(client, backend);
    if (options.memorySteps > 0) report.memory = await memoryRun(client, backend, options);
    if (options.timeToTarget)
      for (const id of options.cases)
        if (TARGETS[id]) report.targets.push(await targetRun(client, backend, id, options));
    if (options.soak) report.soak = await soakRun(client, backend);
  } catch (error) {
    report.notes.push(`${backend} (best backend): ${errorText(error)}`);
    log(`${backend} (best backend): ${errorText(error)}`);
  } finally {
    client.terminate();
  }
  report.timeTo85Ms = report.targets.find((t) => t.model === 'dense-100')?.timeMs ?? null;
  report.timeTo88Ms = report.targets.find((t) => t.model === 'report-cnn')?.timeMs ?? null;
}

/** The pool's measurements on the fastest backend, each in a pool of its own. */
async function benchPools(backend: BackendName, options: BenchOptions, report: BenchReport) {
  try {
    if (options.pool) {
      const main = report.results.find(
        (r) => r.backend === backend && r.model === 'dense-100' && r.examplesPerSec !== null,
      );
      const rate = main?.examplesPerSec ?? POOL_RATE_FALLBACK;
      report.poolScaling = await poolScaling(backend, options, rate, DATA_URL, log);
    }
    if (options.sweep) report.sweep = await poolSweep(backend, DATA_URL, log);
    if (options.report)
      report.report = await reproduceReport(backend, options.reportScale, DATA_URL, log);
  } catch (error) {
    report.notes.push(`${backend} (pool): ${errorText(error)}`);
    log(`${backend} (pool): ${errorText(error)}`);
  }
}

/**
 * The backends to measure, `auto` replaced by the backend the app's worker chooses here (asked
 * of a worker of its own, which is then ended).
 */
async function resolveAuto(options: BenchOptions, report: BenchReport): Promise<BackendName[]> {
  const named = options.backends.filter((b): b is BackendName => b !== 'auto');
  if (named.length === options.backends.length) return named;
  const client = new TrainerClient();
  try {
    const answer = await startBackend(client, 'auto');
    report.autoBackend = { backend: answer.backend, reason: answer.reason ?? null };
    log(
      `auto: the app would train on ${answer.backend} here (${answer.reason ?? 'no reason given'})`,
    );
    return [...new Set(options.backends.map((b) => (b === 'auto' ? answer.backend : b)))];
  } finally {
    client.terminate();
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(new URLSearchParams(location.search));
  log(`options: ${JSON.stringify(options)}`);
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: navigator.hardwareConcurrency,
      userAgent: navigator.userAgent,
      renderer: null,
    },
    options,
    autoBackend: null,
    datasetReadyMs: null,
    bareFetchMs: null,
    bareFetchGunzip: null,
    datasetToBareFetch: null,
    bestBackend: null,
    inferenceMsP50: null,
    inferenceMsP95: null,
    inferenceModel: null,
    timeTo85Ms: null,
    timeTo88Ms: null,
    targets: [],
    memory: null,
    soak: null,
    experiments: [],
    insideCost: [],
    poolScaling: null,
    sweep: null,
    report: null,
    backends: [],
    results: [],
    notes: [],
  };
  const backends = await resolveAuto(options, report);
  for (const backend of backends) await benchBackend(backend, options, report);
  report.machine.renderer = report.backends.find((b) => b.actual === 'webgl')?.renderer ?? null;
  report.datasetReadyMs =
    report.backends.find((b) => b.datasetReadyMs !== null)?.datasetReadyMs ?? null;
  report.datasetToBareFetch = ratio(report.datasetReadyMs, report.bareFetchMs);

  const best = fastestBackend(backends, report.results);
  report.bestBackend = best;
  const slowest = report.results
    .filter((r) => r.backend === best && r.inferenceMsP50 !== null)
    .reduce<BenchResult | null>(
      (a, r) => (a && a.inferenceMsP50! >= r.inferenceMsP50! ? a : r),
      null,
    );
  if (slowest) {
    report.inferenceMsP50 = slowest.inferenceMsP50;
    report.inferenceMsP95 = slowest.inferenceMsP95;
    report.inferenceModel = slowest.model;
  }
  if (best === null) report.notes.push('No backend trained a model, so nothing ran on the best.');
  else {
    log(`best backend: ${best}`);
    if (options.experiments) await benchExperiments(best, options, report);
    if (options.memorySteps > 0 || options.timeToTarget || options.soak)
      await benchBest(best, options, report);
    await benchPools(best, options, report);
  }
  window.__benchResults = report;
  log('finished');
}

main().catch((error: unknown) => {
  window.__benchError = errorText(error);
  log(`error: ${window.__benchError}`);
});
