import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { box, openStory, zoom } from './helpers.ts';

const routine = (page: Page, name = 'Two minutes for a tension headache') => page.getByRole('region', { name });
const figure = (page: Page) => page.locator('#storybook-root svg.bodymap-viewport');

/** Tabs from the top of the page until `name`'s button has the focus. */
async function tabTo(page: Page, name: string) {
  const target = routine(page).getByRole('button', { name, exact: true });
  await page.locator('body').focus();
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((button) => button === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Whether a region's drawing lies inside the figure's box, as the zoom shows it. */
async function inView(page: Page, name: string) {
  const svg = await box(figure(page));
  const region = await box(page.getByRole('button', { name, exact: true }));
  const middle = { x: region.x + region.width / 2, y: region.y + region.height / 2 };
  return middle.x > svg.x && middle.x < svg.x + svg.width && middle.y > svg.y && middle.y < svg.y + svg.height;
}

/** The transform once an animation has settled: the same on two reads a moment apart. */
async function settledZoom(page: Page) {
  let last = await zoom(page);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.waitForTimeout(100);
    const now = await zoom(page);
    if (now.k === last.k && now.x === last.x && now.y === last.y) {
      return now;
    }
    last = now;
  }
  return last;
}

test('a routine stepped through by keyboard alone, the zoom following each step, its timer started and paused', async ({ page }) => {
  await openStory(page, 'routines--walk-through');
  await expect(routine(page)).toBeVisible({ timeout: 30_000 });
  await expect(routine(page).getByRole('heading', { name: 'Step 1 of 7 Left shoulder' })).toBeVisible();
  await expect(routine(page).getByText(/not medical advice/)).toBeVisible();
  const first = await settledZoom(page);
  expect(first.k).toBeGreaterThan(1);
  expect(await inView(page, 'Left shoulder')).toBe(true);
  expect(await axe(page)).toEqual([]);

  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect(routine(page).getByRole('heading', { name: 'Step 2 of 7 Right shoulder' })).toBeVisible();
  await expect(routine(page).getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  const second = await settledZoom(page);
  expect(second).not.toEqual(first);
  expect(await inView(page, 'Right shoulder')).toBe(true);
  await expect(page.getByRole('status')).toHaveText('Step 2 of 7: Right shoulder');
  expect(await axe(page)).toEqual([]);

  // Back from Next: Previous, then the timer's Start.
  await page.keyboard.press('Shift+Tab');
  await expect(routine(page).getByRole('button', { name: 'Previous', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(routine(page).getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  const timer = routine(page).getByRole('timer');
  await expect(timer).toHaveText('0:20');
  await page.keyboard.press('Enter');
  await expect(routine(page).getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Right shoulder: step started');
  await expect(timer).not.toHaveText('0:20', { timeout: 3000 });
  expect(await axe(page)).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(routine(page).getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  const paused = await timer.textContent();
  await page.waitForTimeout(1500);
  await expect(timer).toHaveText(paused ?? '');
  await expect(routine(page).locator('[data-timer]')).toHaveAttribute('data-timer', 'paused');
  expect(await axe(page)).toEqual([]);

  // On to the last step, where Next stays focused and says it can go no further.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(routine(page).getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  for (let presses = 0; presses < 6; presses += 1) {
    await page.keyboard.press('Enter');
  }
  await expect(routine(page).getByRole('heading', { name: 'Step 7 of 7 Right temple' })).toBeVisible();
  await expect(routine(page).getByRole('button', { name: 'Next', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(routine(page).getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  await settledZoom(page);
  expect(await inView(page, 'Right temple')).toBe(true);
  expect(await axe(page)).toEqual([]);
});

test('under reduced motion each step’s zoom happens at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, 'routines--lower-back-ball');
  const lowerBack = page.getByRole('region', { name: 'Lower back with a ball against a wall' });
  await expect(lowerBack).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#storybook-root .bodymap-root')).toHaveAttribute('data-view', 'back');
  const before = await settledZoom(page);
  await lowerBack.getByRole('button', { name: 'Next', exact: true }).press('Enter');
  await expect(lowerBack.getByRole('heading', { name: /^Step 2 of/ })).toBeVisible();
  // No animation: the next frame already shows the new zoom, and it stays.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const after = await zoom(page);
  expect(after).not.toEqual(before);
  await page.waitForTimeout(300);
  expect(await zoom(page)).toEqual(after);
});

// The longest routine, in English and in Spanish, whose text runs longer.
for (const { story, title, step } of [
  { story: 'routines--walk-through', title: 'Two minutes for a tension headache', step: /^Step \d of 7/ },
  { story: 'routines--tension-headache-spanish', title: 'Dos minutos para la cefalea tensional', step: /^Paso \d de 7/ },
]) {
  test(`printed, a routine is one page: its text and every step, without buttons or the figure (${title})`, async ({ page }) => {
    await openStory(page, story);
    await expect(routine(page, title)).toBeVisible({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(routine(page, title).getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(routine(page, title).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: step }) })).toHaveCount(7);
    await expect(page.locator('#storybook-root').getByRole('button')).toHaveCount(0);
    await expect(figure(page)).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
}

test('the element takes a routine attribute and fires routinestepchange with the step', async ({ page }) => {
  await openStory(page, 'element-body-map--element');
  await page.evaluate(() => {
    const element = document.querySelector('body-map')!;
    (window as unknown as { steps: unknown[] }).steps = [];
    element.addEventListener('routinestepchange', (event) => (window as unknown as { steps: unknown[] }).steps.push((event as CustomEvent).detail));
    element.setAttribute('routine', 'tired-feet');
  });
  const map = page.locator('body-map');
  const feet = map.getByRole('region', { name: 'Tired feet' });
  await expect(feet).toBeVisible({ timeout: 30_000 });
  await expect(map.locator('.bodymap-root')).toHaveAttribute('data-view', 'soles');
  await feet.getByRole('button', { name: 'Next', exact: true }).press('Enter');
  await expect(feet.getByRole('heading', { name: 'Step 2 of 4 Left sole: toes' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { steps: unknown[] }).steps)).toEqual([{ routine: 'tired-feet', step: 1 }]);
  expect(await map.evaluate((element) => (element as unknown as { routineStep: number }).routineStep)).toBe(1);
  // Audited where the zoom comes to rest: half-way, a region can pass under the zoom buttons.
  await settledZoom(page);
  expect(await axe(page)).toEqual([]);
});
