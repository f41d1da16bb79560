import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { embedPort, openStory } from './helpers.ts';

/*
 * The symptom finder in a real browser: typing a symptom, choosing it with the mouse or the keyboard
 * alone, the regions it marks, the first one's panel and its note, in English and Spanish, with axe
 * at zero in each state.
 */

const region = (page: Page, id: string) => page.locator(`#storybook-root [data-region="${id}"]`);
const combobox = (page: Page, name: string) => page.getByRole('combobox', { name });

test.describe('the symptom finder', () => {
  test('typing "headache" and picking it marks the temples, the shoulders and neck and the back of the head, and opens the first', async ({ page }) => {
    await openStory(page, 'finder--finder');
    const input = combobox(page, 'Find by symptom');
    await expectNoViolations(page);
    await input.click();
    await input.pressSequentially('headache');
    const option = page.getByRole('option', { name: /^Tension headache/ });
    await expect(option).toContainText('Shoulders, neck, back of the head, temples');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expectNoViolations(page);
    await option.click();

    for (const id of ['head-temple-left', 'head-temple-right', 'shoulder-left', 'shoulder-right']) {
      await expect(region(page, id)).toHaveAttribute('data-match', 'true');
    }
    await expect(region(page, 'knee-left')).not.toHaveAttribute('data-match');
    // Drawn thicker and dashed, not only in another colour.
    const outline = await region(page, 'shoulder-left').evaluate((node) => {
      const style = getComputedStyle(node);
      return { dash: style.strokeDasharray, width: Number.parseFloat(style.strokeWidth) };
    });
    expect(outline.dash).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);

    const dialog = page.getByRole('dialog', { name: 'Left shoulder' });
    await expect(dialog).toBeVisible();
    const note = dialog.getByRole('region', { name: 'For headaches' });
    await expect(note.getByRole('heading', { name: 'For headaches' })).toBeVisible();
    await expect(note).toContainText('Mixed evidence');
    await expect(note.getByText('Sources').first()).toBeVisible();
    await expect(region(page, 'shoulder-left')).toBeFocused();
    await expect(page.getByText('Tension headache: 7 areas shown')).toBeAttached();
    await expectNoViolations(page);

    // The back of the head and the sides of the neck are drawn in the back view.
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Back' }).click();
    await expect(region(page, 'head-back')).toHaveAttribute('data-match', 'true');
    await expect(region(page, 'neck-left')).toHaveAttribute('data-match', 'true');
    await expect(region(page, 'lower-back-left')).not.toHaveAttribute('data-match');
    // With no panel open, the chosen symptom still draws the referral patterns of the regions it marks.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    for (const id of ['upper-trapezius-left', 'upper-trapezius-right', 'suboccipitals-left']) {
      await expect(page.locator(`#storybook-root [data-referral="${id}"]`)).toHaveCount(1);
    }
    await expect(page.locator('#storybook-root [data-referral^="quadratus-lumborum"]')).toHaveCount(0);
    await expectNoViolations(page);
  });

  test('"dolor de cabeza" finds the tension headache in Spanish', async ({ page }) => {
    await openStory(page, 'finder--finder', 'locale:es');
    const input = combobox(page, 'Buscar por síntoma');
    await input.click();
    await input.pressSequentially('dolor de cabeza');
    await page.getByRole('option', { name: /^Cefalea tensional/ }).click();
    await expect(region(page, 'head-temple-left')).toHaveAttribute('data-match', 'true');
    const dialog = page.getByRole('dialog', { name: 'Hombro izquierdo' });
    await expect(dialog.getByRole('region', { name: 'Para el dolor de cabeza' })).toBeVisible();
    await expect(page.getByText('Cefalea tensional: 7 zonas señaladas')).toBeAttached();
    await expectNoViolations(page);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await openStory(page, 'finder--finder');
    const input = combobox(page, 'Find by symptom');
    for (let presses = 0; presses < 12 && !(await input.evaluate((node) => node === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(input).toBeFocused();
    // The field's own ring shows the focus.
    const ring = await page.locator('#storybook-root .bodymap-search-field').evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(ring).toBe('solid');

    await page.keyboard.type('lumbago');
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    const option = page.getByRole('option', { name: /^Lower-back pain/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await expectNoViolations(page);
    await page.keyboard.press('Enter');

    // The first region is in the back view, which comes along, and takes the focus.
    const first = region(page, 'lower-back-left');
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('data-match', 'true');
    await expect(page.getByRole('dialog', { name: 'Left lower back' }).getByRole('region', { name: 'For lower-back pain' })).toBeVisible();
    await expectNoViolations(page);

    // Back to the field: Escape on the closed list clears the query and the matches.
    await page.keyboard.press('Escape');
    await input.focus();
    await expect(input).toHaveValue('Lower-back pain');
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(page.locator('#storybook-root [data-match]')).toHaveCount(0);
    await expect(page.getByText('Symptom cleared')).toBeAttached();

    // Down on the empty field lists every symptom; Escape closes the list first.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option')).toHaveCount(12);
    await page.keyboard.press('End');
    await expect(page.getByRole('option', { name: /^Poor sleep/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('marks the matches with a dashed outline in forced colours too', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await openStory(page, 'finder--finder', 'defaultSymptom:stiff-neck;defaultView:back');
    const neck = region(page, 'neck-left');
    await expect(neck).toHaveAttribute('data-match', 'true');
    const style = await neck.evaluate((node) => ({ dash: getComputedStyle(node).strokeDasharray, width: Number.parseFloat(getComputedStyle(node).strokeWidth) }));
    expect(style.dash).not.toBe('none');
    expect(style.width).toBeGreaterThanOrEqual(3);
    await expectNoViolations(page);
  });

  test('fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openStory(page, 'finder--finder');
    const input = combobox(page, 'Find by symptom');
    await input.click();
    await input.pressSequentially('sore feet');
    const list = page.getByRole('listbox', { name: 'Symptoms' });
    const listBox = await list.boundingBox();
    expect(listBox!.x).toBeGreaterThanOrEqual(0);
    expect(listBox!.x + listBox!.width).toBeLessThanOrEqual(390);
    await page.getByRole('option', { name: /^Tired or sore feet/ }).click();
    await expect(page.locator('#storybook-root [data-match="true"]').first()).toBeVisible();
    await expectNoViolations(page);
  });
});

test('the element’s `search` attribute and property show the finder', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${embedPort}/index.html`);
  const map = page.locator('body-map');
  await expect(map.locator('[data-region]').first()).toBeVisible();
  await expect(map.getByRole('combobox')).toHaveCount(0);
  await map.evaluate((element) => element.setAttribute('search', ''));
  const input = map.getByRole('combobox', { name: 'Find by symptom' });
  await expect(input).toBeVisible();
  expect(await map.evaluate((element) => (element as HTMLElement & { search: boolean }).search)).toBe(true);
  await input.click();
  await input.pressSequentially('stiff neck');
  await map.getByRole('option', { name: /^Stiff neck/ }).click();
  await expect(map.locator('[data-region="neck-left"]')).toHaveAttribute('data-match', 'true');
  await map.evaluate((element) => {
    (element as HTMLElement & { search: boolean }).search = false;
  });
  await expect(map.getByRole('combobox')).toHaveCount(0);
  expect(await map.evaluate((element) => element.hasAttribute('search'))).toBe(false);
});
