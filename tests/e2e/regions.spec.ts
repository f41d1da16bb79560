import { expect, test } from '@playwright/test';
import { box, gap, inside, openStory } from './helpers.ts';

const languages = {
  en: { benefits: 'Benefits', techniques: 'Techniques', cautions: 'Cautions' },
  es: { benefits: 'Beneficios', techniques: 'Técnicas', cautions: 'Precauciones' },
} as const;

for (const view of ['front', 'back'] as const) {
  test.describe(`${view} view`, () => {
    for (const [locale, headings] of Object.entries(languages)) {
      test(`every region opens its sourced, graded panel beside it, inside the viewport (${locale})`, async ({ page }) => {
        // Walks every region of the view; on a loaded two-core machine that takes a while.
        test.slow();
        await openStory(page, 'bodymap--default', `defaultView:${view};locale:${locale}`);
        await expect(page.locator('#storybook-root .bodymap-root')).toHaveAttribute('lang', locale);
        const regions = page.locator('#storybook-root [data-region]');
        const count = await regions.count();
        expect(count).toBeGreaterThan(20);
        const viewport = page.viewportSize()!;
        for (let index = 0; index < count; index += 1) {
          const region = regions.nth(index);
          const name = (await region.getAttribute('aria-label'))!;
          await region.click();
          const dialog = page.getByRole('dialog', { name });
          await expect(dialog, `${name} opens its panel`).toBeVisible();
          await expect(region).toHaveAttribute('aria-expanded', 'true');
          const cautionOnly = (await region.getAttribute('data-region')) === 'neck-front';
          for (const heading of cautionOnly ? [headings.cautions] : [headings.benefits, headings.techniques]) {
            await expect(dialog.getByRole('heading', { name: heading })).toBeVisible();
          }
          if (!cautionOnly) {
            expect(await dialog.locator('.bodymap-evidence').count(), `${name}: graded benefits`).toBeGreaterThanOrEqual(3);
          }
          await expect(dialog.locator('[data-status="ready"]')).toBeVisible();
          // The text arrives after the dialog opens; the panel settles on the next frame.
          await expect.poll(async () => inside(await box(dialog), viewport), { message: `${name}: panel inside the viewport` }).toBe(true);
          await expect.poll(async () => gap(await box(dialog), await box(region)), { message: `${name}: panel next to its region` }).toBeLessThan(30);
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
          await expect(region).toBeFocused();
        }
      });
    }

    test('every region is hit by a 24 px target and no region steals another\'s clicks', async ({ page }) => {
      test.slow();
      // Tall enough for the whole figure: the browser hit-tests only what is in the window.
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, 'bodymap--default', `defaultView:${view}`);
      // Map which region the browser hit-tests at every 2 px over the figure, then look for a
      // 12 x 12 block of samples (24 x 24 CSS px) that all land on the same region.
      const result = await page.evaluate(() => {
        const svg = document.querySelector('#storybook-root svg.bodymap-viewport')!;
        const rect = svg.getBoundingClientRect();
        const step = 2;
        const columns = Math.floor(rect.width / step);
        const rows = Math.floor(rect.height / step);
        const grid: (string | null)[][] = [];
        for (let row = 0; row < rows; row += 1) {
          const line: (string | null)[] = [];
          for (let column = 0; column < columns; column += 1) {
            const hit = document.elementFromPoint(rect.left + column * step + 1, rect.top + row * step + 1);
            line.push(hit?.getAttribute('data-region') ?? null);
          }
          grid.push(line);
        }
        const cells = 24 / step;
        const ids = [...svg.querySelectorAll('[data-region]')].map((element) => element.getAttribute('data-region')!);
        const fits: Record<string, boolean> = {};
        for (const id of ids) {
          fits[id] = false;
          search: for (let row = 0; row + cells <= rows; row += 1) {
            for (let column = 0; column + cells <= columns; column += 1) {
              let all = true;
              for (let r = row; r < row + cells && all; r += 1) {
                for (let c = column; c < column + cells && all; c += 1) {
                  all = grid[r]![c] === id;
                }
              }
              if (all) {
                fits[id] = true;
                break search;
              }
            }
          }
        }
        return { width: rect.width, fits };
      });
      expect(result.width).toBeGreaterThanOrEqual(299);
      const tooSmall = Object.entries(result.fits).filter(([, fits]) => !fits).map(([id]) => id);
      expect(tooSmall).toEqual([]);
    });
  });
}

test('laterality follows the person, not the screen', async ({ page }) => {
  await openStory(page, 'bodymap--default');
  const centre = async () => {
    const svg = await box(page.locator('#storybook-root svg.bodymap-viewport'));
    return svg.x + svg.width / 2;
  };
  const left = page.getByRole('button', { name: 'Left shoulder' });
  expect((await box(left)).x).toBeGreaterThan(await centre());
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.locator('#storybook-root svg[data-view="back"]')).toBeVisible();
  const leftOnBack = await box(page.getByRole('button', { name: 'Left shoulder' }));
  expect(leftOnBack.x + leftOnBack.width).toBeLessThan(await centre());
});

test('the panel stays beside its region when the map is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await openStory(page, 'bodymap--default', 'defaultView:back');
  const region = page.getByRole('button', { name: 'Right upper back' });
  await region.click();
  const dialog = page.getByRole('dialog', { name: 'Right upper back' });
  await expect(dialog).toBeVisible();
  await page.locator('#storybook-root .bodymap-root').evaluate((element) => {
    (element as HTMLElement).style.setProperty('--bodymap-width', '220px');
  });
  await expect
    .poll(async () => gap(await box(dialog), await box(region)), { message: 'panel follows the smaller figure' })
    .toBeLessThan(30);
});

test('custom properties set on an ancestor theme the map', async ({ page }) => {
  await page.goto('/iframe.html?id=bodymap--custom-styled&viewMode=story');
  await expect(page.getByRole('dialog')).toBeVisible();
  const fill = await page.locator('.bodymap-silhouette-fill').first().evaluate((element) => getComputedStyle(element).fill);
  expect(fill).toBe('rgb(232, 238, 247)');
  const width = await box(page.locator('#storybook-root svg.bodymap-viewport'));
  expect(Math.round(width.width)).toBe(260);
});
