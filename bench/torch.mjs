/**
 * `npm run bench -- --torch`: PyTorch on one core of the same machine, run right after the
 * browser bench (../shared/bench/torch_anchor.py, Debian's python3-torch and
 * dataset-fashion-mnist), so the app's examples/s can be stated as a ratio measured in one
 * sitting. Optional: the bench never needs it, and says so when it cannot run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const ANCHOR = process.env.TORCH_ANCHOR ?? join(ROOT, '..', 'shared', 'bench', 'torch_anchor.py');
const PYTHON = process.env.TORCH_PYTHON ?? '/usr/bin/python3';
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
  const env = { ...process.env, OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const child = spawn(PYTHON, [ANCHOR, String(steps), names.join(',')], { env });
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
      error: `${PYTHON} ${ANCHOR} exited with ${code}: ${stderr.trim().split('\n').at(-1)}`,
    };
  const results = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .map((row) => ({
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
