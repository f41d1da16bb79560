#!/usr/bin/env node
// The figures of @bodymap/react and its peers side by side, as pictures:
//   pnpm bench:figures
// Builds one page (tests/bench/pages/figures.html) that shows, in a row of columns of the same
// width, bodymap's figure, bodymap's muscle layer, react-muscle-highlighter and
// react-body-highlighter, each drawn at the same height and captioned with its name and version;
// opens it in headless Chromium at 1100 × 800, front view then back, and writes
// docs/images/figures-front.png and docs/images/figures-back.png (and a version of each at twice
// the pixel density, -2x.png). Prints the shapes each figure draws, and writes them into
// docs/figures.md, between its markers. Fails when a page fails or a peer's figure is not drawn;
// a bodymap layer that draws nothing is reported, and pictured as it is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { bundle } from '../scripts/bundle.mjs';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { serveFolders } from '../scripts/serve-folders.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bench = fileURLToPath(new URL('.', import.meta.url));
const pages = join(bench, 'pages');
const viewport = { width: 1100, height: 800 };
const views = ['front', 'back'];
const doc = join(root, 'docs/figures.md');
const markers = { start: '<!-- figures:counts:start -->', end: '<!-- figures:counts:end -->' };
/** How long a bodymap layer may take to draw its first region before it counts as drawing none, in ms. */
const layerTimeout = 10_000;

/** The page's columns: what each shows and the elements counted as its shapes. */
// bodymap's: the regions of the layer asked for, once its viewport draws that layer (`data-layer`).
const columns = [
  { id: 'bodymap', name: '@bodymap/react', what: '`<BodyMap />` (areas layer)', figure: '.bodymap-viewport', layer: 'areas', shapes: '[data-region]' },
  { id: 'bodymap-muscles', name: '@bodymap/react', what: '`<BodyMap defaultLayer="muscles" />`', figure: '.bodymap-viewport', layer: 'muscles', shapes: '[data-region]' },
  { id: 'muscle-highlighter', name: 'react-muscle-highlighter', what: '`<Body side>`', figure: 'svg', shapes: 'svg path[id]' },
  { id: 'body-highlighter', name: 'react-body-highlighter', what: '`<Model type>`', figure: 'svg.rbh', shapes: 'svg polygon' },
];

function versionOf(name) {
  const folder = name.startsWith('@bodymap/') ? join(root, 'packages', name.slice('@bodymap/'.length)) : join(bench, 'node_modules', name);
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
}

/** Page errors and console errors, as problems to report. */
function watchProblems(page, problems) {
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
}

/**
 * Waits until every column has drawn its shapes. Returns the bodymap columns whose viewport draws
 * another layer than the one asked for, or drew none of its regions in time: they are pictured as
 * they are.
 */
async function waitForFigures(page) {
  const empty = [];
  for (const column of columns) {
    const figure = `[data-column="${column.id}"] ${column.figure}`;
    try {
      await page.waitForSelector(figure, { state: 'attached', timeout: 30_000 });
      if (column.layer === undefined) {
        await page.waitForSelector(`[data-column="${column.id}"] ${column.shapes}`, { state: 'attached', timeout: 30_000 });
        continue;
      }
    } catch (error) {
      throw new Error(`${column.name} drew nothing (${column.id}) within 30 s`, { cause: error });
    }
    const drawn = await page.getAttribute(figure, 'data-layer');
    if (drawn !== column.layer) {
      empty.push(`${column.id}: draws the ${drawn} layer`);
      continue;
    }
    try {
      await page.waitForSelector(`${figure} ${column.shapes}`, { state: 'attached', timeout: layerTimeout });
    } catch {
      empty.push(`${column.id}: no regions within ${layerTimeout / 1000} s`);
    }
  }
  await page.waitForLoadState('networkidle');
  // Fonts, then two frames, so the picture shows what was last drawn.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return empty;
}

/**
 * Each column's shapes, the layer its figure draws (bodymap's), the figure's size, and whether the
 * column, caption and figure, fits inside the viewport.
 */
function measure(columns) {
  return columns.map(({ id, figure, layer, shapes }) => {
    const column = document.querySelector(`[data-column="${id}"]`);
    const box = column.getBoundingClientRect();
    const svg = column.querySelector(figure);
    const drawn = layer === undefined ? null : svg.getAttribute('data-layer');
    const size = svg.getBoundingClientRect();
    return {
      id,
      drawn,
      shapes: layer === undefined || drawn === layer ? svg.querySelectorAll(shapes).length : 0,
      inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
      figure: { width: Math.round(size.width), height: Math.round(size.height) },
    };
  });
}

/** What a column's count counts, for the table. */
function counted(column) {
  return column.layer === undefined ? `\`${column.shapes}\`` : `\`${column.shapes}\` in the ${column.layer} layer`;
}

/** A column's count in one view, with the layer drawn when it is not the one asked for. */
function countCell(column, measured) {
  return column.layer !== undefined && measured.drawn !== column.layer ? `${measured.shapes} (draws the ${measured.drawn} layer)` : String(measured.shapes);
}

/** The table of counts for docs/figures.md. */
function countsTable(counts, versions) {
  const lines = [
    '| library | component | version | shapes counted | front | back |',
    '| --- | --- | --- | --- | ---: | ---: |',
    ...columns.map((column) =>
      [column.name, column.what, versions[column.name], counted(column), countCell(column, counts.front[column.id]), countCell(column, counts.back[column.id])].join(' | '),
    ).map((row) => `| ${row} |`),
  ];
  return lines.join('\n');
}

function writeCounts(table) {
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start === -1 || end < start) {
    throw new Error(`docs/figures.md has no ${markers.start} … ${markers.end} markers to write the counts between`);
  }
  writeFileSync(doc, `${text.slice(0, start + markers.start.length)}\n${table}\n${text.slice(end)}`);
}

async function main() {
  const versions = Object.fromEntries(columns.map((column) => [column.name, versionOf(column.name)]));
  const scratch = mkdtempSync(join(tmpdir(), 'bodymap-figures-'));
  const problems = [];
  let browser;
  let server;
  try {
    console.log('Building the page…');
    await bundle({ input: join(pages, 'figures.html'), outDir: join(scratch, 'figures'), appRoot: pages });
    server = await serveFolders([scratch], 0);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
    const query = new URLSearchParams(Object.entries(versions).map(([name, version]) => [`version.${name}`, version]));
    const counts = {};
    const empty = new Set();
    for (const view of views) {
      query.set('view', view);
      for (const scale of [1, 2]) {
        // Reduced motion: a layer that zooms to its figure jumps there instead of animating.
        const context = await browser.newContext({ viewport, deviceScaleFactor: scale, reducedMotion: 'reduce', colorScheme: 'light' });
        const page = await context.newPage();
        watchProblems(page, problems);
        try {
          await page.goto(`${origin}/figures/figures.html?${query}`);
          for (const id of await waitForFigures(page)) {
            empty.add(`${id}, ${view}`);
          }
          const measured = await page.evaluate(measure, columns.map(({ id, figure, layer, shapes }) => ({ id, figure, layer, shapes })));
          const outside = measured.filter((column) => !column.inside);
          if (outside.length > 0) {
            throw new Error(`${outside.map((column) => column.id).join(', ')} did not fit in the ${viewport.width} × ${viewport.height} viewport (${view})`);
          }
          if (scale === 1) {
            counts[view] = Object.fromEntries(measured.map((column) => [column.id, column]));
            console.log(`${view}: ${measured.map((column) => `${column.id} ${column.shapes} shapes${column.drawn ? ` (${column.drawn} layer drawn)` : ''}, ${column.figure.width} × ${column.figure.height} px`).join('; ')}`);
          }
          const file = `docs/images/figures-${view}${scale === 1 ? '' : `-${scale}x`}.png`;
          await page.screenshot({ path: join(root, file) });
          console.log(`Wrote ${file}`);
        } finally {
          await context.close();
        }
      }
    }
    console.table(Object.fromEntries(columns.map((column) => [`${column.id} (${versions[column.name]})`, { front: counts.front[column.id].shapes, back: counts.back[column.id].shapes }])));
    if (empty.size > 0) {
      console.warn(`Not drawn as asked, pictured as they are: ${[...empty].join('; ')}`);
    }
    if (problems.length > 0) {
      console.error(`Problems in the page:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join('\n')}`);
      process.exitCode = 1;
      return;
    }
    writeCounts(countsTable(counts, versions));
    console.log('Wrote the counts into docs/figures.md');
  } finally {
    await browser?.close();
    server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
