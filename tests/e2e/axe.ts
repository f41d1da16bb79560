import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe on the whole story (WCAG 2.2 AA and best practice), with the page-structure rules a component cannot meet left to the host page. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  // Storybook's accessibility addon runs axe in the same page after each render; wait for it.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          // A story renders a component, not a page: page structure is the host page's job.
          rules: { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } },
        });
        return result.violations;
      });
    } catch (error) {
      if (attempt > 20 || !String(error).includes('Axe is already running')) {
        throw error;
      }
      await page.waitForTimeout(250);
    }
  }
}

/** Fails with each violation's rule, help and targets, so a report says what to fix. */
export const expectNoViolations = async (page: Page) =>
  expect((await axe(page)).map((violation) => `${violation.id}: ${violation.help} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
