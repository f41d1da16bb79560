import { expect, test, type Locator, type Page } from '@playwright/test';
import { box, gap, inside, openStory, type Box } from './helpers.ts';

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far two boxes overlap, across and down; 0 when they do not. */
const overlap = (a: Box, b: Box) => ({
  across: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  down: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/** The open panel, the one dialog on the page that is shown. */
const openPanel = (page: Page) => page.getByRole('dialog');

/** Opens a region's panel from the keyboard, which needs no free spot to click on, and waits for its text. */
async function openWithKeyboard(page: Page, region: Locator) {
  await region.focus();
  await page.keyboard.press('Enter');
  const name = (await region.getAttribute('aria-label'))!;
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.locator('[data-status="ready"]'), `${name}: text shown`).toBeVisible();
  return dialog;
}

/** Opens every region's panel in turn from the keyboard, checks it, and closes it with Escape. */
async function forEveryPanel(page: Page, check: (dialog: Locator, region: Locator, name: string) => Promise<void>) {
  const regions = page.locator('#storybook-root [data-region]');
  const count = await regions.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    const region = regions.nth(index);
    const dialog = await openWithKeyboard(page, region);
    await check(dialog, region, (await region.getAttribute('aria-label'))!);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

/** Every control's accessible name in the panel: its label, or else its text. */
function controlNames(dialog: Locator) {
  return dialog.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('button, summary, a[href]')]
      .filter((control) => control.checkVisibility())
      .map((control) => (control.getAttribute('aria-label') ?? control.textContent ?? '').trim()),
  );
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const id of ['knee-left', 'foot-right', 'shoulder-left', 'head-temple-right']) {
    test(`a tap on ${id} opens a bottom sheet that leaves the region in sight, its Close reachable at the end`, async ({ page }) => {
      await openStory(page, 'bodymap-in-an-article--long-article');
      const region = page.locator(`#storybook-root [data-region="${id}"]`);
      await region.scrollIntoViewIfNeeded();
      await region.tap();
      const sheet = openPanel(page);
      await expect(sheet.locator('[data-status="ready"]')).toBeVisible();
      // Focus stays on the tapped region, and the sheet runs along the bottom, the page's full width.
      await expect(region).toBeFocused();
      const viewport = page.viewportSize()!;
      await expect.poll(async () => Math.round((await box(sheet)).y + (await box(sheet)).height)).toBe(viewport.height);
      expect((await box(sheet)).width).toBe(viewport.width);
      await expect.poll(async () => intersects(await box(region), await box(sheet)), { message: 'region clear of the sheet' }).toBe(false);
      const regionBox = await box(region);
      expect(regionBox.y).toBeGreaterThanOrEqual(0);

      const close = sheet.getByRole('button', { name: 'Close' });
      const closeBox = await box(close);
      expect(closeBox.width).toBeGreaterThanOrEqual(44);
      expect(closeBox.height).toBeGreaterThanOrEqual(44);
      // Scrolled to its end, the sheet's own text moves and the page does not; Close stays on top.
      const pageScroll = await page.evaluate(() => scrollY);
      await sheet.evaluate((element) => {
        for (const scroller of element.querySelectorAll<HTMLElement>('*')) {
          if (scroller.scrollHeight > scroller.clientHeight + 1 && getComputedStyle(scroller).overflowY === 'auto') {
            scroller.scrollTop = scroller.scrollHeight;
          }
        }
      });
      expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
      const { x, y, width, height } = await box(close);
      const hit = await page.evaluate(([cx, cy]) => document.elementFromPoint(cx!, cy!)?.closest('button')?.getAttribute('aria-label'), [x + width / 2, y + height / 2]);
      expect(hit).toBe('Close');
      await close.tap();
      await expect(sheet).toBeHidden();
      await expect(region).toBeFocused();
    });
  }

  test('a swipe down on its header closes the sheet', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    await page.locator('#storybook-root [data-region="chest-left"]').tap();
    const sheet = openPanel(page);
    await expect(sheet.locator('[data-status="ready"]')).toBeVisible();
    const title = await box(sheet.getByRole('heading', { name: 'Left chest' }));
    const start = { x: title.x + 10, y: title.y + title.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step += 1) {
      await page.mouse.move(start.x, start.y + step * 25);
    }
    await page.mouse.up();
    await expect(sheet).toBeHidden();
  });
});

for (const size of [
  // 200% and 400% browser zoom of a 1280x900 window, and a phone 320 px wide.
  { width: 640, height: 450 },
  { width: 320, height: 225 },
  { width: 320, height: 640 },
]) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    for (const view of ['front', 'back', 'soles'] as const) {
      test(`every ${view} panel lies inside the window, Close in reach, with no sideways scroll`, async ({ page }) => {
        test.slow();
        await openStory(page, 'bodymap--default', `defaultView:${view}`);
        await forEveryPanel(page, async (dialog, _region, name) => {
          await expect.poll(async () => inside(await box(dialog), size), { message: `${name}: panel inside ${size.width}x${size.height}` }).toBe(true);
          expect(inside(await box(dialog.getByRole('button', { name: 'Close' })), size), `${name}: Close on screen`).toBe(true);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scroll`).toBeLessThanOrEqual(size.width);
        });
      });
    }
  });
}

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const view of ['front', 'back'] as const) {
    test(`no ${view} panel covers its region, the zoom buttons or the view switch, and each keeps its gap`, async ({ page }) => {
      test.slow();
      await openStory(page, 'bodymap--default', `defaultView:${view}`);
      const zoom = await box(page.getByRole('group', { name: 'Zoom' }));
      const views = await box(page.getByRole('group', { name: 'Body view' }));
      await forEveryPanel(page, async (dialog, region, name) => {
        // The panel stands 14 px out from its region's box, small regions included, whose arrow moves the panel to reach them.
        await expect.poll(async () => gap(await box(dialog), await box(region)), { message: `${name}: its gap kept` }).toBeGreaterThanOrEqual(10);
        // A region's box is its path's, before the silhouette clips it: a panel may reach a few
        // pixels into the box where the drawn region has already ended.
        await expect
          .poll(async () => Math.min(overlap(await box(dialog), await box(region)).across, overlap(await box(dialog), await box(region)).down), {
            message: `${name}: its region uncovered`,
          })
          .toBeLessThanOrEqual(2);
        expect(intersects(await box(dialog), zoom), `${name}: zoom buttons uncovered`).toBe(false);
        expect(intersects(await box(dialog), views), `${name}: view switch uncovered`).toBe(false);
      });
    });
  }

  test('Enter moves focus to the title, Escape brings it back to the region, and arrows move on from there; a click leaves focus on the region', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const region = page.locator('#storybook-root [data-region="shoulder-left"]');
    await region.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Left shoulder', level: 2 })).toBeFocused();
    // The next thing read is the panel's own text, then its controls.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('dialog', { name: 'Left shoulder' }).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(region).not.toBeFocused();
    await expect(page.locator('#storybook-root [data-region]:focus')).toHaveCount(1);
    const other = page.locator('#storybook-root [data-region="chest-right"]');
    await other.click();
    await expect(page.getByRole('dialog', { name: 'Right chest' })).toBeVisible();
    await expect(other).toBeFocused();
    // Tab goes on from the region into the panel it opened.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('dialog', { name: 'Right chest' }).getByRole('button', { name: 'Close' })).toBeFocused();
  });

  for (const [view, locale] of [
    ['front', 'en'],
    ['back', 'en'],
    ['soles', 'en'],
    ['front', 'es'],
  ] as const) {
    test(`no two controls in any ${view} panel share a name (${locale})`, async ({ page }) => {
      test.slow();
      await openStory(page, 'bodymap--default', `defaultView:${view};locale:${locale}`);
      await forEveryPanel(page, async (dialog, _region, name) => {
        const names = await controlNames(dialog);
        const repeated = names.filter((control, at) => names.indexOf(control) !== at);
        expect(repeated, `${name}: controls named alike`).toEqual([]);
      });
    });
  }
});
