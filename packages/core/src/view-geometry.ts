import { regionPlaces, type AtlasView, type RegionPlace } from './atlas.js';
import { polygonPath, smoothClosedPath, smoothOpenPath } from './geometry.js';
import { readingOrder } from './navigation.js';

/** Everything a renderer draws for one view, as path strings, and where each region sits. */
export interface ViewGeometry<Id extends string = string> {
  readonly view: AtlasView<Id>;
  /** The silhouette's outlines, smoothed: drawn as the body and used as the regions' clip path. */
  readonly silhouette: readonly string[];
  /** Each region's path by id, in drawing order. */
  readonly regions: ReadonlyMap<Id, string>;
  /** The decorative anatomy lines. */
  readonly details: readonly string[];
  /** Every region and hotspot the view draws, in drawing order. */
  readonly places: readonly RegionPlace<Id>[];
  /** A region's or hotspot's place by id. */
  readonly placeOf: ReadonlyMap<Id, RegionPlace<Id>>;
  /** Ids in reading order: the first holds the tab stop when nothing else does. */
  readonly readingOrder: readonly Id[];
}

// Keyed by the view object, so every map, part and remount on a page shares one computation.
const cache = new WeakMap<AtlasView, ViewGeometry>();

/** A view's geometry, computed the first time it is asked for and shared from then on. */
export function viewGeometry<Id extends string>(view: AtlasView<Id>): ViewGeometry<Id> {
  const known = cache.get(view) as ViewGeometry<Id> | undefined;
  if (known) {
    return known;
  }
  const places = regionPlaces(view);
  const geometry: ViewGeometry<Id> = {
    view,
    silhouette: view.silhouette.map(smoothClosedPath),
    regions: new Map(view.regions.map((shape) => [shape.region, polygonPath(shape.points)])),
    details: view.details.map((detail) => (detail.closed ? smoothClosedPath(detail.points) : smoothOpenPath(detail.points))),
    places,
    placeOf: new Map(places.map((place) => [place.id, place])),
    readingOrder: readingOrder(places),
  };
  cache.set(view, geometry);
  return geometry;
}
