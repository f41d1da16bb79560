#!/usr/bin/env node
// Measures what a page downloads, minified and gzipped, and enforces a budget per entry point:
// - @bodymap/react (React excluded), bundled as an application would: the first view (the
//   budget); what opening a panel adds; and the complete map: every view, the zoom gestures, the
//   panel and one locale's names, interface text and glossary (panel texts and the bibliography
//   are content, loaded a panel at a time, and are listed with the other on-demand chunks); and,
//   for the embedding guide's comparison, React and React DOM themselves, which an app brings;
// - @bodymap/element's script files (their runtime, Preact's compatibility layer, included): from
//   the chunk manifest, what the first view of a page with one <body-map> downloads; and the
//   one-file IIFE.
// Prints a table, writes docs/bundle-size.json, and exits non-zero when a budget is exceeded.
// The element's figures need `pnpm build` first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, chunkGraph, closure, gzip, reactModules } from './bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The first view's budget was 20 kB until the rule of who owns a gesture, the tap on crowded
// points, the gesture hint, the side marks, the loads ahead of the first tap and the panel's parts
// came into it: all must hold before any code loads on demand (docs/bundle-size.mdx); 24.5 kB since
// the part of intake mode that lets any map become a form control came into it. The complete
// map's grew from 57 kB with the panel's move to @floating-ui/react: its interaction hooks and
// focus manager (with tabbable) add about 12 kB, all in the panel's own chunk, loaded on demand.
// The IIFE holds every view, both languages and every panel's text in one file: its code alone
// (runtime, first view, panel, gestures) is about 75 kB, so 70 kB cannot hold it
// (docs/bundle-size.mdx); its budget, 155 kB since intake mode's code, words and record exports
// came into it, keeps it from growing unseen.
// The element's first view was undercounted until its files that import nothing were counted too;
// counted whole, with intake mode's part of every first view, it is 41 kB.
// The muscle layer's drawing and panels load on demand, but every first view names its 38 regions
// (their models and labels), holds the layer switch and the refined outline with its fingers and
// toes: 26.7 kB for the first view, 73 kB for the complete map, 43.5 kB for the element's first view,
// and 182 kB for the IIFE, which holds the 19 muscles' panels in both languages.
// The finder, the referral patterns, the routines and links load on demand, but each leaves in every
// first view the controller's hook that loads it, its props and the part that waits for its code
// (about 1.3 kB together), won back by the disclaimer, which loads beside the first panel's text
// (0.35 kB), and by measuring the first view from an entry that exports nothing, as an application's
// does (see `measureReact`): the first view is within the 26.7 kB it had before them, and the complete
// map within 73 kB. The element's first view also inlines their styles (about 1.5 kB), and the IIFE
// holds their code, twelve symptoms, twelve patterns and four routines in both languages (about
// 31 kB): 45.5 kB and 214 kB.
// The element's first view has since held only the first view's part of the stylesheet (2.8 kB),
// each other part coming with the code that draws it (3 kB less), and its modules in one file
// rather than fourteen (1.1 kB less). That file had held the content checks too, which only
// development builds run and the panel uses: it now holds what the first view runs (1.3 kB less),
// and the element's first view is within the 40 kB once promised. The muscle layer's redrawing
// (rounder shapes need more points, about 0.8 kB over its three views) takes the IIFE to 214.5 kB.
// The zoom animation's path (d3-interpolate's interpolateZoom) and the gesture hints' listeners load
// with the gestures, ahead of the first gesture (0.5 kB less in both first views); the IIFE, which
// holds them anyway, gains the code that waits for the path (about 0.5 kB) and stays within its budget.
// The panel's own words, the zoom animation's path, the gesture hints' listeners, the names written
// as templates and development-only checks have since left the first view: 24.5 kB again, the
// budget it had before the muscle layer; 72.5 kB for the complete map, 38.5 kB for the element's.
// Bundled by Vite 8.4, the first view is one file, the chunks Vite 8.3 split from it (rolldown#10731)
// back in the entry with Vite's preload helper, which is counted there: 24 kB, its budget before
// intake mode.
const budgets = { firstView: 24_000, completeMap: 72_500, element: 38_500, iife: 214_500 };
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function measureReact() {
  const scratch = mkdtempSync(join(tmpdir(), 'bodymap-size-'));
  const entry = join(scratch, 'entry.js');
  // An application's entry renders the map and exports nothing. Rolldown keeps an entry that
  // exports apart from the modules it shares with chunks loaded on demand (rolldown#10731), which an
  // entry exporting `BodyMap` would show as chunks no application downloads.
  writeFileSync(
    entry,
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { BodyMap } from '@bodymap/react';\n" +
      "createRoot(document.getElementById('map')).render(createElement(BodyMap));\n",
  );
  try {
    const { chunks, byName, importsOf, bytes, initial, source, chunkOf } = chunkGraph(
      await bundle({ input: entry, external: reactModules }),
    );

    const popover = closure([chunkOf(/panel-popover\.tsx$/)], importsOf, initial);
    // A panel is its words in one locale (a JSON file of messages) with what joins them to its facts:
    // the facts module and the loader that reads them.
    const factsOf = (name) => chunks.find((chunk) => source(chunk).endsWith(`/src/panels/${name}.ts`));
    const panels = chunks
      .map((chunk) => ({ chunk, match: /\/locales\/(\w+)\/panels\/([\w-]+)\.json$/.exec(source(chunk)) }))
      .filter(({ match }) => match)
      .map(({ chunk, match: [, , name] }) => {
        const parts = [chunk, factsOf(name), chunkOf(/panels\/loaders\.ts$/)];
        return { name: source(chunk), bytes: bytes(closure(parts.filter(Boolean).map((part) => part.fileName ?? part), importsOf, initial)) };
      })
      .sort((a, b) => b.bytes - a.bytes);
    const largestPanel = panels[0] ?? { name: '(none)', bytes: 0 };
    const complete = closure(
      [...initial, ...[/panel-popover\.tsx$/, /zoom-gestures\.ts$/, /atlas\/back\.ts$/, /soles\/soles\.ts$/, /en\/glossary\.ts$/].map(chunkOf)],
      importsOf,
    );
    // The muscle layer's drawing of each view, each loaded the first time the layer shows that view.
    const muscleViews = ['front', 'back', 'soles'].map((view) => ({
      view,
      bytes: bytes(closure([chunkOf(new RegExp(`atlas/muscles/${view}\\.ts$`))], importsOf, initial)),
    }));
    const lazy = chunks
      .filter((chunk) => !initial.has(chunk.fileName))
      .map((chunk) => ({ name: source(chunk) || chunk.fileName, bytes: gzip(chunk.code) }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      initialFiles: [...initial].map((file) => ({ name: file, bytes: gzip(byName.get(file).code) })),
      initialBytes: bytes(initial),
      panelCode: bytes(popover),
      largestPanel,
      firstViewAndPanel: bytes(initial) + bytes(popover) + largestPanel.bytes,
      completeMap: bytes(complete),
      muscleViews,
      lazy,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measureElement() {
  const folder = join(root, 'packages/element/dist/script');
  const manifestFile = join(folder, '.vite/manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error('packages/element/dist/script has no chunk manifest: run `pnpm build` first.');
  }
  // Keyed by source; each entry names its output file and the keys it imports statically.
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entries = Object.values(manifest);
  // A chunk that imports nothing has no `imports` in the manifest, and still counts.
  const importsOf = (file) => {
    const entry = entries.find((candidate) => candidate.file === file);
    return entry && (entry.imports ?? []).map((key) => manifest[key].file);
  };
  const bytesOf = (file) => gzip(readFileSync(join(folder, file)));
  const script = entries.find((entry) => entry.isEntry);
  const initial = closure([script.file], importsOf);
  return {
    firstView: [...initial].reduce((sum, file) => sum + bytesOf(file), 0),
    iife: bytesOf('bodymap.iife.js'),
  };
}

/** React and React DOM as a browser app includes them: what a page without React pays for them. */
async function measureReactRuntime() {
  const scratch = mkdtempSync(join(tmpdir(), 'bodymap-size-'));
  const entry = join(scratch, 'entry.js');
  // By their resolved files: the scratch folder has no node_modules to find them in.
  const from = (specifier) => JSON.stringify(fileURLToPath(import.meta.resolve(specifier)));
  writeFileSync(
    entry,
    `export * from ${from('react')};\nexport * from ${from('react/jsx-runtime')};\nexport { createRoot, hydrateRoot } from ${from('react-dom/client')};\n`,
  );
  try {
    const { bytes, initial } = chunkGraph(await bundle({ input: entry }));
    return bytes(initial);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const react = { ...(await measureReact()), runtime: await measureReactRuntime() };
const element = measureElement();

console.log('@bodymap/react, minified + gzip, React excluded');
console.log(`  first view (entry + static imports)      ${kb(react.initialBytes)}   budget ${kb(budgets.firstView)}`);
for (const file of react.initialFiles) {
  console.log(`    ${file.name.padEnd(60)} ${kb(file.bytes)}`);
}
console.log(`  panel and its positioning                ${kb(react.panelCode)}`);
console.log(`  largest panel (${react.largestPanel.name.replace(/.*locales\//, '').replace('/panels/', '/')})`.padEnd(43) + kb(react.largestPanel.bytes));
console.log(`  first view + opening a panel             ${kb(react.firstViewAndPanel)}`);
console.log(`  complete map (views, zoom, panel, locale) ${kb(react.completeMap)}   budget ${kb(budgets.completeMap)}`);
for (const { view, bytes } of react.muscleViews) {
  console.log(`  muscle layer, ${view} view`.padEnd(43) + kb(bytes));
}
console.log(`  React and React DOM, which the app brings ${kb(react.runtime)}`);
console.log('  loaded on demand:');
for (const chunk of react.lazy) {
  console.log(`    ${chunk.name.padEnd(60)} ${kb(chunk.bytes)}`);
}
console.log('@bodymap/element script files, minified + gzip, runtime (preact/compat) included');
console.log(`  first view (bodymap.js + static imports) ${kb(element.firstView)}   budget ${kb(budgets.element)}`);
console.log(`  bodymap.iife.js, everything in one file  ${kb(element.iife)}   budget ${kb(budgets.iife)}`);

const { initialFiles: _files, ...recorded } = react;
writeFileSync(join(root, 'docs/bundle-size.json'), `${JSON.stringify({ budgets, react: recorded, element }, null, 2)}\n`);

const over = [
  ['the first view of @bodymap/react', react.initialBytes, budgets.firstView],
  ['the complete map', react.completeMap, budgets.completeMap],
  ["the element's first view", element.firstView, budgets.element],
  ['the one-file IIFE', element.iife, budgets.iife],
].filter(([, bytes, budget]) => bytes > budget);
for (const [name, bytes, budget] of over) {
  console.error(`Over budget: ${name} is ${kb(bytes)} > ${kb(budget)}`);
}
process.exitCode = over.length > 0 ? 1 : 0;
