import type { ViewBoxPoint } from './atlas.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavigationPoint<Id extends string = string> {
  readonly id: Id;
  readonly point: ViewBoxPoint;
}

/**
 * How much sideways drift counts against a candidate compared with progress in the direction
 * asked for. Two keeps a region straight ahead ahead of a nearer one off to the side, which is what
 * people expect when they press an arrow on a figure.
 */
const driftWeight = 2;

/**
 * The region nearest to `from` in `direction` (screen directions: `left` is the viewer's left),
 * judged by region centroids; `null` when nothing lies that way.
 */
export function nearestInDirection<Id extends string>(
  points: readonly NavigationPoint<Id>[],
  from: Id,
  direction: Direction,
): Id | null {
  const origin = points.find((candidate) => candidate.id === from);
  if (!origin) {
    return null;
  }
  let best: Id | null = null;
  let bestScore = Infinity;
  for (const candidate of points) {
    if (candidate.id === from) {
      continue;
    }
    const dx = candidate.point[0] - origin.point[0];
    const dy = candidate.point[1] - origin.point[1];
    const [progress, drift] = along(direction, dx, dy);
    if (progress <= 0.5) {
      continue;
    }
    const score = progress + driftWeight * Math.abs(drift);
    if (score < bestScore) {
      bestScore = score;
      best = candidate.id;
    }
  }
  return best;
}

function along(direction: Direction, dx: number, dy: number): readonly [progress: number, drift: number] {
  switch (direction) {
    case 'up':
      return [-dy, dx];
    case 'down':
      return [dy, dx];
    case 'left':
      return [-dx, dy];
    case 'right':
      return [dx, dy];
    default:
      return direction satisfies never;
  }
}

/** Regions in reading order: top to bottom, then left to right, for Home, End and the first tab stop. */
export function readingOrder<Id extends string>(points: readonly NavigationPoint<Id>[]): Id[] {
  return [...points]
    .sort((a, b) => a.point[1] - b.point[1] || a.point[0] - b.point[0])
    .map((candidate) => candidate.id);
}
