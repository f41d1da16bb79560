import { nearestInDirection, readingOrder, readLoadable, regionPlaces, type AtlasView, type Direction, type ViewId } from '@bodymap/core';
import { atlas } from './atlas/index.js';

async function view(id: ViewId): Promise<AtlasView> {
  const state = readLoadable(atlas.views[id]!);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}

const directions: Direction[] = ['up', 'down', 'left', 'right'];

describe.each(['front', 'back', 'soles'] as const)('keyboard navigation in the %s view', (id) => {
  it('reaches every region and hotspot with arrow keys from the first tab stop', async () => {
    const points = regionPlaces(await view(id));
    const start = readingOrder(points)[0]!;
    const reached = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const direction of directions) {
        const next = nearestInDirection(points, from, direction);
        if (next !== null && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual(points.map((point) => point.id).sort());
  });
});
