import { expect, test, type Page } from '@playwright/test';
import { box, openStory } from './helpers.ts';

/*
 * Intake mode in the React map, as a client filling in a clinic's form meets it: by keyboard alone,
 * by touch, and through the form's own submit and reset buttons.
 */

const form = 'intake--in-a-form';
const focused = (page: Page) => page.locator('#storybook-root [data-region]:focus');
const region = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Presses Tab until the focus is on what `reached` says, as a keyboard user would. */
async function tabTo(page: Page, reached: () => Promise<boolean>, limit = 30) {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab');
    if (await reached()) {
      return;
    }
  }
  throw new Error('Tab never reached it');
}

/** The form is ready once intake mode's code is here: its list says nothing is marked yet. */
async function openForm(page: Page) {
  await openStory(page, form);
  await expect(page.getByText('No areas marked yet.')).toBeVisible();
}

test('by keyboard alone a client marks three regions with intensities and sends the form', async ({ page }) => {
  await openForm(page);
  await tabTo(page, async () => (await focused(page).count()) === 1);
  const marked: { region: string; intensity: number }[] = [];
  for (const [move, digit, intensity] of [
    [null, '7', 7],
    ['ArrowDown', '0', 10],
    ['ArrowRight', '3', 3],
  ] as const) {
    if (move !== null) {
      await page.keyboard.press(move);
    }
    const current = focused(page);
    const id = (await current.getAttribute('data-region'))!;
    expect(marked.map((mark) => mark.region)).not.toContain(id);
    await page.keyboard.press('Space');
    await expect(current).toHaveAttribute('aria-pressed', 'true');
    await expect(current).toHaveAttribute('data-intensity', '5');
    await page.keyboard.press(digit);
    await expect(current).toHaveAttribute('data-intensity', String(intensity));
    await expect(current).toHaveAccessibleDescription(`pain ${intensity} of 10`);
    // A key leaves the focus on the figure: no editor opens.
    await expect(page.getByRole('dialog')).toBeHidden();
    marked.push({ region: id, intensity });
  }
  const list = page.getByRole('list', { name: 'Areas that hurt' });
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await tabTo(page, async () => page.getByRole('button', { name: 'Send' }).evaluate((node) => node === document.activeElement));
  await page.keyboard.press('Enter');
  const posted = page.getByLabel('Posted');
  await expect(posted).toBeVisible();
  expect(JSON.parse((await posted.textContent()) ?? '')).toEqual(marked.map((mark) => ({ ...mark, qualities: [], note: '' })));
});

test('Delete removes a mark, and the list removes one too, keeping the focus in the list', async ({ page }) => {
  await openForm(page);
  const shoulder = region(page, 'Left shoulder');
  await shoulder.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(shoulder).toHaveAttribute('aria-pressed', 'false');
  await expect(shoulder).not.toHaveAttribute('data-intensity');

  await page.keyboard.press('Space');
  const knee = region(page, 'Right knee');
  await knee.focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Remove Left shoulder' }).click();
  await expect(shoulder).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Remove Right knee' })).toBeFocused();
});

test('a required map stops an empty submission with its message, and the form reset clears the marks', async ({ page }) => {
  await openForm(page);
  await page.getByRole('button', { name: 'Send' }).click();
  const message = page.locator('#storybook-root [part="validation"]');
  await expect(message).toHaveText('Mark at least one area that hurts.');
  await expect(page.getByLabel('Posted')).toBeHidden();
  // The focus goes to the figure, whose description is now the message.
  await expect(focused(page)).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Where does it hurt?, Front' })).toHaveAccessibleDescription('Mark at least one area that hurts.');

  await focused(page).press('Space');
  await expect(message).toBeHidden();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('#storybook-root [aria-pressed="true"][data-region]')).toHaveCount(0);
  await expect(page.getByText('No areas marked yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(message).toHaveText('Mark at least one area that hurts.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap marks a region and opens its editor, where the intensity, qualities and note are set', async ({ page }) => {
    await openForm(page);
    const shoulder = region(page, 'Right shoulder');
    await shoulder.scrollIntoViewIfNeeded();
    const spot = await box(shoulder);
    await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await expect(shoulder).toHaveAttribute('aria-pressed', 'true');

    const editor = page.getByRole('dialog', { name: 'Right shoulder' });
    await expect(editor).toBeVisible();
    const slider = editor.getByRole('slider', { name: 'How much it hurts' });
    await expect(slider).toHaveValue('5');
    await slider.fill('8');
    await expect(slider).toHaveAttribute('aria-valuetext', 'pain 8 of 10');
    await expect(shoulder).toHaveAttribute('data-intensity', '8');
    await editor.getByRole('checkbox', { name: 'Sharp' }).tap();
    await editor.getByRole('textbox', { name: 'Anything else about it' }).fill('When I lift my arm');
    // The editor sits in the bottom sheet, whole on the screen.
    const sheet = await box(editor);
    expect(sheet.x).toBeGreaterThanOrEqual(0);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(390.5);

    await editor.getByRole('button', { name: 'Close' }).tap();
    const entry = page.getByRole('list', { name: 'Areas that hurt' }).getByRole('listitem');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Right shoulder');
    await expect(entry).toContainText('pain 8 of 10');
    await expect(entry).toContainText('Sharp');
    await expect(entry).toContainText('When I lift my arm');
    // Its number is drawn on its intensity's colour, as on the figure (8: #d21021).
    await expect(entry.getByText('8', { exact: true })).toHaveCSS('background-color', 'rgb(210, 16, 33)');

    await page.getByRole('button', { name: 'Send' }).tap();
    const posted = page.getByLabel('Posted');
    await expect(posted).toBeVisible();
    expect(JSON.parse((await posted.textContent()) ?? '')).toEqual([
      { region: 'shoulder-right', intensity: 8, qualities: ['sharp'], note: 'When I lift my arm' },
    ]);
  });

  test('a second tap on a marked region removes its mark', async ({ page }) => {
    await openForm(page);
    const knee = region(page, 'Left knee');
    await knee.scrollIntoViewIfNeeded();
    const spot = await box(knee);
    await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await expect(knee).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('dialog', { name: 'Left knee' }).getByRole('button', { name: 'Close' }).tap();
    // At a person's pace: two taps on one spot within half a second are a double tap, which zooms.
    await page.waitForTimeout(600);
    // Where the knee is now: the sheet's coming and going may have scrolled the page.
    const again = await box(knee);
    await page.touchscreen.tap(again.x + again.width / 2, again.y + again.height / 2);
    await expect(knee).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText('No areas marked yet.')).toBeVisible();
  });
});

test('printed, the marks are the front and back figures and the list, on one A4 or Letter page', async ({ page }) => {
  await openStory(page, 'intake--printed-page');
  await expect(page.getByRole('list', { name: 'Areas that hurt' }).getByRole('listitem')).toHaveCount(5);
  await page.emulateMedia({ media: 'print' });
  const front = page.getByRole('img', { name: 'Areas that hurt (Front view)' });
  const back = page.getByRole('img', { name: 'Areas that hurt (Back view)' });
  await expect(front).toBeVisible();
  await expect(back).toBeVisible();
  // Side by side, above the list; nothing to press is printed.
  const [frontBox, backBox, list] = await Promise.all([box(front), box(back), box(page.locator('#storybook-root ul'))]);
  expect(Math.abs(frontBox.y - backBox.y)).toBeLessThan(1);
  expect(backBox.x).toBeGreaterThan(frontBox.x + frontBox.width);
  expect(list.y).toBeGreaterThan(frontBox.y + frontBox.height);
  await expect(page.getByRole('button', { name: 'Remove Right shoulder' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Body view' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${format} pages`).toHaveLength(1);
  }
});
