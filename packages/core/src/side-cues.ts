import type { ViewBoxPoint } from './atlas.js';
import { unionBounds } from './atlas.js';
import type { RegionModel, ViewId } from './region.js';
import type { ViewGeometry } from './view-geometry.js';

/** A mark for one of the person's sides, and where it goes in viewBox units. */
export interface SideCue {
  readonly side: 'left' | 'right';
  readonly point: ViewBoxPoint;
}

/** The views that show the side cues by default; the soles leave them out, since each foot is named under its sole. */
export const sideCueViews: readonly ViewId[] = ['front', 'back'];

const cache = new WeakMap<ViewGeometry, readonly SideCue[]>();

/**
 * Where the marks for the person's left and right go in a view: level with the top of the figure,
 * each on the half of the drawing where that side's regions are, so the person's left is marked on
 * the viewer's right in the front view and on the viewer's left in the back view. None for a view
 * that does not draw both sides apart. Computed once per view.
 */
export function sideCues(geometry: ViewGeometry, regions: readonly RegionModel[]): readonly SideCue[] {
  const known = cache.get(geometry);
  if (known) {
    return known;
  }
  const sideOf = new Map(regions.map((region) => [region.id, region.side]));
  const middle = (side: 'left' | 'right') => {
    const xs = geometry.places.filter((place) => sideOf.get(place.id) === side).map((place) => place.point[0]);
    return xs.length === 0 ? undefined : xs.reduce((sum, x) => sum + x, 0) / xs.length;
  };
  const left = middle('left');
  const right = middle('right');
  const box = unionBounds(geometry.places.map((place) => place.bounds));
  let cues: readonly SideCue[] = [];
  if (left !== undefined && right !== undefined && left !== right && box) {
    // A fifth of the way in from each edge, and near the top: beside the head, clear of the arms.
    const y = box.y + 0.06 * box.height;
    const near = box.x + 0.2 * box.width;
    const far = box.x + 0.8 * box.width;
    cues = [
      { side: 'right', point: [right < left ? near : far, y] },
      { side: 'left', point: [left < right ? near : far, y] },
    ];
  }
  cache.set(geometry, cues);
  return cues;
}
