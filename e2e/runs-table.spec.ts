import { expect, test, type Locator } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import {
  importRuns,
  openLab,
  rowOf,
  runsTable,
  writeRunsFile,
  type FixtureRun,
} from './runs-fixture';

// Headless Chromium hides scrollbars unless told not to; whether one shows is the point here.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: chromiumArgs,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

test('at 1366 px the name and accuracy columns are in view, the name stays as the rest scroll, with a visible scrollbar', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openLab(page);
  // Runs that differ in many settings make the widest table.
  const runs: FixtureRun[] = [
    { id: 'w1', name: '#1 Dense 64 units', config: { hiddenUnits: 64 } },
    {
      id: 'w2',
      name: '#2 CNN 32 filters 2×2',
      config: { model: 'cnn', learningRate: 0.0005, optimizer: 'sgd', augNoise: 0.1 },
    },
    {
      id: 'w3',
      name: '#3 Dense 800 units',
      config: { hiddenUnits: 800, batchSize: 128, activation: 'leakyRelu', seed: 7, augShift: 2 },
    },
  ];
  await importRuns(page, writeRunsFile(testInfo.outputPath('wide.json'), runs), 3);

  const region = runsTable(page);
  const box = (await region.boundingBox())!;
  const viewport = page.viewportSize()!;
  const inView = async (cell: Locator) => {
    const b = (await cell.boundingBox())!;
    return b.x >= box.x - 1 && b.x + b.width <= Math.min(box.x + box.width, viewport.width) + 1;
  };
  const header = (name: string) => region.getByRole('columnheader', { name });
  for (const name of [
    'Name',
    'Best validation accuracy',
    'Final validation accuracy',
    'Test accuracy',
  ])
    expect(await inView(header(name)), `${name} in view`).toBe(true);

  // Wider than its box, with a scrollbar that takes room (shows before it is touched).
  const size = await region.evaluate((el: HTMLElement) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    bar: el.offsetHeight - el.clientHeight,
  }));
  expect(size.scroll).toBeGreaterThan(size.client);
  expect(size.bar).toBeGreaterThanOrEqual(8);

  // Scrolled to the far end, the name column is still where it was; the accuracies scrolled away.
  const name = rowOf(page, '#3 Dense 800 units').getByRole('rowheader');
  const before = (await name.boundingBox())!;
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(header('Backend')).toBeInViewport();
  const after = (await name.boundingBox())!;
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(await inView(name)).toBe(true);
  expect(await inView(header('Best validation accuracy'))).toBe(false);
});
