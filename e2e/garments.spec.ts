import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './guards';

/** Draws strokes on the pad with the mouse, in fractions of its side. */
async function draw(page: Page, strokes: [number, number][][]) {
  const pad = page.getByLabel('Drawing pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  for (const points of strokes) {
    await page.mouse.move(box.x + points[0][0] * box.width, box.y + points[0][1] * box.height);
    await page.mouse.down();
    for (const [x, y] of points.slice(1))
      await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 8 });
    await page.mouse.up();
  }
}

const TROUSERS: [number, number][][] = [
  [
    [0.35, 0.1],
    [0.65, 0.1],
  ],
  [
    [0.38, 0.1],
    [0.36, 0.9],
  ],
  [
    [0.62, 0.1],
    [0.64, 0.9],
  ],
];
const BAG: [number, number][][] = [
  [
    [0.2, 0.4],
    [0.8, 0.4],
    [0.8, 0.85],
    [0.2, 0.85],
    [0.2, 0.4],
  ],
  [
    [0.35, 0.4],
    [0.5, 0.15],
    [0.65, 0.4],
  ],
];

test('saves drawings to My garments, scores a run on them, fine-tunes it, and keeps the set', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Hidden units', { exact: true }).fill('16');
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText(/Test accuracy/, { timeout: 180_000 });

  // Two drawings, each saved with its true label.
  const mine = page.getByRole('region', { name: 'My garments' });
  await expect(mine.getByText(/None yet/)).toBeVisible();
  const save = page.getByRole('button', { name: 'Save to My garments' });
  await draw(page, TROUSERS);
  await page.getByLabel('True label', { exact: true }).selectOption({ label: 'Trouser' });
  await save.click();
  await expect(page.getByText('Saved as Trouser: 1 garment in My garments.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await draw(page, BAG);
  await page.getByLabel('True label', { exact: true }).selectOption({ label: 'Bag' });
  await save.click();
  await expect(page.getByText('Saved as Bag: 2 garments in My garments.')).toBeVisible();
  const tiles = mine.getByRole('list', { name: 'My garments' }).getByRole('listitem');
  await expect(tiles).toHaveCount(2);
  await expect(tiles.nth(1).getByRole('img', { name: 'Garment 2: Bag' })).toBeVisible();

  // The run is scored on them: in Try it, with each garment's prediction, and in the runs table.
  const parentName = '#1 Dense 16 units';
  await expect(mine.getByText(/gets [0-2]\/2 of your garments right/)).toBeVisible();
  await expect(tiles.first().getByText(/^(Right|Taken for .+), \d+\.\d%$/)).toBeVisible();
  const table = page.getByRole('region', { name: 'Runs table' });
  await expect(table.getByRole('columnheader', { name: 'My garments' })).toBeVisible();
  const parentRow = table.getByRole('row', { name: new RegExp(parentName) });
  await expect(parentRow.getByRole('cell', { name: /^[0-2]\/2$/ })).toBeVisible();

  // Fine-tune: a new run from the parent's weights, with the set in every batch.
  await mine.getByLabel('Fine-tune steps').fill('30');
  await mine.getByLabel('Share of my garments per batch').fill('0.5');
  await expect(mine.getByText('16 of 32 images per batch from my garments')).toBeVisible();
  await mine.getByRole('button', { name: 'Fine-tune on my garments' }).click();
  const childName = '#2 Dense 16 units · fine-tuned on my garments';
  await expect(mine.getByText(`Queued ${childName}`)).toBeVisible();
  await expect(status).toContainText(`${childName} · Done`, { timeout: 120_000 });
  await expect(status).toContainText(
    `Fine-tuned from ${parentName} on My garments (2 garments, 16 of 32 images per batch).`,
  );
  // Its curve on the set, beside validation accuracy, point by point.
  const chart = page
    .getByRole('region', { name: 'Current run' })
    .getByRole('figure', { name: 'Validation accuracy chart' });
  await expect(chart.getByText('Validation accuracy and accuracy on my garments')).toBeVisible();
  await expect(chart.getByText('my garments', { exact: true })).toBeVisible();
  await expect(chart.locator('.recharts-line path.recharts-curve')).toHaveCount(2);
  const current = page.getByRole('region', { name: 'Current run' });
  await current.getByText('Table of values').click();
  const values = current.getByRole('table', { name: /at each evaluation/ });
  await expect(values.getByRole('columnheader', { name: 'Accuracy on my garments' })).toBeVisible();
  await expect(values.getByRole('row')).toHaveCount(11);
  const lastOnSet = await values.getByRole('row').last().getByRole('cell').nth(1).textContent();
  expect(lastOnSet).toMatch(/^(0|50|100)\.0%$/);
  const childRow = table.getByRole('row', { name: new RegExp(childName) });
  await expect(childRow.getByRole('cell', { name: /^[0-2]\/2$/ })).toBeVisible();

  // Export, then import the same file: nothing is doubled. A broken file adds nothing.
  const downloading = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Export My garments' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('my-garments-2.zip');
  const zip = readFileSync((await download.path())!);
  const importer = mine.getByLabel('Import garments');
  await importer.setInputFiles({
    name: 'my-garments-2.zip',
    mimeType: 'application/zip',
    buffer: zip,
  });
  await expect(
    mine.getByText('Imported 0 garments from my-garments-2.zip; 2 were already here.'),
  ).toBeVisible();
  await importer.setInputFiles({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip'),
  });
  await expect(mine.getByRole('alert')).toContainText(
    'Nothing was imported from notes.zip: it is not a zip file.',
  );
  await expect(tiles).toHaveCount(2);

  // The set survives a reload, and the runs are scored on it again.
  await page.reload();
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await expect(tiles).toHaveCount(2);
  await expect(tiles.nth(0).getByLabel('True label of garment 1')).toHaveValue('1');
  await expect(tiles.nth(1).getByLabel('True label of garment 2')).toHaveValue('8');
  await expect(parentRow.getByRole('cell', { name: /^[0-2]\/2$/ })).toBeVisible();
  await expect(childRow.getByRole('cell', { name: /^[0-2]\/2$/ })).toBeVisible();
  expect(errors).toEqual([]);
});
