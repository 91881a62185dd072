/**
 * `npm run bench -- --torch`: PyTorch on one core of the same machine, run right after the
 * browser bench (../shared/bench/torch_anchor.py, Debian's python3-torch and
 * dataset-fashion-mnist), so the app's examples/s can be stated as a ratio measured in one
 * sitting; and the experiments as PyTorch runs them (../shared/bench/torch_experiment.py), on
 * one thread and on PyTorch's default threads, beside the app's wall time. Optional: the bench
 * never needs it, and says so when it cannot run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const ANCHOR = process.env.TORCH_ANCHOR ?? join(ROOT, '..', 'shared', 'bench', 'torch_anchor.py');
const EXPERIMENT =
  process.env.TORCH_EXPERIMENT ?? join(ROOT, '..', 'shared', 'bench', 'torch_experiment.py');
const PYTHON = process.env.TORCH_PYTHON ?? '/usr/bin/python3';
/** Variables that would set PyTorch's threads: set to 1 for one thread, removed for the default. */
const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS'];

/**
 * Runs a Python script from the app's folder (torch_experiment.py finds the data there).
 * @param {string[]} args
 * @param {'one' | 'default'} threads
 * @returns {Promise<{ rows: any[] } | { error: string }>} the JSON lines it printed
 */
async function runPython(args, threads) {
  const env = { ...process.env };
  for (const name of THREAD_VARIABLES)
    if (threads === 'one') env[name] = '1';
    else delete env[name];
  const child = spawn(PYTHON, args, { env, cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      stderr += error.message;
      resolve(-1);
    });
    child.on('close', resolve);
  });
  if (code !== 0)
    return {
      error: `${PYTHON} ${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').at(-1)}`,
    };
  const rows = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  return { rows };
}
/** The anchor's name for each of the bench's models. */
const ANCHOR_NAMES = {
  'dense-100': 'dense-100',
  'report-cnn': 'report-cnn-32f-2k',
  'deep-cnn': 'deep-cnn',
};

/**
 * @typedef {{ model: string, anchorModel: string, examplesPerSec: number, testAccuracy: number,
 *   steps: number, threads: number }} TorchResult
 */

/**
 * Trains `models` (bench names) with PyTorch for `steps` steps of batch 32 on one thread.
 * @param {string[]} models
 * @param {number} steps
 * @returns {Promise<{ results: TorchResult[] } | { error: string }>}
 */
export async function runTorchAnchor(models, steps) {
  if (!existsSync(ANCHOR)) return { error: `no PyTorch anchor at ${ANCHOR}` };
  const wanted = models.filter((m) => m in ANCHOR_NAMES);
  const names = wanted.map((m) => ANCHOR_NAMES[/** @type {keyof typeof ANCHOR_NAMES} */ (m)]);
  if (names.length === 0) return { error: 'none of the measured models has a PyTorch anchor' };
  const output = await runPython([ANCHOR, String(steps), names.join(',')], 'one');
  if ('error' in output) return output;
  const results = output.rows.map((row) => ({
    model: wanted[names.indexOf(row.model)],
    anchorModel: row.model,
    examplesPerSec: row.examples_per_s,
    testAccuracy: row.test_acc,
    steps: row.steps,
    threads: row.threads,
  }));
  return { results };
}

/**
 * The app's batch-32 examples/s over PyTorch's, per measured backend and model.
 * @param {{ model: string, backend: string, batchSize: number, examplesPerSec: number | null }[]} results
 * @param {TorchResult[]} torch
 */
export function torchRatios(results, torch) {
  return results.flatMap((result) => {
    const anchor = torch.find((t) => t.model === result.model);
    if (!anchor || result.examplesPerSec === null) return [];
    return [
      {
        model: result.model,
        backend: result.backend,
        appExamplesPerSec: result.examplesPerSec,
        torchExamplesPerSec: anchor.examplesPerSec,
        ratio: result.examplesPerSec / anchor.examplesPerSec,
      },
    ];
  });
}

/**
 * The PyTorch lines of the printout.
 * @param {{ error?: string, results?: TorchResult[], ratios?: ReturnType<typeof torchRatios> }} torch
 */
export function formatTorch(torch) {
  if (torch.error) return `PyTorch anchor not run: ${torch.error}`;
  const lines = ['PyTorch, one thread, batch 32, right after the bench (torch_anchor.py):'];
  for (const t of torch.results ?? [])
    lines.push(
      `  ${t.model}: ${t.examplesPerSec} examples/s over ${t.steps} steps (test accuracy ${t.testAccuracy})`,
    );
  for (const r of torch.ratios ?? [])
    lines.push(
      `  app/PyTorch ${r.backend} ${r.model}: ${r.ratio.toFixed(2)}x (${Math.round(r.appExamplesPerSec)} vs ${r.torchExamplesPerSec})`,
    );
  return lines.join('\n');
}

/** @typedef {import('../src/bench/report').TorchExperimentRun} TorchExperimentRun */
/** @typedef {import('../src/bench/report').ExperimentRatio} ExperimentRatio */
/** @typedef {import('../src/bench/report').ExperimentResult} ExperimentResult */

/** PyTorch's thread settings for the experiments, in the order they run. */
const EXPERIMENT_THREADS = /** @type {const} */ (['one', 'default']);

/**
 * Runs each experiment with PyTorch (torch_experiment.py MODEL STEPS), once on one thread
 * (OMP_NUM_THREADS=1) and once on PyTorch's default threads, one run at a time.
 * @param {{ model: ExperimentResult['model'], steps: number }[]} experiments
 * @returns {Promise<{ runs: TorchExperimentRun[] } | { error: string }>}
 */
export async function runTorchExperiments(experiments) {
  if (!existsSync(EXPERIMENT)) return { error: `no PyTorch experiment at ${EXPERIMENT}` };
  if (experiments.length === 0) return { error: 'no experiment was run' };
  /** @type {TorchExperimentRun[]} */
  const runs = [];
  for (const { model, steps } of experiments)
    for (const threads of EXPERIMENT_THREADS) {
      const output = await runPython([EXPERIMENT, model, String(steps)], threads);
      const row = 'rows' in output ? output.rows.at(-1) : undefined;
      /** @type {TorchExperimentRun} */
      const run = {
        model,
        steps,
        threads,
        torchThreads: row?.threads ?? null,
        wallMs: typeof row?.wall_s === 'number' ? row.wall_s * 1000 : null,
        evalShare: row?.eval_share ?? null,
        valAccuracy: row?.val_acc ?? null,
        testAccuracy: row?.test_acc ?? null,
      };
      if ('error' in output) run.error = output.error;
      else if (!row) run.error = 'it printed no result';
      runs.push(run);
    }
  return { runs };
}

/**
 * The app's experiment wall time over PyTorch's for the same model and steps, on one thread
 * and on the default threads (below 1: the app waits less). PyTorch's wall time covers training,
 * every evaluation and the test pass, as the app's does; the app's also covers building the
 * model and the messages to and from its worker.
 * @param {ExperimentResult[]} experiments
 * @param {TorchExperimentRun[]} runs
 * @returns {ExperimentRatio[]}
 */
export function experimentRatios(experiments, runs) {
  return experiments.flatMap((e) => {
    if (e.wallMs === null || e.status !== 'done') return [];
    const wall = (/** @type {'one' | 'default'} */ threads) =>
      runs.find((r) => r.model === e.model && r.steps === e.steps && r.threads === threads)
        ?.wallMs ?? null;
    const [one, all] = [wall('one'), wall('default')];
    const over = (/** @type {number | null} */ torch) =>
      torch === null || !(torch > 0) ? null : /** @type {number} */ (e.wallMs) / torch;
    return [
      {
        model: e.model,
        steps: e.steps,
        appWallMs: e.wallMs,
        torchOneThreadMs: one,
        torchDefaultMs: all,
        appToTorchOneThread: over(one),
        appToTorchDefault: over(all),
      },
    ];
  });
}
