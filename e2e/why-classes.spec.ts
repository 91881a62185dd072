import { expect, test, type Locator } from '@playwright/test';
import { watchErrors } from './guards';

/**
 * Why one setting beats another: the model summary beside the form, each class's curves, and
 * the mistakes of a run and of two runs against each other, each opened by keyboard.
 */

/** Focuses `target` and presses `key` on it, as a keyboard user would after tabbing there. */
async function press(target: Locator, key: 'Enter' | 'Space') {
  await target.focus();
  await target.page().keyboard.press(key);
}

/** The number at the start of a matrix cell's name: "12 Shirt taken for Coat". */
const countOf = async (cell: Locator) =>
  Number((await cell.getAttribute('aria-label'))!.split(' ')[0]);

test('a short CNN run: its summary, per-class curves and mistakes, two runs compared, by keyboard', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'CNN' });
  await page.getByLabel('Filters', { exact: true }).fill('4');
  await page.getByLabel('Kernel size', { exact: true }).fill('3');

  // The summary: 26x26x4 from the conv (9 x 4 + 4 parameters), 2,704 x 10 + 10 in the output.
  const open = page.getByText(/trainable parameters · layers$/);
  await expect(open).toHaveText('27,090 trainable parameters · layers');
  await press(open, 'Enter');
  const summary = page.getByRole('table', { name: 'Model summary' });
  await expect(summary).toBeVisible();
  await expect(summary.locator('tbody tr')).toHaveCount(4);
  await expect(summary.getByRole('row', { name: /^Conv 3×3, 4 filters/ })).toContainText(
    '26 × 26 × 4',
  );
  await expect(summary.getByRole('row', { name: /^Total/ })).toHaveText(/27,090\s*51,376/);
  // It follows the form.
  await page.getByLabel('Filters', { exact: true }).fill('2');
  await expect(summary.getByRole('row', { name: /^Total/ })).toHaveText(/13,550\s*25,688/);

  // Two seeds of a small CNN, a few steps each, evaluated three times.
  await page.getByLabel('Steps', { exact: true }).fill('60');
  await page.getByLabel('Evaluate every', { exact: true }).fill('20');
  await page.getByLabel('Repeats').fill('2');
  await page.getByRole('button', { name: 'Train 2 seeds' }).click();
  // Both trained: both can be asked.
  const trained = page.getByLabel('Model to ask').locator('option');
  await expect(trained).toHaveCount(2, { timeout: 180_000 });

  // Per-class accuracy: ten curves, and their table, opened with Space.
  const perClass = page.getByRole('region', { name: 'Per-class accuracy' });
  await expect(perClass.locator('.recharts-line-curve')).toHaveCount(10);
  await expect(
    perClass.getByRole('list', { name: 'Classes plotted' }).getByRole('listitem'),
  ).toHaveCount(10);
  const tableToggle = perClass.getByText('Table of values');
  await press(tableToggle, 'Space');
  const classTable = perClass.getByRole('table', {
    name: /^Per-class validation accuracy by step/,
  });
  await expect(classTable).toBeVisible();
  await expect(classTable.locator('thead th')).toHaveCount(11);
  await expect(classTable.locator('tbody tr')).toHaveCount(3);
  await expect(classTable.locator('tbody tr').last()).toContainText(/^60/);

  // Against the other seed: the classes that differ most, in words.
  const runSelect = perClass.getByLabel('Run', { exact: true });
  const compareSelect = perClass.getByLabel('Compare with');
  const other = await compareSelect.locator('option').nth(1).textContent();
  await compareSelect.selectOption({ label: other! });
  await expect(perClass.getByText(/The classes in which .* differ most at step 60/)).toBeVisible();
  const differences = perClass.locator('.per-class-differences li');
  await expect(differences.first()).toHaveText(/^[A-Za-z/ -]+: \d+% against \d+%$/);

  // Inside the network, the two runs side by side: each one's map while it learned.
  const inside = page.getByRole('region', { name: 'Inside the network' });
  await inside.getByLabel('Compare with').selectOption({ index: 1 });
  await expect(
    inside.getByRole('region', { name: /^Hidden activations over training: / }),
  ).toHaveCount(2);

  // Kept with the runs: after a reload the curves and their table are back.
  await page.reload();
  await expect(trained).toHaveCount(2);
  await expect(perClass.locator('.recharts-line-curve')).toHaveCount(10);
  await press(perClass.getByText('Table of values'), 'Enter');
  await expect(classTable.locator('tbody tr')).toHaveCount(3);
  await expect(runSelect).toBeVisible();

  // Mistakes: every wrong test image, 40 to a page, most confident first.
  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('table')).toBeVisible({ timeout: 120_000 });
  const cells = matrix.getByRole('button', { name: /^\d+ .+ taken for .+$/ });
  let correct = 0;
  for (const name of await cells.evaluateAll((all) =>
    all.map((c) => c.getAttribute('aria-label')!),
  )) {
    const [, count, truth, guess] = /^(\d+) (.+) taken for (.+)$/.exec(name)!;
    if (truth === guess) correct += Number(count);
  }
  const wrong = 10_000 - correct;
  expect(wrong).toBeGreaterThan(80);
  const mistakes = page.getByRole('region', { name: 'Mistakes' });
  const countText = mistakes.locator('.try-mistakes-count');
  const total = wrong.toLocaleString('en-US');
  await expect(countText).toContainText(`${total} test images`);
  await expect(countText).toContainText(`Images 1–40 of ${total}`);
  const tiles = mistakes.getByRole('listitem').filter({ has: page.getByRole('img') });
  await expect(tiles).toHaveCount(40);
  const percents = await tiles.evaluateAll((all) =>
    all.map((t) => Number(/\((\d+)%\)$/.exec(t.getAttribute('aria-label')!)![1])),
  );
  expect(percents).toEqual([...percents].sort((a, b) => b - a));
  for (const label of await tiles.evaluateAll((all) =>
    all.map((t) => t.getAttribute('aria-label')),
  )) {
    const [, truth, guess] = /^Test image \d+: (.+), predicted (.+) \(\d+%\)$/.exec(label!)!;
    expect(guess).not.toBe(truth);
  }
  // The next page with Enter; the last page reached from the page list.
  await press(mistakes.getByRole('button', { name: 'Next page' }), 'Enter');
  await expect(countText).toContainText(`Images 41–80 of ${total}`);
  await expect(mistakes.getByRole('button', { name: 'Next page' })).toBeFocused();
  const pages = Math.ceil(wrong / 40);
  await mistakes
    .getByLabel('Page', { exact: true })
    .selectOption({ label: `${pages} of ${pages}` });
  await expect(tiles).toHaveCount(wrong - 40 * (pages - 1));

  // A mistake's cell of the matrix opens the gallery filtered to it, and goes back.
  const cell = matrix.locator('button.try-cell:not(.try-cell-correct):not([disabled])').first();
  const inCell = await countOf(cell);
  const [, truth, guess] = /^\d+ (.+) taken for (.+)$/.exec(
    (await cell.getAttribute('aria-label'))!,
  )!;
  await cell.scrollIntoViewIfNeeded();
  await press(cell, 'Enter');
  const heading = mistakes.getByRole('heading', { name: 'Mistakes', exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(mistakes.getByLabel('True class')).toHaveValue(/\d/);
  await expect(countText).toContainText(`${truth} images taken for ${guess}: ${inCell} test image`);
  await expect(tiles).toHaveCount(Math.min(40, inCell));
  await press(mistakes.getByRole('button', { name: 'Back to the matrix' }), 'Enter');
  await expect(cell).toBeFocused();

  // Filter by true class only: every image shown is that class, taken for another.
  await mistakes.getByLabel('Predicted class').selectOption({ label: 'Any class' });
  await mistakes.getByLabel('True class').selectOption({ label: 'Shirt' });
  await expect(countText).toContainText('Shirt images taken for another class');
  for (const label of await tiles.evaluateAll((all) =>
    all.map((t) => t.getAttribute('aria-label')),
  ))
    expect(label).toMatch(/^Test image \d+: Shirt, predicted /);

  // Two runs: the images one gets wrong and the other right, both ways.
  await mistakes.getByLabel('True class').selectOption({ label: 'Any class' });
  const chosen = await page.getByLabel('Model to ask').locator('option:checked').textContent();
  const mistakesCompare = mistakes.getByLabel('Compare with');
  const second = (await mistakesCompare.locator('option').nth(1).textContent())!;
  await mistakesCompare.selectOption({ label: second });
  const oneSided = mistakes.getByRole('radio', { name: `Wrong in ${chosen}, right in ${second}` });
  await expect(oneSided).toBeChecked();
  await expect(countText).toContainText(`${chosen} gets wrong and ${second} gets right`);
  const shownCount = async () =>
    Number(/^([\d,]+) test image/.exec((await countText.textContent())!)![1].replace(/,/g, ''));
  const oneWay = await shownCount();
  // The other way round, with an arrow key, as radios go.
  await oneSided.focus();
  await page.keyboard.press('ArrowDown');
  await expect(
    mistakes.getByRole('radio', { name: `Wrong in ${second}, right in ${chosen}` }),
  ).toBeChecked();
  await expect(countText).toContainText(`${second} gets wrong and ${chosen} gets right`);
  const otherWay = await shownCount();
  expect(oneWay).toBeLessThanOrEqual(wrong);
  expect(oneWay + otherWay).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
