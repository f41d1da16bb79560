#!/usr/bin/env node
// Screenshots of stories from the built Storybook (run `pnpm build-storybook` first):
//   node tests/scripts/screenshots.mjs                 the README images in docs/images/
//   node tests/scripts/screenshots.mjs DIR             every story, into DIR
//   node tests/scripts/screenshots.mjs DIR ID [ID...]  the named stories, into DIR
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [outputDir, ...requested] = process.argv.slice(2);
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
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1.5 });
  const shoot = async (id, file, args = '') => {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story${args ? `&args=${args}` : ''}`);
    await page.locator('#storybook-root [data-region]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: file });
    console.log(file);
  };
  if (outputDir === undefined) {
    await shoot('bodymap--default', join(root, 'docs/images/open-panel.png'), 'defaultView:back;defaultSelectedRegion:lower-back-left');
    await shoot('bodymap--default', join(root, 'docs/images/soles.png'), 'defaultView:soles;defaultSelectedRegion:rfx-kidney-right');
    await shoot('muscles--area-panel-links-to-muscles', join(root, 'docs/images/muscles.png'));
  } else {
    mkdirSync(outputDir, { recursive: true });
    const index = JSON.parse(readFileSync(join(root, 'storybook-static/index.json'), 'utf8'));
    const stories = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);
    for (const id of requested.length > 0 ? requested : stories) {
      await shoot(id, join(outputDir, `${id}.png`));
    }
  }
  await browser.close();
} finally {
  server.kill();
}
