#!/usr/bin/env node
// `pnpm test` step: builds a plain Vite app that imports @bodymap/element's main entry, from the
// built packages as an installed site resolves them, and fails on any warning the build logs. Vite
// 7 is used here because its bundler, Rollup, warns about a module-level 'use client' directive
// (Vite 8's does not): before the element built the React map in, every such app was told
// `Module level directives cause errors when bundled, "use client" in
// "node_modules/@bodymap/react/dist/index.js" was ignored.`
// A second build imports @bodymap/react itself, which must keep its directive for React Server
// Components hosts: its warning shows that this check would see the element's.
// Run `pnpm build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const directive = /use client/i;

async function warningsOf(entry) {
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = logger.warn;
  const result = await build({
    root: here,
    configFile: false,
    customLogger: logger,
    logLevel: 'warn',
    // Kept as a library's exports are, so that what the entry imports is bundled, not shaken off.
    build: { write: false, minify: false, rollupOptions: { input: { [entry]: `${here}${entry}.js` }, preserveEntrySignatures: 'strict' } },
  });
  const code = (Array.isArray(result) ? result : [result]).flatMap(({ output }) => output).map((file) => file.code ?? '').join('\n');
  return { warnings, code };
}

let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`FAIL  ${message}`);
};

if (!existsSync(fileURLToPath(new URL('../../packages/element/dist/index.js', import.meta.url)))) {
  fail('no packages/element/dist: run `pnpm build` first (this check builds from the built packages)');
  process.exit(1);
}

const element = await warningsOf('element');
if (!element.code.includes('customElements.define("body-map"')) {
  fail('the build of a page that imports @bodymap/element does not register <body-map>');
}
if (element.warnings.length > 0) {
  fail(`a plain Vite build of a page that imports @bodymap/element logged ${element.warnings.length} warning(s):\n${element.warnings.join('\n')}`);
} else {
  console.log('ok    a plain Vite (7, Rollup) build of @bodymap/element logs no warning');
}

const react = await warningsOf('react');
if (react.warnings.some((warning) => directive.test(warning) && warning.includes('react/dist/index.js'))) {
  console.log("ok    the same build of @bodymap/react is told of its 'use client' directive, kept for server components hosts");
} else {
  fail(`@bodymap/react's entry lost its 'use client' directive, or this check no longer sees the bundler's warning about it; warnings: ${JSON.stringify(react.warnings)}`);
}

process.exit(failed ? 1 : 0);
