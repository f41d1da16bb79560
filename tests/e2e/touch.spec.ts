import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { box, gesturesBound, openStory, zoom } from './helpers.ts';

const article = 'bodymap-in-an-article--long-article';

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls the page so that the figure's middle is in the middle of the screen, and returns that point. */
async function centreFigure(page: Page) {
  const svg = page.locator('#storybook-root svg.bodymap-viewport');
  await svg.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const figure = await box(svg);
  return { x: figure.x + figure.width / 2, y: figure.y + figure.height / 2, figure };
}

/** Waits until the zoom stops moving: the same transform on two reads 200 ms apart. */
async function settle(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await zoom(page));
      const still = now === last;
      last = now;
      return still;
    }, { intervals: [200] })
    .toBe(true);
}

type Point = { x: number; y: number };

/** One finger or more, pressed, moved in steps from `from` to `to` (one point per finger), and lifted. */
async function drag(cdp: CDPSession, from: Point[], to: Point[], steps = 10) {
  const at = (t: number) =>
    from.map((start, id) => ({ x: start.x + (to[id]!.x - start.x) * t, y: start.y + (to[id]!.y - start.y) * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a swipe that starts on the figure scrolls the article', async ({ page }) => {
    await openStory(page, article);
    const { x, y } = await centreFigure(page);
    const before = await scrollY(page);
    const cdp = await page.context().newCDPSession(page);
    // A finger moving up 300 px scrolls the page down, as anywhere else in the article.
    await drag(cdp, [{ x, y: y + 150 }], [{ x, y: y - 150 }]);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 200);
    await expect(page.locator('#storybook-root svg.bodymap-viewport')).not.toHaveAttribute('data-zoomed');
  });

  test('a tap on a region still selects it', async ({ page }) => {
    await openStory(page, article);
    await centreFigure(page);
    const shoulder = page.getByRole('button', { name: 'Left shoulder' });
    const spot = await box(shoulder);
    await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await expect(shoulder).toHaveAttribute('aria-expanded', 'true');
  });

  test('a pinch zooms the map, and then one finger pans it without scrolling the page', async ({ page }) => {
    await openStory(page, article);
    const { x, y } = await centreFigure(page);
    const svg = page.locator('#storybook-root svg.bodymap-viewport');
    const cdp = await page.context().newCDPSession(page);
    const before = await scrollY(page);
    // Two fingers that spread apart, from 60 px to 220 px.
    await drag(cdp, [{ x: x - 30, y }, { x: x + 30, y }], [{ x: x - 110, y }, { x: x + 110, y }]);
    await expect(svg).toHaveAttribute('data-zoomed');
    const pinched = await zoom(page);
    expect(pinched.k).toBeGreaterThan(2);
    expect(await scrollY(page)).toBe(before);

    await drag(cdp, [{ x, y: y + 100 }], [{ x: x + 40, y: y - 100 }]);
    await expect.poll(async () => (await zoom(page)).y).toBeLessThan(pinched.y - 100);
    expect((await zoom(page)).k).toBeCloseTo(pinched.k, 5);
    expect(await scrollY(page)).toBe(before);
  });

  test('a sideways drag with one finger on the whole view shows how to zoom, and the hint goes again', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, article);
    const { x, y } = await centreFigure(page);
    const cdp = await page.context().newCDPSession(page);
    const before = await scrollY(page);
    await drag(cdp, [{ x: x - 80, y }], [{ x: x + 80, y: y + 10 }]);
    const hint = page.getByText('Pinch with two fingers to zoom the map');
    await expect(hint).toBeVisible();
    // It does not take focus, and it is not in the way of the next tap.
    await expect(page.locator('#storybook-root .bodymap-gesture-hint:focus-within')).toHaveCount(0);
    await expect(hint).toHaveCSS('pointer-events', 'none');
    // Under reduced motion it appears without a fade.
    expect(await hint.evaluate((element) => element.getAnimations().length)).toBe(0);
    expect(await scrollY(page)).toBe(before);
    await expect(page.locator('#storybook-root svg.bodymap-viewport')).not.toHaveAttribute('data-zoomed');
    await expect(hint).toBeHidden({ timeout: 5000 });
  });

  test('a double tap with one finger zooms in twice as large', async ({ page }) => {
    await openStory(page, article);
    const { figure } = await centreFigure(page);
    await page.locator('#storybook-root [data-region]').first().focus();
    await gesturesBound(page);
    // Beside the head, on no region: a tap on one would open its panel, which may cover the spot
    // before the second tap.
    const spot = { x: figure.x + 15, y: figure.y + 50 };
    // Sent together, so that a busy machine cannot stretch the pair past a double tap's half second.
    const cdp = await page.context().newCDPSession(page);
    await Promise.all(
      (['touchStart', 'touchEnd', 'touchStart', 'touchEnd'] as const).map((type) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchStart' ? [spot] : [] }),
      ),
    );
    // Twice as large, once: the browser's own double-tap report is not zoomed on again.
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(2, 5);
    await settle(page);
    expect((await zoom(page)).k).toBeCloseTo(2, 5);
  });

  test('a tap among crowded points on the soles zooms in first, and the next tap selects', async ({ page }) => {
    await openStory(page, article);
    await page.getByRole('button', { name: 'Soles', exact: true }).click();
    await expect(page.locator('#storybook-root [data-group="reflexology"]').first()).toBeVisible({ timeout: 30_000 });
    await centreFigure(page);
    // The point whose nearest neighbour is closest on screen.
    const crowded = await page.evaluate(() => {
      const centres = [...document.querySelectorAll('#storybook-root [data-group="reflexology"] .bodymap-hotspot-dot')].map((dot) => {
        const rect = dot.getBoundingClientRect();
        return { id: dot.closest('[data-region]')!.getAttribute('data-region')!, x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      const nearest = centres.map((a) => ({ id: a.id, distance: Math.min(...centres.filter((b) => b !== a).map((b) => Math.hypot(a.x - b.x, a.y - b.y))) }));
      return nearest.sort((a, b) => a.distance - b.distance)[0]!;
    });
    expect(crowded.distance).toBeLessThan(24);
    const point = page.locator(`#storybook-root [data-region="${crowded.id}"]`);
    const dot = point.locator('.bodymap-hotspot-dot');
    const svg = page.locator('#storybook-root svg.bodymap-viewport');
    let spot = await box(dot);
    await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await expect(svg).toHaveAttribute('data-zoomed');
    await expect(point).toHaveAttribute('aria-expanded', 'false');
    // Once the zoom has settled, every neighbour is at least one 24 px target away.
    await settle(page);
    const spacing = await point.evaluate((own) => {
      const centre = (element: Element) => {
        const rect = element.querySelector('.bodymap-hotspot-dot')!.getBoundingClientRect();
        return [rect.x + rect.width / 2, rect.y + rect.height / 2] as const;
      };
      const [x, y] = centre(own);
      const others = [...document.querySelectorAll('#storybook-root [data-group="reflexology"]')].filter((other) => other !== own);
      return Math.min(...others.map((other) => Math.hypot(centre(other)[0] - x, centre(other)[1] - y)));
    });
    expect(spacing).toBeGreaterThanOrEqual(24);
    spot = await box(dot);
    await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await expect(point).toHaveAttribute('aria-expanded', 'true');
  });

  test('a crowded point selects at once from the keyboard', async ({ page }) => {
    await openStory(page, article);
    await page.getByRole('button', { name: 'Soles', exact: true }).click();
    const heart = page.getByRole('button', { name: 'Left sole reflexology point: heart' });
    await heart.focus();
    await page.keyboard.press('Enter');
    await expect(heart).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#storybook-root svg.bodymap-viewport')).not.toHaveAttribute('data-zoomed');
  });
});

test.describe('with a mouse', () => {
  test('a plain wheel over the whole view scrolls the article and says how to zoom; Ctrl and the wheel zoom', async ({ page }) => {
    await openStory(page, article);
    const { x, y } = await centreFigure(page);
    const svg = page.locator('#storybook-root svg.bodymap-viewport');
    const before = await scrollY(page);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 100);
    await expect(page.getByText('Hold Ctrl or ⌘ and scroll to zoom the map')).toBeVisible();
    await expect(svg).not.toHaveAttribute('data-zoomed');

    const scrolled = await scrollY(page);
    const now = await box(svg);
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect(svg).toHaveAttribute('data-zoomed');
    // Zooming is the next gesture: the hint has done its work.
    await expect(page.getByText('Hold Ctrl or ⌘ and scroll to zoom the map')).toBeHidden();
    expect(await scrollY(page)).toBe(scrolled);
  });
});
