import type { Loadable } from './loadable.js';
import type { RegionModel, ViewId } from './region.js';

/** A point in the atlas's own coordinate space (the SVG viewBox), never screen pixels. */
export type ViewBoxPoint = readonly [x: number, y: number];

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How one view draws one region: a polygon in viewBox units. Renderers clip it to the view's
 * silhouette, so its outer edge may run a little outside the body and still look smooth; its edges
 * inside the body are shared exactly with the neighbouring regions, so no two regions overlap.
 */
export interface RegionShape<Id extends string = string> {
  readonly region: Id;
  readonly points: readonly ViewBoxPoint[];
}

/** A decorative line (a collarbone, a shoulder blade): drawn, never interactive. */
export interface AtlasDetail {
  readonly points: readonly ViewBoxPoint[];
  readonly closed?: boolean;
}

export interface AtlasView<Id extends string = string> {
  readonly id: ViewId;
  /** Closed outlines whose union is the body; each is smoothed through its control points. */
  readonly silhouette: readonly (readonly ViewBoxPoint[])[];
  readonly regions: readonly RegionShape<Id>[];
  readonly details: readonly AtlasDetail[];
}

/** Body artwork as data: every region's model plus the geometry of each view. */
export interface Atlas<Id extends string = string> {
  readonly viewBox: ViewBox;
  readonly regions: readonly RegionModel<Id>[];
  /** The first view should be present; the others may load on demand. */
  readonly views: { readonly [View in ViewId]: Loadable<AtlasView<Id>> };
}

export function viewBoxAttribute(viewBox: ViewBox): string {
  return `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`;
}
