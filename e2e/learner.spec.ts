import { expect, test, type Page } from '@playwright/test';

/** The new-user walk, as tests: what a first visit, a preset and a phone need. */

async function openLab(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
}

const runRows = (page: Page) =>
  page
    .getByRole('table')
    .filter({ has: page.getByText('Runs', { exact: true }) })
    .locator('tbody tr');

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });

test('Repeats trains one setting over seeds seed, seed + 1, …, and the status names them', async ({
  page,
}) => {
  await openLab(page, '?backend=wasm');
  await page.getByLabel('Hidden units').fill('8');
  await page.getByLabel('Steps', { exact: true }).fill('40');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByLabel('Seed').fill('5');
  await page.getByLabel('Repeats').fill('11');
  await expect(page.getByText('Repeats must be a whole number from 1 to 10')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Train/ })).toBeDisabled();
  await page.getByLabel('Repeats').fill('3');
  await expect(page.getByText('Seeds 5 to 7')).toBeVisible();
  await page.getByRole('button', { name: 'Train 3 seeds' }).click();
  await expect(status(page)).toContainText(/seed [567]/);
  await expect(page.getByText(/· seed 7/).first()).toBeVisible();
  for (const seed of [5, 6, 7])
    await expect(page.getByText(`Dense 8 units · seed ${seed}`).first()).toBeAttached({
      timeout: 120_000,
    });
});

test('a preset asks first, with the runs and seeds it would queue; Cancel queues nothing', async ({
  page,
}) => {
  await openLab(page, '?backend=wasm');
  await page.getByRole('button', { name: 'Dense: hidden units', exact: true }).click();
  const ask = page.getByRole('group', { name: 'Start Dense: hidden units' });
  await expect(ask).toContainText('8 values × 3 seeds = 24 runs (360,000 steps in all).');
  // The answer is one key away, and Escape takes the question back.
  await expect(ask.getByRole('button', { name: 'Start 24 runs' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await page.getByRole('button', { name: 'Dense: hidden units', exact: true }).click();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No runs yet: train one or start a sweep.')).toBeVisible();
});

test('every setting says what it does, by keyboard; skip links reach the results', async ({
  page,
}) => {
  await openLab(page);
  await expect(page.locator('.start-here-wide')).toContainText('Start here:');
  await expect(page.locator('.start-here-wide')).toBeVisible();
  const field = page.locator('.field', {
    has: page.getByRole('spinbutton', { name: 'Learning rate' }),
  });
  const help = field.getByRole('button', { name: 'Explain this setting' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/How big a step the optimizer takes/)).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveAccessibleDescription(
    /How big a step/,
  );

  // A fresh page: the first Tab lands on the skip links.
  await openLab(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the current run' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to Try it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#try-it')).toBeFocused();
  await expect(page.locator('#try-it')).toBeInViewport();
});

test('a bad link parameter is explained and can be dismissed', async ({ page }) => {
  await openLab(page, '?units=lots');
  const banner = page.locator('.banner').filter({ hasText: 'units' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
});

test('Delete can be undone: the run comes back with its curve', async ({ page }) => {
  await openLab(page, '?backend=wasm');
  await page.getByLabel('Hidden units').fill('8');
  await page.getByLabel('Steps', { exact: true }).fill('40');
  await page.getByLabel('Evaluate every').fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(1, { timeout: 120_000 });
  page.once('dialog', (dialog) => void dialog.accept());
  await runRows(page)
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(runRows(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(runRows(page).filter({ hasText: 'Done' })).toHaveCount(1);
});

test.describe('phone, 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('pressing Train shows progress where the person is looking', async ({ page }) => {
    await openLab(page, '?backend=wasm');
    await page.getByLabel('Steps', { exact: true }).fill('400');
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await train.scrollIntoViewIfNeeded();
    await train.click();
    const bar = page.getByRole('complementary', { name: 'Training progress' });
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText(/step [\d,]+ \/ 400/);
    await bar.getByRole('link', { name: 'Curves' }).click();
    await expect(status(page)).toBeInViewport();
  });
});
