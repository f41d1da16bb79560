// @vitest-environment node
/// <reference types="vite/types/importMeta.d.ts" />
import { renderToString } from 'react-dom/server';
import { atlas, en, locales, preload, preloaded, type PreloadedContent, type PreloadRequest } from '@bodymap/content';
import { loadValue, type ContentPack } from '@bodymap/core';
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
  // What a browser receives of what the server preloaded: the data of a server component's
  // props, `getServerSideProps` or an island's props, which pass as JSON.
  const sent = async (request: PreloadRequest) => JSON.parse(JSON.stringify(await preload(request))) as PreloadedContent;
  const bundledSpanish = () => loadValue(locales.es!);

  it('preloads plain data that survives JSON unchanged: the view and pack asked for, without what is bundled already', async () => {
    const content = await preload({ views: ['front', 'back'], locales: ['en', 'es'] });
    expect(JSON.parse(JSON.stringify(content))).toStrictEqual(content);
    expect(Object.keys(content.views)).toEqual(['back']);
    expect(Object.keys(content.locales)).toEqual(['es']);
    expect(content.views.back).toStrictEqual(await loadValue(atlas.views.back!));
    const es = await bundledSpanish();
    expect(content.locales.es).toStrictEqual({
      version: es.version,
      locale: 'es',
      strings: es.strings,
      labels: es.labels,
      captions: es.captions,
      provenance: { version: es.provenance!.version, reviewed: es.provenance!.reviewed },
    });
  });

  it('renders a view and a language from the data in full: every region named, the controls and the language', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    try {
      const { atlas: withBack, locales: withSpanish } = preloaded(await sent({ views: ['back'], locales: ['es'] }));
      const html = renderToString(<BodyMap atlas={withBack} locales={withSpanish} locale="es" defaultView="back" />);
      const back = await loadValue(atlas.views.back!);
      const es = await bundledSpanish();
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

  it('leaves what was not asked for to load on demand, and a preloaded pack loads its panels, sources and the rest', async () => {
    const { atlas: withBack, locales: withSpanish } = preloaded(await sent({ views: ['back'], locales: ['es'] }));
    expect(withBack.views.soles).toBe(atlas.views.soles);
    expect(typeof withBack.views.soles).toBe('function');
    expect(withSpanish.en).toBe(en);
    expect(renderToString(<BodyMap atlas={withBack} locales={withSpanish} locale="es" defaultView="soles" />)).toContain('aria-busy="true"');

    const rebuilt = withSpanish.es as ContentPack;
    const es = await bundledSpanish();
    // The same parts as the bundled pack, each loading the same thing.
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(es).sort());
    expect(Object.keys(rebuilt.panels).sort()).toEqual(Object.keys(es.panels).sort());
    const panel = await loadValue(rebuilt.panels['upper-back-left']!);
    expect(panel.summary).toBe((await loadValue(es.panels['upper-back-left']!)).summary);
    expect(panel).toStrictEqual(await loadValue(es.panels['upper-back-left']!));
    for (const part of ['panelStrings', 'sources', 'glossary', 'intake', 'symptoms', 'routines', 'referrals'] as const) {
      expect(await loadValue(rebuilt[part]!), part).toStrictEqual(await loadValue(es[part]!));
    }
    expect(await loadValue(rebuilt.provenance!.changelog)).toStrictEqual(await loadValue(es.provenance!.changelog));
  });

  it('gives the same atlas and packs for the same data, so that a component may put them together as it renders', async () => {
    const content = await sent({ views: ['back'], locales: ['es'] });
    const first = preloaded(content);
    expect(preloaded(content)).toBe(first);
    expect(preloaded(content).locales.es).toBe(first.locales.es);
  });

  it('rejects a request for a view or a locale the bundled content lacks, naming those it has', async () => {
    await expect(preload({ locales: ['fr'] })).rejects.toThrow('preload: the bundled content has no locale "fr". Locales: en, es.');
    // @ts-expect-error: not a view
    await expect(preload({ views: ['side'] })).rejects.toThrow('preload: the bundled content has no view "side". Views: front, back, soles.');
    // @ts-expect-error: a name, not a list of names
    await expect(preload({ views: 'back' })).rejects.toThrow('preload: views must be a list of names; got "back".');
  });

  it('throws for data that is not what preload gave, saying what is wrong', async () => {
    const content = await sent({ views: ['back'], locales: ['es'] });
    const expectedShape = "preloaded: expected what preload() resolves to, { format: 'bodymap-preloaded/1', views, locales }; got";
    expect(() => preloaded(null as unknown as PreloadedContent)).toThrow(`${expectedShape} null.`);
    expect(() => preloaded('{"format":"bodymap-preloaded/1"}' as unknown as PreloadedContent)).toThrow(`${expectedShape} "{`);
    // The props themselves rather than the data they are made from.
    expect(() => preloaded(preloaded(content) as unknown as PreloadedContent)).toThrow(`${expectedShape} an object with atlas, locales.`);
    expect(() => preloaded({ ...content, format: 'bodymap-preloaded/0' } as unknown as PreloadedContent)).toThrow(expectedShape);

    expect(() => preloaded({ ...content, views: { side: content.views.back } } as unknown as PreloadedContent)).toThrow(
      'preloaded: the bundled content has no view "side". Views: front, back, soles.',
    );
    expect(() => preloaded({ ...content, locales: { fr: content.locales.es! } })).toThrow('preloaded: the bundled content has no locale "fr". Locales: en, es.');
    expect(() => preloaded({ ...content, views: { back: { ...content.views.back!, regions: [{ region: 'tail', points: [] }] } } } as unknown as PreloadedContent)).toThrow(
      'preloaded: views.back is not the drawing of the back view',
    );
    expect(() => preloaded({ ...content, views: { soles: content.views.back } })).toThrow('preloaded: views.soles is not the drawing of the soles view');
    const { strings, ...withoutStrings } = content.locales.es!;
    expect(strings).toBeDefined();
    expect(() => preloaded({ ...content, locales: { es: withoutStrings } } as unknown as PreloadedContent)).toThrow(/^preloaded: locales\.es is not a content pack's data: strings: /);
    expect(() => preloaded({ ...content, locales: { es: { ...content.locales.es!, locale: 'en' } } })).toThrow(
      'preloaded: locales.es is not a content pack\'s data: locale: the pack\'s locale is "en", not "es".',
    );
    expect(() => preloaded({ ...content, locales: { es: [] } } as unknown as PreloadedContent)).toThrow("preloaded: locales.es is not a content pack's data; got a list.");
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
