import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP_DEV_HEADER, CSP_HEADER, CSP_META } from './build/csp.ts';
import { chromiumArgs, chromiumPath } from './build/chromium.ts';
import { offline } from './build/offline.ts';
import pkg from './package.json' with { type: 'json' };

/**
 * Cross-origin isolation lets TF.js use SharedArrayBuffer (wasm threads); the same headers must
 * be set by any static host that serves `dist/` (see README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Writes the Content-Security-Policy into the built index.html (and bench.html) as a <meta>. */
const cspMeta: Plugin = {
  name: 'fashion-mnist-lab:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  base: './',
  plugins: [react(), cspMeta, offline()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  server: { headers: { ...isolationHeaders, 'Content-Security-Policy': CSP_DEV_HEADER } },
  preview: { headers: { ...isolationHeaders, 'Content-Security-Policy': CSP_HEADER } },
  build: {
    chunkSizeWarningLimit: 4000,
    /** Two pages: the lab, and the benchmark page that `npm run bench` drives. */
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./bench.html', import.meta.url)),
      },
    },
  },
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          // The node tests first, then the browser's: some node tests time the backends, and
          // a Chromium rendering WebGL in software beside them would skew their clocks.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        // The WebGL engine's tests run on the real WebGL backend, in headless Chromium.
        test: {
          name: 'chromium',
          sequence: { groupOrder: 1 },
          include: ['src/**/*.browser.test.ts'],
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
