import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import {
  importRuns,
  openLab,
  rowOf,
  runRows,
  runsTable,
  seedGroup,
  writeRunsFile,
  type FixtureRun,
} from './runs-fixture';

test('a three-value sweep trains, overlays, summarises, survives a reload, exports and imports', async ({
  page,
}, testInfo) => {
  await openLab(page);
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByLabel('Sweep over', { exact: true }).selectOption({ label: 'Hidden units' });
  await page.getByLabel('Values').fill('8, 16, 32');
  await expect(page.getByText('3 runs (180 steps in all).')).toBeVisible();
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

  // Imported where they came from, the runs are already here: nothing doubles.
  await page.getByLabel('Import runs').setInputFiles(exported);
  await expect(
    page.getByText('Imported 0 runs from runs.json; 3 were already here.'),
  ).toBeVisible();
  await expect(runRows(page)).toHaveCount(3);

  const bad = testInfo.outputPath('bad.json');
  json.version = 99;
  writeFileSync(bad, JSON.stringify(json));
  await page.getByLabel('Import runs').setInputFiles(bad);
  await expect(page.getByText(/Nothing was imported from bad\.json.*version 99/)).toBeVisible();
  await expect(runRows(page)).toHaveCount(3);
});

/** Draws a trouser-like shape on the "Try it" pad and waits for the ten probabilities. */
async function drawAndPredict(page: Page) {
  const pad = page.getByLabel('Drawing pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  for (const [x0, y0, x1, y1] of [
    [0.35, 0.1, 0.65, 0.1],
    [0.38, 0.1, 0.36, 0.9],
    [0.62, 0.1, 0.64, 0.9],
  ]) {
    await page.mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
    await page.mouse.down();
    await page.mouse.move(box.x + x1 * box.width, box.y + y1 * box.height, { steps: 8 });
    await page.mouse.up();
  }
  const bars = page.getByRole('region', { name: 'Predictions' }).getByTestId('class-probability');
  await expect(bars).toHaveCount(10);
}

test('a downloaded model loads back as a run that predicts and survives a reload', async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openLab(page);
  await page.getByLabel('Hidden units', { exact: true }).fill('16');
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(1, { timeout: 180_000 });

  // One click saves two files: model.json and its weights.
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Download model of #1 Dense 16 units' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const saved = await Promise.all(
    downloads.map(async (download) => {
      const path = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(path);
      return path;
    }),
  );
  const modelPath = saved.find((path) => path.endsWith('.model.json'))!;
  const weightsPath = saved.find((path) => path.endsWith('.weights.bin'))!;
  const record = JSON.parse(readFileSync(modelPath, 'utf8')).userDefinedMetadata.fashionMnistLab;
  expect(record.run.config.hiddenUnits).toBe(16);

  const load = page.getByLabel('Load a trained model');
  const keep = page.getByRole('region', { name: 'Keep runs' });
  await load.setInputFiles(modelPath);
  await expect(keep.getByRole('alert')).toContainText(
    /^Nothing was loaded: Only .+\.model\.json was chosen: choose its weights file \(\.bin\) too/,
  );
  const short = testInfo.outputPath('short.weights.bin');
  writeFileSync(short, readFileSync(weightsPath).subarray(0, 1000));
  await load.setInputFiles([modelPath, short]);
  await expect(keep.getByRole('alert')).toContainText(
    /short\.weights\.bin holds 1,000 bytes, but .+ describes 50,920 bytes of weights/,
  );
  // A model the worker loads but the lab cannot ask: 14x56 images hold as many pixels.
  const modelText = readFileSync(modelPath, 'utf8');
  const wide = testInfo.outputPath('wide.model.json');
  writeFileSync(wide, modelText.replace('[null,28,28,1]', '[null,14,56,1]'));
  expect(readFileSync(wide, 'utf8')).not.toBe(modelText);
  await load.setInputFiles([wide, weightsPath]);
  await expect(keep.getByRole('alert')).toContainText(
    'Nothing was loaded from wide.model.json: The model takes 14x56x1 and gives 10; the lab needs 28x28x1 in and 10 out.',
  );
  await expect(runRows(page)).toHaveCount(1);

  await load.setInputFiles([modelPath, weightsPath]);
  await expect(keep.getByRole('status')).toContainText(
    'The new run is "#1 Dense 16 units (loaded)".',
  );
  await expect(runRows(page)).toHaveCount(2);
  const loaded = runRows(page).filter({ hasText: '#1 Dense 16 units (loaded)' });
  // Done, with the worker's parameter count: 784·16 + 16 + 16·10 + 10.
  await expect(loaded).toContainText('Done');
  await expect(loaded).toContainText('12,730');

  // The newest run is the one "Try it" asks: the loaded model predicts and has a confusion matrix.
  const picker = page.getByLabel('Model to ask');
  await expect(picker.locator('option:checked')).toHaveText('#1 Dense 16 units (loaded)');
  await drawAndPredict(page);
  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('table')).toBeVisible({ timeout: 120_000 });

  // After a reload the run is still listed and its weights come back from storage.
  await page.reload();
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await expect(runRows(page)).toHaveCount(2);
  await expect(picker.locator('option:checked')).toHaveText('#1 Dense 16 units (loaded)');
  await drawAndPredict(page);
  expect(errors).toEqual([]);
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

const strokeOf = (row: Locator) => row.locator('svg.swatch line').first().getAttribute('stroke');

test('repeats show as one row per group with mean ± sd, a keyboard toggle for the seeds, and a mean curve with a band', async ({
  page,
}, testInfo) => {
  await openLab(page);
  const runs: FixtureRun[] = [
    ...seedGroup('g64', 64, 1, [0.84, 0.86, 0.88]),
    ...seedGroup('g32', 32, 4, [0.7, 0.72, 0.9]),
  ];
  await importRuns(page, writeRunsFile(testInfo.outputPath('groups.json'), runs), 6);

  // One row per group: "3 seeds", accuracies as mean ± sd; seed is no difference between them.
  await expect(runRows(page)).toHaveCount(2);
  const group64 = rowOf(page, '#1–3 Dense 64 units');
  await expect(group64).toContainText('3 seeds');
  await expect(group64).toContainText('86.0 ± 2.0%');
  await page.getByLabel('Differences only').check();
  await expect(runsTable(page).getByRole('columnheader', { name: 'Seed' })).toHaveCount(0);
  await expect(runsTable(page).getByRole('columnheader', { name: 'Hidden units' })).toBeVisible();

  // Sorted by final accuracy, highest first: the 64-unit group has the higher mean.
  const final = runsTable(page).getByRole('button', { name: 'Final validation accuracy' });
  await final.click();
  await final.click();
  await expect(runRows(page).first()).toContainText('#1–3 Dense 64 units');

  // The toggle is reached with Tab from the group's Show checkbox, and opens with the keyboard.
  await page.getByRole('checkbox', { name: 'Show #1–3 Dense 64 units' }).focus();
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: '3 seeds of #1–3 Dense 64 units', exact: true });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(runRows(page)).toHaveCount(5);
  await expect(rowOf(page, '#2 Dense 64 units · seed 2')).toContainText('86.0%');

  // The curves: each group as its mean, in a band from min to max, said in the legend.
  const legend = page.getByRole('list', { name: 'Runs plotted' });
  await expect(legend).toContainText('Hidden units 64 · mean of 3 seeds, band min–max');
  const overlay = page.getByRole('figure', { name: 'Comparison: validation accuracy' });
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(2);
  await expect(overlay.locator('.recharts-area-area')).toHaveCount(2);
  await page.getByRole('region', { name: 'Curves' }).getByText('Table of values').click();
  const values = page.getByRole('table', { name: /Hidden units 64 · mean of 3 seeds/ });
  await expect(values.getByRole('columnheader', { name: 'Accuracy range' })).toBeVisible();
  await expect(values.locator('tbody tr').last()).toContainText('84.0%–88.0%');
});

test('importing an export again adds nothing and says so; colours stay with their runs; a long legend stays shorter than a chart', async ({
  page,
}, testInfo) => {
  await openLab(page);
  const runs: FixtureRun[] = Array.from({ length: 13 }, (_, i) => ({
    id: `run-${i + 1}`,
    name: `#${i + 1} Dense ${(i + 1) * 10} units`,
    config: { hiddenUnits: (i + 1) * 10 },
    accuracy: 0.7 + i / 100,
  }));
  const file = writeRunsFile(testInfo.outputPath('runs.json'), runs);
  await importRuns(page, file, 13);
  await page.getByLabel('Import runs').setInputFiles(file);
  await expect(
    page.getByText('Imported 0 runs from runs.json; 13 were already here.'),
  ).toBeVisible();
  await expect(runRows(page)).toHaveCount(13);
  // The card says what a runs file holds.
  await expect(page.getByRole('region', { name: 'Keep runs' })).toContainText(
    'no model weights (use Download model)',
  );

  // The legend never grows taller than a chart, collapsed or with every run listed.
  const legend = page.getByRole('list', { name: 'Runs plotted' });
  const chart = page.getByRole('figure', { name: 'Comparison: validation accuracy' });
  const chartHeight = (await chart.boundingBox())!.height;
  expect((await legend.boundingBox())!.height).toBeLessThan(chartHeight);
  await page.getByRole('button', { name: 'Show all 13' }).click();
  await expect(legend.locator('li')).toHaveCount(13);
  expect((await legend.boundingBox())!.height).toBeLessThan(chartHeight);

  // Colours stay with their runs across a reload, and when another run is deleted.
  const colour = () => strokeOf(rowOf(page, '#7 Dense 70 units'));
  const before = await colour();
  await page.reload();
  await expect(runRows(page)).toHaveCount(13);
  expect(await colour()).toBe(before);
  await page.getByRole('button', { name: 'Delete #1 Dense 10 units', exact: true }).click();
  await expect(runRows(page)).toHaveCount(12);
  expect(await colour()).toBe(before);
});

test('Clear stopped runs deletes the runs that ended without finishing, and says how many', async ({
  page,
}, testInfo) => {
  await openLab(page);
  const runs: FixtureRun[] = [
    { id: 'c1', name: '#1 Dense 100 units' },
    { id: 'c2', name: '#2 Dense 100 units', status: 'stopped' },
    { id: 'c3', name: '#3 Dense 100 units', status: 'failed' },
    { id: 'c4', name: '#4 Dense 100 units', status: 'diverged' },
    { id: 'c5', name: '#5 Dense 100 units', status: 'interrupted' },
  ];
  await importRuns(page, writeRunsFile(testInfo.outputPath('mixed.json'), runs), 5);
  await page.getByRole('button', { name: 'Clear 4 stopped runs' }).click();
  await expect(runRows(page)).toHaveCount(1);
  await expect(runRows(page)).toContainText('#1 Dense 100 units');
  await expect(page.getByRole('button', { name: /^Clear \d+ stopped run/ })).toHaveCount(0);
});

test('a run imported from a runs file, which holds no weights, offers no Download model', async ({
  page,
}, testInfo) => {
  await openLab(page);
  const run: FixtureRun = { id: 'run-mx4bfeji-9', name: '#12 Dense 64 units · seed 2' };
  await importRuns(page, writeRunsFile(testInfo.outputPath('one.json'), [run]), 1);
  await expect(runRows(page)).toContainText('#12 Dense 64 units · seed 2');
  // It once offered one, which ended in "No trained model is stored for run run-mx4bfeji-9".
  await expect(page.getByRole('button', { name: /^Download model of/ })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('run-mx4bfeji-9');
});
