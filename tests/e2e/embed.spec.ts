import { expect, test, type Page, type Route } from '@playwright/test';
import { embedPort } from './helpers.ts';

const example = `http://127.0.0.1:${embedPort}/`;

/** Records the map's events on the page, to read back in order. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const events: { type: string; detail: unknown; composed: boolean; bubbles: boolean }[] = [];
    Object.assign(window, { bodymapEvents: events });
    for (const type of ['regionselect', 'viewchange']) {
      // Listening on the document proves the events bubble out of the element.
      document.addEventListener(type, (event) => {
        const { detail, composed, bubbles } = event as CustomEvent<unknown>;
        events.push({ type, detail, composed, bubbles });
      });
    }
  });
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { bodymapEvents: unknown[] }).bodymapEvents);

test('a plain HTML page with only the script tag and the element shows the map, opens panels and fires events', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
  await recordEvents(page);

  await map.getByRole('button', { name: 'Left lower back' }).click();
  await expect(map.getByRole('dialog', { name: 'Left lower back' })).toBeVisible();
  await expect(map.getByRole('dialog').getByRole('heading', { name: 'Benefits' })).toBeVisible();
  await expect(map).toHaveAttribute('region', 'lower-back-left');
  await expect(page.getByText('You chose: Left lower back')).toBeVisible();
  expect(await events(page)).toEqual([
    { type: 'regionselect', detail: { id: 'lower-back-left', label: 'Left lower back' }, composed: true, bubbles: true },
  ]);

  // The page changes the view: the map follows, and no event is fired for the page's own change.
  await map.evaluate((element) => element.setAttribute('view', 'front'));
  await expect(map.getByRole('group', { name: 'Body map, Front' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Left chest' })).toBeVisible();
  // The visitor changes it: the attribute follows, and the event says so.
  await map.getByRole('button', { name: 'Soles', exact: true }).click();
  await expect(map).toHaveAttribute('view', 'soles');
  await expect(map.getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  expect((await events(page)).at(-1)).toEqual({ type: 'viewchange', detail: { view: 'soles' }, composed: true, bubbles: true });
  expect(errors).toEqual([]);
});

test('views, panels and languages load on demand from beside the script', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
  expect(requests.some((path) => /bodymap-back-/.test(path)), 'the back view is a chunk of its own').toBe(true);
  expect(requests.some((path) => /bodymap-soles-/.test(path)), 'the soles are not loaded yet').toBe(false);
  await map.evaluate((element) => element.setAttribute('locale', 'es'));
  await expect(map.getByRole('button', { name: 'Zona lumbar izquierda' })).toBeVisible();
  await expect(map.locator('.bodymap-root')).toHaveAttribute('lang', 'es');
});

test('the element works created after the script, removed and added again, and several on a page', async ({ page }) => {
  await page.goto(example);
  await expect(page.locator('body-map').getByRole('button', { name: 'Left lower back' })).toBeVisible();
  await page.evaluate(() => {
    for (const view of ['front', 'soles']) {
      const element = document.createElement('body-map');
      element.setAttribute('view', view);
      element.id = `added-${view}`;
      document.body.append(element);
    }
  });
  await expect(page.locator('#added-front').getByRole('button', { name: 'Left chest' })).toBeVisible();
  await expect(page.locator('#added-soles').getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  // Each map keeps its own selection.
  await page.locator('#added-front').getByRole('button', { name: 'Left chest' }).click();
  await expect(page.locator('#added-front').getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  await expect(page.locator('#added-soles').getByRole('dialog')).toHaveCount(0);

  // Moved elsewhere in the page, it keeps its state; removed, it unmounts; added back, it renders again.
  await page.evaluate(() => document.body.prepend(document.getElementById('added-front')!));
  await expect(page.locator('#added-front').getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  const removed = await page.evaluate(async () => {
    const element = document.getElementById('added-soles')!;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const empty = element.shadowRoot!.querySelector('[data-region]') === null;
    document.body.append(element);
    return empty;
  });
  expect(removed, 'the map unmounts when its element is removed').toBe(true);
  await expect(page.locator('#added-soles').getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  expect(await page.locator('body-map').count()).toBe(3);
});

test('attributes and properties: region opens its panel, content lays text over the bundled pack, bad input is ignored', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') {
      warnings.push(message.text());
    }
  });
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
  // A region the current view does not draw brings its view along.
  await map.evaluate((element) => element.setAttribute('region', 'chest-right'));
  await expect(map.getByRole('dialog', { name: 'Right chest' })).toBeVisible();
  await expect(map).toHaveAttribute('view', 'front');
  await map.evaluate((element: HTMLElement & { content?: unknown }) => {
    element.content = { labels: { 'chest-right': 'Right pectoral <img src=x onerror=alert(1)>' } };
  });
  await expect(map.getByRole('dialog', { name: 'Right pectoral <img src=x onerror=alert(1)>' })).toBeVisible();
  await map.evaluate((element) => {
    element.setAttribute('region', 'elbow');
    element.setAttribute('theme', 'dark');
    element.setAttribute('locale', 'fr');
    element.setAttribute('view', 'side');
  });
  await expect(map.getByRole('dialog')).toHaveCount(0);
  await expect(map.locator('.bodymap-root')).toHaveAttribute('data-theme', 'dark');
  await expect(map.locator('.bodymap-root')).toHaveAttribute('lang', 'en');
  await expect(map.getByRole('button', { name: 'Left chest' })).toBeVisible();
  await map.getByRole('button', { name: 'Left chest' }).click();
  await expect(map.getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  // Each named once in the console, even in this production build.
  expect(warnings.filter((text) => /region="elbow"|locale="fr"|view="side"/.test(text))).toEqual([
    '[bodymap] <body-map region="elbow">: not a known region, so it is ignored. Use a region id such as lower-back-left.',
    '[bodymap] <body-map locale="fr">: not a known locale, so it is ignored. Use en, es.',
    '[bodymap] <body-map view="side">: not a known view, so it is ignored. Use front, back, soles.',
  ]);
});

test('a view or language that fails to load says so with a retry, and the rest of the map keeps working', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') {
      warnings.push(message.text());
    }
  });
  const offline = (route: Route) => route.abort('internetdisconnected');
  await page.route(/bodymap-soles-[^/]*\.js$/, offline);
  await page.route(/bodymap-es-[^/]*\.js$/, offline);
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);

  await map.getByRole('button', { name: 'Soles', exact: true }).click();
  await expect(map.getByRole('alert')).toHaveText(/The Soles view could not be loaded\./);
  // The other views still work while the soles are away.
  await map.getByRole('button', { name: 'Front', exact: true }).click();
  await expect(map.getByRole('alert')).toHaveCount(0);
  await map.getByRole('button', { name: 'Left chest' }).click();
  await expect(map.getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  await page.keyboard.press('Escape');
  await map.getByRole('button', { name: 'Soles', exact: true }).click();
  await page.unroute(/bodymap-soles-[^/]*\.js$/);
  await map.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(map.getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);

  await map.evaluate((element) => element.setAttribute('locale', 'es'));
  await expect(map.getByRole('alert')).toHaveText(/The chosen language could not be loaded, so the map is in English\./);
  await expect(map.getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  await page.unroute(/bodymap-es-[^/]*\.js$/);
  await map.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(map.getByRole('button', { name: 'Planta izquierda: talón' })).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);
  await expect(map.locator('.bodymap-root')).toHaveAttribute('lang', 'es');

  // A content property that is not a pack is named in the console and changes nothing.
  await map.evaluate((element: HTMLElement & { content?: unknown }) => {
    element.content = '{"labels": {}}';
  });
  await expect(map.getByRole('button', { name: 'Planta izquierda: talón' })).toBeVisible();
  expect(warnings.filter((text) => text.includes('<body-map>.content'))).toHaveLength(1);
});

test('::part() and --bodymap-* properties style the map from the page', async ({ page }) => {
  await page.goto(example);
  const map = page.locator('body-map');
  await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
  await page.addStyleTag({ content: 'body-map::part(view-switch) { border-color: rgb(255, 0, 0); }' });
  await expect(map.locator('[part="view-switch"]')).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');
  await expect(map.getByRole('button', { name: 'Back', pressed: true })).toHaveCSS('background-color', 'rgb(107, 63, 160)');
});

test('the one-file IIFE build works from a classic script tag', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${example}classic.html`);
  const map = page.locator('body-map');
  await map.getByRole('button', { name: 'Right knee' }).click();
  await expect(map.getByRole('dialog', { name: 'Right knee' })).toBeVisible();
  await map.getByRole('button', { name: 'Soles', exact: true }).click();
  await expect(map.getByRole('button', { name: 'Left sole: heel' })).toBeVisible();
  // Everything came in the one file.
  expect(requests.filter((path) => path.endsWith('.js'))).toEqual(['/bodymap.iife.js']);
});

/**
 * Watches the shadow roots of the page's maps, those inside other shadow roots too, and records each
 * panel's computed style the moment it is added, and again whenever its layout changes or it is
 * shown or hidden: each time before the browser paints it.
 */
interface PanelRecord {
  map: string;
  layout: string | null;
  hidden: boolean;
  position: string;
  background: string;
  display: string;
}

async function recordPanels(page: Page) {
  await page.evaluate(() => {
    const panels: PanelRecord[] = [];
    Object.assign(window, { bodymapPanels: panels });
    const maps = [...document.querySelectorAll('body-map'), ...[...document.querySelectorAll('[data-host]')].flatMap((host) => [...(host.shadowRoot?.querySelectorAll('body-map') ?? [])])];
    for (const map of maps) {
      const record = (panel: Element) => {
        const style = getComputedStyle(panel);
        panels.push({ map: map.id, layout: panel.getAttribute('data-layout'), hidden: panel.hasAttribute('hidden'), position: style.position, background: style.backgroundColor, display: style.display });
      };
      new MutationObserver((records) => {
        for (const change of records) {
          if (change.type === 'attributes' && change.target instanceof Element && change.target.matches('[role="dialog"]')) {
            record(change.target);
          }
          for (const node of change.addedNodes) {
            const panel = node instanceof Element ? (node.matches('[role="dialog"]') ? node : node.querySelector('[role="dialog"]')) : null;
            if (panel) {
              record(panel);
            }
          }
        }
      }).observe(map.shadowRoot!, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-layout', 'hidden'] });
    }
  });
  return () => page.evaluate(() => (window as unknown as { bodymapPanels: PanelRecord[] }).bodymapPanels);
}

// A browser that is never idle and has no IntersectionObserver loads nothing ahead of the first tap.
const noLoadsAhead = () => Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined, IntersectionObserver: undefined });
const panelBackground = 'rgb(255, 255, 255)';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panel a first tap opens on a cold page has its styles when it is added, before its first paint', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.addInitScript(noLoadsAhead);
    await page.goto(example);
    const map = page.locator('body-map');
    await expect(map.getByRole('button', { name: 'Left lower back' })).toBeVisible();
    expect(requests.some((path) => /bodymap-panel-popover-/.test(path)), 'the panel’s code is not loaded yet').toBe(false);
    const panels = await recordPanels(page);

    await map.getByRole('button', { name: 'Left lower back' }).tap();
    await expect(map.getByRole('dialog', { name: 'Left lower back' })).toBeVisible();
    // On the panel's background from the frame it first exists in, and a sheet along the bottom of
    // the screen from the frame it becomes one.
    const seen = await panels();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(seen.map(() => expect.objectContaining({ hidden: false, background: panelBackground, display: 'flex' })));
    expect(seen.find((panel) => panel.layout === 'sheet')).toMatchObject({ position: 'fixed' });
  });
});

test('every map on a page, one inside a shadow root and one added later, has the panel’s styles from its first frame', async ({ page }) => {
  await page.addInitScript(noLoadsAhead);
  await page.goto(example);
  await page.evaluate(() => {
    document.querySelector('body-map')!.id = 'first';
    const second = document.createElement('body-map');
    second.id = 'second';
    second.setAttribute('view', 'front');
    const host = document.createElement('div');
    host.dataset.host = '';
    const inner = document.createElement('body-map');
    inner.id = 'inner';
    inner.setAttribute('view', 'front');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(second, host);
  });
  const first = page.locator('#first');
  const second = page.locator('#second');
  const inner = page.locator('[data-host] body-map');
  for (const map of [first, second, inner]) {
    await expect(map.getByRole('button', { name: /^Left (lower back|chest)$/ })).toBeVisible();
  }
  const panels = await recordPanels(page);

  // The first map's tap brings the panel's code, and its styles reach the other two maps with it.
  await first.getByRole('button', { name: 'Left lower back' }).click();
  await expect(first.getByRole('dialog', { name: 'Left lower back' })).toBeVisible();
  await second.getByRole('button', { name: 'Left chest' }).click();
  await expect(second.getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  await inner.getByRole('button', { name: 'Left chest' }).click();
  await expect(inner.getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  // Each map's panel, added hidden once the code is here and shown by its tap, is styled from the first.
  const seen = await panels();
  expect(new Set(seen.map((panel) => panel.map))).toEqual(new Set(['first', 'second', 'inner']));
  expect(seen).toEqual(
    seen.map((panel) => expect.objectContaining({ background: panelBackground, display: panel.hidden ? 'none' : 'flex' })),
  );
  expect(seen.filter((panel) => !panel.hidden).map((panel) => panel.map)).toEqual(['first', 'second', 'inner']);

  // A map made after the code arrived starts with its styles.
  await page.evaluate(() => {
    const later = document.createElement('body-map');
    later.id = 'later';
    later.setAttribute('view', 'front');
    document.body.append(later);
  });
  const later = page.locator('#later');
  await expect(later.getByRole('button', { name: 'Left chest' })).toBeVisible();
  const laterPanels = await recordPanels(page);
  await later.getByRole('button', { name: 'Left chest' }).click();
  await expect(later.getByRole('dialog', { name: 'Left chest' })).toBeVisible();
  expect((await laterPanels()).filter((panel) => panel.map === 'later' && !panel.hidden)).toEqual([
    expect.objectContaining({ background: panelBackground, display: 'flex' }),
  ]);
});
