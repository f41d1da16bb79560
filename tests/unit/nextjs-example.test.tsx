// @vitest-environment node
import { atlas, en } from '@bodymap/content';
import { renderToString } from 'react-dom/server';
import Page from '../../docs/examples/nextjs/app/page.tsx';

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
});
