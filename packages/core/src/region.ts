import type { PainIndexArea, SnomedConcept } from './intake/clinical.js';

/** The views of the body the atlas can draw. */
export const viewIds = ['front', 'back', 'soles'] as const;
export type ViewId = (typeof viewIds)[number];

/**
 * The layers a view draws: `areas` partitions the body into regions such as the lower back;
 * `muscles` draws the muscles a therapist works on, each lying in one area.
 */
export const layerIds = ['areas', 'muscles'] as const;
export type LayerId = (typeof layerIds)[number];

/**
 * Laterality is always the person's own side, never the side of the screen: the person's left
 * shoulder is drawn on the viewer's right in the front view and on the viewer's left in the back.
 */
export type Side = 'left' | 'right' | 'midline';

/** What a region is, independent of how any view draws it. */
export interface RegionModel<Id extends string = string> {
  /** Stable kebab-case id; renaming one is a breaking change. */
  readonly id: Id;
  readonly side: Side;
  /** The group the region belongs to, such as `back` or `spine`. */
  readonly group: string;
  /** Views that draw this region, the first being where it is best seen. */
  readonly views: readonly ViewId[];
  /** The layer that draws it. @default 'areas' */
  readonly layer?: LayerId;
  /** For a muscle: the area region it lies in, whose panel lists it. */
  readonly areaOf?: Id;
  /** For a muscle: `deep` when other muscles cover it, so it is drawn with a dashed outline. */
  readonly depth?: 'superficial' | 'deep';
  /** Other ids that resolve to this region (for example `lumbar-spine`). */
  readonly aliases?: readonly string[];
  /** A view that shows this region in detail (the soles, for a foot); its panel offers to go there. */
  readonly detailView?: ViewId;
  /**
   * The SNOMED CT body structure a clinical record uses for this region, without its side: the side
   * travels as a laterality qualifier (see `laterality`).
   */
  readonly bodySite?: SnomedConcept;
  /** The Widespread Pain Index areas this region counts towards: none, one or several. */
  readonly painIndexAreas?: readonly PainIndexArea[];
}

/** The layer that draws a region. */
export const layerOf = (region: Pick<RegionModel, 'layer'>): LayerId => region.layer ?? 'areas';

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (layerIds as readonly string[]).includes(value);
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (viewIds as readonly string[]).includes(value);
}

/** Resolves an id or alias to the region it names, or `undefined` when nothing matches. */
export function findRegion<Id extends string>(
  regions: readonly RegionModel<Id>[],
  idOrAlias: string,
): RegionModel<Id> | undefined {
  return (
    regions.find((region) => region.id === idOrAlias) ??
    regions.find((region) => region.aliases?.includes(idOrAlias))
  );
}
