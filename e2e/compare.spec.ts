import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function openLab(page: Page) {
  await page.goto('/');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
}

const runRows = (page: Page) =>
  page
    .getByRole('table')
    .filter({ has: page.getByText('Runs', { exact: true }) })
    .locator('tbody tr');

test('a three-value sweep trains, overlays, summarises, survives a reload, exports and imports', async ({
  page,
}, testInfo) => {
  await openLab(page);
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByLabel('Sweep over', { exact: true }).selectOption({ label: 'Hidden units' });
  await page.getByLabel('Values').fill('8, 16, 32');
  await expect(page.getByText('3 runs will train one after another')).toBeVisible();
  await page.getByRole('button', { name: 'Start sweep' }).click();

  await expect(runRows(page)).toHaveCount(3);
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(3, { timeout: 180_000 });

  const overlay = page.getByRole('figure', { name: 'Comparison: validation accuracy' });
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(3);
  const summary = page.getByRole('figure', { name: 'Sweep summary' });
  await expect(summary).toBeVisible();
  await expect(summary.locator('.recharts-line-curve').first()).toBeVisible();

  // The legend names what differs: the hidden units.
  for (const units of ['8', '16', '32'])
    await expect(page.getByRole('list', { name: 'Runs plotted' })).toContainText(
      `Hidden units ${units}`,
    );

  await page.reload();
  await expect(runRows(page)).toHaveCount(3);
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(3);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all runs' }).click(),
  ]);
  const exported = testInfo.outputPath('runs.json');
  await download.saveAs(exported);
  const json = JSON.parse(readFileSync(exported, 'utf8'));
  expect(json.format).toBe('fashion-mnist-lab/runs');
  expect(
    json.runs.map((run: { config: { hiddenUnits: number } }) => run.config.hiddenUnits).sort(),
  ).toEqual([16, 32, 8]);

  await page.getByLabel('Import runs').setInputFiles(exported);
  await expect(page.getByText('Imported 3 runs from runs.json.')).toBeVisible();
  await expect(runRows(page)).toHaveCount(6);

  const bad = testInfo.outputPath('bad.json');
  json.version = 99;
  writeFileSync(bad, JSON.stringify(json));
  await page.getByLabel('Import runs').setInputFiles(bad);
  await expect(page.getByText(/Nothing was imported from bad\.json.*version 99/)).toBeVisible();
  await expect(runRows(page)).toHaveCount(6);
});

test('a shared link restores the form', async ({ page }) => {
  await openLab(page);
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'CNN' });
  await page.getByLabel('Filters', { exact: true }).fill('8');
  await page.getByLabel('Learning rate').fill('0.0005');
  await expect(page).toHaveURL(/0\.0005|5e-4/);
  const link = page.url();

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByLabel('Model', { exact: true })).toHaveValue('cnn');
  await expect(other.getByLabel('Filters', { exact: true })).toHaveValue('8');
  await expect(other.getByLabel('Learning rate')).toHaveValue('0.0005');
});
