import { expect, test, type Page } from '@playwright/test';
import { box, openStory, zoom } from './helpers.ts';

const figure = (page: Page) => page.locator('#storybook-root svg.bodymap-viewport');
const layerButton = (page: Page, name: 'Areas' | 'Muscles') => page.getByRole('group', { name: 'Layer' }).getByRole('button', { name });

/** The person's side a region is drawn on, seen from the screen: left or right of the figure's midline. */
async function screenSide(page: Page, name: string): Promise<'viewer-left' | 'viewer-right'> {
  const svg = await box(figure(page));
  const { k, x } = await zoom(page);
  // The midline is x = 150 in the figure's units, wherever the zoom has put it on screen.
  const midline = svg.x + ((150 * k + x) / 300) * svg.width;
  const region = await box(page.getByRole('button', { name, exact: true }));
  return region.x + region.width / 2 > midline ? 'viewer-right' : 'viewer-left';
}

test('the layer switch shows the muscles and back, by mouse and by keyboard', async ({ page }) => {
  await openStory(page, 'bodymap--default');
  await expect(layerButton(page, 'Areas')).toHaveAttribute('aria-pressed', 'true');
  await layerButton(page, 'Muscles').click();
  await expect(figure(page)).toHaveAttribute('data-layer', 'muscles');
  await expect(page.getByRole('button', { name: 'Left deltoid' })).toHaveAttribute('data-layer', 'muscles');
  await expect(page.getByRole('button', { name: 'Left shoulder' })).toHaveCount(0);
  // The layer zooms in until its smallest muscle is a 24 px target.
  await expect.poll(async () => (await zoom(page)).k).toBeGreaterThan(1.5);

  // Keyboard only: Tab from the top of the page reaches the switch, and Enter presses a button.
  await page.locator('body').focus();
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    if (await layerButton(page, 'Areas').evaluate((button) => button === document.activeElement)) {
      break;
    }
  }
  await expect(layerButton(page, 'Areas')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure(page)).toHaveAttribute('data-layer', 'areas');
  await expect(page.getByRole('button', { name: 'Left shoulder' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(layerButton(page, 'Muscles')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Left deltoid' })).toBeVisible();
});

for (const [view, count] of [
  ['front', 6],
  ['back', 32],
  ['soles', 2],
] as const) {
  test(`every muscle of the ${view} view opens its own panel, with what it does and where it is felt`, async ({ page }) => {
    test.slow();
    await openStory(page, 'muscles--muscles-front', `defaultView:${view}`);
    const muscles = page.locator('#storybook-root [data-layer="muscles"][data-region]');
    await expect(muscles).toHaveCount(count);
    for (let index = 0; index < count; index += 1) {
      const muscle = muscles.nth(index);
      const name = (await muscle.getAttribute('aria-label'))!;
      await muscle.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog, `${name} opens its panel`).toBeVisible();
      await expect(dialog.locator('[data-status="ready"]')).toBeVisible();
      await expect(dialog.getByText('What it does')).toBeVisible();
      await expect(dialog.getByText('Where tension is felt')).toBeVisible();
      const deep = (await muscle.getAttribute('data-depth')) === 'deep';
      await expect(dialog.getByText(/others lie over it/)).toHaveCount(deep ? 1 : 0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
}

test('a deep muscle is drawn with a dashed outline, a superficial one with a solid one', async ({ page }) => {
  await openStory(page, 'muscles--muscles-back');
  const dashes = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((path) => getComputedStyle(path).strokeDasharray);
  expect(await dashes('Left piriformis')).not.toBe('none');
  expect(await dashes('Left gluteus maximus')).toBe('none');
});

test.describe(() => {
  // Zooms jump rather than animate, so that each is where the test reads it.
  test.use({ reducedMotion: 'reduce' });
  test('laterality follows the person in the muscle layer, front and back', async ({ page }) => {
  await openStory(page, 'muscles--muscles-front');
  await expect.poll(async () => (await zoom(page)).k).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(async () => (await zoom(page)).k).toBe(1);
  expect(await screenSide(page, 'Left deltoid')).toBe('viewer-right');
  expect(await screenSide(page, 'Right sternocleidomastoid')).toBe('viewer-left');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(figure(page)).toHaveAttribute('data-view', 'back');
  await expect.poll(async () => (await zoom(page)).k).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(async () => (await zoom(page)).k).toBe(1);
  expect(await screenSide(page, 'Left upper trapezius')).toBe('viewer-left');
  expect(await screenSide(page, 'Right gluteus medius')).toBe('viewer-right');
  });
});

test("an area's panel opens its muscles on the muscle layer", async ({ page }) => {
  await openStory(page, 'bodymap--default', 'defaultView:back');
  await page.getByRole('button', { name: 'Left lower back' }).click();
  const area = page.getByRole('dialog', { name: 'Left lower back' });
  const list = area.getByRole('region', { name: 'Muscles here' });
  await expect(list.getByRole('button')).toHaveText(['Left erector spinae', 'Left quadratus lumborum']);
  await list.getByRole('button', { name: 'Left quadratus lumborum' }).click();
  await expect(page.getByRole('dialog', { name: 'Left quadratus lumborum' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Left quadratus lumborum' })).toHaveAttribute('aria-expanded', 'true');
  await expect(layerButton(page, 'Muscles')).toHaveAttribute('aria-pressed', 'true');
});
