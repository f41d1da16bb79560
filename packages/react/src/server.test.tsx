// @vitest-environment node
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
});
