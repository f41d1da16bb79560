import { bounds, centroid, type Bounds } from './geometry.js';
import type { Loadable } from './loadable.js';
import { layerIds, type LayerId, type RegionModel, type ViewId } from './region.js';

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

/**
 * A region drawn as a point rather than an area (a reflexology point): renderers keep its target the
 * same size on screen at every zoom, so it stays easy to hit however far out the map is zoomed.
 */
export interface HotspotShape<Id extends string = string> {
  readonly region: Id;
  readonly point: ViewBoxPoint;
  /** The key of its short on-map name in the content pack's `captions`, shown once there is room. */
  readonly caption?: string;
}

/**
 * A short text drawn on the figure (a vertebra range beside the spine, a foot's name), looked up in
 * the content pack's `captions` by `key`. It shows once the figure is drawn at least `minScale` CSS
 * pixels per viewBox unit, so it appears when zooming in makes room for it.
 */
export interface AtlasCaption {
  readonly key: string;
  /** Where the text starts (or is centred, with `anchor: 'middle'`). */
  readonly at: ViewBoxPoint;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly minScale?: number;
}

export interface AtlasView<Id extends string = string> {
  readonly id: ViewId;
  /** Closed outlines whose union is the body; each is smoothed through its control points. */
  readonly silhouette: readonly (readonly ViewBoxPoint[])[];
  readonly regions: readonly RegionShape<Id>[];
  readonly hotspots?: readonly HotspotShape<Id>[];
  readonly details: readonly AtlasDetail[];
  readonly captions?: readonly AtlasCaption[];
  /**
   * CSS pixels per viewBox unit at which every region of this view holds a 24 px target; a map
   * zooms there when the view is chosen.
   */
  readonly targetScale?: number;
}

/**
 * A trigger-point referral pattern: pressing a spot in one muscle is reported to send pain to an
 * area elsewhere (the upper trapezius to the temple). Drawn while one of its `sources` is open or
 * answers the chosen symptom, as an area joined by a line to the spot. It is a pattern people
 * report, not anatomy; its words and grade are the content pack's `referrals[id]`.
 */
export interface AtlasReferral<Id extends string = string> {
  /** A kebab-case id, the key of its note in the content pack's `referrals`. */
  readonly id: string;
  /** The view it is drawn in; it is drawn in every layer of that view. */
  readonly view: ViewId;
  /** The regions (a muscle, and the areas over it) whose opening or matching shows it. */
  readonly sources: readonly Id[];
  /** Where pressure is applied. */
  readonly spot: ViewBoxPoint;
  /** Where the pain is felt: closed outlines, smoothed through their control points like the silhouette. */
  readonly area: readonly (readonly ViewBoxPoint[])[];
}

/** Body artwork as data: every region's model plus the geometry of each view. */
export interface Atlas<Id extends string = string> {
  readonly viewBox: ViewBox;
  readonly regions: readonly RegionModel<Id>[];
  /** The views this atlas draws: the first should be present, the others may load on demand. */
  readonly views: { readonly [View in ViewId]?: Loadable<AtlasView<Id>> };
  /**
   * The views of each layer beyond `areas`, by view, loaded the first time that layer is shown. A
   * layer's view draws its own regions (the muscles) over the same silhouette.
   */
  readonly layers?: { readonly [Layer in Exclude<LayerId, 'areas'>]?: { readonly [View in ViewId]?: Loadable<AtlasView<Id>> } };
  /** Trigger-point referral patterns, usually loaded the first time a region or symptom shows one. */
  readonly referrals?: Loadable<readonly AtlasReferral<Id>[]>;
}

/** The layers an atlas draws: always its areas, and each layer of `layers` it has. */
export function atlasLayers(atlas: Pick<Atlas, 'layers'>): LayerId[] {
  return layerIds.filter((layer) => layer === 'areas' || atlas.layers?.[layer] !== undefined);
}

/** Where an atlas draws a view of a layer: the areas are its views; other layers have their own. */
export function layerView<Id extends string>(atlas: Atlas<Id>, view: ViewId, layer: LayerId): Loadable<AtlasView<Id>> | undefined {
  return layer === 'areas' ? atlas.views[view] : atlas.layers?.[layer]?.[view];
}

export function viewBoxAttribute(viewBox: ViewBox): string {
  return `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`;
}

/** Where a view draws one of its regions or hotspots: the point that stands for it and the box around it. */
export interface RegionPlace<Id extends string = string> {
  readonly id: Id;
  /** An area's centroid, or a hotspot's point. */
  readonly point: ViewBoxPoint;
  /** An area's bounding box, or a hotspot's point as an empty box. */
  readonly bounds: Bounds;
}

/** Every region and hotspot a view draws, in drawing order. */
export function regionPlaces<Id extends string>(view: AtlasView<Id>): RegionPlace<Id>[] {
  return [
    ...view.regions.map((shape) => ({ id: shape.region, point: centroid(shape.points), bounds: bounds(shape.points) })),
    ...(view.hotspots ?? []).map(({ region, point: [x, y] }) => ({ id: region, point: [x, y] as const, bounds: { x, y, width: 0, height: 0 } })),
  ];
}

/** The smallest box holding all the given boxes, or `undefined` for none. */
export function unionBounds(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) {
    return undefined;
  }
  return bounds(boxes.flatMap((box) => [[box.x, box.y] as const, [box.x + box.width, box.y + box.height] as const]));
}
