import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ContextGuard } from './guards';

const READY = /Fashion-MNIST ready/;
/** The impacts that fail the check; axe's minor and moderate findings are left to review. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** More tab stops than the page has, so that a focus trap shows up as a failure, not a hang. */
const MAX_TAB_STOPS = 400;
const MIN_OUTLINE_PX = 2;
/** Where the axe test leaves a screenshot of the page it checked, for a person to look at. */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? '/tmp';

let guard: ContextGuard;
test.beforeEach(({ context, baseURL }) => {
  guard = new ContextGuard(context, new URL(baseURL!).origin);
});
test.afterEach(() => {
  expect(guard.cspErrors).toEqual([]);
  expect(guard.foreignRequests()).toEqual([]);
});

async function openLab(page: Page) {
  await page.goto('/');
  await expect(page.getByText(READY)).toBeVisible();
}

/** What the focused element is, and whether a sighted keyboard user can see where focus is. */
function describeFocus(page: Page) {
  return page.evaluate((minOutline) => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= minOutline;
    const name =
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent?.trim().slice(0, 40) ??
      '';
    return {
      what: `${element.tagName.toLowerCase()} "${name.trim()}"`,
      named: name.trim() !== '',
      visible: outlined,
    };
  }, MIN_OUTLINE_PX);
}

test('trains with the keyboard alone, and every tab stop shows its focus', async ({ page }) => {
  await openLab(page);
  const seen: string[] = [];
  const invisible: string[] = [];
  const unnamed: string[] = [];
  const tab = async () => {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (focus) {
      seen.push(focus.what);
      if (!focus.visible) invisible.push(focus.what);
      if (!focus.named) unnamed.push(focus.what);
    }
    return focus;
  };
  const tabTo = async (what: string) => {
    for (let i = 0; i < MAX_TAB_STOPS; i++) if ((await tab())?.what === what) return;
    throw new Error(`never reached ${what} with Tab; went through ${seen.join(', ')}`);
  };

  await tabTo('input "Steps"');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('100');
  await tabTo('summary "Data split"');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Validation images')).toBeVisible();
  await tabTo('button "Train"');
  await page.keyboard.press('Enter');
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText('Done: step 100 / 100', { timeout: 180_000 });

  // On through the rest of the page, charts, tables and "Try it" included, until focus leaves it.
  for (let i = 0; i < MAX_TAB_STOPS && (await tab()) !== null; i++);
  for (const stop of ['summary "Table of values"', 'button "Delete #1 Dense 100 units"'])
    expect(seen).toContain(stop);
  expect(seen).toContain('input "Brush size"');
  expect(invisible).toEqual([]);
  expect(unnamed).toEqual([]);
});

test('axe finds no serious or critical problem on a page with a trained run', async ({ page }) => {
  await openLab(page);
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Dense' });
  await page.getByLabel('Steps', { exact: true }).fill('100');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status', { name: 'Training status' });
  await expect(status).toContainText(/Test accuracy \d/, { timeout: 180_000 });
  for (const summary of await page.locator('details > summary').all())
    if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)))
      await summary.click();
  await page.getByLabel('Noise').fill('0.2');
  await page.getByRole('button', { name: 'Show augmented samples' }).click();
  await expect(page.getByRole('img', { name: 'Augmented 1' })).toBeVisible();

  // The charts' text alternatives hold the run's two evaluations.
  const currentTable = page.getByRole('table', { name: /at each evaluation/ });
  await expect(currentTable.locator('tbody tr')).toHaveCount(2);
  await expect(currentTable.getByRole('rowheader', { name: '100' })).toBeVisible();
  const compareTable = page.getByRole('table', { name: '#1 Dense 100 units', exact: true });
  await expect(compareTable.locator('tbody tr')).toHaveCount(2);

  // "Try it" with its confusion matrix, whose shaded cells are the hardest for contrast.
  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('table')).toBeVisible({ timeout: 120_000 });

  await page.screenshot({ path: `${SCREENSHOT_DIR}/a11y-checked-page.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking).toEqual([]);
});
