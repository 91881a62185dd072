import { expect, test } from '@playwright/test';

const runRows = (page: import('@playwright/test').Page) =>
  page
    .getByRole('table')
    .filter({ has: page.getByText('Runs', { exact: true }) })
    .locator('tbody tr');

test('a sweep trains in a pool of workers that share one dataset, every run with its own curve', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // The pool is what this tests: a forced backend leaves out auto's timing of each new shape
  // (2-3 s on software WebGL), which would end the first runs before a second worker trains.
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  test.skip(cores < 2, 'one logical core: the pool has one worker');

  // Runs of a few seconds each, long enough for the pool to measure what a second worker gains.
  await page.getByLabel('Steps', { exact: true }).fill('3000');
  await page.getByLabel('Evaluate every').fill('100');
  await page.getByLabel('Sweep over', { exact: true }).selectOption({ label: 'Hidden units' });
  await page.getByLabel('Values').fill('8, 16, 32, 64');
  await page.getByRole('button', { name: 'Start sweep' }).click();

  const status = page.getByRole('status', { name: 'Training status' });
  // A second worker starts while runs wait, on the dataset the first one loaded.
  await expect(status).toContainText(/Training workers: 2/);
  await expect(status).toContainText('The dataset was loaded once and is shared by every worker.');
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(4, { timeout: 180_000 });
  // What adding the second worker gained, as measured.
  await expect(status).toContainText(/2 workers trained \d\.\d\dx the examples\/s of 1/);

  // Each run has its own curve: one line per run, and each run's table of points.
  const overlay = page.getByRole('figure', { name: 'Comparison: validation accuracy' });
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(4);
  const trainWorkers = workers.filter((url) => /train\.worker/.test(url));
  expect(trainWorkers.length).toBeGreaterThanOrEqual(2);
  // The dataset files were fetched once, not once per worker.
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /ubyte\.gz/.test(entry.name))
      .map((entry) => entry.name),
  );
  expect(fetched.length).toBeLessThanOrEqual(4);

  // The sweep's time left was shown while it ran, and the form now estimates from its rates.
  await expect(page.getByText(/About \d+ s on this machine/).first()).toBeVisible();
});
