import { expect, test, type Page } from '@playwright/test';
import { box, openStory } from './helpers.ts';

// Screenshots of the key stories against the baselines in __screenshots__/visual.spec.ts/; the
// tolerance, and why, is in playwright.config.ts. To accept an intended change: build Storybook,
// then `pnpm test:visual:update`, look at the new pictures, and commit them with the change.

// One size, one scale, one colour scheme and no motion, so a picture depends on the code alone.
// Reduced motion also makes zooming to a region a jump rather than d3's animated path.
test.use({
  viewport: { width: 1100, height: 800 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  reducedMotion: 'reduce',
});

// A picture is only worth comparing once complete, however long that takes on a busy machine:
// the views are loaded on demand, and a shared two-core machine has taken over 10 s to draw one.
test.describe.configure({ timeout: 120_000 });
const patient = expect.configure({ timeout: 30_000 });

/**
 * Waits until nothing more is on its way: the lazily loaded view, panel code and text, and the
 * fonts; then two frames, for the panel, which floating-ui places a frame after its text arrives.
 * The screenshot itself then waits for two identical captures in a row.
 */
async function settle(page: Page, panel?: string) {
  if (panel !== undefined) {
    await patient(page.getByRole('dialog', { name: panel }).locator('[data-status="ready"]')).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
  });
}

// The whole page rather than #storybook-root: an open panel floats over the map and past its box.

test('front view', async ({ page }) => {
  await openStory(page, 'bodymap--default');
  await patient(page.locator('#storybook-root svg[data-view="front"]')).toBeVisible();
  await settle(page);
  await patient(page).toHaveScreenshot('front.png');
});

test('back view', async ({ page }) => {
  await openStory(page, 'bodymap--back-view');
  await patient(page.locator('#storybook-root svg[data-view="back"]')).toBeVisible();
  await settle(page);
  await patient(page).toHaveScreenshot('back.png');
});

test('soles view', async ({ page }) => {
  // Without a panel, which would cover most of the left foot.
  await openStory(page, 'bodymap--default', 'defaultView:soles');
  await patient(page.locator('#storybook-root svg[data-view="soles"]')).toBeVisible();
  await settle(page);
  await patient(page).toHaveScreenshot('soles.png');
});

test('a reflexology point\'s panel on the soles', async ({ page }) => {
  // The Soles view story's end state, opened by argument rather than by its play function's click.
  await openStory(page, 'bodymap--default', 'defaultView:soles;defaultSelectedRegion:rfx-heart-left');
  await settle(page, 'Left sole reflexology point: heart');
  await patient(page).toHaveScreenshot('soles-point-panel.png');
});

test('zoomed in on a sole, the chart points\' captions shown', async ({ page }) => {
  await openStory(page, 'bodymap-zoom-and-detail--soles-captions-zoomed');
  await patient(page.getByText('Heart (chart)').first()).toBeVisible();
  await settle(page);
  await patient(page).toHaveScreenshot('soles-captions-zoomed.png');
});

test('the muscle layer, back, whole', async ({ page }) => {
  await openStory(page, 'muscles--muscles-back');
  await patient(page.locator('#storybook-root svg[data-layer="muscles"]')).toHaveAttribute('data-zoomed');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await patient(page.locator('#storybook-root svg[data-layer="muscles"]')).not.toHaveAttribute('data-zoomed');
  await settle(page);
  await patient(page).toHaveScreenshot('muscles-back.png');
});

test('the muscle layer, front, zoomed to its target scale', async ({ page }) => {
  await openStory(page, 'muscles--muscles-front');
  await patient(page.locator('#storybook-root svg[data-layer="muscles"]')).toHaveAttribute('data-zoomed');
  await settle(page);
  await patient(page).toHaveScreenshot('muscles-front.png');
});

test("an area's panel listing its muscles", async ({ page }) => {
  await openStory(page, 'bodymap--default', 'defaultView:back;defaultSelectedRegion:lower-back-left');
  await settle(page, 'Left lower back');
  await page.getByRole('dialog', { name: 'Left lower back' }).getByRole('region', { name: 'Muscles here' }).scrollIntoViewIfNeeded();
  await patient(page).toHaveScreenshot('area-muscles.png');
});

test('open panel', async ({ page }) => {
  await openStory(page, 'bodymap--open-panel');
  await settle(page, 'Left shoulder');
  await patient(page).toHaveScreenshot('open-panel.png');
});

test('dark theme with a panel open', async ({ page }) => {
  await openStory(page, 'bodymap--dark-theme');
  await settle(page, 'Right upper back');
  await patient(page).toHaveScreenshot('dark-theme.png');
});

test('zoomed in on the spine, vertebra ranges shown', async ({ page }) => {
  // The Spine detail story's arguments; its play function ends with a panel over the labels.
  await openStory(page, 'bodymap--default', 'defaultView:back;zoomTo:spine');
  await patient(page.locator('#storybook-root svg.bodymap-viewport')).toHaveAttribute('data-zoomed');
  await patient(page.getByText('T1–T12')).toBeVisible();
  await settle(page);
  await patient(page).toHaveScreenshot('spine-zoomed.png');
});

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 450 } });

  test('an anchored panel beside the right shoulder', async ({ page }) => {
    await openStory(page, 'bodymap--default', 'defaultSelectedRegion:shoulder-right');
    await settle(page, 'Right shoulder');
    await patient(page).toHaveScreenshot('panel-640x450.png');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the bottom sheet, the tapped knee above it', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    await page.locator('#storybook-root [data-region="knee-left"]').tap();
    await settle(page, 'Left knee');
    await patient(page).toHaveScreenshot('sheet-390x844.png');
  });
});

test('a composition of the primitives draws the ready-made map', async ({ page }) => {
  // The Composed story is `<BodyMap />` part for part. The zoom buttons are white on white, so a
  // layout that moved them would change fewer pixels than the screenshot tolerates: their places
  // are compared too, with the figure's and the view switch's, to the pixel.
  const layout = async (id: string) => {
    await openStory(page, id);
    await patient(page.locator('#storybook-root svg[data-view="front"]')).toBeVisible();
    await settle(page);
    const root = page.locator('#storybook-root');
    return {
      viewSwitch: await box(root.getByRole('group', { name: 'Body view' })),
      figure: await box(root.getByRole('group', { name: 'Body map, Front' })),
      zoomButtons: await box(root.getByRole('group', { name: 'Zoom' })),
    };
  };
  const readyMade = await layout('bodymap--default');
  const composed = await layout('bodymap-primitives--composed');
  for (const part of ['viewSwitch', 'figure', 'zoomButtons'] as const) {
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(composed[part][side] - readyMade[part][side]), `${part} ${side}`).toBeLessThanOrEqual(1);
    }
  }
  await patient(page).toHaveScreenshot('front.png');
});
