/**
 * Build-time half of offline use: writes `sw.js` (src/offline/sw.worker.ts with its types
 * stripped) into the output, preceded by the list of every file of the build and of public/ (the
 * dataset included) that it caches on install, each with a hash of its bytes, and a version that
 * changes with any of them.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

/** The service worker's file name, at the root of the output so that its scope is the whole app. */
export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = new URL('../src/offline/sw.worker.ts', import.meta.url);
/** Files not worth keeping offline. */
const SKIPPED = /\.map$/;
/** Hex digits kept of a SHA-256: plenty to tell builds and files apart. */
const DIGEST_LENGTH = 16;

function digest(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, DIGEST_LENGTH);
}

/** Every file under `dir`, as paths relative to it with '/' separators. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'),
    );
}

/** Adds the service worker to a production build; `vite dev` runs without one. */
export function offline(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'fashion-mnist-lab:offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
      const publicFiles = config.publicDir ? await listFiles(config.publicDir) : [];
      const files = [...new Set([...Object.keys(bundle), ...publicFiles])]
        .filter((file) => file !== SERVICE_WORKER_FILE && !SKIPPED.test(file))
        .sort();
      const entries = await Promise.all(
        files.map(async (url) => ({
          url,
          revision: digest(await readFile(path.join(outDir, url))),
        })),
      );
      const source = await readFile(SOURCE, 'utf8');
      const { code } = await transformWithOxc(source, SOURCE.pathname, { lang: 'ts' });
      // A new service worker gets a cache of its own, even when no other file changed.
      const revisions = entries.map(({ url, revision }) => `${url} ${revision}`);
      const version = digest([...revisions, code].join('\n'));
      const precache = { version, entries };
      const header = `const PRECACHE = ${JSON.stringify(precache)};\n`;
      await writeFile(path.join(outDir, SERVICE_WORKER_FILE), header + code);
      config.logger.info(
        `${SERVICE_WORKER_FILE}: ${files.length} files cached for offline use, version ${version}`,
      );
    },
  };
}
