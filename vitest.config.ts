import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig, type TestProjectConfiguration } from 'vitest/config';
import { chromiumArgs, findChromium } from './tests/scripts/find-chromium.mjs';
import viteConfig from './vite.config.ts';

// `--project unit` or `react18` leaves the browser project out: no Storybook indexing, no Chromium needed.
const projectIndex = process.argv.indexOf('--project');
const unitOnly = projectIndex !== -1 && ['unit', 'react18'].includes(process.argv[projectIndex + 1] ?? '');

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

// The same component tests against React 18, the other half of the supported peer range: the
// tests/react18 workspace project installs React 18 and a testing library bound to it.
const react18Modules = fileURLToPath(new URL('./tests/react18/node_modules/', import.meta.url));
const react18: TestProjectConfiguration = {
  extends: true,
  resolve: {
    alias: [
      { find: /^react(\/.*)?$/, replacement: `${react18Modules}react$1` },
      { find: /^react-dom(\/.*)?$/, replacement: `${react18Modules}react-dom$1` },
      { find: /^@testing-library\/react$/, replacement: `${react18Modules}@testing-library/react` },
    ],
  },
  test: {
    name: 'react18',
    globals: true,
    environment: 'jsdom',
    include: ['packages/react/src/**/*.test.tsx'],
    // The unit setup first: it installs the render counter before anything loads React DOM.
    setupFiles: ['tests/unit/setup.ts', 'tests/react18/assert-version.ts'],
    // Processed by Vite so that its own React imports go through the aliases too.
    server: { deps: { inline: [/@floating-ui\//] } },
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
  },
});

export default mergeConfig(
  viteConfig,
  defineConfig({ test: { projects: unitOnly ? [unit, react18] : [unit, react18, stories()] } }),
);
