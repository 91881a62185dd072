/**
 * The benchmark page (bench.html): trains the app's models through the app's own worker client
 * on each requested backend and publishes a report on `window.__benchResults` (or a message on
 * `window.__benchError`). Progress goes to the console as `[bench] ...` lines.
 */
import type { TrainConfig } from '../model/config';
import { TrainerClient } from '../worker/client';
import type { BackendName } from '../worker/protocol';
import { caseConfig, parseBenchOptions, type BenchOptions, type CaseId } from './cases';
import type { BackendRecord, BenchReport, BenchResult } from './report';
import { loadDataset, measureRun, startBackend, type RunRecord } from './session';
import { steadyState } from './stats';

declare global {
  interface Window {
    __benchResults?: BenchReport;
    __benchError?: string;
  }
}

/** Where the dataset files are served, relative to the page, as in the app. */
const DATA_URL = new URL('data/fashion-mnist/', document.baseURI).href;
const logElement = document.getElementById('log');

function log(line: string): void {
  console.log(`[bench] ${line}`);
  if (logElement) logElement.textContent += `${line}\n`;
}

const seconds = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function toResult(
  id: CaseId,
  backend: BackendName,
  config: TrainConfig,
  options: BenchOptions,
  run: RunRecord,
): BenchResult {
  const { end, points } = run;
  const steady = steadyState(points, config.batchSize);
  const byBench = end.status === 'stopped' && run.stoppedBy !== null;
  return {
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
    status: byBench ? 'budget' : end.status,
    ...('message' in end ? { message: end.message } : {}),
    ...(byBench ? { message: `Stopped by the ${run.stoppedBy} at step ${end.steps}.` } : {}),
  };
}

function describeResult(result: BenchResult): string {
  const rate = result.examplesPerSec === null ? '-' : result.examplesPerSec.toFixed(0);
  const test = result.testAccuracy === null ? '-' : `${(result.testAccuracy * 100).toFixed(1)}%`;
  const why = result.message ? `: ${result.message}` : '';
  return `${result.backend} ${result.model}: ${rate} examples/s, warm-up ${seconds(result.warmupMs)}, test ${test} (${result.status}${why})`;
}

/** Measures every case on one backend with a fresh worker, which is terminated afterwards. */
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
    for (const id of options.cases) {
      const config = caseConfig(id, options);
      log(`${backend} ${id}: training ${config.steps} steps of ${config.batchSize}`);
      const run = await measureRun(client, `bench-${backend}-${id}`, config, options.budgetMs);
      const result = toResult(id, backend, config, options, run);
      report.results.push(result);
      log(describeResult(result));
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
    datasetReadyMs: null,
    backends: [],
    results: [],
  };
  for (const backend of options.backends) await benchBackend(backend, options, report);
  report.machine.renderer = report.backends.find((b) => b.actual === 'webgl')?.renderer ?? null;
  report.datasetReadyMs =
    report.backends.find((b) => b.datasetReadyMs !== null)?.datasetReadyMs ?? null;
  window.__benchResults = report;
  log('finished');
}

main().catch((error: unknown) => {
  window.__benchError = errorText(error);
  log(`error: ${window.__benchError}`);
});
