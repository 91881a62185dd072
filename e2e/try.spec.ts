import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './guards';

test('draw a garment, upload a photo and open the confusion matrix of a trained run', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await page.getByLabel('Steps', { exact: true }).fill('150');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText(/Test accuracy/, { timeout: 180_000 });

  // A trouser-like shape: two long legs joined at the waist.
  const pad = page.getByLabel('Drawing pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const stroke = async (points: [number, number][]) => {
    await page.mouse.move(box.x + points[0][0] * box.width, box.y + points[0][1] * box.height);
    await page.mouse.down();
    for (const [x, y] of points.slice(1))
      await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 8 });
    await page.mouse.up();
  };
  await stroke([
    [0.35, 0.1],
    [0.65, 0.1],
  ]);
  await stroke([
    [0.38, 0.1],
    [0.36, 0.9],
  ]);
  await stroke([
    [0.62, 0.1],
    [0.64, 0.9],
  ]);

  const bars = page.getByRole('region', { name: 'Predictions' }).getByTestId('class-probability');
  await expect(bars).toHaveCount(10);
  const labels = await bars.evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label') ?? ''),
  );
  const total = labels.reduce((sum, label) => sum + Number(/([\d.]+)%$/.exec(label)?.[1]), 0);
  expect(total).toBeGreaterThan(99.4);
  expect(total).toBeLessThan(100.6);

  // A photo: dark trousers on a light background, made in the page as a PNG.
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 120;
    canvas.height = 160;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#e8e0d0';
    context.fillRect(0, 0, 120, 160);
    context.fillStyle = '#202840';
    context.fillRect(35, 10, 50, 20);
    context.fillRect(35, 10, 22, 140);
    context.fillRect(63, 10, 22, 140);
    return canvas.toDataURL('image/png');
  });
  await page.getByLabel('Upload a photo').setInputFiles({
    name: 'trousers.png',
    mimeType: 'image/png',
    buffer: Buffer.from(dataUrl.split(',')[1], 'base64'),
  });
  await expect(bars).toHaveCount(10);

  await page.getByLabel('Upload a photo').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(page.getByText('That file is not an image we can read: notes.txt')).toBeVisible();

  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('table')).toBeVisible({ timeout: 120_000 });
  const shirtsAsTops = matrix.getByRole('button', { name: /^\d+ Shirt taken for T-shirt\/top$/ });
  await shirtsAsTops.click();
  // A mistake's cell opens the Mistakes gallery, filtered to it.
  await expect(
    page.getByRole('region', { name: 'Mistakes' }).getByRole('img').first(),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

/** A small dense run on the wasm backend: enough of a model to ask, trained in seconds. */
async function trainTinyRun(page: Page) {
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Hidden units', { exact: true }).fill('16');
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText(/Test accuracy/, { timeout: 180_000 });
}

test('draws on the pad with the keyboard alone and gets a prediction', async ({ page }) => {
  const errors = watchErrors(page);
  await trainTinyRun(page);

  // Tab reaches the pad from the control before it, with a visible focus ring and the keys
  // described.
  await page.getByLabel('Model to ask').focus();
  await page.keyboard.press('Tab');
  const pad = page.getByRole('application', { name: 'Drawing pad' });
  await expect(pad).toBeFocused();
  expect(await pad.evaluate((canvas) => canvas.matches(':focus-visible'))).toBe(true);
  expect(await pad.evaluate((canvas) => getComputedStyle(canvas).outlineStyle)).toBe('solid');
  await expect(pad).toHaveAccessibleDescription(/arrow keys move the pen.*Space.*Delete clears/);
  await expect(page.getByTestId('pen-cursor')).toBeVisible();

  // Trousers: a waistband, then two legs, drawn with the pen down.
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };
  await press('Shift+ArrowUp', 2);
  await press('Shift+ArrowLeft');
  await press('Space');
  await press('Shift+ArrowRight', 2);
  await press('Shift+ArrowDown', 4);
  await press('Space');
  await press('Shift+ArrowLeft', 2);
  await press('Space');
  await press('Shift+ArrowDown', 4);
  await press('Space');
  // The page did not scroll with the arrows and Space: they went to the pad.
  await expect(pad).toBeInViewport();

  const bars = page.getByRole('region', { name: 'Predictions' }).getByTestId('class-probability');
  await expect(bars).toHaveCount(10);
  await expect(page.getByText('What the model sees')).toBeVisible();

  await press('Delete');
  await expect(page.getByText('Draw something on the pad')).toBeVisible();
  await expect(bars).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a confusion-matrix cell brings its images into view, shows them all page by page, and goes back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await trainTinyRun(page);
  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('table')).toBeVisible({ timeout: 120_000 });

  // A correct-answer cell holds hundreds of images: more than a page.
  const cell = matrix.getByRole('button', { name: /^\d+ Trouser taken for Trouser$/ });
  const total = Number((await cell.getAttribute('aria-label'))!.split(' ')[0]);
  expect(total).toBeGreaterThan(50);
  await cell.scrollIntoViewIfNeeded();
  await cell.focus();
  await page.keyboard.press('Enter');

  const heading = matrix.getByRole('heading', { name: 'Trouser taken for Trouser' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const tiles = matrix.getByRole('listitem').filter({ has: page.getByRole('img') });
  await expect(tiles).toHaveCount(25);
  await expect(matrix.getByText(`Showing 25 of ${total}, in test-set order`)).toBeVisible();

  // "Show 25 more" from the keyboard: 25 more images, and focus on the first new one.
  await page.keyboard.press('Tab');
  const more = matrix.getByRole('button', { name: 'Show 25 more' });
  for (let i = 0; i < 60 && !(await more.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  // A mark on the first image: showing more must not paint the shown images again (with
  // hundreds shown, repainting them all made each press take seconds).
  const firstCanvas = tiles.first().locator('canvas');
  const marked = () =>
    firstCanvas.evaluate((canvas: HTMLCanvasElement) =>
      Array.from(canvas.getContext('2d')!.getImageData(0, 0, 1, 1).data).join(','),
    );
  await firstCanvas.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ff0000';
    context.fillRect(0, 0, 1, 1);
  });
  await page.keyboard.press('Enter');
  await expect(tiles).toHaveCount(50);
  expect(await marked()).toBe('255,0,0,255');
  await expect(tiles.nth(25)).toBeFocused();
  await expect(tiles.nth(25)).toBeInViewport();
  await expect(matrix.getByText(`Showing 50 of ${total}, in test-set order`)).toBeVisible();

  // Escape (or "Back to the matrix") returns to the cell.
  await page.keyboard.press('Escape');
  await expect(cell).toBeFocused();
  await expect(cell).toBeInViewport();

  // Every image of a mistake's cell can be reached: it opens the Mistakes gallery, filtered to
  // it, whose pages hold them all. A cell of a few pages: paging through all ~1,000 trousers
  // took minutes in CI's headless Chromium.
  const labels = await matrix
    .getByRole('button', { name: / taken for / })
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
  const sizes = labels
    .map((label) => ({
      label,
      n: Number(label.split(' ')[0]),
      parts: / (.+) taken for (.+)$/.exec(label)!,
    }))
    .filter(({ parts }) => parts[1] !== parts[2]);
  const pick = sizes.filter(({ n }) => n > 40 && n <= 200).sort((a, b) => b.n - a.n)[0];
  expect(pick, 'a mistake cell of two to five pages').toBeDefined();
  const paged = matrix.getByRole('button', { name: pick.label, exact: true });
  await paged.click();
  const mistakes = page.getByRole('region', { name: 'Mistakes' });
  const shownTiles = mistakes.getByRole('listitem').filter({ has: page.getByRole('img') });
  const pages = Math.ceil(pick.n / 40);
  let seen = 0;
  for (let p = 1; p <= pages; p++) {
    const first = (p - 1) * 40 + 1;
    const last = Math.min(pick.n, p * 40);
    await expect(mistakes.getByText(`Images ${first}–${last} of ${pick.n}`).first()).toBeVisible();
    await expect(shownTiles).toHaveCount(last - first + 1);
    seen += last - first + 1;
    if (p < pages) await mistakes.getByRole('button', { name: 'Next page' }).click();
  }
  expect(seen).toBe(pick.n);
  await mistakes.getByRole('button', { name: 'Back to the matrix' }).click();
  await expect(paged).toBeFocused();
  expect(errors).toEqual([]);
});

test('a run imported from a runs file, which holds no weights, is never offered to ask', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await trainTinyRun(page);

  // A runs file brings curves but no model: its run is done, yet the worker has nothing to ask.
  // This one comes from another browser: the same run, under an id this lab has not seen.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all runs' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  json.runs[0].id = 'run-elsewhere-7';
  const exported = testInfo.outputPath('runs.json');
  writeFileSync(exported, JSON.stringify(json));
  await page.getByLabel('Import runs').setInputFiles(exported);
  await expect(page.getByText('Imported 1 run from runs.json.')).toBeVisible();

  // Its curves are here, its weights are not: it is in the runs table, not in "Model to ask".
  const options = await page.getByLabel('Model to ask').locator('option').allInnerTexts();
  expect(options).toHaveLength(1);
  await expect(
    page
      .getByRole('table')
      .filter({ has: page.getByText('Runs', { exact: true }) })
      .locator('tbody tr'),
  ).toHaveCount(2);

  // One run to ask, so nothing to compare it with.
  await expect(page.getByLabel('Compare all trained runs')).toBeDisabled();
  const pad = page.getByLabel('Drawing pad');
  await pad.focus();
  for (const key of ['Space', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Space'])
    await page.keyboard.press(key);
  const predictions = page.getByRole('region', { name: 'Predictions' });
  await expect(predictions.getByTestId('class-probability')).toHaveCount(10);
  await expect(predictions.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
