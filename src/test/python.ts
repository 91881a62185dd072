/**
 * Runs Debian's Python for the tests of the exported PyTorch script. A missing Python or
 * package fails the test with the package to install: CI installs them (see .ci/run), so a
 * skip would hide a broken CI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Python, which has python3-torch; the PATH's python3 may be another (pyenv). */
export const PYTHON = '/usr/bin/python3';

/** Throws, naming the Debian package to install, unless PYTHON can import every module. */
export function requirePython(modules: Record<string, string>): void {
  if (!existsSync(PYTHON))
    throw new Error(`${PYTHON} is missing: install Debian's python3 (apt-get install python3).`);
  for (const [module, debianPackage] of Object.entries(modules)) {
    const check = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
    if (check.status !== 0)
      throw new Error(
        `${PYTHON} cannot import ${module}: install Debian's ${debianPackage} ` +
          `(apt-get install ${debianPackage}). ${check.stderr.trim().split('\n').at(-1) ?? ''}`,
      );
  }
}

/** A fresh folder for a test's files. */
export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'fashion-mnist-lab-pytorch-'));
}

/** Writes `text` as `name` in `folder`; returns its path. */
export function writeScript(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/**
 * Runs `python3 script args…` at low priority (the machine is shared) and resolves with its
 * stdout; rejects with its stderr's tail if it exits with another status than 0.
 */
export function runPython(
  script: string,
  args: string[],
  cwd: string,
): Promise<{ stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('nice', [PYTHON, script, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr, ms: performance.now() - started });
      else reject(new Error(`${script} ${args.join(' ')} exited ${code}:\n${stderr.slice(-3000)}`));
    });
  });
}

/** The JSON lines of a script's stdout. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
