import { nearestInDirection, readingOrder, type NavigationPoint } from './navigation.js';

// A small plus-shaped layout with a distractor that is nearer but far off to the side.
const points: NavigationPoint[] = [
  { id: 'centre', point: [100, 100] },
  { id: 'up', point: [100, 40] },
  { id: 'down', point: [102, 170] },
  { id: 'left', point: [30, 104] },
  { id: 'right', point: [170, 96] },
  { id: 'near-but-sideways', point: [140, 60] },
];

describe('nearestInDirection', () => {
  it.each([
    ['up', 'up'],
    ['down', 'down'],
    ['left', 'left'],
    ['right', 'right'],
  ] as const)('moves %s to the region straight ahead', (direction, expected) => {
    expect(nearestInDirection(points, 'centre', direction)).toBe(expected);
  });

  it('prefers a region ahead over a nearer one far to the side', () => {
    expect(nearestInDirection(points, 'centre', 'up')).toBe('up');
    expect(nearestInDirection(points, 'up', 'right')).toBe('near-but-sideways');
  });

  it('returns null at the edge of the layout and for an unknown start', () => {
    expect(nearestInDirection(points, 'up', 'up')).toBeNull();
    expect(nearestInDirection(points, 'nowhere', 'down')).toBeNull();
  });
});

describe('readingOrder', () => {
  it('orders top to bottom, then left to right', () => {
    expect(readingOrder(points)).toEqual(['up', 'near-but-sideways', 'right', 'centre', 'left', 'down']);
  });
});
