import { expect, type Locator, type Page } from '@playwright/test';

/** The port of the static server for the embedding examples (tests/scripts/static-server.mjs). */
export const embedPort = Number(process.env.EMBED_PORT ?? 6112);

/**
 * Opens one story on its own, the way the Storybook canvas shows it, and waits for the figure: up to
 * 30 s, as a view loaded on demand has taken over 10 s to draw on a busy shared machine.
 */
export async function openStory(page: Page, id: string, args?: string) {
  await page.goto(`/iframe.html?id=${id}&viewMode=story${args ? `&args=${args}` : ''}`);
  await expect(page.locator('#storybook-root [data-region]').first()).toBeVisible({ timeout: 30_000 });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function box(locator: Locator): Promise<Box> {
  const result = await locator.boundingBox();
  expect(result, 'element has a layout box').not.toBeNull();
  return result!;
}

/** Gap in CSS pixels between two boxes (0 when they touch or overlap). */
export function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

export function inside(inner: Box, outer: { width: number; height: number }): boolean {
  return inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width + 0.5 && inner.y + inner.height <= outer.height + 0.5;
}

/** The zoom the map shows, read from the transform React renders on its scene. */
export async function zoom(page: Page) {
  const attribute = await page.locator('#storybook-root .bodymap-scene').getAttribute('transform');
  const match = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(attribute ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) } : { x: 0, y: 0, k: 1 };
}

/**
 * Waits until d3-zoom is bound to the map (it keeps its transform on the element): from then on two
 * quick taps are a double tap, where a tap in the middle of the load could reach it half-way through.
 */
export async function gesturesBound(page: Page) {
  await page.locator('#storybook-root svg.bodymap-viewport').evaluate(
    (node) =>
      new Promise<void>((resolve) => {
        const check = () => ('__zoom' in node ? resolve() : setTimeout(check, 20));
        check();
      }),
  );
}
