/**
 * `npm run bench`: builds the app, serves it on a free loopback port, opens bench.html in
 * headless Chromium, waits for the page's report, prints it and writes bench-results.json.
 * The page trains through the app's own worker, so it measures exactly what the app does.
 *
 *   npm run bench -- [--steps 200] [--warmup 20] [--models dense-100,report-cnn,deep-cnn]
 *                    [--backends webgl,cpu] [--budget 240] [--no-build]
 *
 * --steps    training steps timed per measurement, after the warm-up
 * --warmup   steps before the first evaluation point (shader compilation, first use)
 * --budget   seconds one measurement may train before it is stopped
 * --no-build serve the previous bench build instead of building again
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
/** Bounds on the page's own timeouts (src/bench/session.ts), plus slack. */
const INIT_AND_DATA_S = 60 + 300;
const STOP_GRACE_S = 180;
const SLACK_S = 60;
const DEFAULT_BUDGET_S = 240;
const DEFAULT_MODELS = 3;
const DEFAULT_BACKENDS = 2;

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string' },
    warmup: { type: 'string' },
    models: { type: 'string' },
    backends: { type: 'string' },
    budget: { type: 'string' },
    build: { type: 'boolean' },
    'no-build': { type: 'boolean' },
  },
  strict: true,
});

for (const name of /** @type {const} */ (['steps', 'warmup', 'budget'])) {
  const value = args[name];
  if (value !== undefined && !/^[1-9]\d*$/.test(value))
    throw new Error(`--${name} must be a whole number of at least 1; got "${value}".`);
}

/**
 * The bench page's URL for these arguments; the page checks model and backend names.
 * @param {string} base
 */
function benchUrl(base) {
  const url = new URL('bench.html', base);
  for (const name of /** @type {const} */ (['steps', 'warmup', 'models', 'backends', 'budget'])) {
    const value = args[name];
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.href;
}

/** Longest the page may take, from its own per-step bounds; a safety net, not a budget. */
function pageTimeoutMs() {
  const count = (/** @type {string | undefined} */ list, /** @type {number} */ fallback) =>
    list === undefined ? fallback : list.split(',').length;
  const backends = count(args.backends, DEFAULT_BACKENDS);
  const models = count(args.models, DEFAULT_MODELS);
  const budget = Number(args.budget ?? DEFAULT_BUDGET_S);
  return (backends * (INIT_AND_DATA_S + models * (budget + STOP_GRACE_S)) + SLACK_S) * 1000;
}

/**
 * Every way the run fell short of what was asked, for the exit code.
 * @param {BenchReport} report
 * @returns {string[]}
 */
function shortfalls(report) {
  return [
    ...report.backends.filter((b) => b.error).map((b) => `${b.requested}: ${b.error}`),
    ...report.results
      .filter((r) => r.status !== 'done')
      .map((r) => `${r.backend} ${r.model}: ${r.status}`),
    ...(report.results.length === 0 ? ['nothing was measured'] : []),
  ];
}

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length > 0) await cleanups.pop()?.().catch((error) => console.error(error));
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the browser and the server.`);
    void cleanUp().then(() => process.exit(1));
  });

/** @returns {Promise<number>} the exit code */
async function main() {
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

  const url = benchUrl(server.url);
  console.log(`Opening ${url}`);
  await page.goto(url);
  const timeout = pageTimeoutMs();
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
