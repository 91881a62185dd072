import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CSP_HEADER, CSP_META } from '../build/csp.ts';
import { ContextGuard } from './guards';

test('the page carries its Content-Security-Policy, and the browser enforces it', async ({
  page,
  context,
  baseURL,
}) => {
  const guard = new ContextGuard(context, new URL(baseURL!).origin);
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toBe(CSP_HEADER);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CSP_META,
  );
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  expect(guard.cspErrors).toEqual([]);

  // What the policy is for: no inline script, nothing fetched from elsewhere. (DevTools'
  // evaluation, which drives this page, is exempt from the policy's ban on eval.)
  const blocked = await page.evaluate(async () => {
    const results: string[] = [];
    await fetch('https://example.com/').catch(() => results.push('fetch: refused'));
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    if (!('inlineRan' in window)) results.push('inline script: refused');
    return results;
  });
  expect(blocked).toEqual(['fetch: refused', 'inline script: refused']);
  expect(guard.cspErrors.length).toBeGreaterThan(0);
  expect(guard.foreignRequests()).toEqual([]);
});

test('the README gives static hosts the policy that vite preview sends', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(`Content-Security-Policy: ${CSP_HEADER}\n`);
});
