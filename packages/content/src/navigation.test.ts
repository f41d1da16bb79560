import { centroid, nearestInDirection, readingOrder, readLoadable, type AtlasView, type Direction } from '@bodymap/core';
import { atlas } from './atlas/index.js';

async function view(id: 'front' | 'back'): Promise<AtlasView> {
  const state = readLoadable(atlas.views[id]);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}

const directions: Direction[] = ['up', 'down', 'left', 'right'];

describe.each(['front', 'back'] as const)('keyboard navigation in the %s view', (id) => {
  it('reaches every region with arrow keys from the first tab stop', async () => {
    const points = (await view(id)).regions.map((shape) => ({ id: shape.region, point: centroid(shape.points) }));
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
