/**
 * The Content-Security-Policy of the lab, in one place: the build writes it into index.html as a
 * <meta http-equiv>, `vite preview` and `vite dev` send it as a header, and README.md lists it for
 * static hosts. Everything comes from the app's own origin; the exceptions are what the app needs:
 * - `'wasm-unsafe-eval'`: TF.js compiles its WebAssembly backend;
 * - `blob:` scripts and workers: the threaded WebAssembly backend starts its helper threads as
 *   workers made from blob: URLs, which load the backend's script from another blob: URL;
 * - `style-src 'unsafe-inline'`: recharts and React set inline styles;
 * - `img-src data: blob:`: canvases, the uploaded photo's thumbnail and pixel previews.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Directives that browsers ignore, with a console error, when they come in a <meta> element;
 * only the header carries them.
 */
const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

/**
 * What `vite dev` adds: React Fast Refresh injects an inline module script, and the dev server
 * talks to the page over a WebSocket on its own host.
 */
const DEV_ADDITIONS: Record<string, string[]> = {
  'script-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'wss:'],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function merge(...parts: Record<string, string[]>[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const part of parts)
    for (const [name, sources] of Object.entries(part))
      merged[name] = [...(merged[name] ?? []), ...sources];
  return merged;
}

/** The policy of the built app's <meta http-equiv="Content-Security-Policy">. */
export const CSP_META = serialise(DIRECTIVES);

/** The policy a host sends as the Content-Security-Policy header: the meta's plus frame-ancestors. */
export const CSP_HEADER = serialise(merge(DIRECTIVES, HEADER_ONLY_DIRECTIVES));

/** The header `vite dev` sends: the production policy plus what hot reloading needs. */
export const CSP_DEV_HEADER = serialise(merge(DIRECTIVES, HEADER_ONLY_DIRECTIVES, DEV_ADDITIONS));
