import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { box, inside, openStory } from './helpers.ts';

/*
 * The accessibility audit, in a real browser: axe on every story, then what keyboard, screen-reader,
 * forced-colour, touch and reduced-motion users actually meet. Assertions are about roles, names,
 * announced text, positions on screen and computed styles, not about implementation details.
 */

const index = JSON.parse(readFileSync(new URL('../../storybook-static/index.json', import.meta.url), 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string; importPath: string; exportName?: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const views = ['front', 'back', 'soles'] as const;
type View = (typeof views)[number];
const viewNames: Record<View, string> = { front: 'Front', back: 'Back', soles: 'Soles' };

const regions = (page: Page) => page.locator('#storybook-root [data-region]');
const focusedRegion = (page: Page) => page.locator('#storybook-root [data-region]:focus');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/**
 * The middle of an element's box on the page, as the eye judges where a region is: in page
 * coordinates, since focusing a region below the fold scrolls it into view.
 */
function centre(locator: Locator) {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2 + window.scrollX, y: rect.y + rect.height / 2 + window.scrollY };
  });
}

/** The zoom the map shows, read from the transform React renders on its scene. */
async function zoom(page: Page) {
  const attribute = await page.locator('#storybook-root .bodymap-scene').getAttribute('transform');
  const match = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(attribute ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) } : { x: 0, y: 0, k: 1 };
}

async function press(page: Page, key: string, times = 1) {
  for (let count = 0; count < times; count += 1) {
    await page.keyboard.press(key);
  }
}

/** What a sighted keyboard user sees of focus on an element: its outline, or for SVG its stroke. */
function ring(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      stroke: `${style.stroke} ${style.strokeWidth}`,
    };
  });
}

/** Whether a computed colour paints anything. */
function paints(colour: string) {
  if (colour === 'none' || colour === 'transparent') {
    return false;
  }
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
  return alpha === null || Number(alpha[1]) > 0;
}

test('every story in the stories folder is in the build the audit reads', () => {
  const folder = new URL('../../stories/', import.meta.url);
  const declared = readdirSync(folder)
    .filter((file) => file.endsWith('.stories.tsx'))
    .flatMap((file) => [...readFileSync(new URL(file, folder), 'utf8').matchAll(/^export const (\w+)/gm)].map((match) => `./stories/${file}#${match[1]}`));
  expect(declared.length).toBeGreaterThan(8);
  // A stale build would audit yesterday's stories: rebuild Storybook when this fails.
  expect(stories.map((story) => `${story.importPath}#${story.exportName}`).sort()).toEqual(declared.sort());
});

for (const story of stories) {
  test(`axe: ${story.title} / ${story.name}`, async ({ page }) => {
    await page.goto(`/iframe.html?id=${story.id}&viewMode=story`);
    await expect(page.locator('#storybook-root [data-region]').first()).toBeVisible();
    // Let play functions and on-demand loads settle before auditing.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const violations = await axe(page);
    expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('axe: an open panel in the dark theme', async ({ page }) => {
  await openStory(page, 'bodymap--dark-theme');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('[data-status="ready"]')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test.describe('keyboard only', () => {
  // Each test is a walk of dozens of key presses with a check after each; a loaded two-core machine
  // needs more than the default time for that.
  test.describe.configure({ timeout: 90_000 });

  test('Tab: view buttons, layer buttons, zoom buttons, the map as one stop, then the open panel; Shift+Tab the same way back', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const before = ['Front', 'Back', 'Soles', 'Areas', 'Muscles', 'Zoom in', 'Zoom out', 'Reset zoom'];
    for (const name of before) {
      await page.keyboard.press('Tab');
      await expect(button(page, name)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(focusedRegion(page)).toHaveCount(1);
    // Roving focus: exactly one region is in the tab order.
    await expect(page.locator('#storybook-root [data-region][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    const current = (await focusedRegion(page).getAttribute('data-region'))!;
    await expect(page.locator('#storybook-root [data-region][tabindex="0"]')).toHaveAttribute('data-region', current);

    // With no panel open, one Tab leaves the map, and Shift+Tab comes back to the same region.
    await page.keyboard.press('Tab');
    await expect(focusedRegion(page)).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(focusedRegion(page)).toHaveAttribute('data-region', current);

    for (const name of [...before].reverse()) {
      await page.keyboard.press('Shift+Tab');
      await expect(button(page, name)).toBeFocused();
    }
    await press(page, 'Tab', before.length);
    await expect(focusedRegion(page), 'the map remembers the region last focused').toHaveAttribute('data-region', current);

    const name = (await focusedRegion(page).getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name })).toBeFocused();
  });

  // Core moves to the region whose centroid is ahead (by more than half a unit) with the least
  // weighted sideways drift; it promises nothing about coming back. Round trips are asserted only
  // for regions whose neighbours sit squarely on each side, where a person would expect one.
  const arrowStarts: Record<View, { roundTrip: string[]; oneWay: string[] }> = {
    front: { roundTrip: ['chest-left', 'hip-glute-left', 'thigh-left'], oneWay: ['neck-front', 'abdomen', 'knee-left'] },
    back: { roundTrip: ['upper-back-right', 'mid-back-right', 'lower-back-right', 'spine-lumbar'], oneWay: ['spine-thoracic', 'spine-sacral'] },
    soles: { roundTrip: ['rfx-small-intestine-left', 'rfx-eyes-right', 'rfx-neck-throat-thyroid-left'], oneWay: ['rfx-heart-left', 'foot-sole-left-heel'] },
  };
  const arrows = {
    ArrowRight: { dx: 1, dy: 0, opposite: 'ArrowLeft' },
    ArrowLeft: { dx: -1, dy: 0, opposite: 'ArrowRight' },
    ArrowUp: { dx: 0, dy: -1, opposite: 'ArrowDown' },
    ArrowDown: { dx: 0, dy: 1, opposite: 'ArrowUp' },
  } as const;

  for (const view of views) {
    test(`${view} view: each arrow moves to a region that lies that way on screen, and back where expected`, async ({ page }) => {
      await openStory(page, 'bodymap--default', `defaultView:${view}`);
      const { roundTrip, oneWay } = arrowStarts[view];
      for (const start of [...roundTrip, ...oneWay]) {
        const from = page.locator(`#storybook-root [data-region="${start}"]`);
        for (const [key, { dx, dy, opposite }] of Object.entries(arrows)) {
          // Focus is put on each starting region directly; only keys move it from there.
          await from.focus();
          await expect(from).toBeFocused();
          const origin = await centre(from);
          await page.keyboard.press(key);
          await expect(focusedRegion(page), `${key} from ${start} moves focus`).not.toHaveAttribute('data-region', start);
          const target = (await focusedRegion(page).getAttribute('data-region'))!;
          const reached = await centre(focusedRegion(page));
          const progress = (reached.x - origin.x) * dx + (reached.y - origin.y) * dy;
          expect(progress, `${key} from ${start} reaches ${target}, which lies that way`).toBeGreaterThan(0);
          if (roundTrip.includes(start)) {
            await page.keyboard.press(opposite);
            await expect(focusedRegion(page), `${opposite} from ${target} returns to ${start}`).toHaveAttribute('data-region', start);
          }
        }
      }
    });
  }

  test('at the edge of the figure an arrow keeps focus where it is; Home and End go to the top and the bottom', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const foot = page.locator('#storybook-root [data-region="foot-left"]');
    await foot.focus();
    await page.keyboard.press('ArrowDown');
    await expect(foot).toBeFocused();
    // The left hand is on the viewer's right in the front view: nothing lies further right.
    const hand = page.locator('#storybook-root [data-region="hand-left"]');
    await hand.focus();
    await page.keyboard.press('ArrowRight');
    await expect(hand).toBeFocused();

    for (const view of views) {
      if (view !== 'front') {
        await button(page, viewNames[view]).focus();
        await page.keyboard.press('Enter');
        await expect(page.locator(`#storybook-root svg[data-view="${view}"]`)).toBeVisible();
        await press(page, 'Tab', 8 - views.indexOf(view));
      }
      await expect(focusedRegion(page)).toHaveCount(1);
      const heights = await regions(page).evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().y + element.getBoundingClientRect().height / 2 + window.scrollY),
      );
      await page.keyboard.press('End');
      expect((await centre(focusedRegion(page))).y, `${view}: End goes to the bottom`).toBeGreaterThanOrEqual(Math.max(...heights) - 1);
      await page.keyboard.press('Home');
      expect((await centre(focusedRegion(page))).y, `${view}: Home goes to the top`).toBeLessThanOrEqual(Math.min(...heights) + 1);
    }
  });

  test('Enter and Space open a region\'s panel and move focus to its title; Escape closes it from anywhere and gives focus back', async ({ page }) => {
    await openStory(page, 'bodymap--default', 'defaultView:back');
    await press(page, 'Tab', 9);
    await press(page, 'ArrowDown', 2);
    const region = focusedRegion(page);
    const name = (await region.getAttribute('aria-label'))!;
    const id = (await region.getAttribute('data-region'))!;
    const mine = page.locator(`#storybook-root [data-region="${id}"]`);
    const dialog = page.getByRole('dialog', { name });

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(mine).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(mine).toHaveAttribute('aria-expanded', 'false');
    await expect(mine).toBeFocused();

    // Opened from the keyboard, the panel takes focus on its title; Space there closes nothing.
    await page.keyboard.press('Space');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name, level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(mine).toBeFocused();

    // Escape from inside the panel too.
    await page.keyboard.press('Enter');
    await expect(dialog.locator('[data-status="ready"]')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(mine).toBeFocused();

    // The Close button works from the keyboard as well.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(mine).toBeFocused();
  });

  test('the view switch works from the keyboard, keeps focus, and Tab then reaches the chosen view\'s regions', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const frontIds = await regions(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-region')));
    await press(page, 'Tab', 2);
    await expect(button(page, 'Back')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#storybook-root svg[data-view="back"]')).toBeVisible();
    await expect(button(page, 'Back')).toHaveAttribute('aria-pressed', 'true');
    await expect(button(page, 'Front')).toHaveAttribute('aria-pressed', 'false');
    await expect(button(page, 'Back')).toBeFocused();
    await expect(page.getByRole('group', { name: 'Body map, Back' })).toBeVisible();

    for (const name of ['Soles', 'Areas', 'Muscles', 'Zoom in', 'Zoom out', 'Reset zoom']) {
      await page.keyboard.press('Tab');
      await expect(button(page, name)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    const region = focusedRegion(page);
    await expect(region).toHaveAccessibleName('Back of head');
    expect(frontIds).not.toContain(await region.getAttribute('data-region'));
    await page.keyboard.press('ArrowDown');
    await expect(region).toHaveAccessibleName('Neck spine (cervical)');

    // Space works as well as Enter, and Shift+Tab retraces the way.
    await press(page, 'Shift+Tab', 8);
    await expect(button(page, 'Front')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#storybook-root svg[data-view="front"]')).toBeVisible();
    await expect(button(page, 'Front')).toHaveAttribute('aria-pressed', 'true');
    await expect(button(page, 'Front')).toBeFocused();
  });

  test('the zoom buttons and the +, =, - and 0 keys zoom from the keyboard', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    await press(page, 'Tab', 6);
    const zoomIn = button(page, 'Zoom in');
    await expect(zoomIn).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(1.6, 5);
    await expect(button(page, 'Zoom out')).not.toHaveAttribute('aria-disabled', 'true');
    await press(page, 'Enter', 4);
    await expect.poll(async () => (await zoom(page)).k).toBe(8);
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomIn).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(zoomIn).toBeFocused();
    expect((await zoom(page)).k).toBe(8);

    await page.keyboard.press('Tab');
    await expect(button(page, 'Zoom out')).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(5, 5);
    await expect(zoomIn).not.toHaveAttribute('aria-disabled', 'true');

    await page.keyboard.press('Tab');
    const reset = button(page, 'Reset zoom');
    await expect(reset).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => zoom(page)).toEqual({ x: 0, y: 0, k: 1 });
    await expect(reset).toHaveAttribute('aria-disabled', 'true');
    await expect(reset).toBeFocused();

    await page.keyboard.press('Tab');
    const region = focusedRegion(page);
    await expect(region).toHaveCount(1);
    const id = await region.getAttribute('data-region');
    await page.keyboard.press('+');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(1.6, 5);
    await page.keyboard.press('=');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(2.56, 5);
    await page.keyboard.press('-');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(1.6, 5);
    await page.keyboard.press('0');
    await expect.poll(async () => zoom(page)).toEqual({ x: 0, y: 0, k: 1 });
    await expect(region).toHaveAttribute('data-region', id!);
  });

  test('the soles view, reached by the view switch or from a foot\'s panel, takes focus to its reflexology points', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    // From a foot's panel: the way to the soles that a person reading about the foot takes.
    const foot = page.locator('#storybook-root [data-region="foot-left"]');
    await foot.focus();
    await page.keyboard.press('Enter');
    const footPanel = page.getByRole('dialog', { name: 'Left foot' });
    await expect(footPanel).toBeVisible();
    await press(page, 'Tab', 2);
    await expect(footPanel.getByRole('button', { name: 'See the Soles view' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#storybook-root svg[data-view="soles"]')).toBeVisible();
    await expect(button(page, 'Soles')).toHaveAttribute('aria-pressed', 'true');
    await expect(focusedRegion(page), 'focus lands in the soles view').toHaveCount(1);

    // By the view switch, from the top.
    await page.reload();
    await expect(regions(page).first()).toBeVisible();
    await press(page, 'Tab', 3);
    await expect(button(page, 'Soles')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#storybook-root svg[data-view="soles"]')).toBeVisible();
    await press(page, 'Tab', 6);
    const point = focusedRegion(page);
    await expect(point).toHaveCount(1);
    // Walk down until a reflexology point has focus; there are points near every zone.
    for (let step = 0; step < 10 && !(await point.evaluate((element) => element.matches('g.bodymap-hotspot'))); step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(point).toHaveAccessibleName(/reflexology point/);
    expect(await point.evaluate((element) => element.tagName)).toBe('g');
    await expect(point).toHaveAttribute('role', 'button');
    const first = (await point.getAttribute('aria-label'))!;
    await page.keyboard.press('ArrowDown');
    await expect(point).not.toHaveAccessibleName(first);
    const name = (await point.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog.getByRole('heading', { name: 'Traditional claim' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name })).toBeFocused();
  });

  test('focus is always visible: buttons get an outline, regions and points a focus stroke', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const outlined = async (locator: Locator, idle: Awaited<ReturnType<typeof ring>>, what: string) => {
      await expect(locator).toBeFocused();
      await expect.poll(async () => (await ring(locator)).outline, { message: `${what} shows an outline` }).not.toBe('none');
      expect((await ring(locator)).outline, `${what} looks different focused`).not.toBe(idle.outline);
    };

    const back = button(page, 'Back');
    const backIdle = await ring(back);
    await press(page, 'Tab', 2);
    await outlined(back, backIdle, 'the Back view button');

    const zoomIn = button(page, 'Zoom in');
    const zoomIdle = await ring(zoomIn);
    const areas = button(page, 'Areas');
    const areasIdle = await ring(areas);
    await press(page, 'Tab', 2);
    await outlined(areas, areasIdle, 'the Areas layer button');
    await press(page, 'Tab', 2);
    await outlined(zoomIn, zoomIdle, 'the Zoom in button');

    // A region never focused, compared with itself once focused by arrow key.
    const neck = page.locator('#storybook-root [data-region="neck-front"]');
    const neckIdle = await ring(neck);
    await press(page, 'Tab', 3);
    await expect(focusedRegion(page)).toHaveCount(1);
    await press(page, 'ArrowDown', 2);
    await expect(neck).toBeFocused();
    await expect.poll(async () => (await ring(neck)).stroke, { message: 'the focused region shows a focus stroke' }).not.toBe(neckIdle.stroke);
    expect(Number.parseFloat(await neck.evaluate((element) => getComputedStyle(element).strokeWidth))).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('ArrowDown');
    await expect(neck).not.toBeFocused();
    await expect.poll(async () => (await ring(neck)).stroke, { message: 'the ring goes when focus moves on' }).toBe(neckIdle.stroke);

    const region = focusedRegion(page);
    const name = (await region.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    const close = page.getByRole('dialog', { name }).getByRole('button', { name: 'Close' });
    await expect(close).toBeVisible();
    const closeIdle = await ring(close);
    await page.keyboard.press('Tab');
    await outlined(close, closeIdle, 'the panel\'s Close button');
    await page.keyboard.press('Escape');

    await press(page, 'Shift+Tab', 6);
    await expect(button(page, 'Soles')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#storybook-root svg[data-view="soles"]')).toBeVisible();
    const stop = page.locator('#storybook-root [data-region][tabindex="0"]');
    await expect(stop).toHaveClass(/bodymap-hotspot/);
    const target = stop.locator('.bodymap-hotspot-target');
    const targetIdle = await ring(target);
    await press(page, 'Tab', 6);
    await expect(stop).toBeFocused();
    await expect.poll(async () => (await ring(target)).stroke, { message: 'the focused point shows a focus ring' }).not.toBe(targetIdle.stroke);
    expect(paints(await target.evaluate((element) => getComputedStyle(element).stroke))).toBe(true);
  });
});

test.describe('the accessibility tree', () => {
  /** The browser's own accessibility node for each region, as a screen reader gets it. */
  async function regionNodes(cdp: CDPSession) {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#storybook-root [data-region]' });
    return Promise.all(
      nodeIds.map(async (nodeId) => {
        const [{ nodes }, { node }] = await Promise.all([
          cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false }),
          cdp.send('DOM.describeNode', { nodeId }),
        ]);
        const ax = nodes[0]!;
        const id = node.attributes?.[node.attributes.indexOf('data-region') + 1] ?? '?';
        const expanded: unknown = ax.properties?.find((property) => property.name === 'expanded')?.value.value;
        return { id, ignored: ax.ignored, role: String(ax.role?.value ?? ''), name: String(ax.name?.value ?? ''), expanded };
      }),
    );
  }

  for (const locale of ['en', 'es'] as const) {
    for (const view of views) {
      test(`${view} view (${locale}): every region and point is a button with a name of its own`, async ({ page }) => {
        await openStory(page, 'bodymap--default', `defaultView:${view};locale:${locale}`);
        await expect(page.locator('#storybook-root .bodymap-root')).toHaveAttribute('lang', locale);
        const count = await regions(page).count();
        expect(count).toBeGreaterThan(20);

        const cdp = await page.context().newCDPSession(page);
        const nodes = await regionNodes(cdp);
        expect(nodes.filter((node) => node.ignored || node.role !== 'button' || node.name.trim() === '' || node.expanded !== false)).toEqual([]);
        // No two controls on the map may be announced alike: region names and the buttons around them.
        const { nodes: all } = await cdp.send('Accessibility.getFullAXTree');
        const names = all.filter((node) => !node.ignored && node.role?.value === 'button').map((node) => String(node.name?.value ?? ''));
        expect(names.filter((name, position) => names.indexOf(name) !== position)).toEqual([]);
        await cdp.detach();

        // Playwright's reading of the tree agrees: the map is a named group of exactly those buttons.
        const mapName = locale === 'en' ? `Body map, ${viewNames[view]}` : /^Mapa del cuerpo, /;
        const map = page.getByRole('group', { name: mapName });
        const snapshot = await map.ariaSnapshot();
        const buttons = snapshot.split('\n').filter((line) => /^\s*- '?button "/.test(line));
        expect(buttons).toHaveLength(count);
        if (locale === 'es') {
          await expect(page.getByRole('button', { name: { front: 'Hombro izquierdo', back: 'Columna lumbar', soles: 'Planta izquierda, punto de reflexología: corazón' }[view], exact: true })).toHaveAttribute(
            'data-region',
            { front: 'shoulder-left', back: 'spine-lumbar', soles: 'rfx-heart-left' }[view],
          );
        }
      });
    }
  }

  test('the open panel is a non-modal dialog named after its region, which says it is expanded', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const knee = page.locator('#storybook-root [data-region="knee-left"]');
    await knee.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Left knee' });
    await expect(dialog.locator('[data-status="ready"]')).toBeVisible();
    await expect(dialog).toMatchAriaSnapshot(`
      - dialog "Left knee":
        - heading "Left knee" [level=2]
        - button "Close"
        - region "Benefits":
          - heading "Benefits" [level=3]
        - region "Techniques":
          - heading "Techniques" [level=3]
    `);
    await expect(dialog).not.toHaveAttribute('aria-modal', 'true');
    await expect(page.getByRole('group', { name: 'Body map, Front' })).toMatchAriaSnapshot(`
      - group "Body map, Front":
        - button "Left knee" [expanded]
    `);
    await expect(knee).toHaveAttribute('aria-controls', (await dialog.getAttribute('id'))!);

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const dialogs = nodes.filter((node) => !node.ignored && node.role?.value === 'dialog');
    expect(dialogs.map((node): unknown => node.name?.value)).toEqual(['Left knee']);
    expect(dialogs[0]!.properties?.find((property) => property.name === 'modal')?.value.value ?? false).toBe(false);
    await cdp.detach();
  });

  const announcements = {
    en: { knee: 'Left knee', opened: 'Left knee panel opened', back: 'Back', showing: 'Showing Back view', soles: 'Soles', showingSoles: 'Showing Soles view' },
    es: { knee: 'Rodilla izquierda', opened: 'Panel abierto: Rodilla izquierda', back: 'Espalda', showing: 'Vista: Espalda', soles: 'Plantas', showingSoles: 'Vista: Plantas' },
  } as const;

  for (const [locale, text] of Object.entries(announcements)) {
    test(`a polite status region announces the panel opening and the view changing (${locale})`, async ({ page }) => {
      await openStory(page, 'bodymap--default', `locale:${locale}`);
      const status = page.locator('#storybook-root').getByRole('status');
      await expect(status).toHaveCount(1);
      await expect(status).toHaveText('');

      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const live = nodes.filter((node) => !node.ignored && node.role?.value === 'status');
      expect(live).toHaveLength(1);
      expect(live[0]!.properties?.find((property) => property.name === 'live')?.value.value).toBe('polite');
      await cdp.detach();

      await page.getByRole('button', { name: text.knee, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(text.opened);
      await page.keyboard.press('Escape');
      await button(page, text.back).focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(text.showing);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(text.showingSoles);
    });
  }
});

test.describe('forced colours', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test('every region of every view keeps a visible outline', async ({ page }) => {
    // Three views in turn.
    test.slow();
    const unseen: string[] = [];
    for (const view of views) {
      await openStory(page, 'bodymap--default', `defaultView:${view}`);
      const styles = await page.locator('#storybook-root path[data-region]').evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          return { id: element.getAttribute('data-region')!, stroke: style.stroke, width: Number.parseFloat(style.strokeWidth) };
        }),
      );
      expect(styles.length).toBeGreaterThan(3);
      for (const { id, stroke, width } of styles) {
        if (!paints(stroke) || !(width > 0)) {
          unseen.push(`${view}: ${id} (stroke ${stroke}, ${width}px)`);
        }
      }
    }
    expect(unseen).toEqual([]);
  });

  test('selection and keyboard focus each stand out from an idle region', async ({ page }) => {
    await openStory(page, 'bodymap--open-panel');
    const selected = page.locator('#storybook-root [data-state="selected"]');
    await expect(selected).toBeVisible();
    const idle = page.locator('#storybook-root [data-region="chest-right"]');
    const [selectedFill, idleFill] = await Promise.all([
      selected.evaluate((element) => getComputedStyle(element).fill),
      idle.evaluate((element) => getComputedStyle(element).fill),
    ]);
    expect(selectedFill).not.toBe(idleFill);

    // The selected region holds the tab stop; the next one down is idle.
    await press(page, 'Tab', 9);
    await expect(selected).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('#storybook-root [data-region="chest-left"]');
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAttribute('data-state', 'idle');
    const stroke = (locator: Locator) => locator.evaluate((element) => `${getComputedStyle(element).stroke} ${getComputedStyle(element).strokeWidth}`);
    await expect.poll(async () => stroke(focused)).not.toBe(await stroke(idle));
    await expect
      .poll(async () => Number.parseFloat(await focused.evaluate((element) => getComputedStyle(element).strokeWidth)))
      .toBeGreaterThan(Number.parseFloat(await idle.evaluate((element) => getComputedStyle(element).strokeWidth)));
  });

  test('reflexology points are visible on the soles, and show focus and selection', async ({ page }) => {
    await openStory(page, 'bodymap--default', 'defaultView:soles');
    const sole = await page.locator('#storybook-root path[data-region="foot-sole-left-arch"]').evaluate((element) => getComputedStyle(element).fill);
    const dots = await page.locator('#storybook-root .bodymap-hotspot-dot').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).fill));
    expect(dots.length).toBeGreaterThan(20);
    expect(dots.filter((fill) => !paints(fill) || fill === sole), 'dots painted against the sole').toEqual([]);

    const stop = page.locator('#storybook-root [data-region][tabindex="0"]');
    const target = stop.locator('.bodymap-hotspot-target');
    const resting = await target.evaluate((element) => getComputedStyle(element).stroke);
    await press(page, 'Tab', 9);
    await expect(stop).toBeFocused();
    await expect.poll(async () => paints(await target.evaluate((element) => getComputedStyle(element).stroke))).toBe(true);
    expect(await target.evaluate((element) => getComputedStyle(element).stroke)).not.toBe(resting);

    const idleDot = await stop.locator('.bodymap-hotspot-dot').evaluate((element) => getComputedStyle(element).fill);
    await page.keyboard.press('Enter');
    await expect(stop).toHaveAttribute('data-state', 'selected');
    await expect.poll(async () => stop.locator('.bodymap-hotspot-dot').evaluate((element) => getComputedStyle(element).fill)).not.toBe(idleDot);
  });

  test('the pressed view button and the disabled zoom buttons are told apart', async ({ page }) => {
    await openStory(page, 'bodymap--default');
    const look = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, background: style.backgroundColor, opacity: style.opacity };
      });
    const front = button(page, 'Front');
    await expect(front).toHaveAttribute('aria-pressed', 'true');
    const [pressed, unpressed] = await Promise.all([look(front), look(button(page, 'Back'))]);
    expect(pressed.background).not.toBe(unpressed.background);
    expect(pressed.color).not.toBe(pressed.background);

    const zoomIn = button(page, 'Zoom in');
    const zoomOut = button(page, 'Zoom out');
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    const ink = ({ color, opacity }: { color: string; opacity: string }) => `${color} at ${opacity}`;
    const disabled = ink(await look(zoomOut));
    const enabled = ink(await look(zoomIn));
    expect(disabled).not.toBe(enabled);
    // The look follows the state, not the button: at the far end the roles swap.
    await zoomIn.focus();
    await press(page, 'Enter', 5);
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomOut).not.toHaveAttribute('aria-disabled', 'true');
    expect(ink(await look(zoomIn))).toBe(disabled);
    expect(ink(await look(zoomOut))).toBe(enabled);
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  /** A point on the page that is neither on the map nor on the panel. */
  async function outside(page: Page) {
    const point = await page.evaluate(() => {
      const { innerWidth: width, innerHeight: height } = window;
      const candidates = [
        [4, height - 4],
        [width - 4, height - 4],
        [4, 4],
        [width - 4, 4],
      ] as const;
      return candidates.find(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && !hit.closest('svg.bodymap-viewport, [role="dialog"], button');
      });
    });
    expect(point, 'a bare spot to tap').toBeDefined();
    return { x: point![0], y: point![1] };
  }

  test('a tap opens a panel, and a tap outside the map and the panel closes it', async ({ page }) => {
    await openStory(page, 'bodymap--default', 'defaultView:back');
    await page.getByRole('button', { name: 'Upper and mid spine (thoracic)' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Upper and mid spine (thoracic)' });
    await expect(dialog).toBeVisible();
    await expect.poll(async () => inside(await box(dialog), page.viewportSize()!)).toBe(true);
    // A tap inside the panel leaves it open.
    await dialog.getByRole('heading', { name: 'Upper and mid spine (thoracic)' }).tap();
    await expect(dialog).toBeVisible();
    const spot = await outside(page);
    await page.touchscreen.tap(spot.x, spot.y);
    await expect(dialog).toBeHidden();
  });

  test('a tap on a reflexology point opens its panel', async ({ page }) => {
    await openStory(page, 'bodymap--default', 'defaultView:soles');
    await page.getByRole('button', { name: 'Left sole reflexology point: heart' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Left sole reflexology point: heart' });
    await expect(dialog.getByRole('heading', { name: 'Traditional claim' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Left sole reflexology point: heart' })).toHaveAttribute('aria-expanded', 'true');
    const spot = await outside(page);
    await page.touchscreen.tap(spot.x, spot.y);
    await expect(dialog).toBeHidden();
  });
});

test.describe('reduced motion', () => {
  /** Records every CSS animation and transition that starts, and every zoom step drawn. */
  async function watchMotion(page: Page) {
    await page.evaluate(() => {
      const seen = { animations: [] as string[], transitions: [] as string[], zooms: [] as (string | null)[] };
      (window as unknown as { motion: typeof seen }).motion = seen;
      document.addEventListener('animationstart', (event) => seen.animations.push(event.animationName), true);
      document.addEventListener('transitionrun', (event) => seen.transitions.push(event.propertyName), true);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof Element && record.target.classList.contains('bodymap-scene')) {
            seen.zooms.push(record.target.getAttribute('transform'));
          }
        }
      }).observe(document.querySelector('#storybook-root')!, { subtree: true, attributes: true, attributeFilter: ['transform'] });
    });
    return () => page.evaluate(() => (window as unknown as { motion: { animations: string[]; transitions: string[]; zooms: (string | null)[] } }).motion);
  }

  /** Zoom in, focus and open a foot, and go from its panel to the soles view, all by keyboard. */
  async function moveAround(page: Page) {
    await button(page, 'Zoom in').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await zoom(page)).k).toBeCloseTo(1.6, 5);
    await button(page, 'Reset zoom').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => zoom(page)).toEqual({ x: 0, y: 0, k: 1 });
    await page.locator('#storybook-root [data-region="foot-left"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Left foot' });
    await panel.getByRole('button', { name: 'See the Soles view' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#storybook-root svg[data-view="soles"]')).toBeVisible();
    await expect(focusedRegion(page)).toHaveCount(1);
  }

  test('with reduced motion, zoom, focus, selection and the way to the soles happen at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, 'bodymap--default');
    const motion = await watchMotion(page);
    await moveAround(page);
    const seen = await motion();
    expect(seen.animations).toEqual([]);
    expect(seen.transitions).toEqual([]);
    // One press, one step: straight from the whole figure to the zoomed one.
    expect(seen.zooms[0]).toMatch(/scale\(1\.6\)$/);
    expect(seen.zooms[1]).toBeNull();
    const still = await page.locator('#storybook-root').evaluate((element) => {
      const region = getComputedStyle(element.querySelector('.bodymap-region')!);
      const stage = getComputedStyle(element.querySelector('.bodymap-stage')!);
      return { transition: region.transitionDuration, animation: stage.animationName, running: element.getAnimations({ subtree: true }).length };
    });
    expect(still).toEqual({ transition: '0s', animation: 'none', running: 0 });
  });

  test('without reduced motion the same steps animate, so the check above can tell', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openStory(page, 'bodymap--default');
    const motion = await watchMotion(page);
    await moveAround(page);
    const seen = await motion();
    expect(seen.animations).toContain('bodymap-enter');
    expect(seen.transitions.length).toBeGreaterThan(0);
    expect(new Set(seen.zooms.slice(0, seen.zooms.findIndex((value) => value === null))).size).toBeGreaterThan(2);
  });
});
