import type { ContentPack } from '@bodymap/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { prerender } from 'react-dom/static';

// The server and the browser are separate programs, each with modules (and loads) of its own.
async function loadPage() {
  vi.resetModules();
  return (await import('../../docs/examples/nextjs/app/es/page.tsx')).default;
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
  it('keeps the server HTML, without warnings or errors, and responds in Spanish', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const recoverable = vi.fn<(error: unknown) => void>();
    try {
      const ServerPage = await loadPage();
      const { prelude } = await prerender(<ServerPage />);
      const container = document.createElement('div');
      container.innerHTML = await new Response(prelude).text();
      document.body.append(container);
      const serverRegion = container.querySelector('[data-region="upper-back-left"]');
      expect(serverRegion).not.toBeNull();

      const BrowserPage = await loadPage();
      const es = await ((await import('@bodymap/content')).locales.es as () => Promise<ContentPack>)();
      await act(async () => {
        root = hydrateRoot(container, <BrowserPage />, { onRecoverableError: recoverable });
      });
      const viewport = screen.getByRole('group', { name: `${es.strings.mapLabel}, ${es.strings.views.back}` });
      const region = await within(viewport).findByRole('button', { name: es.labels['upper-back-left']! });
      // Hydration adopted the server's element rather than drawing it again.
      expect(region).toBe(serverRegion);
      await userEvent.setup().click(region);
      expect(await screen.findByRole('dialog', { name: es.labels['upper-back-left']! })).toBeInTheDocument();
      expect(recoverable).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
    // Longer than the default: the test imports the whole map twice, once for each side.
  }, 30000);
});
