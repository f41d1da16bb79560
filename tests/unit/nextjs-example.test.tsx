// @vitest-environment node
import { atlas, en, locales } from '@bodymap/content';
import { loadValue } from '@bodymap/core';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import Page from '../../docs/examples/nextjs/app/page.tsx';
import SpanishPage from '../../docs/examples/nextjs/app/es/page.tsx';
import { SpanishBodyMap } from '../../docs/examples/nextjs/app/es/spanish-body-map.tsx';
import { sentToClient } from './server-components.ts';

// What a server that waits for everything (as Next.js does for a page without a Suspense boundary) sends.
async function renderWhenReady(element: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

describe('the Next.js example of the embedding guide', () => {
  it('renders on the server, without a DOM, with every region of the front view named', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Page />);
    expect(html).toContain('<h1>Explore the body</h1>');
    const front = atlas.views.front;
    if (front === undefined || typeof front === 'function') {
      throw new Error('the front view must be present without loading');
    }
    for (const { region } of front.regions) {
      expect(html).toContain(`aria-label="${en.labels[region]}"`);
    }
  });

  it('renders the Spanish page of its server rendering section with every region of the back view, named in Spanish', async () => {
    // The page is a server component: it waits for the content, which reaches the map as data.
    const html = await renderWhenReady(sentToClient(await SpanishPage(), new Map([[SpanishBodyMap, SpanishBodyMap]])));
    const back = await loadValue(atlas.views.back!);
    const es = await loadValue(locales.es!);
    expect(html).toContain('<h1>Explora el cuerpo</h1>');
    expect(html).toContain('class="bodymap-root" lang="es" data-view="back"');
    expect(html).not.toContain('aria-busy');
    for (const { region } of back.regions) {
      expect(html).toContain(`aria-label="${es.labels[region]}"`);
    }
    expect(html).toContain(`aria-label="${es.strings.zoom.in}"`);
  });
});
