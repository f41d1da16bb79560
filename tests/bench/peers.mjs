#!/usr/bin/env node
// @bodymap/react side by side with the two most-used React body maps, react-body-highlighter and
// react-muscle-highlighter (installed in tests/bench only), in one headless Chromium:
//   pnpm bench:peers
//   BENCH_RUNS=4 pnpm bench:peers     fewer runs, for a quick look (the docs are left alone)
//   pnpm bench:peers --before old.json
//                                     adds a before-and-after comparison with an earlier run's
//                                     docs/benchmarks.json (printed, and in docs/benchmarks.md)
// For each library it builds a page with Vite and measures the bundle size, the time from mounting
// to the painted figure, the time from a click to the painted result, with the React commits and
// components rendered it took (and for bodymap the same for an arrow key), a cold first tap and a
// warm tap on a throttled phone, and the memory and DOM nodes the mounted figure takes. Every run loads each library's
// page afresh, in a rotating order, so that drift on a shared machine falls on all of them alike.
// Writes docs/benchmarks.md and docs/benchmarks.json. The figures are recorded, not enforced; the
// script fails only when a page fails or a click, tap or key does not change what it should.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { bundle, chunkGraph, closure, gzip, reactModules } from '../scripts/bundle.mjs';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { serveFolders } from '../scripts/serve-folders.mjs';
import { median, quantile, round } from './stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bench = fileURLToPath(new URL('.', import.meta.url));
const pages = join(bench, 'pages');
const runs = Number(process.env.BENCH_RUNS) || 16;
/** One frame at 60 Hz, in milliseconds. */
const frame = 16.7;
const viewport = { width: 1100, height: 800 };
/** The phone: its screen and touch, and a CPU four times slower than this machine's. */
const phone = {
  context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 },
  cpuSlowdown: 4,
  /** How long the reader looks at the map, scrolled into view, before the first tap, in ms. */
  look: 1500,
};
/** The Interaction to Next Paint that counts as good: under 200 ms. */
const goodInteraction = 200;
/** On the phone: a cold first tap within this many warm taps, and a warm tap within this many of react-body-highlighter's. */
const phoneTargets = { coldOverWarm: 2, warmOverPeer: 3 };

const libraries = [
  {
    name: '@bodymap/react',
    app: 'bodymap',
    figure: '.bodymap-viewport [data-region]',
    shapes: '[data-region]',
    /** The attribute that tells a region from another, when it has one. */
    part: 'data-region',
    highlight: 'data-state',
    // The panel's element stays in the document, hidden, once its code is here: an open one is not hidden.
    also: { panel: '[role="dialog"]:not([hidden])', text: '[role="dialog"]:not([hidden]) [data-status="ready"]' },
    // After the first click: a region whose panel text is not loaded yet, then its other side,
    // which shares the text.
    clicks: ['chest-left', 'thigh-left', 'thigh-right'].map((id) => `[data-region="${id}"]`),
    views: 'front, back and soles (reflexology points), switchable, with zoom',
    /** Sources of the chunks that load ahead of the first tap, when the map comes into sight or the page is idle. */
    onApproach: [/panel-popover\.tsx$/, /zoom-gestures\.ts$/],
    /** A key press that moves the focus between two regions of the front view. */
    arrow: { from: 'chest-right', key: 'ArrowRight', to: 'chest-left' },
    /** On the phone: the page's first tap, on one thigh, then a warm tap on the other (they share their text). */
    phone: { first: '[data-region="thigh-left"]', tap: '[data-region="thigh-right"]' },
  },
  {
    name: 'react-body-highlighter',
    app: 'body-highlighter',
    figure: 'svg.rbh polygon',
    shapes: 'svg.rbh polygon',
    part: null,
    // Its polygons carry no names: its muscles are counted in the data it draws the front from.
    countParts() {
      const source = readFileSync(join(bench, 'node_modules/react-body-highlighter/src/assets/index.ts'), 'utf8');
      return new Set(source.slice(0, source.indexOf('posteriorData')).match(/MuscleType\.\w+/g)).size;
    },
    highlight: 'style',
    // In its data: chest, quadriceps and abs.
    clicks: [1, 19, 5].map((n) => `svg.rbh polygon:nth-of-type(${n})`),
    views: 'front or back, one per component',
    // A quadriceps first, then the abs.
    phone: { first: 'svg.rbh polygon:nth-of-type(19)', tap: 'svg.rbh polygon:nth-of-type(5)' },
  },
  {
    name: 'react-muscle-highlighter',
    app: 'muscle-highlighter',
    figure: 'svg path[id]',
    shapes: 'svg path[id]',
    part: 'id',
    highlight: 'fill',
    clicks: ['chest', 'quadriceps', 'abs'].map((slug) => `svg path[id="${slug}"]`),
    views: 'front or back, male or female, one per component',
  },
];
/** React alone, mounted, drawing nothing: what memory and DOM figures are measured against. */
const baseline = { name: 'React alone (baseline)', app: 'empty', figure: '[data-bench-empty]', clicks: [] };

function versionOf(name) {
  const folder = name.startsWith('@bodymap/') ? join(root, 'packages', name.slice('@bodymap/'.length)) : join(bench, 'node_modules', name);
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
}

/** Minified and gzipped sizes: the app alone (React external) and the whole page's JS with React. */
async function measureSize(library) {
  const app = join(pages, `${library.app}.tsx`);
  const alias = [{ find: /^bench:app$/, replacement: app }];
  // From the page that renders the app, which exports nothing, as an application's entry does
  // (tests/scripts/size.mjs says why that matters to Rolldown).
  const own = await bundle({ input: join(pages, 'standalone.tsx'), external: reactModules, alias });
  const graph = chunkGraph(own);
  const css = own.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css')).reduce((sum, item) => sum + gzip(item.source), 0);
  const withReact = chunkGraph(await bundle({ input: join(pages, 'standalone.tsx'), alias }));
  const size = { js: graph.bytes(graph.initial), css, withReact: withReact.bytes(withReact.initial) };
  if (library.onApproach) {
    size.onApproach = graph.bytes(closure(library.onApproach.map(graph.chunkOf), graph.importsOf, graph.initial));
  }
  return size;
}

/** Requests in flight on a page, to wait until everything a step started loading has arrived. */
function trackRequests(page) {
  let pending = 0;
  let count = 0;
  page.on('request', () => {
    pending += 1;
    count += 1;
  });
  const settle = () => {
    pending -= 1;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return {
    count: () => count,
    /** Resolves once nothing has been in flight for `quiet` ms. */
    async idle(quiet) {
      for (let calm = 0; calm < quiet; calm = pending === 0 ? calm + 25 : 0) {
        await sleep(25);
      }
    },
  };
}

/** A point inside the element that the element itself receives, nearest its box's centre. */
function clickPoint(selector) {
  const element = document.querySelector(selector);
  if (!element) {
    return null;
  }
  const box = element.getBoundingClientRect();
  const candidates = [];
  for (let i = 1; i < 10; i += 1) {
    for (let j = 1; j < 10; j += 1) {
      const x = box.left + (box.width * i) / 10;
      const y = box.top + (box.height * j) / 10;
      candidates.push({ x, y, distance: Math.hypot(i - 5, j - 5) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const hit = candidates.find(({ x, y }) => document.elementFromPoint(x, y) === element);
  return hit ? { x: Math.round(hit.x * 10) / 10, y: Math.round(hit.y * 10) / 10 } : null;
}

/** What a library draws and offers, read from its mounted figure. */
async function describe(page, library) {
  const drawn = await page.evaluate(({ shapes, part }) => {
    const elements = [...document.querySelectorAll(shapes)];
    return {
      shapes: elements.length,
      parts: part === null ? null : new Set(elements.map((element) => element.getAttribute(part))).size,
      named: elements.filter((element) => element.getAttribute('role') === 'button' && element.hasAttribute('aria-label')).length,
    };
  }, { shapes: library.shapes, part: library.part });
  drawn.parts ??= library.countParts();
  // Keyboard: does Tab, from the top of the page, reach one of its shapes?
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  let keyboard = false;
  for (let press = 0; press < 8 && !keyboard; press += 1) {
    await page.keyboard.press('Tab');
    keyboard = await page.evaluate((shapes) => document.activeElement?.matches(shapes) ?? false, library.shapes);
  }
  return { ...drawn, keyboard };
}

/** The renderer's main-thread time so far (Chromium's `TaskDuration`), in ms. */
async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

/** Fails unless React DOM connected to the page's hook: the counts of commits and components rest on it. */
async function checkRenders(page) {
  if (!(await page.evaluate(() => window.renders.attached))) {
    throw new Error('React DOM did not connect to the page\'s hook: it was evaluated before tests/bench/pages/renders.ts');
  }
}

/**
 * One click, or with `tap` one tap, on the element `selector` matches: the time from the click (a
 * tap's `pointerdown`) to each change painted, the main-thread time, React commits and components
 * rendered it took, the longest of its events (Event Timing) and the requests it made.
 */
async function timeClick(page, cdp, library, selector, requests, { tap = false } = {}) {
  if ((await page.locator('[role="dialog"]:not([hidden])').count()) > 0) {
    throw new Error('a panel is still open before the click');
  }
  const point = await page.evaluate(clickPoint, selector);
  if (point === null) {
    throw new Error(`nothing to ${tap ? 'tap' : 'click'} at ${selector}`);
  }
  await page.evaluate((watch) => {
    window.bench.armClick(watch);
    window.renders.reset();
  }, { attribute: library.highlight, also: library.also, start: tap ? 'pointerdown' : 'click' });
  const before = { requests: requests.count(), busy: await busy(cdp) };
  if (tap) {
    await page.touchscreen.tap(point.x, point.y);
  } else {
    await page.mouse.click(point.x, point.y);
  }
  const { times, commits, components } = await page.evaluate(async (selector) => {
    const times = await Promise.race([
      window.bench.click,
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error(`${selector} did not change what it should within 10 s`)), 10_000);
      }),
    ]);
    return { times, commits: window.renders.commits, components: window.renders.components };
  }, selector);
  const result = { requests: requests.count() - before.requests, commits, components, busy: (await busy(cdp)) - before.busy };
  for (const [name, painted] of Object.entries(times.painted)) {
    result[name] = painted - times.click;
  }
  // Escape closes a panel; a click elsewhere would be a second interaction to time.
  await page.keyboard.press('Escape');
  await requests.idle(150);
  // Read once the events' entries have been reported, which follows the paint after them.
  const end = Math.max(...Object.values(times.painted));
  result.longest = await page.evaluate(([start, end]) => window.bench.longestEvent(start, end), [times.click, end]);
  return result;
}

/**
 * One key press that moves the focus from one region to another (`arrow`: the region focused
 * first, the key and the region it moves to): the time to the painted focus, React commits and
 * components rendered, and the longest of its events.
 */
async function timeKey(page, library, requests) {
  const { from, key, to } = library.arrow;
  await page.focus(`[data-region="${from}"]`);
  await requests.idle(150);
  await page.evaluate((shapes) => {
    window.bench.armKey(shapes);
    window.renders.reset();
  }, library.shapes);
  await page.keyboard.press(key);
  const { times, commits, components } = await page.evaluate(async (key) => {
    const times = await Promise.race([
      window.bench.key,
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error(`${key} did not move the focus within 10 s`)), 10_000);
      }),
    ]);
    return { times, commits: window.renders.commits, components: window.renders.components };
  }, key);
  if (times.from !== from || times.to !== to) {
    throw new Error(`${key} moved the focus from ${times.from} to ${times.to}, not from ${from} to ${to}`);
  }
  await requests.idle(150);
  const longest = await page.evaluate(([start, end]) => window.bench.longestEvent(start, end), [times.key, times.painted]);
  return { focus: times.painted - times.key, commits, components, longest };
}

/** Mounting times, read from the page once it has painted the figure. */
async function mounted(page, library, problems) {
  try {
    await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 30_000 });
  } catch (error) {
    const seen = problems.filter((problem) => problem.startsWith(`${library.name}:`));
    throw new Error(`${library.name}'s page did not mount within 30 s${seen.length > 0 ? `: ${seen.join('; ')}` : ''}`, { cause: error });
  }
  await checkRenders(page);
  return page.evaluate(() => {
    const { scriptStart, appLoaded, mountStart, committed, painted } = window.bench;
    return { load: appLoaded - scriptStart, mount: painted - mountStart, render: committed - mountStart, draw: painted - committed, navigation: painted };
  });
}

/** Page errors and console errors, as problems to report. */
function watchProblems(page, library, problems) {
  page.on('pageerror', (error) => problems.push(`${library.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`${library.name}: console error: ${message.text()}`);
    }
  });
}

/**
 * One fresh page (its own browser context, so nothing is cached): mounting, memory, then clicks,
 * then for bodymap a key press. The first click is either the first thing the pointer does on the
 * page (`cold`), or follows the pointer resting on the region until whatever that started loading
 * has arrived.
 */
async function runPage(browser, origin, library, cold, problems) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  watchProblems(page, library, problems);
  const requests = trackRequests(page);
  try {
    await page.goto(`${origin}/${library.app}/?figure=${encodeURIComponent(library.figure)}`);
    const mount = await mounted(page, library, problems);

    await requests.idle(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((candidate) => candidate.name === name).value;
    const memory = { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes') };

    const clicks = [];
    for (const [index, selector] of library.clicks.entries()) {
      if (index === 0 && !cold) {
        const point = await page.evaluate(clickPoint, selector);
        await page.mouse.move(point.x, point.y);
        await requests.idle(300);
      }
      clicks.push(await timeClick(page, cdp, library, selector, requests));
    }
    const arrow = library.arrow ? await timeKey(page, library, requests) : null;
    return { mount, memory, clicks, arrow };
  } finally {
    await context.close();
  }
}

/**
 * One fresh page on the phone: the figure inside a long article, mounted under CPU throttling;
 * the map scrolled into view and looked at for a moment (for bodymap that loads the panel's code,
 * the gestures and the view's texts ahead), then the page's first tap timed (cold: none of the
 * panel's code has run yet), then a tap on another region (warm).
 */
async function runPhone(browser, origin, library, problems) {
  const context = await browser.newContext(phone.context);
  const page = await context.newPage();
  watchProblems(page, library, problems);
  const requests = trackRequests(page);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
    await page.goto(`${origin}/${library.app}/?figure=${encodeURIComponent(library.figure)}&layout=article`);
    const mount = await mounted(page, library, problems);
    const scrolls = await page.evaluate(() => document.scrollingElement.scrollHeight > 2 * innerHeight);
    if (!scrolls) {
      throw new Error('the article page is not two screens long');
    }
    await requests.idle(300);
    await cdp.send('Performance.enable');
    await page.locator(library.phone.first).scrollIntoViewIfNeeded();
    // A reader stops on the map before tapping it; bodymap loads the view's texts after a second.
    await sleep(phone.look);
    await requests.idle(150);
    const first = await timeClick(page, cdp, library, library.phone.first, requests, { tap: true });
    const tap = await timeClick(page, cdp, library, library.phone.tap, requests, { tap: true });
    if (tap.requests > 0) {
      throw new Error(`the timed tap on ${library.phone.tap} made ${tap.requests} requests: it was not warm`);
    }
    return { mount, first, tap };
  } finally {
    await context.close();
  }
}

/** Median, 90th percentile and range of a set of timings or sizes, to a tenth. */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: round(median(sorted)), p90: round(quantile(sorted, 0.9)), min: round(sorted[0]), max: round(sorted.at(-1)) };
}

/** `--before <file.json>`: an earlier run's docs/benchmarks.json, to compare this run with. */
function readBefore() {
  const index = process.argv.findIndex((arg) => arg === '--before' || arg.startsWith('--before='));
  if (index === -1) {
    return null;
  }
  const arg = process.argv[index];
  const file = arg === '--before' ? process.argv[index + 1] : arg.slice('--before='.length);
  if (!file) {
    throw new Error('--before needs the path of an earlier docs/benchmarks.json');
  }
  const before = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(before.libraries)) {
    throw new Error(`${file} is not a docs/benchmarks.json written by this script`);
  }
  return before;
}

async function main() {
  const started = performance.now();
  const before = readBefore();
  const load = { start: loadavg().map((value) => round(value, 2)) };
  console.log(`Building the pages (${libraries.length + 1})…`);
  const scratch = mkdtempSync(join(tmpdir(), 'bodymap-bench-'));
  const problems = [];
  let browser;
  let server;
  try {
    for (const library of [...libraries, baseline]) {
      const alias = [{ find: /^bench:app$/, replacement: join(pages, `${library.app}.tsx`) }];
      await bundle({ input: join(pages, 'index.html'), alias, outDir: join(scratch, library.app), appRoot: pages });
    }
    const sizes = {};
    for (const library of [...libraries, baseline]) {
      sizes[library.name] = await measureSize(library);
    }

    server = await serveFolders([scratch], 0);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
    const all = [...libraries, baseline];
    const samples = new Map(all.map((library) => [library.name, []]));
    const onPhone = libraries.filter((library) => library.phone);
    const phoneSamples = new Map(onPhone.map((library) => [library.name, []]));
    const described = new Map();
    for (let run = 0; run < runs; run += 1) {
      // Cold and approached first clicks alternate; the order turns every two runs, so that no
      // library always goes first, after the same one, or last.
      const cold = run % 2 === 0;
      const turn = Math.floor(run / 2);
      const order = all.map((_, index) => all[(index + turn) % all.length]);
      for (const library of order) {
        const sample = await runPage(browser, origin, library, cold, problems);
        samples.get(library.name).push({ ...sample, cold });
      }
      for (const library of run % 2 === 0 ? onPhone : [...onPhone].reverse()) {
        phoneSamples.get(library.name).push(await runPhone(browser, origin, library, problems));
      }
      const line = libraries
        .map((library) => {
          const last = samples.get(library.name).at(-1);
          return `${library.app} ${last.mount.mount.toFixed(1)}/${last.clicks[1].highlight.toFixed(1)} ms`;
        })
        .join(', ');
      const phoneLine = onPhone
        .map((library) => {
          const { tap } = phoneSamples.get(library.name).at(-1);
          return `${library.app} ${(tap.text ?? tap.highlight).toFixed(1)} ms`;
        })
        .join(', ');
      console.log(`  run ${run + 1}/${runs} (${cold ? 'cold' : 'approached'} first click): mount/click ${line}; phone tap ${phoneLine}`);
    }
    for (const library of libraries) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${origin}/${library.app}/?figure=${encodeURIComponent(library.figure)}`);
      await page.waitForFunction(() => window.bench !== undefined);
      described.set(library.name, await describe(page, library));
      await context.close();
    }
    load.end = loadavg().map((value) => round(value, 2));

    const chromiumVersion = browser.version();
    const record = report({ samples, phoneSamples, sizes, described, load, chromiumVersion });
    if (before) {
      record.beforeAfter = compare(before, record);
    }
    printSummary(record);
    if (problems.length > 0) {
      console.error(`Problems in the pages:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join('\n')}`);
      process.exitCode = 1;
    } else if (runs < 10) {
      console.log(`Only ${runs} runs: docs/benchmarks.md and docs/benchmarks.json were left as they were.`);
    } else {
      writeFileSync(join(root, 'docs/benchmarks.json'), `${JSON.stringify(record, null, 2)}\n`);
      writeFileSync(join(root, 'docs/benchmarks.md'), markdown(record));
      console.log('Wrote docs/benchmarks.md and docs/benchmarks.json');
    }
  } finally {
    await browser?.close();
    server?.close();
    rmSync(scratch, { recursive: true, force: true });
    console.log(`Took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
  }
}

/** The figures to record: summaries per library and metric, ratios, and the targets' verdicts. */
function report({ samples, phoneSamples, sizes, described, load, chromiumVersion }) {
  const of = (name, pick) => samples.get(name).flatMap(pick);
  /** A summary of each figure the measurements share, but the request count. */
  const summaries = (items) =>
    Object.fromEntries(Object.keys(items[0]).filter((key) => key !== 'requests').map((key) => [key, summary(items.map((item) => item[key]))]));
  const base = { heap: median(of(baseline.name, (s) => [s.memory.heap])), nodes: median(of(baseline.name, (s) => [s.memory.nodes])) };
  const clickGroups = (name) => {
    const all = samples.get(name);
    const first = (cold) => all.filter((s) => s.cold === cold).map((s) => s.clicks[0]);
    const later = all.flatMap((s) => s.clicks.slice(1));
    const groups = [
      ['first click, cold', first(true)],
      ['first click, after approach', first(false)],
    ];
    if (later.some((click) => click.requests > 0)) {
      // bodymap's panel text: loaded on the click, or loaded before (by the region's other side).
      groups.push(['later click, text loaded on click', later.filter((click) => click.requests > 0)]);
      groups.push(['later click, text loaded before', later.filter((click) => click.requests === 0)]);
    } else {
      groups.push(['later click', later]);
    }
    return groups.filter(([, clicks]) => clicks.length > 0).map(([label, clicks]) => ({ label, ...summaries(clicks) }));
  };
  const phoneOf = (library) => {
    const all = phoneSamples.get(library.name);
    if (!all) {
      return null;
    }
    return {
      mount: summary(all.map((s) => s.mount.mount)),
      first: summaries(all.map((s) => s.first)),
      tap: summaries(all.map((s) => s.tap)),
    };
  };
  const entry = (library) => ({
    name: library.name,
    version: library.app === 'empty' ? null : versionOf(library.name),
    views: library.views ?? null,
    drawn: described.get(library.name) ?? null,
    size: sizes[library.name],
    mount: summary(of(library.name, (s) => [s.mount.mount])),
    render: summary(of(library.name, (s) => [s.mount.render])),
    draw: summary(of(library.name, (s) => [s.mount.draw])),
    load: summary(of(library.name, (s) => [s.mount.load])),
    navigation: summary(of(library.name, (s) => [s.mount.navigation])),
    heap: summary(of(library.name, (s) => [s.memory.heap - base.heap])),
    nodes: summary(of(library.name, (s) => [s.memory.nodes - base.nodes])),
    clicks: library.clicks.length > 0 ? clickGroups(library.name) : [],
    arrow: library.arrow ? { ...library.arrow, ...summaries(of(library.name, (s) => [s.arrow])) } : null,
    phone: phoneOf(library),
  });
  const [ours, ...peers] = libraries.map(entry);
  const fastestPeer = peers.reduce((best, peer) => (peer.mount.median < best.mount.median ? peer : best));
  const panelClicks = ours.clicks.filter((group) => group.label.startsWith('later') || group.label.includes('approach'));
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    command: 'pnpm bench:peers',
    runs,
    machine: { cpus: cpu.length, model: cpu[0]?.model.trim() ?? 'unknown', loadAverage: load, chromium: chromiumVersion, node: process.versions.node },
    react: versionOf('react'),
    phone: { ...phone.context, cpuSlowdown: phone.cpuSlowdown, look: phone.look },
    libraries: [ours, ...peers],
    baseline: { ...entry(baseline), absolute: base },
    targets: {
      firstRender: { ours: ours.mount.median, fastestPeer: fastestPeer.name, theirs: fastestPeer.mount.median, met: ours.mount.median <= fastestPeer.mount.median },
      clickToPanel: panelClicks.map((group) => ({ click: group.label, median: group.text.median, met: group.text.median <= frame })),
      phone: phoneVerdicts(ours, peers),
    },
  };
}

/** The phone's targets: a cold first tap against a warm one, and a warm tap against react-body-highlighter's. */
function phoneVerdicts(ours, peers) {
  const peer = peers.find((library) => library.phone);
  const cold = ours.phone.first.text.median;
  const warm = ours.phone.tap.text.median;
  const theirs = peer.phone.tap.highlight.median;
  return {
    coldOverWarm: { cold, warm, ratio: round(cold / warm, 2), target: phoneTargets.coldOverWarm, met: cold / warm < phoneTargets.coldOverWarm },
    warmOverPeer: { warm, peer: peer.name, theirs, ratio: round(warm / theirs, 2), target: phoneTargets.warmOverPeer, met: warm / theirs <= phoneTargets.warmOverPeer },
  };
}

/**
 * The figures a before-and-after comparison shows, by name, from a record of this script; an
 * older record may lack some. `peer` marks react-body-highlighter's, unchanged code that shows how
 * much the machine alone moved between the two runs.
 */
function keyFigures(record) {
  const [ours, ...peers] = record.libraries;
  const peer = peers.find((library) => library.name === 'react-body-highlighter');
  const warm = ours.clicks.find((group) => group.label === 'later click, text loaded before');
  const peerClick = peer?.clicks.find((group) => group.label === 'later click');
  const fastestMount = Math.min(...peers.map((library) => library.mount.median));
  const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
  const ourTap = ours.phone?.tap?.text?.median;
  const ourFirstTap = ours.phone?.first?.text?.median;
  const peerTap = peer?.phone?.tap?.highlight?.median;
  return [
    { figure: 'Click to painted panel with text, warm', unit: 'ms', value: warm?.text?.median },
    { figure: 'React commits per warm click', unit: 'count', value: warm?.commits?.median },
    { figure: 'Components rendered per warm click', unit: 'count', value: warm?.components?.median },
    { figure: 'React commits per arrow key', unit: 'count', value: ours.arrow?.commits?.median },
    { figure: 'Components rendered per arrow key', unit: 'count', value: ours.arrow?.components?.median },
    { figure: 'Mount to painted', unit: 'ms', value: ours.mount.median },
    { figure: 'Mount to painted, bodymap ÷ the faster peer', unit: 'ratio', value: ratio(ours.mount.median, fastestMount) },
    { figure: 'JS heap after mounting', unit: 'kB', value: ours.heap.median / 1000 },
    { figure: 'JS heap after mounting, bodymap ÷ react-body-highlighter', unit: 'ratio', value: ratio(ours.heap.median, peer?.heap.median) },
    { figure: 'First view, JS gzipped (React excluded)', unit: 'kB', value: ours.size.js / 1000 },
    { figure: 'Phone: warm tap to painted panel with text', unit: 'ms', value: ourTap },
    { figure: 'Phone: warm tap, bodymap ÷ react-body-highlighter', unit: 'ratio', value: ratio(ourTap, peerTap) },
    { figure: 'Phone: cold first tap to painted panel with text', unit: 'ms', value: ourFirstTap },
    { figure: 'Phone: cold first tap ÷ warm tap', unit: 'ratio', value: ratio(ourFirstTap, ourTap) },
    { figure: 'Phone: longest event of the warm tap', unit: 'event', value: ours.phone?.tap?.longest?.median },
    { figure: 'react-body-highlighter: mount to painted', unit: 'ms', value: peer?.mount.median, peer: true },
    { figure: 'react-body-highlighter: later click to painted highlight', unit: 'ms', value: peerClick?.highlight?.median, peer: true },
    { figure: 'react-body-highlighter: phone tap to painted highlight', unit: 'ms', value: peerTap, peer: true },
  ];
}

/** This run's key figures beside an earlier run's (`--before`). */
function compare(before, record) {
  const earlier = new Map(keyFigures(before).map((row) => [row.figure, row.value]));
  return {
    before: { date: before.date, runs: before.runs, loadAverage: before.machine?.loadAverage ?? null },
    rows: keyFigures(record).map(({ figure, unit, value, peer = false }) => ({
      figure,
      unit,
      peer,
      before: earlier.get(figure) === undefined ? null : round(earlier.get(figure), unit === 'ratio' ? 2 : 1),
      after: value === undefined ? null : round(value, unit === 'ratio' ? 2 : 1),
    })),
  };
}

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (ours, theirs) => `${(ours / theirs).toFixed(1)}×`;
const number = (value) => value.toFixed(1);
/** A median count: whole, or halfway between two. */
const count = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
/** A summary in a table cell: the median, with the 90th percentile and the range after it. */
const spread = (s) => `${number(s.median)} (p90 ${number(s.p90)}, ${number(s.min)}–${number(s.max)})`;
/** An event duration: the Event Timing API reports none under 16 ms, recorded as 0. */
const event = (value) => (value < 16 ? '< 16' : number(value));
/** A key figure of a before-and-after comparison, in its unit. */
const figureCell = (value, unit) => {
  if (value === null) {
    return '–';
  }
  return { ms: ms(value), kB: kb(value * 1000), ratio: `${value.toFixed(2)}×`, count: count(value), event: unit === 'event' && value < 16 ? '< 16 ms' : ms(value) }[unit];
};
const changeCells = ({ before, after, unit }) => {
  if (before === null || after === null) {
    return ['–', '–'];
  }
  const difference = after - before;
  const signed = `${difference > 0 ? '+' : difference < 0 ? '−' : '±'}${Math.abs(difference).toFixed(unit === 'ratio' ? 2 : 1)}`;
  return [signed, before === 0 ? '–' : `${(after / before).toFixed(2)}×`];
};
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** docs/benchmarks.md from the record. */
function markdown(record) {
  const { libraries: [ours, ...peers], baseline, targets, machine } = record;
  const peerNames = peers.map((peer) => peer.name).join(' and ');
  const ratioCells = (pick) => [ours, ...peers].map((library) => (library === ours ? '' : times(pick(ours), pick(library))));
  const later = (library) => library.clicks.filter((group) => group.label.startsWith('later'));
  const warmText = ours.clicks.find((group) => group.label.endsWith('loaded before'));
  const yes = (value) => (value ? 'yes' : 'no');
  const busyMachine = Math.max(machine.loadAverage.start[0], machine.loadAverage.end[0]) > machine.cpus;

  const firstRender = targets.firstRender.met
    ? `Mounting to the painted figure takes ${ms(targets.firstRender.ours)} at the median, against ${ms(targets.firstRender.theirs)} for ${targets.firstRender.fastestPeer}, the faster of the peers.`
    : `Mounting to the painted figure takes ${ms(targets.firstRender.ours)} at the median, against ${ms(targets.firstRender.theirs)} for ${targets.firstRender.fastestPeer}, the faster of the peers (${times(targets.firstRender.ours, targets.firstRender.theirs)}). ` +
      `The cause is not loading (the code is loaded before the clock starts) but the work of the first render: React's render and commit take ${ms(ours.render.median)} at the median for bodymap, against ${peers.map((peer) => `${ms(peer.render.median)} for ${peer.name}`).join(' and ')}, and what follows until the paint (React's effects, then the browser's style, layout and paint) ${ms(ours.draw.median)}, against ${peers.map((peer) => ms(peer.draw.median)).join(' and ')}. ` +
      'bodymap renders more elements and components: a view switch, zoom buttons, and for each region a memoised named button with its own subscriptions to the map\'s state. The first map on a page also computes each view\'s shapes once from control points (the silhouette\'s curves, each region\'s path and place, shared by every later map and remount). ' +
      'The peers map fixed path strings to elements.';
  const clickVerdict = `Medians: ${targets.clickToPanel.map(({ click, median: value }) => `${click}, ${ms(value)}`).join('; ')}`;
  const clickMissed = targets.clickToPanel.some(({ met }) => !met);
  const clickCause =
    'A click on bodymap does more than a peer\'s: pressing moves the tab stop (one commit, rendering the two regions involved) and clicking selects the region (one commit: the region, the panel with its text, the announcement). ' +
    'floating-ui then places the panel in the next frame, before it paints, in a commit that renders the positioned element and its arrow; its first reading of the layout there makes the browser lay out the new panel and its text. ' +
    'That style, layout and paint of a new panel full of text is now most of the click, where a peer only changes a fill. ' +
    `The "commits", "components" and "main thread" columns show it: with everything loaded, ${count(warmText.commits.median)} React commits rendering ${count(warmText.components.median)} components and ${ms(warmText.busy.median)} of main-thread work per click for bodymap, against ${peers.map((peer) => `${count(later(peer)[0].commits.median)} rendering ${count(later(peer)[0].components.median)} and ${ms(later(peer)[0].busy.median)} for ${peer.name}`).join(', and ')}. ` +
    'A region\'s text not loaded yet adds a request and at least one more frame, and the first panel on a page waits for the panel\'s code too when the click comes before the pointer has rested on the map. ' +
    '(The panel was a `React.lazy` component until this benchmark showed that it made every first panel wait about 300 ms more, code loaded or not: React 19 holds back a boundary\'s content for 300 ms after its fallback. It is now read like the views, at once when its code is there.)';

  const drawnRows = [ours, ...peers].map((library) => [
    `${library.name} ${library.version}`,
    library.drawn.shapes,
    library.drawn.parts,
    library.drawn.named,
    yes(library.drawn.keyboard),
    yes(library.clicks.some((group) => group.panel)),
    library.views,
  ]);

  const sizeRows = [ours, ...peers].map((library, index) => [
    library.name,
    `**${kb(library.size.js)}**`,
    library.size.css ? kb(library.size.css) : '–',
    kb(library.size.withReact),
    ratioCells((entry) => entry.size.js)[index],
  ]);

  const mountRows = [ours, ...peers, baseline].map((library, index) => [
    library.name,
    spread(library.mount),
    library === baseline ? '' : ratioCells((entry) => entry.mount.median)[index],
    spread(library.render),
    spread(library.draw),
    spread(library.load),
    spread(library.navigation),
  ]);

  const clickRows = [ours, ...peers].flatMap((library) =>
    library.clicks.map((group) => [
      library.name,
      group.label,
      group.highlight.n,
      spread(group.highlight),
      group.panel ? spread(group.panel) : '–',
      group.text ? spread(group.text) : '–',
      count(group.commits.median),
      count(group.components.median),
      number(group.busy.median),
      event(group.longest.median),
    ]),
  );
  const arrowRows = [ours, ...peers]
    .filter((library) => library.arrow)
    .map((library) => [
      library.name,
      `${library.arrow.key}, ${library.arrow.from} to ${library.arrow.to}`,
      library.arrow.focus.n,
      spread(library.arrow.focus),
      count(library.arrow.commits.median),
      count(library.arrow.components.median),
      event(library.arrow.longest.median),
    ]);

  const onPhone = [ours, ...peers].filter((library) => library.phone);
  const phonePeer = onPhone.find((library) => library !== ours);
  const ourTap = ours.phone.tap;
  const ourFirstTap = ours.phone.first;
  const peerTap = phonePeer.phone.tap;
  const phoneRows = [
    [ours.name, 'cold first tap', 'panel with its text', ourFirstTap.text, times(ourFirstTap.text.median, peerTap.highlight.median), ourFirstTap],
    [ours.name, 'warm tap', 'panel with its text', ourTap.text, times(ourTap.text.median, peerTap.highlight.median), ourTap],
    [ours.name, 'warm tap', 'highlight', ourTap.highlight, times(ourTap.highlight.median, peerTap.highlight.median), ourTap],
    [phonePeer.name, 'later tap', 'highlight', peerTap.highlight, '', peerTap],
  ].map(([name, tap, painted, timing, ratio, group]) => [
    name,
    tap,
    painted,
    timing.n,
    `${number(timing.median)} (p90 ${number(timing.p90)})`,
    ratio,
    `${event(group.longest.median)} (p90 ${event(group.longest.p90)})`,
    count(group.commits.median),
    count(group.components.median),
    number(group.busy.median),
  ]);
  const phoneMountRows = onPhone.map((library) => [
    library.name,
    `${number(library.phone.mount.median)} (p90 ${number(library.phone.mount.p90)})`,
    library === ours ? '' : times(ours.phone.mount.median, library.phone.mount.median),
    `${number(library.phone.first[library === ours ? 'text' : 'highlight'].median)} (p90 ${number(library.phone.first[library === ours ? 'text' : 'highlight'].p90)})`,
    event(library.phone.first.longest.median),
  ]);
  const longestTap = ourTap.longest.median;
  const { coldOverWarm, warmOverPeer } = targets.phone;
  const phoneTargetLines =
    `- **On the phone, a cold first tap to its panel with text under ${coldOverWarm.target}× a warm tap: ${coldOverWarm.met ? 'met' : 'missed'}.** ` +
    `${ms(coldOverWarm.cold)} against ${ms(coldOverWarm.warm)} at the median, ${coldOverWarm.ratio.toFixed(2)}×.\n` +
    `- **On the phone, a warm tap to its panel with text within ${warmOverPeer.target}× ${warmOverPeer.peer}'s tap to its highlight: ${warmOverPeer.met ? 'met' : 'missed'}.** ` +
    `${ms(warmOverPeer.warm)} against ${ms(warmOverPeer.theirs)} at the median, ${warmOverPeer.ratio.toFixed(2)}×.`;
  const inpVerdict =
    longestTap < goodInteraction
      ? `under the ${goodInteraction} ms that the Interaction to Next Paint (INP) calls good`
      : `over the ${goodInteraction} ms that the Interaction to Next Paint (INP) calls good`;

  const beforeAfter = record.beforeAfter;
  const beforeAfterSection = beforeAfter
    ? `
## Before and after

This run beside an earlier one (\`--before\`), recorded ${beforeAfter.before.date} in ${beforeAfter.before.runs} runs${beforeAfter.before.loadAverage ? ` at a one-minute load average of ${beforeAfter.before.loadAverage.start[0]} to ${beforeAfter.before.loadAverage.end[0]}` : ''}: medians, and ratios of medians.
The last rows are react-body-highlighter's, whose code is the same in both: how far they moved is
how far the machine alone moved the times between the two runs.

${table(
  ['figure', 'before', 'after', 'after − before', 'after ÷ before'],
  beforeAfter.rows.map((row) => [row.peer ? `*${row.figure}*` : row.figure, figureCell(row.before, row.unit), figureCell(row.after, row.unit), ...changeCells(row)]),
)}
`
    : '';
  const clickRatios = peers.map((peer) => {
    const theirs = later(peer)[0].highlight.median;
    return `${times(warmText.highlight.median, theirs)} as long as ${peer.name} to paint the highlight and ${times(warmText.text.median, theirs)} as long to paint the panel with its text`;
  });

  const memoryRows = [ours, ...peers].map((library, index) => [
    library.name,
    `${number(library.heap.median / 1000)} (${number(library.heap.min / 1000)}–${number(library.heap.max / 1000)})`,
    ratioCells((entry) => entry.heap.median)[index],
    `${Math.round(library.nodes.median)} (${library.nodes.min}–${library.nodes.max})`,
    ratioCells((entry) => entry.nodes.median)[index],
  ]);

  return `# Benchmarks: bodymap and its peers

\`@bodymap/react\` next to the two most-used React body maps, ${peerNames}, in one headless Chromium: bundle size, time to first render, click to painted, on a phone too, and memory.

Recorded ${record.date} on a ${machine.cpus}-core ${machine.model}, one-minute load average ${machine.loadAverage.start[0]} at the start and ${machine.loadAverage.end[0]} at the end; Chromium ${machine.chromium}, Node ${machine.node}, React ${record.react} for all three (both peers render on React 19); ${record.runs} runs.${busyMachine ? ' The machine was busy with other work (a load above its core count), which stretches every time and widens the spread: the ratios between the libraries are the better guide.' : ''}

\`\`\`sh
pnpm install
pnpm bench:peers
\`\`\`

The script builds every page itself, from the packages' sources (no \`pnpm build\` needed), prints a
summary and rewrites this file and \`docs/benchmarks.json\`. \`BENCH_RUNS=4 pnpm bench:peers\` is a
quick look that leaves both alone; \`pnpm bench:peers --before <earlier benchmarks.json>\` adds a
before-and-after comparison with an earlier run. The peers are installed in \`tests/bench\` only. The figures are
wall-clock times on a shared machine: compare the libraries within one run, not one run with another.

## Targets

- **First render no slower than the fastest peer: ${targets.firstRender.met ? 'met' : 'missed'}.** ${firstRender}
- **Click to painted panel within one frame (${frame} ms) at the median: ${clickMissed ? 'missed' : 'met'}.** ${clickVerdict}.${clickMissed ? ` ${clickCause}` : ''}
${phoneTargetLines}

## What each draws

The front view of each, as mounted here. "Shapes" are the elements that answer a click, "parts"
the distinct things a click can select, "named buttons" those with \`role="button"\` and a name.

${table(['library', 'shapes', 'parts', 'named buttons', 'keyboard', 'panel', 'views'], drawnRows)}

react-body-highlighter highlights a muscle on both sides at once; react-muscle-highlighter reports
the side clicked, but its highlight is also per muscle. Neither peer's shapes can be reached from
the keyboard or are named for a screen reader, and neither shows anything on a click but the
highlight (what a click does is left to the app: here it highlights the part clicked).

## Bundle size

Minified and gzipped JavaScript of a minimal app that renders just the component, built with Vite,
React and React DOM left out (external); and the whole page with them in.

${table(['library', 'JS, React excluded', 'CSS', 'JS with React and React DOM', 'bodymap ÷ this'], sizeRows)}

For bodymap this is the first view, what loads before any interaction: the front view's artwork,
every region's English name and the interface text, the view switch, zoom buttons and keys, and the
stylesheet. The map coming into sight, or the page going idle, loads the panel and the zoom
gestures (${kb(ours.size.onApproach)} more); each panel's text loads when a pointer comes over its
region, presses it or focus reaches it, the back and soles views when the view switch is pointed at. The peers load everything at once:
react-muscle-highlighter bundles its male and female figures, front and back.

## Time to first render

From just before \`createRoot().render()\` to the first paint that shows the figure, with the
component's code loaded and the page already drawing frames. "Load" is fetching, compiling and
running that code (with its CSS) before the mount; "navigation" is the whole page, from navigation
start to the same paint. The mount splits at React's commit of the figure to the DOM: before it,
React's render and commit (and the wait for its scheduler's task); after it, React's effects, the
browser's style, layout and paint, and the wait for the frame. The baseline shows what React and
those waits take alone.

${table(['library', 'mount to painted, ms', 'bodymap ÷ this', 'React render and commit, ms', 'then to the paint, ms', 'load, ms', 'navigation to painted, ms'], mountRows)}

## Click to painted

From a real click (Playwright's mouse, at a point inside the region) to the first paint that shows
its result: for every library the clicked shape's highlight; for bodymap also the panel, and the
panel with its text. "n" is the number of clicks, "commits" React's commits and "components" the
components they rendered (function, class, \`forwardRef\` and \`memo\` components, counted once per
commit that rendered them), "main thread" the renderer's main-thread time, each from just before the
click to that last paint (Chromium's \`TaskDuration\`); "longest event" is the longest duration the
Event Timing API gives the click's events (from each event to the paint after its handlers), the
figure the Interaction to Next Paint is made of, and "< 16" when none reached its 16 ms threshold.
All medians.

${table(['library', 'click', 'n', 'highlight, ms', 'panel, ms', 'panel with text, ms', 'commits', 'components', 'main thread, ms', 'longest event, ms'], clickRows)}

- *First click, cold*: the first thing the pointer does on the page. bodymap's panel code and
  gestures have loaded ahead (the map is in sight from the start); the region's text starts loading
  as the pointer arrives on it, with the click.
- *First click, after approach*: the pointer rests on the region first, until its text has arrived.
- *Later click*: the next two clicks on other regions, each after Escape. For bodymap, the first
  opens a region whose text is not loaded yet (the request is made on the click), the second that
  region's other side (the two sides share their text).

With everything loaded (a region whose text was loaded before), bodymap takes ${clickRatios.join('; ')}.

### Arrow key

One key press, after the clicks, that moves the focus from one region of the front view to the
next: the time from its \`keydown\` to the paint that shows the focus moved, and the React commits
and components rendered in between. The peers' shapes take no focus.

${table(['library', 'key', 'n', 'to painted focus, ms', 'commits', 'components', 'longest event, ms'], arrowRows)}

## Phone

A phone's screen, ${record.phone.viewport.width} × ${record.phone.viewport.height} px at a device scale of ${record.phone.deviceScaleFactor}, with touch
(Playwright's \`isMobile\` and \`hasTouch\`), and its CPU: this machine's slowed ${record.phone.cpuSlowdown} times
(\`Emulation.setCPUThrottlingRate\`). The figure is in the middle of a long article, paragraphs
above and below, so that the page scrolls. On each fresh page the map is scrolled into view and
looked at for ${(record.phone.look / 1000).toFixed(1)} s, as a reader stops on it before tapping: in that time bodymap loads the
panel's code and the zoom gestures (as the map comes near the screen) and the view's panel texts
(once it has stayed in sight for a second). Then two taps are timed, each from its
\`pointerdown\` to the paint. The *cold first tap*, on one thigh, is the page's first: everything
it needs has arrived, and the closed panel waits in the page, hidden, mounted when its code came,
but no panel has opened yet. The *warm tap*, on the other thigh,
opens a panel that has been open before; for ${phonePeer.name}, another muscle. A tap within a
second of the map appearing would load its text with the finger's press instead (see the bundle
size guide). Taps are Playwright's touchscreen, at a point inside the region.
Medians, with the 90th percentile; "bodymap ÷ peer" is bodymap's median over ${phonePeer.name}'s
highlight. The cold first tap takes ${times(ourFirstTap.text.median, ourTap.text.median)} as long as the warm one (target: under ${coldOverWarm.target}×);
the warm tap ${times(ourTap.text.median, peerTap.highlight.median)} as long as ${phonePeer.name}'s (target: within ${warmOverPeer.target}×).

${table(['library', 'tap', 'painted', 'n', 'tap to painted, ms', 'bodymap ÷ peer', 'longest event, ms', 'commits', 'components', 'main thread, ms'], phoneRows)}

The longest event of bodymap's warm tap, ${event(longestTap)} ms at the median, is ${inpVerdict}.
The page's mount and first tap on the same phone, for reference:

${table(['library', 'mount to painted, ms', 'bodymap ÷ this', 'first tap to painted, ms', 'first tap, longest event, ms'], phoneMountRows)}

## Memory after mounting

JavaScript heap in use after two forced garbage collections (\`HeapProfiler.collectGarbage\`, then
\`Performance.getMetrics\`' \`JSHeapUsedSize\`) and DOM nodes (its \`Nodes\`), each minus the same
figures for a page with React mounted and drawing nothing (${kb(baseline.absolute.heap)} of heap, ${Math.round(baseline.absolute.nodes)} nodes).
The heap includes the code loaded, compiled; for bodymap also the panel's and the gestures' code,
loaded ahead, and the closed panel mounted, hidden, once its code is here.

${table(['library', 'JS heap, kB', 'bodymap ÷ this', 'DOM nodes', 'bodymap ÷ this'], memoryRows)}
${beforeAfterSection}
## Method

- One Chromium; each measurement loads a fresh page in its own browser context, so nothing is
  cached. Every run loads each library's page once, and the order turns every two runs, so drift
  on a shared machine falls on all alike. A timing cell gives the median, then the 90th percentile
  and the range in brackets; ratios are of medians. The viewport is 1100 × 800 at a device scale
  of 1; every figure is 300 px wide.
- Each page is a production build by Vite (the same config as \`pnpm size\`), served by a plain
  static file server on localhost. A small harness in the page loads the library's app with a
  dynamic import, mounts it, and records times with \`performance.now()\`.
- "Painted" is taken as the end of the frame that shows a change: a \`MutationObserver\` sees the
  change, a \`requestAnimationFrame\` callback is queued, and from it a \`MessageChannel\` task, which
  runs once that frame's style, layout and paint are done (the compositor's work after that is not
  counted). Waiting for the next frame is part of every figure: at 60 Hz that alone is 0 to 16.7 ms.
- A click's start is its \`click\` event's \`timeStamp\`, a tap's its \`pointerdown\`'s, a key's its
  \`keydown\`'s, read by a listener on the window that runs before the page's own. The peers act on
  \`click\`, as bodymap does.
- Commits and components rendered are counted through the hook React DevTools uses, set on the
  page before React DOM loads (\`tests/support/react-renders.ts\`). A component rendered in a
  commit, by React DevTools' rule, when its fiber was mounted in it or has React's \`PerformedWork\`
  flag (it ran rather than bailed out); only the part of the tree React worked on is walked.
- The longest event is the largest \`duration\` among the Event Timing API's entries
  (\`PerformanceObserver\`, \`type: 'event'\`, \`durationThreshold: 16\`) for the events that started
  between the interaction's start and its last paint; durations are rounded to 8 ms by Chromium.
- The sizes reuse \`pnpm size\`'s bundling (\`tests/scripts/bundle.mjs\`): gzip at level 9, and for
  bodymap the entry's chunk and everything it imports statically.
`;
}

/** The figures that matter most, for the console. */
function printSummary(record) {
  console.table(
    Object.fromEntries(
      [...record.libraries, record.baseline].map((library) => [
        library.name,
        {
          'JS kB': round(library.size.js / 1000),
          'mount ms': round(library.mount.median),
          'click ms': library.clicks.length > 0 ? round(library.clicks.at(-1).highlight.median) : '',
          'panel+text ms': library.clicks.at(-1)?.text ? round(library.clicks.at(-1).text.median) : '',
          'heap kB': round(library.heap.median / 1000),
          nodes: Math.round(library.nodes.median),
        },
      ]),
    ),
  );
  console.log(`First render no slower than the fastest peer: ${record.targets.firstRender.met ? 'met' : 'missed'}`);
  for (const { click, median: value, met } of record.targets.clickToPanel) {
    console.log(`Click to painted panel within ${frame} ms (${click}): ${round(value)} ms, ${met ? 'met' : 'missed'}`);
  }
  const [ours] = record.libraries;
  const warm = ours.clicks.find((group) => group.label === 'later click, text loaded before');
  if (warm) {
    console.log(`Warm click: ${warm.commits.median} commits, ${warm.components.median} components rendered`);
  }
  console.log(`Arrow key: ${ours.arrow.commits.median} commits, ${ours.arrow.components.median} components rendered, ${ours.arrow.focus.median} ms to the painted focus`);
  for (const library of record.libraries.filter((candidate) => candidate.phone)) {
    const { tap } = library.phone;
    const timing = tap.text ?? tap.highlight;
    console.log(`Phone, ${library.name}: tap to painted ${timing.median} ms (p90 ${timing.p90}), longest event ${event(tap.longest.median)} ms`);
  }
  const { coldOverWarm, warmOverPeer } = record.targets.phone;
  console.log(`Phone, cold first tap under ${coldOverWarm.target}× a warm one: ${coldOverWarm.cold} ms ÷ ${coldOverWarm.warm} ms = ${coldOverWarm.ratio}×, ${coldOverWarm.met ? 'met' : 'missed'}`);
  console.log(`Phone, warm tap within ${warmOverPeer.target}× ${warmOverPeer.peer}'s: ${warmOverPeer.warm} ms ÷ ${warmOverPeer.theirs} ms = ${warmOverPeer.ratio}×, ${warmOverPeer.met ? 'met' : 'missed'}`);
  if (record.beforeAfter) {
    console.log(`Before (${record.beforeAfter.before.date}) and after:`);
    console.table(
      Object.fromEntries(
        record.beforeAfter.rows.map((row) => [row.figure, { before: figureCell(row.before, row.unit), after: figureCell(row.after, row.unit), 'after ÷ before': changeCells(row)[1] }]),
      ),
    );
  }
}

await main();
