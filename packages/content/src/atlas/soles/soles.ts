import type { AtlasDetail, AtlasView, RegionShape, ViewBoxPoint } from '@bodymap/core';
import { onFoot, place, type FootSide } from './frame.js';
import { reflexologyPlaces } from './places.js';
import { footSides, soleHotspotPoints, soleZones, type SoleHotspotId, type SoleRegionId, type SoleZoneId } from './points.js';

export { soleBoxes, type FootSide } from './frame.js';
export * from './points.js';

export interface SoleHotspot {
  readonly id: SoleHotspotId;
  readonly side: FootSide;
  readonly point: ViewBoxPoint;
}

/** A marker for each reflexology point on each foot that carries it, placed in that foot's box. */
export const soleHotspots: readonly SoleHotspot[] = soleHotspotPoints.map(({ id, point, side }) => {
  const [x, y] = reflexologyPlaces[point];
  return { id, side, point: place(side, [x * 1000, y * 1000]) };
});

// One sole in its own frame (frame.ts): from the tip of the big toe round the toes, down the outer edge, round the
// heel and up the inner edge, where the arch draws the outline in.
const outline = [
  163, 0, 247, 10, 288, 30, 294, 44, 294, 80, 306, 108, 320, 82, 320, 48, 329, 36, 356, 27, 392, 24, 428, 27,
  455, 36, 464, 48, 464, 80, 472, 104, 483, 92, 483, 72, 492, 61, 516, 53, 550, 50, 584, 53, 608, 61, 617, 72,
  617, 101, 626, 122, 638, 109, 646, 98, 669, 91, 700, 88, 731, 91, 754, 98, 762, 109, 762, 135, 774, 152,
  787, 148, 795, 138, 817, 131, 846, 128, 875, 131, 897, 138, 905, 148, 930, 215, 970, 262, 993, 305,
  1000, 345, 995, 400, 982, 462, 960, 530, 934, 600, 904, 670, 871, 735, 836, 795, 796, 858, 740, 920,
  662, 965, 550, 994, 420, 1000, 290, 995, 180, 973, 100, 935, 52, 885, 33, 830, 38, 785, 58, 745, 80, 705,
  88, 665, 80, 625, 58, 580, 32, 535, 15, 490, 7, 445, 2, 390, 0, 330, 2, 280, 10, 235, 22, 175, 31, 110,
  38, 30, 79, 10,
];

// The seams between the zones, from beyond the inner edge to beyond the outer edge (the outline clips them): the
// crease where the toes meet the ball, the back of the ball, the front of the heel pad.
const seams = [
  [-60, 215, 0, 212, 150, 205, 280, 196, 400, 189, 520, 190, 640, 198, 760, 211, 880, 230, 1000, 255, 1060, 268],
  [-60, 358, 0, 357, 150, 354, 300, 350, 450, 347, 600, 345, 750, 346, 900, 349, 1000, 352, 1060, 354],
  [-60, 746, 0, 741, 150, 729, 300, 717, 450, 711, 600, 713, 750, 721, 900, 732, 1000, 741, 1060, 746],
];

// Light lines, each drawn on both feet.
const details = [
  // the crease at the base of each toe's pad
  [80, 120, 163, 124, 246, 120],
  [353, 72, 392, 76, 431, 72],
  [514, 95, 550, 99, 586, 95],
  [666, 129, 700, 133, 734, 129],
  [815, 166, 846, 170, 877, 166],
  // the charts' guide lines: the diaphragm line under the ball and the waistline across the arch
  [80, 379, 300, 373, 500, 370, 700, 369, 920, 373],
  [90, 566, 300, 562, 500, 560, 700, 558, 900, 560],
  // the heel pad
  [190, 928, 310, 954, 430, 962, 550, 954, 670, 928],
];

/** Where each foot's LEFT or RIGHT label goes, under its heel: the centre of the text. */
export const footLabelAnchors: Readonly<Record<FootSide, ViewBoxPoint>> = {
  left: place('left', [420, 1064]),
  right: place('right', [420, 1064]),
};

function pairs(flat: readonly number[]): number[][] {
  return flat.flatMap((value, index) => (index % 2 === 0 ? [[value, flat[index + 1]!]] : []));
}

function zoneShapes(side: FootSide): RegionShape<SoleZoneId>[] {
  const reversed = (flat: readonly number[]) => pairs(flat).reverse().flat();
  const [toeCrease = [], ballEdge = [], heelEdge = []] = seams;
  const shapes = [
    [-60, -60, 1060, -60, ...reversed(toeCrease)],
    [...toeCrease, ...reversed(ballEdge)],
    [...ballEdge, ...reversed(heelEdge)],
    [...heelEdge, 1060, 1060, -60, 1060],
  ];
  return soleZones.map((zone, index) => ({ region: `foot-sole-${side}-${zone}`, points: onFoot(side, shapes[index]!) }));
}

export type SolesView = Omit<AtlasView<SoleRegionId>, 'id'> & { readonly id: 'soles' };

/**
 * Both soles seen from below, as if looking at the bottoms of your own feet: the left foot on the viewer's left,
 * big toes towards the middle. Each sole is split into toes, ball, arch and heel.
 */
export const soles: SolesView = {
  id: 'soles',
  silhouette: footSides.map((side) => onFoot(side, outline)),
  regions: footSides.flatMap(zoneShapes),
  hotspots: soleHotspots.map(({ id, point }) => ({ region: id, point, caption: id.replace(/-(left|right)$/, '') })),
  details: footSides.flatMap((side) => details.map((line): AtlasDetail => ({ points: onFoot(side, line) }))),
  captions: footSides.map((side) => ({ key: `sole-${side}`, at: footLabelAnchors[side], anchor: 'middle' })),
};
