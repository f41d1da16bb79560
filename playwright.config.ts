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
  expect: { timeout: 10_000 },
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
