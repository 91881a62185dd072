import { expect, test, type Page } from '@playwright/test';

async function openLab(page: Page, errors: string[], path = '/') {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(path);
  await expect(
    page.getByText(/Fashion-MNIST ready: 60,000 training and 10,000 test/),
  ).toBeVisible();
}

function percentIn(text: string, label: string): number {
  const match = new RegExp(`${label} (\\d+\\.\\d)%`).exec(text);
  if (!match) throw new Error(`no "${label}" in status: ${text}`);
  return Number(match[1]);
}

test('streams the dataset, trains a dense model on WebGL and plots its curves', async ({
  page,
}) => {
  const errors: string[] = [];
  await openLab(page, errors, '/?backend=webgl');
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText('Backend: webgl');
  await expect(status).toContainText('SwiftShader');

  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Hidden units').fill('100');
  await expect(page.getByText('79,510 trainable parameters')).toBeVisible();
  await page.getByLabel('Steps', { exact: true }).fill('300');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // Shader compilation is a phase of its own, before the first step.
  await expect(status).toContainText(/Warming up the GPU: compiling shaders for the \w+/);

  await expect(status).toContainText(/Test accuracy \d+\.\d%/, { timeout: 180_000 });
  const text = await status.innerText();
  expect(text).toContain('Done: step 300 / 300');
  expect(percentIn(text, 'Validation accuracy')).toBeGreaterThan(70);
  expect(percentIn(text, 'Test accuracy')).toBeGreaterThan(70);

  // One accuracy line and two loss lines, each drawn through the six evaluation points.
  const accuracyLine = page.getByLabel('Validation accuracy chart').locator('.recharts-line-curve');
  await expect(accuracyLine).toHaveCount(1);
  expect(((await accuracyLine.getAttribute('d')) ?? '').length).toBeGreaterThan(20);
  await expect(page.getByLabel('Loss chart').locator('.recharts-line-curve')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('stops a run midway and keeps its curve', async ({ page }) => {
  const errors: string[] = [];
  await openLab(page, errors);
  await page.getByLabel('Steps', { exact: true }).fill('20000');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText('Validation accuracy');
  const form = page.getByRole('form', { name: 'Model and hyperparameters' });
  await form.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(status).toContainText(/Stopped: step [\d,]+ \/ 20,000/);
  await expect(form.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(
    page.getByLabel('Validation accuracy chart').locator('.recharts-line-curve'),
  ).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('refuses impossible hyperparameters with a message naming the field', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Hidden units').fill('0');
  await expect(page.getByText('Hidden units must be between 1 and 4096, not 0.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();

  await page.getByLabel('Hidden units').fill('2.5');
  await expect(page.getByText('Hidden units must be a whole number, not 2.5.')).toBeVisible();

  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'CNN' });
  await page.getByLabel('Kernel size').fill('29');
  await expect(page.getByText('Kernel size must be between 1 and 28, not 29.')).toBeVisible();
  await page.getByLabel('Kernel size').fill('2');
  await page.getByLabel('Filters', { exact: true }).fill('32');
  await expect(page.getByText('233,450 trainable parameters')).toBeVisible();

  await page.getByLabel('Learning rate').fill('-1');
  await expect(page.getByText(/Learning rate must be positive/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
});
