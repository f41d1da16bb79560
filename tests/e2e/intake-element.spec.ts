import { expect, test, type Locator, type Page } from '@playwright/test';
import { embedPort } from './helpers.ts';

// The intake form example: a plain HTML form with `<body-map mode="intake" name="pain" required>`,
// a Send and a Start again button, which sends to itself so the sent field shows in the address.
const example = `http://127.0.0.1:${embedPort}/intake.html`;

async function openForm(page: Page) {
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left shoulder' })).toBeVisible();
  return map;
}

/** What the form would send under `pain`, read as the server would. */
const sent = (page: Page) =>
  page.evaluate(() => {
    const entry = new FormData(document.querySelector('form')!).get('pain');
    return typeof entry === 'string' ? (JSON.parse(entry) as unknown) : entry;
  });

/** The name of what has the focus, inside the map's shadow root or out of it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? active;
    return inner?.getAttribute('aria-label') ?? inner?.textContent?.trim() ?? null;
  });

/** Presses Tab until a region of the map has the focus, as a person tabbing through the page. */
async function tabIntoMap(page: Page) {
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.querySelector('body-map')?.shadowRoot?.activeElement?.hasAttribute('data-region'))) {
      return;
    }
  }
  throw new Error('Tab never reached a region of the map');
}

/** Records the map's `input` and `change` events, heard on the document. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const heard: string[] = [];
    Object.assign(window, { heard });
    for (const type of ['input', 'change']) {
      document.addEventListener(type, (event) => {
        if ((event.target as Element).localName === 'body-map' && event.bubbles && event.composed) {
          heard.push(type);
        }
      });
    }
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard.splice(0));

const region = (map: Locator, name: string) => map.getByRole('button', { name, exact: true });

test('a required map stops an empty form with its own message, in the map’s language, and takes the focus', async ({ page }) => {
  const map = await openForm(page);
  await expect(map).toHaveJSProperty('validationMessage', 'Mark at least one area that hurts.');
  expect(await map.evaluate((element) => element.matches(':invalid'))).toBe(true);
  expect(await sent(page), 'an empty map still sends its field').toEqual([]);
  // One field: the element's own, with no hidden input of the React map's beside it.
  expect(await page.evaluate(() => new FormData(document.querySelector('form')!).getAll('pain').length)).toBe(1);

  await page.getByRole('button', { name: 'Send' }).click();
  await expect(map.locator('[part="validation"]')).toHaveText('Mark at least one area that hurts.');
  // Intake mode's styles came into the shadow root with its code: the message has its edge.
  await expect(map.locator('[part="validation"]')).toHaveCSS('border-left-width', '4px');
  expect(new URL(page.url()).search, 'the form was not sent').toBe('');
  // The browser's report lands on the map: its tab stop has the focus, ready for the keys.
  expect(await focused(page)).toBe('Right temple');
  expect(await map.evaluate((element) => element.matches(':state(user-invalid)'))).toBe(true);
  await expect(map.locator('.bodymap-figure')).toHaveCSS('outline-color', 'rgb(164, 22, 26)');

  // In Spanish the message is Spanish too.
  await map.evaluate((element) => element.setAttribute('locale', 'es'));
  await expect(region(map, 'Hombro izquierdo')).toBeVisible();
  await expect(map.locator('[part="validation"]')).not.toHaveText('Mark at least one area that hurts.');
  const spanish = await map.evaluate((element: HTMLElement & { validationMessage: string }) => element.validationMessage);
  await expect(map.locator('[part="validation"]')).toHaveText(spanish);
  expect(spanish).not.toBe('Mark at least one area that hurts.');
});

test('marked from the keyboard alone, three areas with their intensities are sent with the form', async ({ page }) => {
  const map = await openForm(page);
  await recordEvents(page);
  await tabIntoMap(page);
  // Home: the first region in reading order, whichever the Tab landed on.
  await page.keyboard.press('Home');
  expect(await focused(page)).toBe('Right temple');
  await page.keyboard.press('Enter');
  await expect(region(map, 'Right temple')).toHaveAttribute('aria-pressed', 'true');
  await expect(region(map, 'Right temple')).toHaveAttribute('data-intensity', '5');

  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('Face and jaw');
  await page.keyboard.press('Space');
  await page.keyboard.press('8');
  await expect(region(map, 'Face and jaw')).toHaveAttribute('data-intensity', '8');

  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('Front of neck');
  await page.keyboard.press('Enter');
  await page.keyboard.press('0');
  await expect(region(map, 'Front of neck')).toHaveAttribute('data-intensity', '10');

  // One marked by mistake, and taken off again.
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('Right chest');
  await page.keyboard.press('Enter');
  await expect(region(map, 'Right chest')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Delete');
  await expect(region(map, 'Right chest')).toHaveAttribute('aria-pressed', 'false');

  const marks = [
    { region: 'head-temple-right', intensity: 5, qualities: [], note: '' },
    { region: 'head-face', intensity: 8, qualities: [], note: '' },
    { region: 'neck-front', intensity: 10, qualities: [], note: '' },
  ];
  await expect(map).toHaveJSProperty('value', marks);
  expect(await sent(page)).toEqual(marks);
  // The list below the figure, a part of its own, has the three.
  await expect(map.locator('[part="mark-list"]').getByRole('listitem')).toHaveText([/Right temple/, /Face and jaw/, /Front of neck/]);
  // Each of the person's changes is an input and a change: two marks, two intensities, a third mark and its intensity, the mistake and its removal.
  expect(await heard(page)).toEqual(Array.from({ length: 7 }, () => ['input', 'change']).flat());

  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Send' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/pain=/);
  expect(JSON.parse(new URL(page.url()).searchParams.get('pain')!)).toEqual(marks);
});

test('min and max count the marked regions, and a page restored from history gets its marks back', async ({ page }) => {
  const map = await openForm(page);
  await map.evaluate((element) => {
    element.setAttribute('min', '2');
    element.setAttribute('max', '3');
  });
  await region(map, 'Left shoulder').click();
  await expect(map).toHaveJSProperty('validationMessage', 'Areas to mark: at least 2.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(map.locator('[part="validation"]')).toHaveText('Areas to mark: at least 2.');
  await map.evaluate((element: HTMLElement & { value: unknown }) => {
    element.value = ['knee-left', 'knee-right', 'hand-left', 'hand-right'].map((id) => ({ region: id, intensity: 2, qualities: [], note: '' }));
  });
  await expect(map.locator('[part="validation"]')).toHaveText('Areas to mark: no more than 3.');
  expect(await map.evaluate((element) => element.matches(':invalid'))).toBe(true);
  await region(map, 'Right hand').click();
  await expect(map.locator('[part="validation"]')).toHaveCount(0);
  expect(await map.evaluate((element) => element.matches(':invalid'))).toBe(false);

  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(/pain=/);
  // Back on the form, from the cache or restored by the browser's form state, the marks are there.
  await page.goBack();
  await expect(region(page.locator('body-map'), 'Left knee')).toHaveAttribute('aria-pressed', 'true');
  expect((await sent(page)) as unknown[]).toHaveLength(3);
});

test('the form’s reset clears the marks and what the form sends, and fires no input', async ({ page }) => {
  const map = await openForm(page);
  await region(map, 'Left shoulder').click();
  await expect(region(map, 'Left shoulder')).toHaveAttribute('aria-pressed', 'true');
  expect(await sent(page)).toEqual([{ region: 'shoulder-left', intensity: 5, qualities: [], note: '' }]);
  await recordEvents(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(region(map, 'Left shoulder')).toHaveAttribute('aria-pressed', 'false');
  await expect(map).toHaveJSProperty('value', []);
  expect(await sent(page)).toEqual([]);
  expect(await heard(page)).toEqual([]);
  await expect(map.getByRole('dialog')).toHaveCount(0);
});

test('the value property takes marks or their JSON without firing events, and names what it cannot read', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  const map = await openForm(page);
  await recordEvents(page);
  await map.evaluate((element: HTMLElement & { value: unknown }) => {
    element.value = [{ region: 'knee-left', intensity: 3, qualities: ['stiff'], note: 'on stairs' }];
  });
  await expect(region(map, 'Left knee')).toHaveAttribute('data-intensity', '3');
  await expect(map).toHaveJSProperty('value', [{ region: 'knee-left', intensity: 3, qualities: ['stiff'], note: 'on stairs' }]);
  expect(await sent(page)).toEqual([{ region: 'knee-left', intensity: 3, qualities: ['stiff'], note: 'on stairs' }]);
  expect(await map.evaluate((element) => element.matches(':invalid'))).toBe(false);

  await map.evaluate((element: HTMLElement & { value: unknown }) => {
    element.value = '[{"region":"shoulder-right","intensity":6},{"region":"elbow","intensity":2}]';
  });
  await expect(region(map, 'Right shoulder')).toHaveAttribute('data-intensity', '6');
  await expect(region(map, 'Left knee')).toHaveAttribute('aria-pressed', 'false');
  await map.evaluate((element: HTMLElement & { value: unknown }) => {
    element.value = 'not json';
  });
  await expect(region(map, 'Right shoulder')).toHaveAttribute('aria-pressed', 'false');
  expect(messages).toContain('[bodymap] <body-map>: `value`: Mark 2 names "elbow", which is not a region of this map; it was dropped.');
  expect(messages).toContain('[bodymap] <body-map>: `value`: The marks "not json" are not JSON; none were read.');
  expect(await heard(page), 'the page’s own values fire nothing').toEqual([]);

  // The map goes on working for the person, whose marks fire events.
  await region(map, 'Left knee').click();
  await expect(region(map, 'Left knee')).toHaveAttribute('aria-pressed', 'true');
  expect(await heard(page)).toEqual(['input', 'change']);
});

test('in a disabled fieldset the map is out of reach, validates nothing and sends nothing', async ({ page }) => {
  const map = await openForm(page);
  await map.evaluate((element) => {
    const fieldset = document.createElement('fieldset');
    fieldset.disabled = true;
    element.replaceWith(fieldset);
    fieldset.append(element);
  });
  await expect(region(map, 'Left shoulder')).toBeVisible();
  expect(await map.evaluate((element) => element.matches(':disabled'))).toBe(true);
  expect(await map.evaluate((element) => element.shadowRoot!.querySelector('.bodymap-validity-anchor + div')!.hasAttribute('inert'))).toBe(true);
  await region(map, 'Left shoulder').click({ force: true });
  await expect(region(map, 'Left shoulder')).toHaveAttribute('aria-pressed', 'false');
  // Tab goes from the page's start past the map, to the form's buttons.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Send');
  expect(await sent(page)).toBeNull();

  // Enabled again, it is a field once more.
  await page.evaluate(() => {
    document.querySelector('fieldset')!.disabled = false;
  });
  expect(await map.evaluate((element) => element.matches(':disabled'))).toBe(false);
  await region(map, 'Left shoulder').click();
  await expect(region(map, 'Left shoulder')).toHaveAttribute('aria-pressed', 'true');
  expect(await sent(page)).toEqual([{ region: 'shoulder-left', intensity: 5, qualities: [], note: '' }]);

  // Disabled and empty, its `required` stops nothing: the form is sent, without the field.
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.evaluate(() => {
    document.querySelector('fieldset')!.disabled = true;
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(/intake\.html\?$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap marks a region and opens its editor, whose slider sets the intensity', async ({ page }) => {
    const map = await openForm(page);
    await recordEvents(page);
    await region(map, 'Left shoulder').tap();
    await expect(region(map, 'Left shoulder')).toHaveAttribute('aria-pressed', 'true');
    const slider = map.getByRole('dialog', { name: 'Left shoulder' }).getByRole('slider');
    await expect(slider).toBeVisible();
    const track = await slider.boundingBox();
    await slider.tap({ position: { x: track!.width - 2, y: track!.height / 2 } });
    await expect(region(map, 'Left shoulder')).toHaveAttribute('data-intensity', '10');
    expect(await sent(page)).toEqual([{ region: 'shoulder-left', intensity: 10, qualities: [], note: '' }]);
    expect((await heard(page)).slice(0, 2)).toEqual(['input', 'change']);
  });
});
