import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { box, openStory, zoom } from './helpers.ts';

const figure = (page: Page) => page.locator('#storybook-root svg.bodymap-viewport');
const pattern = (page: Page, id: string) => page.locator(`#storybook-root [data-referral="${id}"]`);

/** Where the figure's midline (x = 150 in its units) is on screen, wherever the zoom has put it. */
async function midline(page: Page): Promise<number> {
  const svg = await box(figure(page));
  const { k, x } = await zoom(page);
  return svg.x + ((150 * k + x) / 300) * svg.width;
}

test('opening the left upper trapezius draws its pattern up the left of the neck to the head, and closing takes it away', async ({ page }) => {
  await openStory(page, 'muscles--muscles-back');
  await expect(pattern(page, 'upper-trapezius-left')).toHaveCount(0);

  const trapezius = page.getByRole('button', { name: 'Left upper trapezius', exact: true });
  await trapezius.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Left upper trapezius' });
  await expect(dialog).toBeVisible();
  const note = dialog.getByRole('region', { name: 'A pattern people report, not anatomy' });
  await expect(note).toContainText('temple');
  await expect(note).toContainText('Mixed evidence');

  await expect(pattern(page, 'upper-trapezius-left')).toHaveCount(1);
  await expect(pattern(page, 'upper-trapezius-right')).toHaveCount(0);
  // The person's left, seen from behind, is on the viewer's left; the area climbs from the neck past
  // the base of the skull to the side of the head, above the muscles there.
  const area = await box(pattern(page, 'upper-trapezius-left').locator('.bodymap-referral-area'));
  const skullBase = await box(page.getByRole('button', { name: 'Left suboccipitals', exact: true }));
  const middle = await midline(page);
  expect(area.x + area.width).toBeLessThan(middle);
  expect(area.y).toBeLessThan(skullBase.y - skullBase.height);
  expect(area.y + area.height).toBeGreaterThan(skullBase.y + skullBase.height);
  // The ring sits on the muscle the pressure is applied to.
  const ring = await box(pattern(page, 'upper-trapezius-left').locator('.bodymap-referral-spot'));
  const muscle = await box(trapezius);
  expect(ring.x + ring.width / 2).toBeGreaterThan(muscle.x);
  expect(ring.x + ring.width / 2).toBeLessThan(muscle.x + muscle.width);
  expect(ring.y + ring.height / 2).toBeGreaterThan(muscle.y);
  expect(ring.y + ring.height / 2).toBeLessThan(muscle.y + muscle.height);
  // A picture, never in the way of a click or a screen reader.
  await expect(pattern(page, 'upper-trapezius-left').locator('xpath=ancestor::*[@aria-hidden="true"]')).toHaveCount(1);
  await expect(pattern(page, 'upper-trapezius-left')).toHaveCSS('pointer-events', 'none');

  expect(await axe(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(pattern(page, 'upper-trapezius-left')).toHaveCount(0);
});

test('the pattern is hatched with a pattern of its own map, and holds still under reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, 'muscles--muscles-back', 'defaultSelectedRegion:muscle-upper-trapezius-left');
  await expect(pattern(page, 'upper-trapezius-left')).toHaveCount(1);
  const fill = await pattern(page, 'upper-trapezius-left').locator('.bodymap-referral-area').getAttribute('fill');
  const id = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
  expect(id).toBeTruthy();
  await expect(page.locator(`#storybook-root pattern[id="${id}"]`)).toHaveCount(1);
  await expect(pattern(page, 'upper-trapezius-left')).toHaveCSS('animation-name', 'none');
});

test('in forced colours the hatch is drawn in the text colour and the outline in the highlight', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openStory(page, 'referral-patterns--low-back-referral');
  await expect(pattern(page, 'quadratus-lumborum-left')).toHaveCount(1);
  const colours = await page.evaluate(() => {
    const probe = (colour: string) => {
      const element = document.createElement('span');
      element.style.color = colour;
      document.body.append(element);
      const value = getComputedStyle(element).color;
      element.remove();
      return value;
    };
    const hatch = document.querySelector('#storybook-root .bodymap-referral-hatch')!;
    const outline = document.querySelector('#storybook-root .bodymap-referral-area')!;
    return { hatch: getComputedStyle(hatch).stroke, outline: getComputedStyle(outline).stroke, text: probe('CanvasText'), highlight: probe('Highlight') };
  });
  expect(colours.hatch).toBe(colours.text);
  expect(colours.outline).toBe(colours.highlight);
  expect(await axe(page)).toEqual([]);
});
