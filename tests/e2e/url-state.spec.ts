import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { openStory, zoom } from './helpers.ts';

/*
 * Links that reopen the map where it was: `urlState` keeps the view, zoom and open panel in the
 * address with `history.replaceState`, and a reload (or a shared link) opens the same place.
 */

const story = 'bodymap-links--keeps-the-map-in-the-link';
/** The map's value in the address, as a browser reads it. */
const linkValue = (page: Page) => new URL(page.url()).searchParams.get('bodymap');
const root = (page: Page) => page.locator('#storybook-root .bodymap-root');

test('a reload opens the same panel, in the same view, at the same zoom', async ({ page }) => {
  await openStory(page, story);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(root(page)).toHaveAttribute('data-view', 'back');
  const region = page.locator('#storybook-root [data-region="upper-back-left"]');
  await region.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Left upper back' })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Written once the zoom has settled, with the scale to two decimals and the pan in whole units.
  await expect.poll(() => linkValue(page)).toMatch(/^view:back~layer:areas~zoom:2\.56,-?\d+,-?\d+~region:upper-back-left$/);
  const written = linkValue(page)!;
  const [k, x, y] = /zoom:([^~]+)/.exec(written)![1]!.split(',').map(Number);

  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Left upper back' })).toBeVisible({ timeout: 30_000 });
  await expect(root(page)).toHaveAttribute('data-view', 'back');
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => zoom(page)).toEqual({ k, x, y });
  // The reopened map writes the same link: nothing drifts on a reload.
  expect(linkValue(page)).toBe(written);
  expect(await axe(page)).toEqual([]);
});

test('a bad value in the link opens the map cleanly, with one warning, and a clean link', async ({ page }) => {
  await page.goto(`/iframe.html?id=${story}&viewMode=story&bodymap=view:sideways~zoom:1.6,-20,-30~region:elbow~colour:red`);
  await expect(page.locator('#storybook-root [data-region]').first()).toBeVisible({ timeout: 30_000 });
  const ignored = page.getByRole('list', { name: 'Ignored from the link' });
  await expect(ignored.getByRole('listitem')).toHaveCount(1);
  await expect(ignored).toContainText('view "sideways" (not a view: front, back, soles); region "elbow" (not a region of the map); "colour:red"');
  // What could be used is: the zoom.
  await expect.poll(() => zoom(page)).toEqual({ k: 1.6, x: -20, y: -30 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => linkValue(page)).toBe('view:front~layer:areas~zoom:1.6,-20,-30');
  // The map works on as usual.
  const knee = page.locator('#storybook-root [data-region="knee-left"]');
  await knee.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Left knee' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('clicking around replaces the history entry and never adds one', async ({ page }) => {
  await openStory(page, story);
  const length = await page.evaluate(() => history.length);
  for (const id of ['shoulder-left', 'knee-right', 'abdomen']) {
    const region = page.locator(`#storybook-root [data-region="${id}"]`);
    await region.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => linkValue(page)).toContain(`region:${id}`);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => linkValue(page)).toMatch(/zoom:1\.6,/);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect.poll(() => linkValue(page)).toMatch(/^view:back~/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  // The story's own parameters are kept as they were.
  const url = new URL(page.url());
  expect(url.searchParams.get('id')).toBe(story);
  expect(url.searchParams.get('viewMode')).toBe('story');
  expect(await axe(page)).toEqual([]);
});

test('the story that starts from a link opens its panel, then rewrites the link for the next, and passes axe', async ({ page }) => {
  await openStory(page, 'bodymap-links--reopens-a-panel');
  // The story's own steps open the link's panel, close it and open the left lower back's by keyboard.
  await expect(page.getByRole('dialog', { name: 'Left lower back' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => linkValue(page)).toBe('view:back~layer:areas~zoom:1,0,0~region:lower-back-left');
  await expect(page.getByTestId('link-bodymap')).toHaveText('?bodymap=view:back~layer:areas~zoom:1,0,0~region:lower-back-left');
  expect(await axe(page)).toEqual([]);
});

test.describe('the element', () => {
  test('`url-state` reads the link, reflects the panel it opens, and names a bad part in the console once', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') {
        warnings.push(message.text());
      }
    });
    await page.goto('/iframe.html?id=element-body-map--themed-from-the-page&viewMode=story&bodymap=view:back~region:calf-right~layer:bones');
    const element = page.locator('#storybook-root body-map');
    await expect(element.locator('[data-region]').first()).toBeVisible({ timeout: 30_000 });
    await element.evaluate((node) => node.setAttribute('url-state', ''));
    await expect(element).toHaveAttribute('region', 'calf-right');
    await expect(element.getByRole('dialog', { name: 'Right calf' })).toBeVisible();
    expect(await element.evaluate((node) => (node as unknown as { urlState: boolean | string }).urlState)).toBe(true);
    await expect.poll(() => linkValue(page)).toBe('view:back~layer:areas~zoom:1,0,0~region:calf-right');
    expect(warnings.filter((text) => text.includes('`bodymap`'))).toEqual([
      '[bodymap] <body-map>: The link\'s `bodymap` value has parts the map cannot use; they are ignored and the rest is kept: layer "bones" (not a layer: areas, muscles).',
    ]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a link reopens its panel as a bottom sheet', async ({ page }) => {
    await page.goto(`/iframe.html?id=${story}&viewMode=story&bodymap=view:back~region:lower-back-right`);
    await expect(page.getByRole('dialog', { name: 'Right lower back' })).toBeVisible({ timeout: 30_000 });
    expect(await axe(page)).toEqual([]);
  });
});
