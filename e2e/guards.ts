import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

/** Schemes that never reach a network: the page's own data and blobs. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);
const CSP_MESSAGE = /Content Security Policy/i;

/**
 * Watches a browser context for what the app must never do: send a request to another origin
 * (from the page, its workers or the service worker) or break its Content-Security-Policy.
 */
export class ContextGuard {
  /** Every request URL seen, in order. */
  readonly requests: string[] = [];
  /** Console messages that mention the Content Security Policy, page and workers alike. */
  readonly cspErrors: string[] = [];

  constructor(
    context: BrowserContext,
    private readonly origin: string,
  ) {
    context.on('request', (request) => this.requests.push(request.url()));
    context.on('console', (message) => this.onConsole(message));
    const watchPage = (page: Page) => {
      page.on('request', (request) => this.requests.push(request.url()));
      page.on('worker', (worker) => worker.on('console', (message) => this.onConsole(message)));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    context.on('serviceworker', (worker) =>
      worker.on('console', (message) => this.onConsole(message)),
    );
  }

  private onConsole(message: ConsoleMessage) {
    if (CSP_MESSAGE.test(message.text())) this.cspErrors.push(message.text());
  }

  /** Requests that left the app's origin. */
  foreignRequests(): string[] {
    return this.requests.filter((url) => {
      const parsed = new URL(url);
      return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== this.origin;
    });
  }
}

/** Collects the page's uncaught errors and console errors, for a test to expect none at its end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
