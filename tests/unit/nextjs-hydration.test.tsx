import { loadValue, type ContentPack } from '@bodymap/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import { sentToClient } from './server-components.ts';

// As the Next.js App Router runs the page: the server component in a module graph of its own, the
// HTML written by another from what it sent, and the browser a third, each with loads of its own.
async function loadPage() {
  vi.resetModules();
  const [page, client] = await Promise.all([import('../../docs/examples/nextjs/app/es/page.tsx'), import('../../docs/examples/nextjs/app/es/spanish-body-map.tsx')]);
  return { Page: page.default, SpanishBodyMap: client.SpanishBodyMap };
}

let root: Root | undefined;

afterEach(async () => {
  await act(async () => {
    root?.unmount();
  });
  root = undefined;
  document.body.replaceChildren();
});

describe('the Spanish page of the Next.js example, hydrated', () => {
  it('keeps the server HTML, without warnings or errors, and responds in Spanish, with each panel in Spanish', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const recoverable = vi.fn<(error: unknown) => void>();
    try {
      const server = await loadPage();
      const sent = await server.Page();
      const html = await loadPage();
      const { prelude } = await prerender(sentToClient(sent, new Map([[server.SpanishBodyMap, html.SpanishBodyMap]])));
      const container = document.createElement('div');
      container.innerHTML = await new Response(prelude).text();
      document.body.append(container);
      const serverRegion = container.querySelector('[data-region="upper-back-left"]');
      expect(serverRegion).not.toBeNull();
      expect(container.querySelector('[aria-busy]')).toBeNull();

      const browser = await loadPage();
      await act(async () => {
        root = hydrateRoot(container, sentToClient(sent, new Map([[server.SpanishBodyMap, browser.SpanishBodyMap]])), { onRecoverableError: recoverable });
      });
      // Read only now, so that the browser had nothing but the data when it hydrated.
      const es = await ((await import('@bodymap/content')).locales.es as () => Promise<ContentPack>)();
      const viewport = screen.getByRole('group', { name: `${es.strings.mapLabel}, ${es.strings.views.back}` });
      const region = within(viewport).getByRole('button', { name: es.labels['upper-back-left']! });
      // Hydration adopted the server's element rather than drawing it again.
      expect(region).toBe(serverRegion);
      await userEvent.setup().click(region);
      const dialog = await screen.findByRole('dialog', { name: es.labels['upper-back-left']! });
      const panel = await loadValue(es.panels['upper-back-left']!);
      expect(await within(dialog).findByText(panel.summary)).toBeInTheDocument();
      expect(recoverable).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
    // Longer than the default: the test imports the whole map three times, once for each program.
  }, 30000);
});
