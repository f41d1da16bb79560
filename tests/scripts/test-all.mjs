#!/usr/bin/env node
// `pnpm test`: every check the project has, in order, stopping at the first failure, with timings.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json']],
  ['lint (ESLint, React hooks rules)', 'pnpm', ['exec', 'eslint', '--max-warnings', '0', '.']],
  ['build packages', 'pnpm', ['run', 'build']],
  ['package quality (publint, attw)', 'node', ['tests/scripts/package-quality.mjs']],
  ["plain Vite apps' builds of the element and the components (no 'use client' warning)", 'node', ['tests/plain-vite/build.mjs']],
  ['bundle size', 'node', ['tests/scripts/size.mjs']],
  ['unit and component tests (jsdom)', 'pnpm', ['exec', 'vitest', 'run', '--project', 'unit']],
  ['component tests on React 18 (jsdom)', 'pnpm', ['exec', 'vitest', 'run', '--project', 'react18']],
  ['story tests with axe (Chromium)', 'pnpm', ['exec', 'vitest', 'run', '--project', 'storybook']],
  ['build Storybook', 'pnpm', ['exec', 'storybook', 'build', '--quiet', '--output-dir', 'storybook-static']],
  ['end-to-end tests (Playwright, Chromium)', 'pnpm', ['exec', 'playwright', 'test']],
];

const timings = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  timings.push([name, (Date.now() - started) / 1000]);
  if (status !== 0) {
    console.error(`\n${name} failed${error ? `: ${error.message}` : ''}`);
    process.exit(status ?? 1);
  }
}
console.log('\n=== all checks passed');
for (const [name, seconds] of timings) {
  console.log(`${seconds.toFixed(1).padStart(7)} s  ${name}`);
}
