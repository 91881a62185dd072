import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { jsonLines, requirePython, runPython } from '../src/test/python';
import { importRuns, openLab, rowOf, runRows } from './runs-fixture';

/** Clicks `button` and saves what it downloads under the test's output folder. */
async function download(page: Page, click: () => Promise<void>, path: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const saved = path.replace(/[^/]*$/, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), path: saved };
}

test('a sweep goes to PyTorch as a script, and its runs come back beside the browser’s', async ({
  page,
}, testInfo) => {
  requirePython({ numpy: 'python3-numpy', torch: 'python3-torch' });
  await openLab(page);
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByLabel('Sweep over', { exact: true }).selectOption({ label: 'Hidden units' });
  await page.getByLabel('Values').fill('8, 16');
  await page.getByRole('button', { name: 'Start sweep' }).click();
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(2, { timeout: 180_000 });

  // One run's script: its name and settings.
  const one = await download(
    page,
    () =>
      rowOf(page, '#1 Dense 8 units')
        .getByRole('button', { name: 'Export as PyTorch script' })
        .click(),
    testInfo.outputPath('run.py'),
  );
  expect(one.name).toBe('fashion_mnist_1_dense_8_units.py');
  expect(readFileSync(one.path, 'utf8')).toContain('"hiddenUnits": 8,');

  // The sweep's script, run for its 60 steps with Debian's PyTorch, and its runs file imported.
  const summary = page.getByRole('region', { name: 'Sweep summary' });
  const sweep = await download(
    page,
    () => summary.getByRole('button', { name: 'Export as PyTorch script', exact: true }).click(),
    testInfo.outputPath('sweep.py'),
  );
  expect(sweep.name).toBe('fashion_mnist_dense_sweep_of_hidden_units_8_16.py');
  await expect(page.getByText(`Saved ${sweep.name}: run it with Python and PyTorch`)).toBeVisible();
  const out = testInfo.outputPath('sweep.runs.json');
  const { stdout } = await runPython(
    sweep.path,
    ['--data', 'public/data/fashion-mnist', '--out', out],
    process.cwd(),
  );
  expect(jsonLines(stdout).filter((line) => line.status === 'done')).toHaveLength(2);
  await importRuns(page, out, 2);

  await expect(rowOf(page, '#1 Dense 8 units · PyTorch')).toContainText('Done');
  await expect(rowOf(page, '#2 Dense 16 units · PyTorch')).toContainText('Done');
  const overlay = page.getByRole('figure', { name: 'Comparison: validation accuracy' });
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(4);
});
