// @vitest-environment node
/// <reference types="vite/types/importMeta.d.ts" />
import { renderToString } from 'react-dom/server';
import { atlas, en, preloaded } from '@bodymap/content';
import type { ContentPack } from '@bodymap/core';
import { BodyMap } from './body-map.js';

describe('server rendering', () => {
  it('renders every region of the first view, named, without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<BodyMap />);
    const front = atlas.views.front;
    if (front === undefined || typeof front === 'function') {
      throw new Error('the first view must be present without loading');
    }
    expect(front.regions.length).toBeGreaterThan(20);
    for (const { region } of front.regions) {
      expect(html).toContain(`aria-label="${en.labels[region]}"`);
      expect(html).toContain(`data-region="${region}"`);
    }
  });

  it('renders the view switch and the zoom buttons', () => {
    const html = renderToString(<BodyMap />);
    expect(html).toContain(`aria-label="${en.strings.viewSwitchLabel}"`);
    for (const view of Object.keys(atlas.views) as (keyof typeof en.strings.views)[]) {
      expect(html).toMatch(new RegExp(`<button type="button" aria-pressed="(true|false)" data-state="(on|off)">${en.strings.views[view]}</button>`));
    }
    expect(html).toContain('aria-pressed="true" data-state="on">Front</button>');
    expect(html).toContain(`aria-label="${en.strings.zoom.controls}"`);
    for (const action of ['in', 'out', 'reset'] as const) {
      expect(html).toMatch(new RegExp(`<button[^>]*aria-label="${en.strings.zoom[action]}"[^>]*data-action="${action}"`));
    }
  });

  it('renders what loads on demand (another view, a locale, the panel) as not there yet, without errors', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    try {
      const back = renderToString(<BodyMap defaultView="back" />);
      expect(back).toContain('aria-busy="true"');
      expect(back).toContain('aria-pressed="true" data-state="on">Back</button>');
      const selected = renderToString(<BodyMap defaultSelectedRegion="shoulder-left" />);
      expect(selected).toContain('data-region="shoulder-left" data-state="selected"');
      expect(selected).not.toContain('role="dialog"');
      // Until the browser has loaded the Spanish pack, the page is in English, and says so.
      expect(renderToString(<BodyMap locale="es" />)).toContain('lang="en"');
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });
});

describe('server rendering of preloaded content', () => {
  it('renders a preloaded view in a preloaded language in full: every region named, the controls and the language', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    try {
      const { atlas: withBack, locales } = await preloaded({ views: ['back'], locales: ['es'] });
      const html = renderToString(<BodyMap atlas={withBack} locales={locales} locale="es" defaultView="back" />);
      const back = withBack.views.back;
      const es = locales.es as ContentPack;
      if (back === undefined || typeof back === 'function' || typeof es === 'function') {
        throw new Error('the back view and the Spanish pack must be present once preloaded');
      }
      expect(html).not.toContain('aria-busy');
      expect(html).toContain('lang="es"');
      expect(back.regions.length).toBeGreaterThan(20);
      for (const { region } of back.regions) {
        expect(html).toContain(`aria-label="${es.labels[region]}"`);
      }
      expect(html).toContain(`aria-label="${es.strings.mapLabel}, ${es.strings.views.back}"`);
      expect(html).toContain(`aria-label="${es.strings.viewSwitchLabel}"`);
      expect(html).toContain(`aria-pressed="true" data-state="on">${es.strings.views.back}</button>`);
      for (const action of ['in', 'out', 'reset'] as const) {
        expect(html).toContain(`aria-label="${es.strings.zoom[action]}"`);
      }
      expect(html).not.toContain(`>${en.strings.views.back}</button>`);
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it('leaves what was not asked for to load on demand', async () => {
    const { atlas: withBack, locales } = await preloaded({ views: ['back'], locales: ['es'] });
    expect(withBack.views.soles).toBe(atlas.views.soles);
    expect(typeof withBack.views.soles).toBe('function');
    expect(locales.en).toBe(en);
    const html = renderToString(<BodyMap atlas={withBack} locales={locales} locale="es" defaultView="soles" />);
    expect(html).toContain('aria-busy="true"');
  });

  it('gives the same atlas and packs for the same request, so that a component may ask as it renders', async () => {
    const first = preloaded({ views: ['back'], locales: ['es'] });
    expect(preloaded({ locales: ['es', 'es'], views: ['back'] })).toBe(first);
    expect((await first).atlas).toBe((await preloaded({ views: ['back'], locales: ['es'] })).atlas);
  });

  it('rejects a view or a locale the bundled content lacks, naming those it has', async () => {
    await expect(preloaded({ locales: ['fr'] })).rejects.toThrow('preloaded: the bundled content has no locale "fr". Locales: en, es.');
    // @ts-expect-error: not a view
    await expect(preloaded({ views: ['side'] })).rejects.toThrow('Views: front, back, soles.');
  });
});

describe('modules without a DOM', () => {
  // Every source module of the packages a server imports, loaded here with no DOM globals: none
  // may touch `window`, `document` or the like as it is evaluated.
  const modules = import.meta.glob([
    '../../core/src/**/*.{ts,tsx}',
    '../../content/src/**/*.{ts,tsx}',
    './**/*.{ts,tsx}',
    '!**/*.test.*',
  ]);

  it('finds the modules of core, content and react', () => {
    const paths = Object.keys(modules);
    for (const path of ['../../core/src/index.ts', '../../content/src/index.ts', './index.ts', './panel-popover.tsx', './zoom-gestures.ts']) {
      expect(paths).toContain(path);
    }
    expect(paths.some((path) => path.includes('.test.'))).toBe(false);
  });

  it('imports every one of them', async () => {
    for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'SVGElement', 'Element', 'customElements', 'matchMedia', 'ResizeObserver', 'requestAnimationFrame']) {
      expect(typeof (globalThis as Record<string, unknown>)[name], name).toBe('undefined');
    }
    const failures: string[] = [];
    for (const [path, load] of Object.entries(modules)) {
      try {
        expect(await load()).toBeTypeOf('object');
      } catch (error) {
        failures.push(`${path}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
