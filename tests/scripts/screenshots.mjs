#!/usr/bin/env node
// Screenshots of stories from the built Storybook, for the README and for looking at changes:
//   pnpm build-storybook && node tests/scripts/screenshots.mjs [output-dir] [story-id ...]
// With no story ids it takes the README image and one shot of every story.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [outputDir = join(root, 'docs/images'), ...requested] = process.argv.slice(2);
const port = 6107;

const server = spawn('pnpm', ['exec', 'vite', 'preview', '--outDir', 'storybook-static', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
  });
  const page = await browser.newPage({ viewport: { width: 820, height: 760 }, deviceScaleFactor: 2 });
  mkdirSync(outputDir, { recursive: true });
  const index = JSON.parse(readFileSync(join(root, 'storybook-static/index.json'), 'utf8'));
  const ids = requested.length > 0 ? requested : Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);
  const shoot = async (id, file, args = '') => {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story${args ? `&args=${args}` : ''}`);
    await page.locator('#storybook-root [data-region]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outputDir, file) });
    console.log(join(outputDir, file));
  };
  if (requested.length === 0) {
    await shoot('bodymap--default', 'open-panel.png', 'defaultView:back;defaultSelectedRegion:lower-back-left');
  }
  for (const id of ids) {
    await shoot(id, requested.length === 0 ? `story-${id}.png` : `${id}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
