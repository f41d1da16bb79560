import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { UserConfig } from 'vite';
import { defineConfig, mergeConfig, type TestProjectConfiguration } from 'vitest/config';
import { chromiumArgs, findChromium } from './tests/scripts/find-chromium.mjs';
import viteConfig from './vite.config.ts';

// `--project unit` leaves the browser project out entirely: no Storybook indexing, no Chromium needed.
const projectIndex = process.argv.indexOf('--project');
const unitOnly = projectIndex !== -1 && process.argv[projectIndex + 1] === 'unit';

const unit: TestProjectConfiguration = {
  extends: true,
  test: {
    name: 'unit',
    globals: true,
    environment: 'jsdom',
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
};

const stories = (): TestProjectConfiguration => ({
  extends: true,
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
    setupFiles: ['.storybook/vitest.setup.ts'],
  },
});

export default mergeConfig(
  viteConfig as UserConfig,
  defineConfig({ test: { projects: unitOnly ? [unit] : [unit, stories()] } }),
);
