import { expect, test, type Page } from '@playwright/test';

/** "WebGL 4,900 examples/s, wasm 26,000: training on wasm", a timed-out WebGL reading "under". */
const TIMING =
  /WebGL (under )?([\d,.]+) examples\/s(?: in its warm-up)?(?: \(not waited out: far slower\))?, wasm ([\d,.]+): (?:training|trained) on (\w+)/;

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });

async function openLab(page: Page, query = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`/${query}`);
  await expect(
    page.getByText(/Fashion-MNIST ready: 60,000 training and 10,000 test/),
  ).toBeVisible();
  // The engine details hold the backend and how it was chosen.
  await status(page).locator('summary', { hasText: 'Engine' }).click();
  return errors;
}

/** Small models of each kind, so that software WebGL's part of the timing stays short. */
const MODELS = [
  { label: 'Dense', fill: { 'Hidden units': '32' } },
  { label: 'CNN', fill: { Filters: '8', 'Kernel size': '3' } },
  { label: 'Deep CNN', fill: {} },
] as const;

test('auto times each model kind on WebGL and wasm and trains on wasm, faster here (software WebGL)', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const errors = await openLab(page);
  const engine = status(page).locator('.engine-details');
  // Before any run, the status says how the choice will be made.
  await expect(engine).toContainText(
    /Each model is timed on WebGL \(software-rendered by SwiftShader\) and on wasm \(SIMD.*\) before it trains, and trains on the faster\./,
  );

  for (const { label, fill } of MODELS) {
    await page.getByLabel('Model', { exact: true }).selectOption({ label });
    for (const [field, value] of Object.entries(fill)) await page.getByLabel(field).fill(value);
    await page.getByLabel('Steps', { exact: true }).fill('20');
    await page.getByLabel('Evaluate every').fill('20');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    // Seconds of timing (WebGL compiles its shaders): the run says so rather than "Queued".
    await expect(status(page)).toContainText('Timing WebGL and wasm on this model');

    await expect(status(page)).toContainText(/Test accuracy \d+\.\d%/, { timeout: 240_000 });
    // The engine it trained with is named.
    await expect(engine).toContainText(/Training engine: (tape-free dense step|wasm ops)\./);
    const text = await engine.innerText();
    const timing = TIMING.exec(text);
    expect(timing, `${label}: ${text}`).not.toBeNull();
    const [, , webgl, wasm, chosen] = timing!;
    const rate = (figure: string) => Number(figure.replaceAll(',', ''));
    console.log(`${label}: WebGL ${timing![1] ?? ''}${webgl} examples/s, wasm ${wasm}`);
    // The choice follows the figures on screen: wasm measured faster, so the run trained on it.
    expect(rate(wasm), label).toBeGreaterThan(rate(webgl));
    expect(chosen, label).toBe('wasm');
    await expect(engine).toContainText('Backend: wasm');
    await expect(status(page).locator('summary')).toContainText('Engine: wasm');
  }
  expect(errors).toEqual([]);
});

test('?backend=webgl still trains on WebGL, untimed', async ({ page }) => {
  const errors = await openLab(page, '?backend=webgl');
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Hidden units').fill('16');
  await page.getByLabel('Steps', { exact: true }).fill('20');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText(/Test accuracy \d+\.\d%/, { timeout: 180_000 });
  const engine = status(page).locator('.engine-details');
  await expect(engine).toContainText(/Backend: webgl on .*SwiftShader/);
  await expect(engine).not.toContainText('examples/s');
  expect(errors).toEqual([]);
});
