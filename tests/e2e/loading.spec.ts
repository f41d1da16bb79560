import { expect, test, type Page } from '@playwright/test';
import { box, openStory } from './helpers.ts';

// A phone: the page is read by touch, and the first tap is what the loads ahead are for.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const kinds = {
  'panel code': /\/panel-popover-[\w-]+\.js$/,
  gestures: /\/zoom-gestures-[\w-]+\.js$/,
  'zoom path': /\/zoom-path-[\w-]+\.js$/,
  text: /\/shoulder-[\w-]+\.js$/,
} as const;
type Kind = keyof typeof kinds;

/** When each kind of file was asked for and arrived, on the test's clock. */
function watchLoads(page: Page) {
  const started = new Map<Kind, number>();
  const finished = new Map<Kind, number>();
  const kindOf = (url: string) => (Object.keys(kinds) as Kind[]).find((kind) => kinds[kind].test(url));
  page.on('request', (request) => {
    const kind = kindOf(request.url());
    if (kind && !started.has(kind)) {
      started.set(kind, performance.now());
    }
  });
  page.on('requestfinished', (request) => {
    const kind = kindOf(request.url());
    if (kind && !finished.has(kind)) {
      finished.set(kind, performance.now());
    }
  });
  return { started, finished };
}

/** Every `data-status` the panel's body shows from now on, in order. */
async function recordPanelStatus(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { panelStatus: string[] }).panelStatus = seen;
    const note = (node: Node) => {
      if (node instanceof Element) {
        for (const element of [node, ...node.querySelectorAll('[data-status]')]) {
          const status = element.getAttribute('data-status');
          if (status !== null && element.closest('[role="dialog"]')) {
            seen.push(status);
          }
        }
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          note(record.target);
        }
        record.addedNodes.forEach(note);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  });
  return () => page.evaluate(() => (window as unknown as { panelStatus: string[] }).panelStatus);
}

test('on a phone, the map in sight loads the code at once and the view’s texts a second later; the first panel opens with its text', async ({ page }) => {
  const { started, finished } = watchLoads(page);
  await openStory(page, 'bodymap--default');
  await expect.poll(() => (Object.keys(kinds) as Kind[]).every((kind) => finished.has(kind))).toBe(true);
  // The texts wait for the reader to stay on the map; the code does not.
  expect(started.get('text')! - started.get('panel code')!).toBeGreaterThan(500);
  const statuses = await recordPanelStatus(page);
  await page.getByRole('button', { name: 'Right shoulder' }).tap();
  await expect(page.getByRole('dialog', { name: 'Right shoulder' }).getByRole('heading', { name: 'Benefits' })).toBeVisible();
  expect(await statuses()).not.toContain('loading');
});

test('with no idle time and no way to watch the screen, a first tap starts all its loads together', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser that is never idle and has no IntersectionObserver: only the tap itself is left.
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined, IntersectionObserver: undefined });
  });
  const { started, finished } = watchLoads(page);
  await openStory(page, 'bodymap--default');
  expect(started.size).toBe(0);
  await page.getByRole('button', { name: 'Right shoulder' }).tap();
  await expect(page.getByRole('dialog', { name: 'Right shoulder' }).getByRole('heading', { name: 'Benefits' })).toBeVisible();
  await expect.poll(() => finished.size).toBe(Object.keys(kinds).length);
  const firstFinished = Math.min(...finished.values());
  for (const kind of Object.keys(kinds) as Kind[]) {
    expect(started.get(kind), `${kind} started before the first load finished`).toBeLessThanOrEqual(firstFinished);
  }
});

test('text fetched ahead (focus reached the region) shows in the first panel with no empty panel before it', async ({ page }) => {
  const { finished } = watchLoads(page);
  await openStory(page, 'bodymap--default');
  const shoulder = page.getByRole('button', { name: 'Right shoulder' });
  await shoulder.focus();
  await expect.poll(() => finished.has('text') && finished.has('panel code')).toBe(true);
  const statuses = await recordPanelStatus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Right shoulder' }).getByRole('heading', { name: 'Benefits' })).toBeVisible();
  expect(await statuses()).not.toContain('loading');
});

test('a double tap while the gesture code is still on its way is not lost', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(kinds.gestures, async (route) => {
    await held;
    await route.continue();
  });
  await openStory(page, 'bodymap--default');
  const svg = page.locator('#storybook-root svg.bodymap-viewport');
  const figure = await box(svg);
  // Beside the head, on the figure's background: no region takes the taps.
  const x = figure.x + figure.width * 0.12;
  const y = figure.y + figure.height * 0.3;
  // Two taps make a double tap only when they come close enough together, which a loaded machine
  // can fail to do from outside the page: they are tapped again until the page has seen one.
  await page.evaluate(() => {
    const seen = window as unknown as { doubleTaps: number };
    seen.doubleTaps = 0;
    document.addEventListener('dblclick', () => (seen.doubleTaps += 1), true);
  });
  const doubleTaps = () => page.evaluate(() => (window as unknown as { doubleTaps: number }).doubleTaps);
  for (let attempt = 0; attempt < 3 && (await doubleTaps()) === 0; attempt += 1) {
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
  }
  expect(await doubleTaps()).toBeGreaterThan(0);
  await expect(svg).not.toHaveAttribute('data-zoomed');
  release();
  await expect(svg).toHaveAttribute('data-zoomed', 'true');
});

/** The horizontal middle of an element's box on screen. */
const middleX = async (page: Page, locator: ReturnType<Page['getByText']>) => {
  const { x, width } = await box(locator);
  return x + width / 2;
};

for (const { locale, view, story, marks, right, left } of [
  { locale: 'en', view: 'front', story: 'bodymap--default', marks: { right: 'R', left: 'L' }, right: 'Right shoulder', left: 'Left shoulder' },
  { locale: 'en', view: 'back', story: 'bodymap--back-view', marks: { right: 'R', left: 'L' }, right: 'Right upper back', left: 'Left upper back' },
  { locale: 'es', view: 'front', story: 'bodymap--spanish', marks: { right: 'D', left: 'I' }, right: 'Hombro derecho', left: 'Hombro izquierdo' },
]) {
  test(`side cues sit beside the person's own sides in the ${view} view (${locale}), hidden from screen readers`, async ({ page }) => {
    await openStory(page, story);
    const svg = page.locator('#storybook-root svg.bodymap-viewport');
    const rightMark = svg.getByText(marks.right, { exact: true });
    const leftMark = svg.getByText(marks.left, { exact: true });
    await expect(rightMark).toBeVisible();
    await expect(leftMark).toBeVisible();
    const rightRegion = await middleX(page, page.getByRole('button', { name: right, exact: true }));
    const leftRegion = await middleX(page, page.getByRole('button', { name: left, exact: true }));
    const rightX = await middleX(page, rightMark);
    const leftX = await middleX(page, leftMark);
    // Each mark is on the same side of the figure as the regions it names.
    expect(Math.sign(rightX - leftX)).toBe(Math.sign(rightRegion - leftRegion));
    expect(Math.abs(rightX - rightRegion)).toBeLessThan(Math.abs(rightX - leftRegion));
    // The accessibility tree has the regions' names, never the marks.
    const tree = await svg.ariaSnapshot();
    expect(tree).toContain(right);
    expect(tree).not.toMatch(new RegExp(`text: (${marks.right}|${marks.left})$`, 'm'));
  });
}
