/**
 * Page-side half of offline use: registers the service worker of the built app (sw.js, written
 * by build/offline.ts) and reports whether the app and the dataset are saved in this browser.
 */

export type OfflineStatus =
  /** `vite dev`: no service worker, so that every reload shows the latest code. */
  | { state: 'dev' }
  | { state: 'unsupported' }
  /** The service worker is storing the app and the dataset. */
  | { state: 'saving' }
  | { state: 'saved' }
  /** A newer build is saved; `apply` switches to it and reloads the page. */
  | { state: 'update'; apply(): void }
  | { state: 'error'; message: string };

const SERVICE_WORKER_FILE = 'sw.js';
/** Must match the service worker's message (src/offline/sw.worker.ts). */
const SKIP_WAITING = 'skip-waiting';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Registers the service worker and calls `onStatus` with every change of the offline status,
 * until the returned function is called. Call it once the page has loaded the dataset: the
 * service worker's install then finds the files in the HTTP cache instead of downloading them a
 * second time alongside the page. The page works the same before the service worker controls
 * it (a first visit).
 */
export function watchOffline(onStatus: (status: OfflineStatus) => void): () => void {
  let watching = true;
  const report = (status: OfflineStatus) => {
    if (watching) onStatus(status);
  };
  if (import.meta.env.DEV) report({ state: 'dev' });
  else if (!('serviceWorker' in navigator)) report({ state: 'unsupported' });
  else register(navigator.serviceWorker, report);
  return () => {
    watching = false;
  };
}

function register(container: ServiceWorkerContainer, report: (status: OfflineStatus) => void) {
  const reportRegistration = (registration: ServiceWorkerRegistration) => {
    const { installing, waiting, active } = registration;
    if (waiting && active)
      report({
        state: 'update',
        apply() {
          container.addEventListener('controllerchange', () => location.reload(), { once: true });
          waiting.postMessage(SKIP_WAITING);
        },
      });
    else if (installing || waiting) report({ state: 'saving' });
    else if (active) report({ state: 'saved' });
  };

  const follow = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      // A worker whose install failed (a file it could not fetch, a full disk) turns redundant.
      if (worker.state === 'redundant' && !registration.active)
        report({
          state: 'error',
          message: 'the browser could not store the app and the dataset (30 MB).',
        });
      else reportRegistration(registration);
    });
  };

  container
    .register(new URL(SERVICE_WORKER_FILE, document.baseURI), { updateViaCache: 'none' })
    .then((registration) => {
      follow(registration, registration.installing);
      registration.addEventListener('updatefound', () =>
        follow(registration, registration.installing),
      );
      reportRegistration(registration);
    })
    .catch((error: unknown) => report({ state: 'error', message: errorMessage(error) }));
}
