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

// The reflexology charts' points (traditional claims, not anatomy): name, the feet that carry it, and its place in
// the foot's frame as fractions, x from the inner edge and y from the tip of the longest toe.
const reflexology = [
  ['head-brain', 'both', 0.14, 0.04],
  ['pituitary', 'both', 0.15, 0.09],
  ['sinuses', 'both', 0.56, 0.08],
  ['neck-throat-thyroid', 'both', 0.16, 0.19],
  ['eyes', 'both', 0.4, 0.2],
  ['ears', 'both', 0.7, 0.23],
  ['heart', 'left', 0.24, 0.3],
  ['lungs-chest', 'both', 0.52, 0.29],
  ['shoulder-arm', 'both', 0.92, 0.28],
  ['diaphragm', 'both', 0.5, 0.37],
  ['solar-plexus', 'both', 0.38, 0.39],
  ['liver', 'right', 0.68, 0.46],
  ['gallbladder', 'right', 0.64, 0.5],
  ['stomach', 'left', 0.22, 0.44],
  ['spleen', 'left', 0.84, 0.45],
  ['adrenal', 'both', 0.33, 0.47],
  ['kidney', 'both', 0.38, 0.54],
  ['ureter-bladder', 'both', 0.12, 0.68],
  ['transverse-colon', 'both', 0.5, 0.57],
  ['small-intestine', 'both', 0.45, 0.65],
  ['ascending-colon', 'right', 0.8, 0.68],
  ['descending-sigmoid-colon', 'left', 0.78, 0.68],
  ['spine', 'both', 0.04, 0.5],
  ['sciatic', 'both', 0.5, 0.83],
  ['pelvis-lower-back', 'both', 0.5, 0.92],
] as const satisfies readonly (readonly [name: string, feet: 'both' | FootSide, x: number, y: number])[];

type ReflexologyPoint = (typeof reflexology)[number];
type OnFoot<Side extends FootSide> = Extract<ReflexologyPoint, readonly [string, 'both' | Side, number, number]>;

export type SoleZoneId = `foot-sole-${FootSide}-${SoleZone}`;
export type SoleHotspotId = `rfx-${OnFoot<'left'>[0]}-left` | `rfx-${OnFoot<'right'>[0]}-right`;
export type SoleRegionId = SoleZoneId | SoleHotspotId;

export const footSides = ['left', 'right'] as const satisfies readonly FootSide[];

/** Every reflexology point's name, in the charts' order. */
export const reflexologyPointNames: readonly ReflexologyPoint[0][] = reflexology.map(([name]) => name);

/**
 * Each reflexology point on each foot that carries it, with its place in that foot's frame (fractions, as in the
 * charts). Where that is in the view (frame.ts) is worked out by the soles view, which loads on demand.
 */
export const soleHotspotsInFrame = footSides.flatMap((side) =>
  reflexology
    .filter(([, feet]) => feet === 'both' || feet === side)
    .map(([point, , x, y]) => ({ id: `rfx-${point}-${side}` as SoleHotspotId, point, side, x, y })),
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
  ...soleHotspotsInFrame.map(({ id, side }): SoleRegionModel => ({ id, side, group: 'reflexology', views: ['soles'] })),
];

