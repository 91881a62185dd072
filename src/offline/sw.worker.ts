/**
 * The service worker that keeps the lab usable offline. On install it stores the whole build and
 * the dataset in one cache named after the build's version; it then answers every same-origin GET
 * from that cache, and the network only for what is not there. A new build installs beside the
 * old one, copying every file whose bytes did not change (the 30 MB dataset, usually) from the
 * old cache instead of downloading it again, and takes over once no tab uses the old one (or
 * when the page asks it to); then the old cache is deleted.
 *
 * This file is a classic script (no imports): build/offline.ts strips its types and writes the
 * PRECACHE constant in front of it.
 */

/** A file to keep: its path relative to the scope, and a hash of its bytes. */
interface PrecacheEntry {
  url: string;
  revision: string;
}

/** What the build writes in: every file, and a version that changes with any of them. */
interface Precache {
  version: string;
  entries: PrecacheEntry[];
}

declare const self: ServiceWorkerGlobalScope;
declare const PRECACHE: Precache;

/** The prefix of this app's caches; other caches of the origin are left alone. */
const CACHE_PREFIX = 'fashion-mnist-lab-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
/** Where each cache keeps the entries it holds, so that the next build can reuse them. */
const MANIFEST_KEY = new URL('__precache-manifest__', self.registration.scope).href;
/** The message a page sends to let a waiting new version take over at once. */
const SKIP_WAITING = 'skip-waiting';

const entryKey = ({ url, revision }: PrecacheEntry) => `${url} ${revision}`;

/** Which older cache of this app holds each file, by path and revision. */
async function previousEntries(): Promise<Map<string, Cache>> {
  const found = new Map<string, Cache>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE_NAME) continue;
    const cache = await caches.open(name);
    const manifest = await cache.match(MANIFEST_KEY);
    if (!manifest) continue;
    for (const entry of (await manifest.json()) as PrecacheEntry[])
      found.set(entryKey(entry), cache);
  }
  return found;
}

/**
 * A copy of a response that came through a redirect (a host that sends /index.html to /): a
 * browser refuses to show a page whose response is marked as redirected when it is served for a
 * navigation.
 */
async function unredirected(response: Response): Promise<Response> {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/** Stores every file of the build: unchanged ones from an older cache, the rest from the server. */
async function precache(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  const previous = await previousEntries();
  await Promise.all(
    PRECACHE.entries.map(async (entry) => {
      const url = new URL(entry.url, self.registration.scope).href;
      const kept = await previous.get(entryKey(entry))?.match(url);
      if (kept) return cache.put(url, kept);
      // Revalidated rather than refetched: a first visit's page has just downloaded the dataset.
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok)
        throw new Error(`Could not cache ${entry.url} for offline use: HTTP ${response.status}.`);
      await cache.put(url, response.redirected ? await unredirected(response) : response);
    }),
  );
  // Written last: a cache without its manifest is never reused.
  await cache.put(
    MANIFEST_KEY,
    new Response(JSON.stringify(PRECACHE.entries), {
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

async function deleteOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)),
  );
}

/**
 * The cache key of a request: a page is stored once whatever its query string (the share links
 * put the form there), and a folder's URL means its index.html.
 */
function cacheKey(request: Request): string {
  if (request.mode !== 'navigate') return request.url;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(cacheKey(request), { ignoreVary: true })) ?? fetch(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  // Claiming lets a first visit's page (and its training worker) use the cache from now on.
  event.waitUntil(deleteOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
