#!/usr/bin/env node
// `pnpm test` step: builds a plain Vite app that imports @bodymap/element's main entry, and one that
// imports @bodymap/react, from the built packages as an installed site resolves them, and fails on
// any warning either build logs. Vite 7 is used here because its bundler, Rollup, warns about a
// module-level 'use client' directive (Vite 8's does not): while the React entry began with one,
// every such app was told `Module level directives cause errors when bundled, "use client" in
// "node_modules/@bodymap/react/dist/index.js" was ignored.` The directive is for React Server
// Components hosts, which resolve the package under the `react-server` condition: that entry must
// still begin with it, and export what the plain one does.
// Run `pnpm build` first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

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
if (react.warnings.length > 0) {
  fail(`a plain Vite build of a page that imports @bodymap/react logged ${react.warnings.length} warning(s):\n${react.warnings.join('\n')}`);
} else {
  console.log('ok    a plain Vite (7, Rollup) build of @bodymap/react logs no warning');
}

const reactPackage = fileURLToPath(new URL('../../packages/react/', import.meta.url));
const { exports } = JSON.parse(readFileSync(`${reactPackage}package.json`, 'utf8'));
const entryFor = (condition) => readFileSync(`${reactPackage}${exports['.'][condition]}`, 'utf8');
const serverEntry = entryFor('react-server');
const exported = (code) => code.replace(/^'use client';\n/, '').trim();
if (!serverEntry.startsWith("'use client';\n")) {
  fail("@bodymap/react's entry for React Server Components hosts (the `react-server` condition) does not begin with 'use client'");
} else if (exported(serverEntry) !== exported(entryFor('default').replace(/\n\/\/# sourceMappingURL=.*$/, ''))) {
  fail("@bodymap/react's entry for React Server Components hosts does not export what its plain entry does");
} else {
  console.log("ok    under the `react-server` condition @bodymap/react's entry begins with 'use client' and exports the same");
}

process.exit(failed ? 1 : 0);
