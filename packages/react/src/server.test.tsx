// @vitest-environment node
/// <reference types="vite/types/importMeta.d.ts" />
import { renderToString } from 'react-dom/server';
import { atlas, en } from '@bodymap/content';
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
