import { expect, test, type Locator, type Page } from '@playwright/test';
import { ContextGuard } from './guards';

/** Where each test leaves its screenshot, for a person to look at. */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? '/tmp';
const READY = /Fashion-MNIST ready/;

async function openLab(page: Page) {
  await page.goto('/');
  await expect(page.getByText(READY)).toBeVisible();
}

/** Widest the page may be: one pixel of rounding over the viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(width + 1);
}

/** The controls a run needs, each scrolled to and wholly inside the viewport's width. */
async function expectMainControlsUsable(page: Page) {
  const width = page.viewportSize()!.width;
  const controls: Locator[] = [
    page.getByLabel('Model', { exact: true }),
    page.getByLabel('Steps', { exact: true }),
    page.getByRole('button', { name: 'Train', exact: true }),
    page.getByRole('status', { name: 'Training status' }),
    page.getByLabel('Drawing pad'),
  ];
  for (const control of controls) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
}

async function openAllDetails(page: Page) {
  for (const summary of await page.locator('details > summary').all())
    if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)))
      await summary.click();
}

/**
 * A finger stroke through `points` (fractions of the element's box), as the browser's touch
 * input: Chromium turns it into pointer events with pointerType "touch".
 */
async function touchStroke(page: Page, target: Locator, points: [number, number][]) {
  const box = (await target.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = ([x, y]: [number, number]) => [
    { x: box.x + x * box.width, y: box.y + y * box.height },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(points[0]) });
  for (const point of points.slice(1))
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(point) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

let guard: ContextGuard;
test.beforeEach(({ context, baseURL }) => {
  guard = new ContextGuard(context, new URL(baseURL!).origin);
});
test.afterEach(() => {
  expect(guard.cspErrors).toEqual([]);
  expect(guard.foreignRequests()).toEqual([]);
});

test.describe('desktop, 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the form and the current run side by side', async ({ page }) => {
    await openLab(page);
    // Without scrolling: the whole form up to Train, and the run's status beside it.
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeInViewport();
    await expect(page.getByRole('status', { name: 'Training status' })).toBeInViewport();
    // Before a first run the chart area says what will appear there, rather than empty frames.
    await expect(page.getByText(/Curves appear here once a run has evaluated/)).toBeInViewport();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-1280x800.png` });
    await expectNoHorizontalScroll(page);
    await expectMainControlsUsable(page);
  });
});

test.describe('tablet, 768x1024, touch', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('draws on the pad with a finger and shows what the model sees', async ({ page }) => {
    await openLab(page);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-768x1024.png` });

    const pad = page.getByLabel('Drawing pad');
    await pad.scrollIntoViewIfNeeded();
    await pad.evaluate((canvas) => {
      const types: string[] = [];
      canvas.addEventListener('pointerdown', (event) =>
        types.push((event as PointerEvent).pointerType),
      );
      Object.assign(canvas, { pointerTypes: types });
    });
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // A T-shirt-ish shape: shoulders, then a body.
    await touchStroke(page, pad, [
      [0.2, 0.2],
      [0.5, 0.25],
      [0.8, 0.2],
    ]);
    await touchStroke(page, pad, [
      [0.5, 0.2],
      [0.5, 0.5],
      [0.5, 0.85],
    ]);
    expect(
      await pad.evaluate(
        (canvas) => (canvas as unknown as { pointerTypes: string[] }).pointerTypes,
      ),
    ).toEqual(['touch', 'touch']);
    // The pad, not the page, took the finger's moves.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);

    const preview = page.getByRole('img', { name: 'The 28 by 28 image the model receives' });
    await expect(preview).toBeVisible();
    const litPixels = await preview.evaluate((canvas) => {
      const { width, height } = canvas as HTMLCanvasElement;
      const rgba = (canvas as HTMLCanvasElement)
        .getContext('2d')!
        .getImageData(0, 0, width, height).data;
      let lit = 0;
      for (let i = 0; i < rgba.length; i += 4) if (rgba[i] > 0) lit++;
      return lit;
    });
    expect(litPixels).toBeGreaterThan(20);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-768x1024-drawn.png` });
    await expectMainControlsUsable(page);
  });
});

test.describe('phone, 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('fits the width, with every section open', async ({ page }) => {
    await openLab(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-390x844.png` });
    await expectNoHorizontalScroll(page);
    await openAllDetails(page);
    await expectNoHorizontalScroll(page);
    await expectMainControlsUsable(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-390x844-full.png`, fullPage: true });
  });
});
