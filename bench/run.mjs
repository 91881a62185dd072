/**
 * `npm run bench`: builds the app, serves it on a free loopback port, opens bench.html in
 * headless Chromium, waits for the page's report, prints it and writes bench-results.json.
 * The page trains through the app's own worker, so it measures exactly what the app does.
 *
 *   npm run bench -- [--steps 200] [--warmup 20] [--models dense-100,report-cnn,deep-cnn]
 *                    [--backends auto|wasm,webgl,cpu] [--budget 30] [--batch-sizes 32,64,128,256]
 *                    [--no-compare] [--rounds 3] [--no-time-to-target] [--target-budget 300]
 *                    [--memory-steps 2000] [--inference-calls 200] [--soak] [--no-experiments]
 *                    [--no-inside-cost] [--no-pool] [--no-sweep] [--report] [--report-scale 1]
 *                    [--torch] [--no-build]
 *
 * --backends         backends to measure, in order; `auto` (the default) is the one the app
 *                    chooses here (wasm on a machine without a GPU). The long measurements
 *                    (memory check, time to target, soak) run on the fastest one measured
 * --steps            training steps timed per measurement, after the warm-up
 * --warmup           steps before the first evaluation point (shader compilation, first use)
 * --budget           seconds a measurement may train after its warm-up before it is stopped;
 *                    a model whose batch-32 run does not finish within it gets no batch sweep
 *                    and no loop comparison on that backend
 * --batch-sizes      batch sizes tried for the best examples/s, each over as many examples as
 *                    the batch-32 run (32 alone: no sweep)
 * --no-compare       skip model.fit, the bare loop and the minimize loop (bench-only workers)
 * --rounds           rounds of that comparison, each followed by the app's run once more; the
 *                    ratios are medians over rounds
 * --no-time-to-target  skip the wall time to 85 % (dense-100) and 88 % (report CNN) validation
 *                    accuracy on the fastest backend
 * --target-budget    seconds one time-to-target run (the memory check, an experiment) may take
 * --memory-steps     steps between the two samples of the dense memory check on the fastest
 *                    backend (0: skip it)
 * --inference-calls  predict calls timed per trained model (0: skip inference)
 * --soak             also a full 15,000-step dense run on the fastest backend, memory sampled
 *                    every 1,000 steps (several minutes)
 * --no-experiments   skip the experiments (on by default): on the fastest backend, dense-100 for
 *                    3,000 steps and the report CNN for 1,000 with the app's default evaluation
 *                    (every 50 steps on 5,000 images) and the test pass, each timed from
 *                    sending `train` to the test score and split into training, validation,
 *                    test and the rest
 * --no-inside-cost   skip the look inside's cost (on by default, part of the experiments, so
 *                    nothing with --no-experiments): each experiment trained without the look
 *                    inside the network (the bench-only `inspect: false` of `train`) and with it
 *                    as the app trains, alternating without, with, without, with, each in a fresh
 *                    worker (the first run with it is the experiments table's row); prints the
 *                    share of wall time the look inside adds (the faster run of each side; issue
 *                    13's budget is 10%) and the median ms per point it reported. Four runs of
 *                    each experiment instead of one: about a minute more on 2 cores
 * --no-pool          skip pool scaling (on by default): on the fastest backend, for n = 1 up to
 *                    navigator.hardwareConcurrency, n dense-100 runs of about 5 s queued at once
 *                    into a TrainerPool of at most n workers; their total examples/s, its ratio to
 *                    one worker, and the pool's own measured gain and limit
 * --no-sweep         skip the timed sweep (on by default): hidden units 32, 64, 128, 256, 1,000
 *                    steps each with the app's default evaluation, from the four `train`
 *                    messages to the last `run-ended`, in a one-worker pool and in the default
 *                    pool, and the speed-up
 * --report           also "Reproduce the report" (off by default; about half an hour on 2 cores):
 *                    all 19 runs of the report's three experiments at the report's settings
 *                    queued at once into the default pool, timed in all and per experiment
 * --report-scale     divide the report's steps by this (default 1: the report's own), e.g. 10
 *                    for a quick check of --report
 * --torch            afterwards, train the same models with PyTorch on one thread
 *                    (../shared/bench/torch_anchor.py, if python3-torch is installed) and print
 *                    the app's batch-32 examples/s as a ratio to it; and run the experiments with
 *                    PyTorch (../shared/bench/torch_experiment.py) on one thread and on its
 *                    default threads, printing the app's wall time over PyTorch's
 * --no-build         serve the previous bench build instead of building again (--build, the
 *                    default, always builds: the numbers are for the code as it is now)
 *
 * The build goes to a folder of its own (node_modules/.cache/bench-builds/<pid>), so a bench
 * never replaces the dist/ that e2e tests or a running preview serve, nor another bench's build. Exits non-zero when anything asked for was not measured in full, or a
 * memory check found the training worker's memory growing.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, ROOT, startPreview } from './server.mjs';
import { formatReport } from './table.mjs';
import {
  experimentRatios,
  formatTorch,
  runTorchAnchor,
  runTorchExperiments,
  torchRatios,
} from './torch.mjs';

/** @typedef {import('../src/bench/report').BenchReport} BenchReport */
/**
 * The bench page's window: what it publishes when done (declared for the page in
 * src/bench/bench.ts). The callbacks that read it run in the page, so each casts `window`.
 * @typedef {Window & { __benchResults?: BenchReport, __benchError?: string }} BenchWindow
 */

/**
 * Each run builds into a folder of its own, named by its process id, so two benches started at
 * once never rebuild the pages the other is serving; `latest` names the newest complete build,
 * which `--no-build` serves. Builds of processes that have ended are removed, but the latest.
 */
const BUILDS_DIR = join(ROOT, 'node_modules', '.cache', 'bench-builds');
const LATEST_FILE = join(BUILDS_DIR, 'latest');
const RESULTS_FILE = join(ROOT, 'bench-results.json');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The same flags as `chromiumArgs` in playwright.config.ts: quiet, software WebGL. */
const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  // performance.measureUserAgentSpecificMemory() answers at once instead of at the next
  // garbage collection (up to 20 s later): the page measures the worker's heap with it.
  '--enable-blink-features=ForceEagerMeasureMemory',
];
/** The page's own limits (src/bench/session.ts), to bound the wait for it. */
const INIT_AND_DATA_S = 60 + 300;
const WARMUP_LIMIT_S = 480;
const STOP_GRACE_S = 480;
const SLACK_S = 60;
const DEFAULT_BUDGET_S = 30;
/** Steps of PyTorch's run per model for `--torch`: long enough to be steady. */
const TORCH_STEPS = 1000;
const DEFAULT_TARGET_BUDGET_S = 300;
const DEFAULT_MODELS = 3;
const DEFAULT_BACKENDS = 1;
const DEFAULT_BATCH_SIZES = 4;
const DEFAULT_ROUNDS = 3;
/** Loops timed in bench-only workers per round: model.fit, bare loop, minimize loop. */
const LOOPS = 3;
const TARGETS = 2;
/** Experiments on the best backend, each in a fresh worker that loads the dataset first. */
const EXPERIMENTS = 2;
/** Runs of each experiment when the look inside's cost is measured (INSIDE_COST_ORDER). */
const INSIDE_COST_RUNS = 4;
const SOAK_LIMIT_S = 3600;
/** The page's limits of its pool measurements (src/bench/cases.ts, session.ts). */
const POOL_LIMIT_S = 300;
const QUEUED_STOP_GRACE_S = 120;
/** Pools the sweep starts: one worker, then the default pool. */
const SWEEP_POOLS = 2;
/** "Reproduce the report"'s limit at scale 1, divided by the scale, at least 20 minutes. */
const REPORT_LIMIT_S = 4 * 3600;
const REPORT_MIN_LIMIT_S = 20 * 60;

/** Command-line options passed to the page as query parameters of the same meaning. */
const PAGE_OPTIONS = /** @type {const} */ ({
  steps: 'steps',
  warmup: 'warmup',
  models: 'models',
  backends: 'backends',
  budget: 'budget',
  'batch-sizes': 'batches',
  rounds: 'rounds',
  'target-budget': 'target-budget',
  'memory-steps': 'memory-steps',
  'inference-calls': 'inference-calls',
  'report-scale': 'report-scale',
});
/** @typedef {keyof typeof PAGE_OPTIONS} PageOption */
const COUNT_OPTIONS = /** @type {const} */ ([
  'steps',
  'warmup',
  'budget',
  'target-budget',
  'rounds',
  'report-scale',
]);
const OPTIONAL_COUNT_OPTIONS = /** @type {const} */ (['memory-steps', 'inference-calls']);
/** Switches: `--name` and `--no-name`, passed to the page as 1 or 0. */
const SWITCHES = /** @type {const} */ ({
  compare: 'compare',
  'time-to-target': 'target',
  soak: 'soak',
  experiments: 'experiments',
  'inside-cost': 'inside',
  pool: 'pool',
  sweep: 'sweep',
  report: 'report',
});
/** @typedef {keyof typeof SWITCHES} Switch */

/**
 * Reads the command line; throws on unknown flags and malformed counts. The page checks model
 * and backend names against its registries.
 */
function readArgs() {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(PAGE_OPTIONS).map((name) => [name, { type: 'string' }])),
      ...Object.fromEntries(
        Object.keys(SWITCHES).flatMap((name) => [
          [name, { type: 'boolean' }],
          [`no-${name}`, { type: 'boolean' }],
        ]),
      ),
      build: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      torch: { type: 'boolean' },
    },
    strict: true,
  });
  const args =
    /** @type {Partial<Record<PageOption, string>> & Partial<Record<Switch | `no-${Switch}` | 'no-build' | 'torch', boolean>>} */ (
      values
    );
  for (const name of COUNT_OPTIONS) {
    const value = args[name];
    if (value !== undefined && !/^[1-9]\d*$/.test(value))
      throw new Error(`--${name} must be a whole number of at least 1; got "${value}".`);
  }
  for (const name of OPTIONAL_COUNT_OPTIONS) {
    const value = args[name];
    if (value !== undefined && !/^\d+$/.test(value))
      throw new Error(`--${name} must be a whole number; got "${value}".`);
  }
  const sizes = args['batch-sizes'];
  if (sizes !== undefined && !/^[1-9]\d*(,[1-9]\d*)*$/.test(sizes))
    throw new Error(`--batch-sizes must be a comma-separated list of batch sizes; got "${sizes}".`);
  for (const name of /** @type {Switch[]} */ (Object.keys(SWITCHES)))
    if (args[name] && args[`no-${name}`])
      throw new Error(`--${name} and --no-${name} contradict each other.`);
  return args;
}

/** @typedef {ReturnType<typeof readArgs>} Args */

/**
 * The bench page's URL for these arguments.
 * @param {string} base
 * @param {Args} args
 */
function benchUrl(base, args) {
  const url = new URL('bench.html', base);
  for (const [name, param] of Object.entries(PAGE_OPTIONS)) {
    const value = args[/** @type {PageOption} */ (name)];
    if (value !== undefined) url.searchParams.set(param, value);
  }
  for (const [name, param] of Object.entries(SWITCHES)) {
    if (args[/** @type {Switch} */ (name)]) url.searchParams.set(param, '1');
    if (args[/** @type {`no-${Switch}`} */ (`no-${name}`)]) url.searchParams.set(param, '0');
  }
  return url.href;
}

/**
 * Longest the page may take, from its own limits: a safety net, not a budget.
 * @param {Args} args
 */
function pageTimeoutMs(args) {
  const count = (/** @type {string | undefined} */ list, /** @type {number} */ fallback) =>
    list === undefined ? fallback : list.split(',').length;
  const backends = count(args.backends, DEFAULT_BACKENDS);
  const models = count(args.models, DEFAULT_MODELS);
  const budget = Number(args.budget ?? DEFAULT_BUDGET_S);
  const targetBudget = Number(args['target-budget'] ?? DEFAULT_TARGET_BUDGET_S);
  const perRun = WARMUP_LIMIT_S + budget + STOP_GRACE_S;
  const rounds = Number(args.rounds ?? DEFAULT_ROUNDS);
  const extras =
    count(args['batch-sizes'], DEFAULT_BATCH_SIZES) -
    1 +
    (args['no-compare'] ? 0 : rounds * (LOOPS + 1));
  const perBackend = INIT_AND_DATA_S * 2 + models * perRun * (1 + extras);
  const best =
    INIT_AND_DATA_S +
    (1 + TARGETS) * (targetBudget + STOP_GRACE_S) +
    (args['no-experiments']
      ? 0
      : EXPERIMENTS *
        (args['no-inside-cost'] ? 1 : INSIDE_COST_RUNS) *
        (INIT_AND_DATA_S + WARMUP_LIMIT_S + targetBudget + STOP_GRACE_S)) +
    (args.soak ? SOAK_LIMIT_S : 0);
  const batch = (/** @type {number} */ limitS) => INIT_AND_DATA_S + limitS + QUEUED_STOP_GRACE_S;
  const pools =
    (args['no-pool'] ? 0 : availableParallelism() * batch(POOL_LIMIT_S)) +
    (args['no-sweep'] ? 0 : SWEEP_POOLS * batch(POOL_LIMIT_S)) +
    (args.report
      ? batch(Math.max(REPORT_MIN_LIMIT_S, REPORT_LIMIT_S / Number(args['report-scale'] ?? 1)))
      : 0);
  return (backends * perBackend + best + pools + SLACK_S) * 1000;
}

/**
 * Every way the run fell short of what was asked, for the exit code. A run cut short by the
 * budget counts only if it timed no steps at all; memory that grew counts too; so does a look
 * inside's cost with a missing figure or a problem (any of its runs not done, say), or missing
 * for an experiment, but not one over its budget: the printout says that.
 * @param {BenchReport} report
 * @returns {string[]}
 */
function shortfalls(report) {
  const measured = (/** @type {import('../src/bench/report').BenchResult} */ r) =>
    r.status === 'done' || (r.status === 'budget' && r.examplesPerSec !== null);
  return [
    ...report.backends.filter((b) => b.error).map((b) => `${b.requested}: ${b.error}`),
    ...report.results
      .filter((r) => !measured(r))
      .map((r) => `${r.backend} ${r.model}: ${r.status}${r.message ? ` (${r.message})` : ''}`),
    ...(report.results.length === 0 ? ['nothing was measured'] : []),
    ...report.experiments
      .filter((e) => e.status !== 'done' || e.wallMs === null || e.trainMs === null)
      .map(
        (e) =>
          `experiment ${e.backend} ${e.model}: ${e.status}${e.message ? ` (${e.message})` : ''}`,
      ),
    ...(report.options.insideCost
      ? report.experiments
          .filter((e) => !report.insideCost?.some((c) => c.model === e.model))
          .map((e) => `look inside ${e.backend} ${e.model}: not measured`)
      : []),
    ...(report.insideCost ?? [])
      .filter((c) => c.addedShare === null || c.insideMsPerPoint === null || c.problems.length > 0)
      .map(
        (c) =>
          `look inside ${c.backend} ${c.model}: ` +
          (c.problems.join('; ') || 'no share or no time per point'),
      ),
    ...(report.poolScaling?.rows ?? [])
      .filter((row) => row.status !== 'done' || row.totalExamplesPerSec === null)
      .map(
        (row) => `pool of ${row.workers}: ${row.status}${row.message ? ` (${row.message})` : ''}`,
      ),
    ...[report.sweep?.oneWorker, report.sweep?.pool]
      .filter((trial) => trial && trial.wallMs === null)
      .map((trial) => `sweep, ${trial?.maxWorkers} workers: ${trial?.message ?? 'not timed'}`),
    ...(report.report && (report.report.message || report.report.runs.length === 0)
      ? [`report: ${report.report.message ?? 'no run'}`]
      : []),
    ...[...report.results.map((r) => r.memory), report.memory, report.soak]
      .filter((check) => check?.flat === false)
      .map(
        (check) =>
          `${check?.backend} ${check?.model}: memory not flat (${check?.problems.join('; ')})`,
      ),
  ];
}

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length > 0)
    await cleanups
      .pop()?.()
      .catch((error) => console.error(error));
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the browser and the server.`);
    void cleanUp().then(() => process.exit(1));
  });

/**
 * @param {number} pid
 * @returns {boolean} whether a process with this id is running
 */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** The newest complete build's folder, or null when there is none. */
async function latestBuild() {
  const name = existsSync(LATEST_FILE) ? (await readFile(LATEST_FILE, 'utf8')).trim() : '';
  const dir = join(BUILDS_DIR, name);
  return name && existsSync(join(dir, 'bench.html')) ? dir : null;
}

/**
 * Removes the builds of benches that have ended, except the latest and `keep`.
 * @param {string} keep
 */
async function pruneBuilds(keep) {
  const latest = existsSync(LATEST_FILE) ? (await readFile(LATEST_FILE, 'utf8')).trim() : '';
  const entries = await readdir(BUILDS_DIR).catch(() => /** @type {string[]} */ ([]));
  for (const name of entries)
    if (/^\d+$/.test(name) && name !== latest && name !== keep && !alive(Number(name)))
      await rm(join(BUILDS_DIR, name), { recursive: true, force: true });
}

/**
 * Builds the app into this process's own folder, or finds the latest build for --no-build.
 * @param {Args} args
 * @returns {Promise<string>} the folder to serve
 */
async function buildPages(args) {
  if (args['no-build']) {
    const dir = await latestBuild();
    if (!dir) throw new Error(`--no-build: there is no previous bench build in ${BUILDS_DIR}.`);
    return dir;
  }
  const name = String(process.pid);
  const dir = join(BUILDS_DIR, name);
  await mkdir(BUILDS_DIR, { recursive: true });
  await pruneBuilds(name);
  await build(dir);
  await writeFile(LATEST_FILE, `${name}\n`);
  return dir;
}

/** @returns {Promise<number>} the exit code */
async function main() {
  const args = readArgs();
  const outDir = await buildPages(args);
  const server = await startPreview(outDir);
  cleanups.push(server.stop);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench]')) console.log(text);
    else if (message.type() === 'error') console.error(`[page error] ${text}`);
  });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  const url = benchUrl(server.url, args);
  console.log(`Opening ${url}`);
  await page.goto(url);
  const timeout = pageTimeoutMs(args);
  await page.waitForFunction(
    () => {
      const bench = /** @type {BenchWindow} */ (window);
      return bench.__benchResults ?? bench.__benchError;
    },
    null,
    { timeout, polling: 1000 },
  );
  const error = await page.evaluate(() => /** @type {BenchWindow} */ (window).__benchError);
  if (error) throw new Error(`The bench page failed: ${error}`);
  const report = /** @type {BenchReport} */ (
    await page.evaluate(() => /** @type {BenchWindow} */ (window).__benchResults)
  );

  let torchText = '';
  if (args.torch) {
    // After the browser has closed, so that PyTorch has the machine to itself as the bench had.
    await cleanUp();
    const models = [...new Set(report.results.map((r) => r.model))];
    console.log('Running the PyTorch anchor...');
    const anchor = await runTorchAnchor(models, TORCH_STEPS);
    const torch =
      'error' in anchor
        ? anchor
        : { ...anchor, ratios: torchRatios(report.results, anchor.results) };
    Object.assign(report, { pytorch: torch });
    torchText = `\n\n${formatTorch(torch)}`;
    if (report.experiments.length > 0) {
      console.log('Running the experiments in PyTorch...');
      const experiments = await runTorchExperiments(report.experiments);
      report.pytorchExperiments =
        'error' in experiments
          ? experiments
          : { ...experiments, ratios: experimentRatios(report.experiments, experiments.runs) };
    }
  }
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}${torchText}\n\nWrote ${RESULTS_FILE}`);
  const problems = shortfalls(report);
  if (problems.length > 0)
    console.error(`\nNot measured in full, or not flat:\n  ${problems.join('\n  ')}`);
  return problems.length > 0 ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await cleanUp();
}
process.exit(exitCode);
