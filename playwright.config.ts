import { defineConfig, devices } from '@playwright/test';
import { embedPort } from './tests/e2e/helpers.ts';
import { chromiumArgs, findChromium } from './tests/scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 6106);
const ci = Boolean(process.env.CI);

// Runs against the static Storybook build, the same files a visitor to the published Storybook gets.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  // Shared two-core machines are slow at times; correctness, not speed, is asserted here.
  expect: {
    timeout: 10_000,
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      // Repeated runs on one machine differ by a few anti-aliased pixels along a selected region's
      // edge (at most 11, of which the comparison counts 5: it recognises most anti-aliasing). Up
      // to 0.1 % of the pixels (880 of a 1100 x 800 page) may differ, far above that noise, while
      // recolouring just the panel's 1 px border changes 1,000 to 1,500. A pixel differs past a
      // colour distance of 0.05, a quarter of Playwright's default, which let a visibly darker
      // body fill (#f3e9df to #ead9c6) pass unnoticed.
      threshold: 0.05,
      maxDiffPixelRatio: 0.001,
    },
  },
  // One set of baselines, without the usual -chromium-linux suffix: they are only valid for one
  // rendering setup (Debian's Chromium and fonts, as CI has), and a run on another platform should
  // show how it differs from CI's pictures rather than start a second set of its own.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  // A missing baseline fails in CI instead of being written there, where a retry would then
  // compare against it and pass. Locally it is written and the test fails, to be looked at.
  updateSnapshots: ci ? 'none' : 'default',
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: `pnpm exec vite preview --outDir storybook-static --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/iframe.html`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
    // The plain HTML embedding example with the script-tag build, from a plain static server.
    {
      command: `node tests/scripts/static-server.mjs ${embedPort}`,
      url: `http://127.0.0.1:${embedPort}/`,
      reuseExistingServer: !ci,
      timeout: 30_000,
    },
  ],
});
