import type { MockInstance } from 'vitest';
import { loadValue, type Atlas, type ContentPack } from '@bodymap/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { PreloadedContent, PreloadRequest } from '@bodymap/content';
import type { BodyMapProps } from './body-map.js';

// Server HTML hydrated in the page, as a site would: the first client render must produce exactly
// what the server did, whatever has or has not loaded on either side. The server and the browser
// are separate programs, so each gets a module graph of its own (and so its own caches of loaded
// views, locales and panel code).

type Preload = 'back' | 'es' | 'panel';

async function loadModules(preload: readonly Preload[] = []) {
  vi.resetModules();
  const [{ BodyMap }, content, core] = await Promise.all([import('./body-map.js'), import('@bodymap/content'), import('@bodymap/core')]);
  const settle = async (loadable: unknown) => {
    const state = core.readLoadable(loadable);
    if (state.status === 'loading') {
      await state.promise;
    }
  };
  for (const what of preload) {
    if (what === 'back') {
      await settle((content.atlas as Atlas).views.back);
    } else if (what === 'es') {
      await settle(content.locales.es);
    } else {
      // React.lazy resolves once it has been rendered and its import has arrived.
      renderToString(<BodyMap defaultSelectedRegion="shoulder-left" />);
      await import('./panel-popover.js');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return {
    BodyMap,
    preload: content.preload,
    preloaded: content.preloaded,
    locales: content.locales,
    en: content.en,
    es: await (content.locales.es as () => Promise<ContentPack>)(),
  };
}

let root: Root | undefined;
let container: HTMLElement | undefined;
let error: MockInstance<typeof console.error>;
let warn: MockInstance<typeof console.warn>;
let recoverable: ReturnType<typeof vi.fn<(error: unknown) => void>>;

beforeEach(() => {
  error = vi.spyOn(console, 'error');
  warn = vi.spyOn(console, 'warn');
  recoverable = vi.fn<(error: unknown) => void>();
});

afterEach(async () => {
  await act(async () => {
    root?.unmount();
  });
  root = undefined;
  container?.remove();
  container = undefined;
  error.mockRestore();
  warn.mockRestore();
});

/** Renders on the "server", puts the HTML in the page, and hydrates it in the "browser". */
interface Preloads {
  server?: Preload[];
  client?: Preload[];
  /**
   * What the server preloads and sends the browser as data (through JSON, as a server component's
   * props are), and each side passes through `preloaded()` as the map's `atlas` and `locales`.
   */
  props?: PreloadRequest;
}

async function hydrate(props: BodyMapProps, preload: Preloads = {}) {
  const server = await loadModules(preload.server);
  const data = preload.props && (await server.preload(preload.props));
  const serverContent = data && server.preloaded(data);
  const html = renderToString(<server.BodyMap {...props} {...serverContent} />);
  const client = await loadModules(preload.client);
  const clientContent = data && client.preloaded(JSON.parse(JSON.stringify(data)) as PreloadedContent);
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverRegions = [...container.querySelectorAll('[data-region]')];
  await act(async () => {
    root = hydrateRoot(container!, <client.BodyMap {...props} {...clientContent} />, { onRecoverableError: recoverable });
  });
  return { html, serverRegions, server, en: client.en, es: client.es, user: userEvent.setup() };
}

function expectNoComplaints() {
  expect(recoverable).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
}

// Typed as Testing Library's queries want it; `within` works on any element.
const viewport = () => document.querySelector('.bodymap-viewport') as HTMLElement;
const regionButton = (name: string) => within(viewport()).getByRole('button', { name });

async function expectInteractive(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(regionButton(name));
  const dialog = await screen.findByRole('dialog', { name });
  expect(regionButton(name)).toHaveAttribute('aria-expanded', 'true');
  expect(regionButton(name)).toHaveAttribute('aria-controls', dialog.id);
}

describe('hydration', () => {
  it('hydrates the default map without a mismatch, and it responds', async () => {
    const { html, en, user } = await hydrate({});
    expect(html).toContain('data-region="shoulder-left"');
    expect(regionButton(en.labels['shoulder-left']!)).toHaveAttribute('tabindex');
    expect(screen.getByRole('button', { name: en.strings.views.front })).toHaveAttribute('aria-pressed', 'true');
    await expectInteractive(user, en.labels['upper-arm-left']!);
    await user.click(screen.getByRole('button', { name: en.strings.views.back }));
    expect(await within(viewport()).findByRole('button', { name: en.labels['upper-back-left']! })).toBeInTheDocument();
    expectNoComplaints();
  });

  describe('a lazily loaded first view', () => {
    it.each([
      ['loaded on neither side', {}],
      ['loaded already in the browser (by another map, a preload)', { client: ['back'] }],
      ['loaded already on the server (by an earlier request)', { server: ['back'] }],
      ['loaded on both sides', { server: ['back'], client: ['back'] }],
    ] satisfies [string, Preloads][])('hydrates as loading, then draws it: %s', async (_, preload) => {
      const { html, en, user } = await hydrate({ defaultView: 'back' }, preload);
      expect(html).toContain('aria-busy="true"');
      expect(html).not.toContain('data-region=');
      expect(await within(viewport()).findByRole('button', { name: en.labels['upper-back-left']! })).toBeInTheDocument();
      expect(viewport()).not.toHaveAttribute('aria-busy');
      expect(screen.getByRole('button', { name: en.strings.views.back })).toHaveAttribute('aria-pressed', 'true');
      await expectInteractive(user, en.labels['upper-back-left']!);
      expectNoComplaints();
    });
  });

  describe('a region selected at first', () => {
    it.each([
      ['panel code loaded on neither side', {}],
      ['panel code loaded already on the server', { server: ['panel'] }],
    ] satisfies [string, Preloads][])('hydrates, then opens its lazily loaded panel: %s', async (_, preload) => {
      const { html, en, user } = await hydrate({ defaultSelectedRegion: 'shoulder-left' }, preload);
      expect(html).toContain('data-region="shoulder-left" data-state="selected"');
      // The panel's code loads on demand, so it is left to the browser.
      expect(html).not.toContain('role="dialog"');
      const name = en.labels['shoulder-left']!;
      expect(await screen.findByRole('dialog', { name })).toBeInTheDocument();
      expect(regionButton(name)).toHaveAttribute('aria-expanded', 'true');
      // It closes, and another opens.
      await user.click(regionButton(name));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await expectInteractive(user, en.labels['upper-arm-left']!);
      expectNoComplaints();
    });
  });

  describe('a lazily loaded locale', () => {
    it.each([
      ['loaded on neither side', {}],
      ['loaded already in the browser', { client: ['es'] }],
      ['loaded already on the server', { server: ['es'] }],
    ] satisfies [string, Preloads][])('hydrates, then shows it: %s', async (_, preload) => {
      const { html, en, es, user } = await hydrate({ locale: 'es' }, preload);
      // A pack loaded on demand is not on the server's page: English is, until the browser has it.
      expect(html).toContain(`lang="${en.locale}"`);
      expect(html).toContain(`>${en.strings.views.front}</button>`);
      await waitFor(() => expect(document.querySelector('.bodymap-root')).toHaveAttribute('lang', es.locale));
      expect(screen.getByRole('button', { name: es.strings.views.front })).toHaveAttribute('aria-pressed', 'true');
      await expectInteractive(user, es.labels['upper-arm-left']!);
      expectNoComplaints();
    });
  });

  describe('a view and a locale preloaded on the server and sent to the browser as data', () => {
    it('is on the server page in full, and hydrates to the same map, which responds and loads its panels in that language', async () => {
      const { html, serverRegions, server, es, user } = await hydrate({ locale: 'es', defaultView: 'back' }, { props: { views: ['back'], locales: ['es'] } });
      expect(html).toContain(`lang="${es.locale}"`);
      expect(html).not.toContain('aria-busy');
      expect(html).toContain(`aria-label="${es.labels['upper-back-left']}"`);
      // Hydration kept the server's regions rather than drawing them again.
      const regions = [...viewport().querySelectorAll('[data-region]')];
      expect(regions.length).toBeGreaterThan(20);
      expect(regions).toHaveLength(serverRegions.length);
      expect(regions.every((region, index) => region === serverRegions[index])).toBe(true);
      expect(document.querySelector('.bodymap-root')).toHaveAttribute('lang', es.locale);
      expect(viewport()).not.toHaveAttribute('aria-busy');
      expect(screen.getByRole('button', { name: es.strings.views.back })).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('group', { name: es.strings.zoom.controls })).toBeInTheDocument();
      // The panel's Spanish text, as the server's own copy of the pack has it.
      const serverSpanish = await loadValue(server.locales.es!);
      const panel = await loadValue(serverSpanish.panels['upper-back-left']!);
      await expectInteractive(user, es.labels['upper-back-left']!);
      const dialog = screen.getByRole('dialog', { name: es.labels['upper-back-left']! });
      expect(await within(dialog).findByText(panel.summary)).toBeInTheDocument();
      expect(within(dialog).getByRole('heading', { name: (await loadValue(es.panelStrings)).benefits })).toBeInTheDocument();
      expect(within(dialog).getByText(panel.benefits[0]!.text)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: es.strings.views.front }));
      expect(await within(viewport()).findByRole('button', { name: es.labels['chest-left']! })).toBeInTheDocument();
      expectNoComplaints();
    });
  });
});
