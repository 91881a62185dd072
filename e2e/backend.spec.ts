import { expect, test } from '@playwright/test';

test('picks wasm where WebGL is software-rendered, says why, and trains a CNN on it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(
    page.getByText(/Fashion-MNIST ready: 60,000 training and 10,000 test/),
  ).toBeVisible();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText('Backend: wasm');
  await expect(status).toContainText(
    'WebGL is software-rendered here (SwiftShader), so training runs on wasm (SIMD',
  );

  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'CNN' });
  await page.getByLabel('Filters', { exact: true }).fill('4');
  await page.getByLabel('Kernel size').fill('3');
  await expect(page.getByText('27,090 trainable parameters')).toBeVisible();
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  await expect(status).toContainText(/Test accuracy \d+\.\d%/, { timeout: 180_000 });
  const text = await status.innerText();
  expect(text).toContain('Done: step 60 / 60');
  const accuracy = Number(/Test accuracy (\d+\.\d)%/.exec(text)![1]);
  // Ten classes: a net that learned nothing scores about 10%.
  expect(accuracy).toBeGreaterThan(30);
  expect(errors).toEqual([]);
});
