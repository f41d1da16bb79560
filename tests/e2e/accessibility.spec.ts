import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(new URL('../../storybook-static/index.json', import.meta.url), 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<AxeResult['violations']> {
  await page.addScriptTag({ content: axeSource });
  // Storybook's accessibility addon runs axe in the same page after each render; wait for it.
  for (let attempt = 0; ; attempt += 1) {
    try {
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          // A story renders a component, not a page: page structure is the host page's job.
          rules: { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } },
        }),
      );
      return result.violations;
    } catch (error) {
      if (attempt > 20 || !String(error).includes('Axe is already running')) {
        throw error;
      }
      await page.waitForTimeout(250);
    }
  }
}

test('the story list is not empty', () => {
  expect(stories.length).toBeGreaterThan(8);
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
  await page.goto('/iframe.html?id=bodymap--dark-theme&viewMode=story');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('[data-status="ready"]')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('forced colours keep regions, selection and focus visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/iframe.html?id=bodymap--open-panel&viewMode=story');
  const selected = page.locator('#storybook-root [data-state="selected"]');
  await expect(selected).toBeVisible();
  const idle = page.locator('#storybook-root [data-state="idle"]').first();
  const [selectedFill, idleFill, idleStroke] = await Promise.all([
    selected.evaluate((element) => getComputedStyle(element).fill),
    idle.evaluate((element) => getComputedStyle(element).fill),
    idle.evaluate((element) => getComputedStyle(element).stroke),
  ]);
  expect(selectedFill).not.toBe(idleFill);
  expect(idleStroke).not.toBe('none');
});

test('forced colours keep the active view button readable', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/iframe.html?id=bodymap--default&viewMode=story');
  const active = page.getByRole('button', { name: 'Front', exact: true });
  await expect(active).toHaveAttribute('aria-pressed', 'true');
  const [color, background, adjust] = await active.evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.color, style.backgroundColor, style.forcedColorAdjust];
  });
  expect(adjust).toBe('none');
  expect(color).not.toBe(background);
});
