/**
 * Builds the app and serves the build with `vite preview` on a free loopback port. Every child
 * process is started in its own process group so that stopping it also stops what it spawned.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
export const HOST = '127.0.0.1';
const SERVER_START_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 200;
const STOP_GRACE_MS = 5_000;

/**
 * Runs `vite build` into `outDir`, echoing its output; rejects if it fails.
 * @param {string} outDir
 * @returns {Promise<void>}
 */
export function build(outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite build failed (${signal ?? `exit ${code}`}).`)),
    );
  });
}

/**
 * A loopback port nothing listens on right now.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No free port.')),
      );
    });
  });
}

/**
 * @typedef {{ url: string, stop: () => Promise<void> }} PreviewServer
 */

/**
 * Serves `outDir` with `vite preview` (the app's own headers) and resolves once it answers.
 * @param {string} outDir
 * @returns {Promise<PreviewServer>}
 */
export async function startPreview(outDir) {
  const port = await freePort();
  const url = `http://${HOST}:${port}/`;
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  /** Stops the server's process group; waits for it to exit. */
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited with code ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  await stop();
  throw new Error(
    `vite preview did not answer on ${url} within ${SERVER_START_TIMEOUT_MS} ms:\n${output}`,
  );
}

/**
 * @param {number | undefined} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
