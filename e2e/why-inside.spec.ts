import { expect, test, type Locator } from '@playwright/test';
import { watchErrors } from './guards';

/** Whether a canvas holds more than one colour: a painted map, not a blank box. */
async function isPainted(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return colours.size > 4;
  });
}

test('a short CNN run: what it looks at, inside it while it learned, and its map', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?backend=wasm');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'CNN' });
  await page.getByLabel('Filters', { exact: true }).fill('8');
  await page.getByLabel('Kernel size', { exact: true }).fill('2');
  await page.getByLabel('Steps', { exact: true }).fill('100');
  await page.getByLabel('Evaluate every', { exact: true }).fill('50');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    /Test accuracy/,
    {
      timeout: 180_000,
    },
  );

  // Inside the network: findings in words, histograms at both points, and the table by keyboard.
  const inside = page.getByRole('region', { name: 'Inside the network' });
  await expect(inside.getByRole('listitem').first()).toContainText(
    /(\d+ of 8 filters (is|are) dead from (the start|step \d+)|No filter of \S+ is dead at step \d+)/,
  );
  await expect(inside.getByRole('listitem').nth(1)).toContainText(/softmax/);
  await expect(
    inside.getByRole('img', { name: /^Weights of conv2d\S* at step 50: from -?[\d.]+/ }),
  ).toBeVisible();
  await expect(
    inside.getByRole('img', { name: /^Gradients of dense\S* at step 50/ }),
  ).toBeVisible();
  await inside.getByLabel('Show as a table').focus();
  await page.keyboard.press('Space');
  const table = inside.getByRole('table');
  // Step 50 is always measured; a later point only within the probe's share of the run's time.
  // Every point is measured.
  await expect(table.getByRole('rowheader', { name: '50' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: '100' })).toBeVisible();
  await expect(table).toContainText(/of 8/);

  // The map while it learned: a frame at each point, the newest first; the slider goes back.
  const live = inside.getByRole('region', { name: 'Hidden activations over training' });
  const livePlot = live.getByRole('application', {
    name: 'Map of 2,000 validation images at step 100',
  });
  await expect(livePlot).toBeVisible();
  await expect(live).toContainText(/PCA of the 5,832 activations of \S+ .* at step 100/);
  const slider = live.getByRole('slider', { name: 'Step' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(live.getByRole('application', { name: /at step 50$/ })).toBeVisible();
  await expect(live.getByRole('button', { name: 'Follow the newest' })).toBeVisible();
  await live.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    live.getByText(/^Validation image [\d,]+ of the training file: .+ at step 50$/),
  ).toBeVisible();
  // Enter opens that image beside the map.
  await page.keyboard.press('Enter');
  await expect(live.getByRole('img', { name: /^Opened: validation image [\d,]+$/ })).toBeVisible();

  // The map of what it learned, made when the run ended; walked with the arrow keys.
  const map = page.getByRole('region', { name: 'Hidden activations map', exact: true });
  const plot = map.getByRole('application', { name: 'Map of 2,000 test images' });
  await expect(plot).toBeVisible({ timeout: 60_000 });
  await expect(map).toContainText(
    /PCA of the 5,832 activations of \S+ \(the layer before the output\)/,
  );
  await expect(map.getByRole('button', { name: /^Trouser \(\d+\)$/ })).toBeVisible();
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  const readout = map.getByText(/^Test image \d+: .+, predicted/);
  await expect(readout).toBeVisible();
  const first = await readout.textContent();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(readout).not.toHaveText(first!);
  const opened = Number(/Test image (\d+)/.exec((await readout.textContent())!)![1]);
  await page.keyboard.press('Enter');

  // Enter opened that image in What the model looks at, which took the focus.
  const look = page.getByRole('region', { name: 'What the model looks at' });
  await expect(look.getByRole('heading', { name: 'What the model looks at' })).toBeFocused();
  await expect(look.getByLabel('Test image number')).toHaveValue(String(opened));
  const saliency = look.getByRole('img', { name: 'Saliency map' });
  await expect(saliency).toBeVisible({ timeout: 60_000 });
  await expect(look).toContainText(new RegExp(`predicts .+ \\(\\d+%\\) for test image ${opened}`));
  await expect(look).toContainText(
    /averaged over 24 copies of the image with noise of sd 0.12 \(SmoothGrad\)/,
  );
  await expect(look).toContainText(
    /Here the two maps agree (well|somewhat|little) \(correlation -?[\d.]+\)/,
  );
  expect(await isPainted(saliency)).toBe(true);
  expect(await isPainted(look.getByRole('img', { name: 'Occlusion map' }))).toBe(true);

  // A legend button isolates a class; a click on the plot opens an image too.
  await map.getByRole('button', { name: /^Bag \(\d+\)$/ }).click();
  await expect(map.getByRole('button', { name: /^Bag/ })).toHaveAttribute('aria-pressed', 'true');

  // A drawing gets its own saliency map.
  const pad = page.getByLabel('Drawing pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.8, { steps: 10 });
  await page.mouse.up();
  await look.getByLabel('the current drawing or photo').check();
  await expect(look).toContainText(/for your drawing/);
  expect(await isPainted(look.getByRole('img', { name: 'Saliency map' }))).toBe(true);

  // The CNN's feature maps carry the same kind of overlay: each position's contribution.
  const cnn = page.getByRole('region', { name: 'Inside the CNN' });
  await expect(
    cnn.getByRole('img', { name: /^Feature map of filter 1, with its contribution to / }),
  ).toBeVisible();
  await expect(cnn).toContainText(/they add up exactly to the score less the output bias/);

  // All of it is kept with the run: after a reload the views come back from storage.
  await page.reload();
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
  await expect(inside.getByRole('img', { name: /^Weights of conv2d\S* at step 50/ })).toBeVisible();
  await expect(livePlot).toBeVisible();
  await expect(plot).toBeVisible();
  expect(errors).toEqual([]);
});
