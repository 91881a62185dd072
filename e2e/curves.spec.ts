import { expect, test } from '@playwright/test';

test('the live curves: a hint before any run, then straight lines on round, labelled axes', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();

  // Before the first evaluation: a sentence, not two empty chart frames.
  const current = page.getByRole('region', { name: 'Current run' });
  await expect(current.getByText('Curves appear here once a run has evaluated')).toBeVisible();
  await expect(current.getByRole('figure')).toHaveCount(0);

  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Hidden units', { exact: true }).fill('16');
  await page.getByLabel('Steps', { exact: true }).fill('200');
  await page.getByLabel('Evaluate every', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    /Test accuracy/,
    { timeout: 180_000 },
  );
  await expect(current.getByText('Curves appear here')).toHaveCount(0);

  for (const name of ['Validation accuracy chart', 'Loss chart']) {
    const chart = page.getByRole('figure', { name });
    // The x axis says what it counts.
    await expect(chart.locator('svg text.recharts-label')).toHaveText('Step');
    // Straight segments between evaluations, as in the comparison charts: no Bézier curves.
    for (const line of await chart.locator('.recharts-line-curve').all()) {
      const d = (await line.getAttribute('d')) ?? '';
      expect(d).toMatch(/^M[\d.,\s]+(L[\d.,\s]+){9,}$/);
    }
  }

  // Y ticks on round steps: whole multiples of 5% for accuracy, and of 0.1 for the loss.
  const ticks = (name: string) =>
    page
      .getByRole('figure', { name })
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
  const accuracy = await ticks('Validation accuracy chart');
  expect(accuracy.length).toBeGreaterThanOrEqual(3);
  for (const tick of accuracy) expect(Number(tick.replace('%', '')) % 5).toBe(0);
  expect(accuracy).toContain('100%');
  const steps = await page
    .getByRole('figure', { name: 'Validation accuracy chart' })
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  expect(steps).toEqual(['0', '50', '100', '150', '200']);
  const loss = await ticks('Loss chart');
  expect(loss).toContain('0');
  for (const tick of loss) expect(Math.round(Number(tick) * 10) / 10).toBe(Number(tick));
  expect(errors).toEqual([]);
});
