import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const ready = (page: Page) => page.getByText(/Fashion-MNIST ready/);
const status = (page: Page) => page.getByRole('status', { name: 'Training status' });

async function startLongRun(page: Page) {
  await page.getByLabel('Steps', { exact: true }).fill('20000');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText('Validation accuracy');
}

for (const [fault, message] of [
  ['lose-webgl-context', "The GPU's WebGL context was lost"],
  ['crash', 'crashed (simulated)'],
  ['close', 'stopped without an error'],
] as const) {
  test(`survives ${fault} mid-run: the run fails with the reason, a fresh worker starts, retry trains`, async ({
    page,
  }) => {
    await page.goto('/?backend=webgl&fault-injection');
    await expect(ready(page)).toBeVisible();
    await startLongRun(page);
    await page.evaluate((action) => {
      (window as unknown as { injectFault(a: string): void }).injectFault(action);
    }, fault);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(status(page)).toContainText(/Failed: step/);
    await expect(status(page)).toContainText(message);
    await expect(ready(page)).toBeVisible();
    await page.getByRole('button', { name: /^Retry / }).click();
    await expect(status(page)).toContainText(/Training: step [\d,]+ \/ 20,000/);
    await expect(status(page)).toContainText('Validation accuracy');
    // The failed run is kept beside the new one.
    await expect(
      page.getByRole('region', { name: 'Runs table' }).getByText(/^Failed/),
    ).toBeVisible();
  });
}

const LABELS = 'train-labels-idx1-ubyte.gz';
const realLabels = readFileSync(`public/data/fashion-mnist/${LABELS}`);

for (const [name, reply, expected] of [
  ['404', { status: 404, body: 'missing' }, /train-labels-idx1-ubyte\.gz.*404/],
  ['500', { status: 500, body: 'oops' }, /train-labels-idx1-ubyte\.gz.*500/],
  [
    'an HTML page',
    { status: 200, contentType: 'text/html', body: '<!doctype html><p>hi</p>' },
    /HTML/,
  ],
  [
    'a truncated file',
    { status: 200, body: realLabels.subarray(0, realLabels.length / 2) },
    /train-labels-idx1-ubyte\.gz.*(truncat|gzip|ended)/i,
  ],
] as const) {
  test(`names the file when the data server sends ${name}, and a retry recovers`, async ({
    page,
  }) => {
    await page.context().route(`**/${LABELS}`, (route) => route.fulfill(reply));
    await page.goto('/');
    const alert = page
      .getByRole('region', { name: 'Dataset' })
      .getByRole('alert')
      .filter({ hasText: expected });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
    await page.context().unroute(`**/${LABELS}`);
    await page.getByRole('button', { name: 'Retry loading the dataset' }).click();
    await expect(ready(page)).toBeVisible();
  });
}

test('without IndexedDB the lab says so and still trains', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  // The page says so once for the runs, and My garments for its own set.
  const storage = page.getByRole('alert').filter({ hasText: /does not allow storage/ });
  await expect(storage.filter({ hasText: /so runs will be lost/ })).toBeVisible();
  await expect(storage.filter({ hasText: /so My garments will be lost/ })).toBeVisible();
  await expect(ready(page)).toBeVisible();
  await page.getByLabel('Steps', { exact: true }).fill('40');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText(/Test accuracy/);
});

test('a full disk is reported and loses no run', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(ready(page)).toBeVisible();
  await page.getByLabel('Steps', { exact: true }).fill('40');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /full/i })).toBeVisible();
  await expect(status(page)).toContainText(/Test accuracy/);
  await expect(
    page.getByRole('region', { name: 'Runs table' }).getByText('Done', { exact: true }),
  ).toBeVisible();
});
