import { expect, test } from '@playwright/test';
import { ContextGuard } from './guards';

const DATA_FILES = [
  'train-images-idx3-ubyte.gz',
  'train-labels-idx1-ubyte.gz',
  't10k-images-idx3-ubyte.gz',
  't10k-labels-idx1-ubyte.gz',
];
const READY = /Fashion-MNIST ready: 60,000 training and 10,000 test images, streamed in ([\d.]+) s/;
/** From the cache, the 30 MB are only decompressed and parsed: a second or so, a few on CI. */
const MAX_OFFLINE_STREAM_SECONDS = 4;

test('a second visit works offline, from the cache, and nothing leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const guard = new ContextGuard(context, origin);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByText(READY)).toBeVisible();
  await expect(page.getByText('Available offline')).toBeVisible();
  const cached = await page.evaluate(async () => {
    const [name] = (await caches.keys()).filter((key) => key.startsWith('fashion-mnist-lab-'));
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  for (const file of DATA_FILES) expect(cached).toContain(`/data/fashion-mnist/${file}`);
  expect(cached).toContain('/index.html');
  // The training worker's own fetches are among the recorded requests.
  for (const file of DATA_FILES) expect(guard.requests.join('\n')).toContain(file);

  await context.setOffline(true);
  const reloaded = Date.now();
  // A share link's query string must not keep the cached page from loading.
  await page.goto('/?model=dense&steps=50');
  await expect(page.getByText(READY)).toBeVisible({ timeout: 20_000 });
  const seconds = Number(READY.exec(await page.getByText(READY).innerText())![1]);
  console.log(`offline: ready ${Date.now() - reloaded} ms after reload, streamed in ${seconds} s`);
  expect(seconds).toBeLessThan(MAX_OFFLINE_STREAM_SECONDS);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();

  expect(guard.foreignRequests()).toEqual([]);
  expect(guard.cspErrors).toEqual([]);
  expect(errors).toEqual([]);
});
