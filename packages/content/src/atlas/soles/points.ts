import type { RegionModel } from '@bodymap/core';
import type { FootSide } from './frame.js';

// What the soles view's regions are, apart from how they are drawn: small enough to load with the first view, so
// every region's id, side and name are known before the soles' artwork loads.

export const soleZones = ['toes', 'ball', 'arch', 'heel'] as const;
export type SoleZone = (typeof soleZones)[number];

/** The anatomy bands of each sole as fractions of its box's height, from the tip of the longest toe. */
export const soleBands: Readonly<Record<SoleZone, readonly [from: number, to: number]>> = {
  toes: [0, 0.2],
  ball: [0.2, 0.37],
  arch: [0.37, 0.72],
  heel: [0.72, 1],
};

/**
 * The zone a height on the sole falls in, as a fraction from the tip of the longest toe. Bands are half-open, so a
 * point on the line between two (the eyes at 0.20) belongs to the one nearer the heel; the tolerance absorbs the
 * rounding of a height measured from drawn geometry.
 */
export function soleZoneAt(y: number): SoleZone {
  return soleZones.find((zone) => y >= soleBands[zone][0] - 1e-9 && y < soleBands[zone][1] - 1e-9) ?? 'heel';
}

// The reflexology charts' points (traditional claims, not anatomy), in the charts' order, with the feet that carry each.
// Where each lies on the sole only the soles view needs (places.ts), so it loads with that view's artwork.
const reflexology = {
  'head-brain': 'both',
  'pituitary': 'both',
  'sinuses': 'both',
  'neck-throat-thyroid': 'both',
  'eyes': 'both',
  'ears': 'both',
  'heart': 'left',
  'lungs-chest': 'both',
  'shoulder-arm': 'both',
  'diaphragm': 'both',
  'solar-plexus': 'both',
  'liver': 'right',
  'gallbladder': 'right',
  'stomach': 'left',
  'spleen': 'left',
  'adrenal': 'both',
  'kidney': 'both',
  'ureter-bladder': 'both',
  'transverse-colon': 'both',
  'small-intestine': 'both',
  'ascending-colon': 'right',
  'descending-sigmoid-colon': 'left',
  'spine': 'both',
  'sciatic': 'both',
  'pelvis-lower-back': 'both',
} as const satisfies Readonly<Record<string, 'both' | FootSide>>;

type ReflexologyPoint = keyof typeof reflexology;
type OnFoot<Side extends FootSide> = { [Point in ReflexologyPoint]: (typeof reflexology)[Point] extends 'both' | Side ? Point : never }[ReflexologyPoint];

export type SoleZoneId = `foot-sole-${FootSide}-${SoleZone}`;
export type SoleHotspotId = `rfx-${OnFoot<'left'>}-left` | `rfx-${OnFoot<'right'>}-right`;
export type SoleRegionId = SoleZoneId | SoleHotspotId;

export const footSides = ['left', 'right'] as const satisfies readonly FootSide[];

/** Every reflexology point's name, in the charts' order. */
export const reflexologyPointNames = Object.keys(reflexology) as readonly ReflexologyPoint[];

/** Each reflexology point on each foot that carries it. */
export const soleHotspotPoints = footSides.flatMap((side) =>
  reflexologyPointNames
    .filter((point) => reflexology[point] === 'both' || reflexology[point] === side)
    .map((point) => ({ id: `rfx-${point}-${side}` as SoleHotspotId, point, side })),
);

export interface SoleRegionModel extends RegionModel<SoleRegionId> {
  readonly side: FootSide;
  readonly group: 'feet' | 'reflexology';
}

/** The zones of both soles (anatomy) and the reflexology markers, drawn only by the soles view. */
export const soleRegions: readonly SoleRegionModel[] = [
  ...footSides.flatMap((side) =>
    soleZones.map((zone): SoleRegionModel => ({ id: `foot-sole-${side}-${zone}`, side, group: 'feet', views: ['soles'] })),
  ),
  ...soleHotspotPoints.map(({ id, side }): SoleRegionModel => ({ id, side, group: 'reflexology', views: ['soles'] })),
];

