#!/usr/bin/env node
// Measures what a page downloads for @bodymap/react, React excluded, minified and gzipped: the
// JavaScript that draws the first view (the budget), and what opening a panel adds to it (the panel
// and its positioning, plus the largest single panel's text). Everything else, such as the other
// views, the zoom gestures and the source lists, is listed with the on-demand chunks.
// Prints a table, writes docs/bundle-size.json, and exits non-zero when the budget is exceeded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const budgets = { firstView: 25_000 };

const scratch = mkdtempSync(join(tmpdir(), 'bodymap-size-'));
const entry = join(scratch, 'entry.js');
writeFileSync(entry, "export { BodyMap } from '@bodymap/react';\n");

try {
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      // No module-preload helper: that is the host application's cost, not the package's.
      modulePreload: false,
      rollupOptions: {
        input: entry,
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        output: { format: 'es' },
        preserveEntrySignatures: 'exports-only',
      },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) => item.output);
  const chunks = outputs.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;

  // The first view is the entry and everything it imports statically.
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName) || !byName.has(fileName)) {
      return;
    }
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) {
      visit(imported);
    }
  };
  for (const chunk of chunks.filter((item) => item.isEntry)) {
    visit(chunk.fileName);
  }
  const initialBytes = [...initial].reduce((sum, fileName) => sum + gz(byName.get(fileName)), 0);
  const lazy = chunks
    .filter((chunk) => !initial.has(chunk.fileName))
    .map((chunk) => ({ name: chunk.facadeModuleId ? chunk.facadeModuleId.replace(root, '') : chunk.fileName, bytes: gz(chunk) }))
    .sort((a, b) => b.bytes - a.bytes);
  // Opening a panel downloads its chunk and whatever that chunk imports statically.
  const withImports = (chunk) => {
    const files = new Set();
    const add = (fileName) => {
      if (!files.has(fileName) && byName.has(fileName) && !initial.has(fileName)) {
        files.add(fileName);
        byName.get(fileName).imports.forEach(add);
      }
    };
    add(chunk.fileName);
    return [...files].reduce((sum, fileName) => sum + gz(byName.get(fileName)), 0);
  };
  const panels = chunks
    .filter((chunk) => chunk.facadeModuleId?.includes('/panels/'))
    .map((chunk) => ({ name: chunk.facadeModuleId.replace(root, ''), bytes: withImports(chunk) }))
    .sort((a, b) => b.bytes - a.bytes);
  const largestPanel = panels[0] ?? { name: '(none)', bytes: 0 };
  const popover = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('panel-popover.tsx'));
  if (!popover) {
    throw new Error('The panel chunk (panel-popover.tsx) was not found: is the panel still loaded on demand?');
  }
  const panelCode = withImports(popover);
  const firstViewAndPanel = initialBytes + panelCode + largestPanel.bytes;

  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('@bodymap/react, minified + gzip, React excluded');
  console.log(`  first view (entry + static imports)      ${kb(initialBytes)}   budget ${kb(budgets.firstView)}`);
  for (const fileName of initial) {
    console.log(`    ${fileName.padEnd(60)} ${kb(gz(byName.get(fileName)))}`);
  }
  console.log(`  panel and its positioning                ${kb(panelCode)}`);
  console.log(`  largest panel's text (${largestPanel.name.split('/').pop()})`.padEnd(43) + kb(largestPanel.bytes));
  console.log(`  first view + opening a panel             ${kb(firstViewAndPanel)}`);
  console.log('  loaded on demand:');
  for (const chunk of lazy) {
    console.log(`    ${chunk.name.padEnd(60)} ${kb(chunk.bytes)}`);
  }
  writeFileSync(
    join(root, 'docs/bundle-size.json'),
    `${JSON.stringify({ initialBytes, budget: budgets.firstView, panelCode, largestPanel, firstViewAndPanel, lazy }, null, 2)}\n`,
  );
  if (initialBytes > budgets.firstView) {
    console.error(`Over budget: the first view is ${kb(initialBytes)} > ${kb(budgets.firstView)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
