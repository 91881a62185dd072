/**
 * `npm run bench`: builds the app, serves it on a free loopback port, opens bench.html in
 * headless Chromium, waits for the page's report, prints it and writes bench-results.json.
 * The page trains through the app's own worker, so it measures exactly what the app does.
 *
 *   npm run bench -- [--steps 200] [--warmup 20] [--models dense-100,report-cnn,deep-cnn]
 *                    [--backends webgl,cpu] [--budget 120] [--no-build]
 *
 * --steps    training steps timed per measurement, after the warm-up
 * --warmup   steps before the first evaluation point (shader compilation, first use)
 * --budget   seconds a measurement may train after its warm-up before it is stopped
 * --no-build serve the previous bench build instead of building again (--build, the default,
 *            always builds: the numbers are for the code as it is now)
 *
 * The build goes to its own folder, so a bench never replaces the dist/ that e2e tests or a
 * running preview serve. Exits non-zero when anything asked for was not measured in full.
 */
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, ROOT, startPreview } from './server.mjs';
import { formatReport } from './table.mjs';

/** @typedef {import('../src/bench/report').BenchReport} BenchReport */

const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'bench-dist');
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
];
/** The page's own limits (src/bench/session.ts), to bound the wait for it. */
const INIT_AND_DATA_S = 60 + 300;
const WARMUP_LIMIT_S = 480;
const STOP_GRACE_S = 480;
const SLACK_S = 60;
const DEFAULT_BUDGET_S = 120;
const DEFAULT_MODELS = 3;
const DEFAULT_BACKENDS = 2;

/** Names the page reads from its query string, as given on the command line. */
const PAGE_OPTIONS = /** @type {const} */ (['steps', 'warmup', 'models', 'backends', 'budget']);
const COUNT_OPTIONS = /** @type {const} */ (['steps', 'warmup', 'budget']);

/**
 * Reads the command line; throws on unknown flags and malformed counts. The page checks model
 * and backend names against its registries.
 */
function readArgs() {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(PAGE_OPTIONS.map((name) => [name, { type: 'string' }])),
      build: { type: 'boolean' },
      'no-build': { type: 'boolean' },
    },
    strict: true,
  });
  const args =
    /** @type {Partial<Record<(typeof PAGE_OPTIONS)[number], string>> & { 'no-build'?: boolean }} */ (
      values
    );
  for (const name of COUNT_OPTIONS) {
    const value = args[name];
    if (value !== undefined && !/^[1-9]\d*$/.test(value))
      throw new Error(`--${name} must be a whole number of at least 1; got "${value}".`);
  }
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
  for (const name of PAGE_OPTIONS) {
    const value = args[name];
    if (value !== undefined) url.searchParams.set(name, value);
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
  const perModel = WARMUP_LIMIT_S + budget + STOP_GRACE_S;
  return (backends * (INIT_AND_DATA_S + models * perModel) + SLACK_S) * 1000;
}

/**
 * Every way the run fell short of what was asked, for the exit code. A run cut short by the
 * budget counts only if it timed no steps at all.
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

/** @returns {Promise<number>} the exit code */
async function main() {
  const args = readArgs();
  if (args['no-build']) {
    if (!existsSync(join(OUT_DIR, 'bench.html')))
      throw new Error(`--no-build: there is no previous bench build in ${OUT_DIR}.`);
  } else {
    await build(OUT_DIR);
  }
  const server = await startPreview(OUT_DIR);
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
  await page.waitForFunction(() => window.__benchResults ?? window.__benchError, null, {
    timeout,
    polling: 1000,
  });
  const error = await page.evaluate(() => window.__benchError);
  if (error) throw new Error(`The bench page failed: ${error}`);
  const report = /** @type {BenchReport} */ (await page.evaluate(() => window.__benchResults));

  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}\n\nWrote ${RESULTS_FILE}`);
  const problems = shortfalls(report);
  if (problems.length > 0) console.error(`\nNot measured in full:\n  ${problems.join('\n  ')}`);
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
