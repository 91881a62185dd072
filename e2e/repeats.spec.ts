import { expect, test, type Locator, type Page } from '@playwright/test';

/** The sweep summary over seeds: its numbers, its axes after Stop sweep, and the stop question. */

async function openLab(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
}

const summaryCard = (page: Page) =>
  page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: 'Sweep summary' }) });
const summaryStatus = (page: Page) => summaryCard(page).getByRole('status');

/** The body rows of a table, as the text of their cells. */
async function cellTexts(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent!.trim()),
      ),
    );
}

const fromPercent = (text: string) => Number(text.replace('%', '')) / 100;

function spreadOf(values: number[]) {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** Starts a dense hidden-units sweep of `values`, `repeats` seeds each, from the forms. */
async function startSweep(
  page: Page,
  {
    values,
    repeats,
    steps,
    evalEvery,
  }: { values: string; repeats: number; steps: number; evalEvery: number },
) {
  await page.getByLabel('Steps', { exact: true }).fill(String(steps));
  await page.getByLabel('Evaluate every', { exact: true }).fill(String(evalEvery));
  await page.getByLabel('Repeats', { exact: true }).fill(String(repeats));
  await page.getByLabel('Sweep over', { exact: true }).selectOption({ label: 'Hidden units' });
  await page.getByLabel('Values', { exact: true }).fill(values);
  await page.getByRole('button', { name: 'Start sweep' }).click();
}

test('a 2-value sweep over 3 seeds: the summary gives each value n, mean, sd, min and max of its runs’ test accuracies', async ({
  page,
}) => {
  await openLab(page, '?backend=wasm');
  await startSweep(page, { values: '8, 16', repeats: 3, steps: 60, evalEvery: 20 });
  await expect(summaryStatus(page)).toHaveText('Sweep: 2 values × 3 seeds (6 runs): 6 finished.', {
    timeout: 180_000,
  });

  const card = summaryCard(page);
  await card.getByText('Table of values').click();
  const perValue = card.getByRole('table', { name: /^Test accuracy against hidden units/ });
  const perRun = card.getByRole('table', { name: /^Each run/ });
  const values = await cellTexts(perValue);
  const runs = await cellTexts(perRun);
  expect(values.map((row) => row[0])).toEqual(['8', '16']);
  expect(runs).toHaveLength(6);

  // Each run's test accuracy as the runs table shows it, the run found by its name.
  const runsTable = page.getByRole('table', { name: 'Runs', exact: true });
  for (const expand of await runsTable.getByRole('button', { name: /seeds of/ }).all())
    if ((await expand.getAttribute('aria-expanded')) === 'false') await expand.click();
  const testHeader = runsTable.getByRole('columnheader', { name: 'Test accuracy' });
  const testColumn = await testHeader.evaluate((th) => (th as HTMLTableCellElement).cellIndex);

  for (const [name, units, seed, test, , status] of runs) {
    expect(status).toBe('Finished');
    const row = runsTable.getByRole('row').filter({ hasText: name }).last();
    await expect(row.locator('th, td').nth(testColumn)).toHaveText(test);
    expect(['8', '16']).toContain(units);
    expect(Number(seed)).toBeGreaterThanOrEqual(0);
  }

  // The summary's spread of each value agrees with its runs' test accuracies (shown to 0.1%,
  // so within rounding).
  for (const [value, n, mean, sd, min, max, , runsWords] of values) {
    const tests = runs.filter((row) => row[1] === value).map((row) => fromPercent(row[3]));
    const expected = spreadOf(tests);
    expect(runsWords).toBe('3 finished');
    expect(Number(n)).toBe(3);
    expect(Math.abs(fromPercent(mean) - expected.mean)).toBeLessThanOrEqual(0.0011);
    expect(Math.abs(fromPercent(sd) - expected.sd)).toBeLessThanOrEqual(0.0011);
    expect(fromPercent(min)).toBeCloseTo(expected.min, 4);
    expect(fromPercent(max)).toBeCloseTo(expected.max, 4);
  }

  // The chart draws one mean per value with its error bar, and says what the bar is.
  const figure = page.getByRole('figure', { name: 'Sweep summary' });
  await expect(figure.locator('.summary-dot')).toHaveCount(2);
  await expect(figure.locator('.recharts-errorBar')).toHaveCount(2);
  await expect(figure).toContainText('Test accuracy, mean over seeds; bar: min–max of the seeds');
  await expect(card.getByRole('list', { name: 'What the sweep shows' })).toContainText(
    /^Best: (8|16) hidden units, test \d+\.\d% \(mean of 3 seeds, sd \d+\.\d points\)\./,
  );
});

/** The form's default settings, spelled out: the e2e project does not compile the app's files. */
const DEFAULT_CONFIG = {
  model: 'dense',
  hiddenUnits: 100,
  filters: 32,
  kernelSize: 2,
  learningRate: 0.001,
  batchSize: 32,
  steps: 15_000,
  evalEvery: 50,
  optimizer: 'adam',
  activation: 'relu',
  init: 'modern',
  seed: 1,
  validationSize: 5000,
  augNoise: 0,
  augLuminance: 0,
  augContrast: 0,
  augShift: 0,
  augFlip: 0,
};

/** The lab's stored state, as the app keeps it in IndexedDB (src/runs/store.ts). */
async function storeSweep(page: Page, sweep: object, runs: object[]) {
  await page.evaluate(
    ({ sweep, runs }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fashion-mnist-lab', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['runs', 'sweeps'], 'readwrite');
          runs.forEach((run) => tx.objectStore('runs').put(run));
          tx.objectStore('sweeps').put(sweep);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { sweep, runs },
  );
}

test('after Stop sweep, a part-trained run sits at its own value, drawn hollow, and is not counted finished', async ({
  page,
}) => {
  await openLab(page);
  // The case: the report's 3–800 units, stopped when only the 4-unit run had trained
  // 400 of its 1,000 steps. Written to storage as the lab would have kept it.
  const values = [3, 4, 5, 10, 20, 50, 100, 800];
  const runs = values.map((hiddenUnits, i) => ({
    id: `stored-${i}`,
    name: `#${i + 1} Dense ${hiddenUnits} units`,
    config: { ...DEFAULT_CONFIG, hiddenUnits, steps: 1000, evalEvery: 200 },
    status: 'stopped',
    createdAt: 1000 + i,
    sweepId: 'stored-sweep',
    step: hiddenUnits === 4 ? 400 : 0,
    points:
      hiddenUnits === 4
        ? [200, 400].map((step, j) => ({
            step,
            epoch: 0,
            examplesSeen: step * 32,
            valAccuracy: 0.62 + 0.08 * j,
            valLoss: 0.9,
            trainLoss: 0.9,
            examplesPerSec: 20000,
            elapsedMs: step,
          }))
        : [],
  }));
  await storeSweep(
    page,
    {
      id: 'stored-sweep',
      field: 'hiddenUnits',
      values,
      runIds: runs.map((r) => r.id),
      createdAt: 1000,
    },
    runs,
  );
  await page.reload();

  await expect(summaryStatus(page)).toHaveText(
    'Sweep: 8 runs: none finished, 1 stopped part-way, 7 stopped before training.',
  );
  const figure = page.getByRole('figure', { name: 'Sweep summary' });
  const dot = figure.locator('.summary-dot');
  await expect(dot).toHaveCount(1);
  await expect(dot).toHaveClass(/summary-dot-partial/);
  await expect(figure).toContainText('Hollow: stopped part-way: at most step 400 of 1,000');

  // The marker sits where 4 falls on the log axis, not over "800" (where every tick fell when
  // the axis was fitted to the one evaluated run). The chart leaves out labels that would
  // overlap, so the axis is read from the first and last labels it shows.
  // Measured again until the chart has settled at its width (it first lays out at 0).
  const offsets = async () => {
    const labels = await figure
      // Recharts draws labels in a layer of their own, outside the axis' group.
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { value: Number(text.textContent), x: box.x + box.width / 2 };
        }),
      );
    const box = await dot.boundingBox();
    if (labels.length < 2 || !box) return null;
    const [first, last] = [labels[0], labels.at(-1)!];
    const xAt = (value: number) =>
      first.x +
      ((last.x - first.x) * Math.log(value / first.value)) / Math.log(last.value / first.value);
    const dotX = box.x + box.width / 2;
    return {
      last: last.value,
      fromFour: Math.round(Math.abs(dotX - xAt(4))),
      fromLast: last.x - dotX,
    };
  };
  // The measurement that passed is the one checked: the chart may re-render between two reads
  // (a message from the worker), when the labels are briefly gone.
  let settled: Awaited<ReturnType<typeof offsets>> = null;
  await expect
    .poll(async () => {
      settled = await offsets();
      return settled?.fromFour;
    })
    .toBeLessThan(2);
  const { last, fromLast } = settled!;
  expect(last).toBe(800);
  expect(fromLast).toBeGreaterThan(100);
  // Log scale by default for 3–800, with a toggle; y zoomed to the data, with 0–100% a tick away.
  await expect(page.getByLabel('Log scale (hidden units)')).toBeChecked();
  const yTicks = figure.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(yTicks.first()).not.toHaveText('0%');
  await page.getByLabel('Accuracy axis 0–100%').check();
  await expect(yTicks.first()).toHaveText('0%');
  await expect(yTicks.last()).toHaveText('100%');
  // Reference lines in the axis' units, with the steps the report trained.
  await expect(figure).toContainText('Report dense 65.9% (15,000 steps)');
  await expect(figure).toContainText('Report CNN 89.0% (10,000 steps)');
});

test('Stop sweep asks, by keyboard, whether to keep or discard the runs that have not started', async ({
  page,
}) => {
  await openLab(page, '?backend=wasm');
  // Long enough runs that most of the sweep is still queued when it is stopped.
  await startSweep(page, { values: '8, 16, 32', repeats: 2, steps: 20_000, evalEvery: 500 });
  const status = summaryStatus(page);
  await expect(status).toContainText(/\d+ training/);
  const queued = Number(/(\d+) queued/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
  expect(queued).toBeGreaterThan(0);

  const stop = summaryCard(page).getByRole('button', { name: 'Stop sweep' });
  await stop.focus();
  await page.keyboard.press('Enter');
  const question = summaryCard(page).getByRole('group', { name: /Stop the sweep/ });
  await expect(question).toContainText(/\d+ runs? (has|have) not started/);
  await expect(question.getByRole('button', { name: 'Stop, keep queued runs' })).toBeFocused();
  // Escape takes the question back, to the button.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(stop).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Stop, discard queued runs' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(/discarded/);
  await expect(status).not.toContainText(/queued|training/);
  const discarded = Number(/(\d+) discarded/.exec((await status.textContent()) ?? '')?.[1]);
  // Runs can start between reading the count and answering; never more are discarded.
  expect(discarded).toBeGreaterThan(0);
  expect(discarded).toBeLessThanOrEqual(queued);
  await expect(summaryCard(page).getByRole('button', { name: 'Stop sweep' })).toBeHidden();
});
