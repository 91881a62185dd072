import { expect, test } from '@playwright/test';

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
  await expect(matrix.getByRole('img').first()).toBeVisible();
  expect(errors).toEqual([]);
});
