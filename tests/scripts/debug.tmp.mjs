import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
const server = spawn('pnpm', ['exec', 'vite', 'preview', '--outDir', 'storybook-static', '--port', '6108', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto('http://127.0.0.1:6108/iframe.html?id=bodymap-zoom-and-detail--spine-detail&viewMode=story');
await page.locator('[data-region]').first().waitFor();
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const svg = document.querySelector('.bodymap-viewport');
  return { rect: svg.getBoundingClientRect().toJSON(), scene: document.querySelector('.bodymap-scene')?.getAttribute('transform'), captions: document.querySelector('.bodymap-captions')?.outerHTML.slice(0, 300) };
}));
await browser.close();
server.kill();
