import type { AtlasReferral, ViewBoxPoint, ViewId } from '@bodymap/core';
import type { RegionId } from './regions.js';

// Written out here rather than taken from the artwork's helpers: a module this one shared with the
// first view would be split into a chunk of its own, and the first view would grow by its wrapping.
const points = (flat: readonly number[]): ViewBoxPoint[] => flat.flatMap((value, index) => (index % 2 === 1 ? [[flat[index - 1]!, value] as const] : []));
const mirror = (shape: readonly ViewBoxPoint[]): ViewBoxPoint[] => shape.map(([x, y]) => [Math.round((300 - x) * 10) / 10, y]);

type Side = 'left' | 'right';

/**
 * One pattern drawn for the viewer's right and mirrored. From behind the viewer's right is the
 * person's right; from the front it is the person's left.
 */
function bothSides(
  id: string,
  view: ViewId,
  sources: (side: Side) => RegionId[],
  spot: ViewBoxPoint,
  area: readonly (readonly ViewBoxPoint[])[],
): AtlasReferral<RegionId>[] {
  const [viewersRight, viewersLeft]: [Side, Side] = view === 'front' ? ['left', 'right'] : ['right', 'left'];
  const [mirroredSpot] = mirror([spot]);
  return [
    { id: `${id}-${viewersRight}`, view, sources: sources(viewersRight), spot, area },
    { id: `${id}-${viewersLeft}`, view, sources: sources(viewersLeft), spot: mirroredSpot!, area: area.map(mirror) },
  ];
}

// Eight points round an oval, smoothed into one by the renderer.
const ovalOutline = (x: number, y: number, radiusX: number, radiusY: number): ViewBoxPoint[] =>
  [0, 1, 2, 3, 4, 5, 6, 7].map((step) => [
    Math.round((x + radiusX * Math.sin((step * Math.PI) / 4)) * 10) / 10,
    Math.round((y - radiusY * Math.cos((step * Math.PI) / 4)) * 10) / 10,
  ]);

// From behind: up the side of the neck, behind the ear and over it to the temple, a hook that
// follows the skull's outline a few units inside it.
const trapeziusFromBehind = points([
  165.5, 118, 165.5, 108, 165.6, 99, 168, 90, 173, 81, 177.6, 71, 180.2, 60, 181, 49, 179.8, 40, 176.6, 33.4, 172.2, 30.4,
  168.4, 34.6, 171.6, 41, 172.6, 48.6, 172.2, 58, 169, 67.6, 164.4, 77.6, 160.4, 88, 158.4, 98, 157.8, 108, 158.2, 118,
]);

// From the front the same pattern is seen where it ends: the temple.
const trapeziusFromFront = points([175.6, 30.6, 179.4, 36.4, 180.6, 45, 179.6, 54, 176.4, 60, 172.2, 56, 170.2, 47, 171.2, 37.6]);

// From the base of the skull up over the back of the head and round its side, towards the eye.
const suboccipitalsFromBehind = points([
  152.6, 74, 154.4, 66, 160, 58.4, 167.6, 51.4, 175, 45.6, 180, 42.6, 180.8, 50, 176, 55, 169.4, 61, 163.6, 67.6,
  159.6, 74.4, 157.4, 78.4,
]);

// The charts send quadratus lumborum pain to the sacroiliac joint, the lower buttock and the outside of the hip.
const quadratusLumborumAreas = [ovalOutline(164.2, 301, 3.4, 9), ovalOutline(177, 344.6, 9, 4.6), ovalOutline(201.6, 327, 3.4, 8)];

// Gluteus medius: along the edge of the sacrum, and the lower buttock to the top of the back of the thigh.
const gluteusMediusAreas = [
  points([154.4, 292, 159.2, 290.6, 161.4, 300, 161, 311, 158.4, 320.6, 154.6, 328, 153, 318, 153, 304]),
  points([181, 342.6, 190, 341.4, 196.6, 346.8, 198.6, 358, 196.8, 371, 192, 378.6, 186.6, 375, 183.4, 363.6, 180.8, 352]),
];

// Gluteus minimus and piriformis: down the back and outside of the thigh and on into the calf, as the charts draw it.
const downTheLeg = points([
  201, 338, 202.4, 352, 201, 372, 198, 395, 194.6, 418, 192.2, 440, 191, 462, 191.4, 485, 191, 505, 188.6, 523.4, 186,
  529, 183.6, 523.6, 184.4, 505, 184, 485, 183.6, 462, 184.6, 440, 187, 418, 190, 395, 192.4, 372, 193.8, 352, 194.4, 338,
]);

/**
 * The trigger-point referral patterns the brief describes, each side of the body. Each is drawn
 * while one of its sources (the muscle, or an area over it) is open. These are patterns people
 * report and charts draw, not anatomy; their notes say how well each is supported.
 */
export const referrals: readonly AtlasReferral<RegionId>[] = [
  ...bothSides('upper-trapezius', 'back', (side) => [`muscle-upper-trapezius-${side}`, `neck-${side}`, `shoulder-${side}`], [180, 138], [trapeziusFromBehind]),
  ...bothSides('upper-trapezius', 'front', (side) => [`shoulder-${side}`], [184, 122], [trapeziusFromFront]),
  ...bothSides('suboccipitals', 'back', (side) => [`muscle-suboccipitals-${side}`, 'head-back'], [160, 85.6], [suboccipitalsFromBehind]),
  ...bothSides('quadratus-lumborum', 'back', (side) => [`muscle-quadratus-lumborum-${side}`, `lower-back-${side}`], [186, 268], quadratusLumborumAreas),
  ...bothSides('gluteus-medius', 'back', (side) => [`muscle-gluteus-medius-${side}`, `hip-glute-${side}`], [187, 292], gluteusMediusAreas),
  ...bothSides('piriformis', 'back', (side) => [`muscle-piriformis-${side}`, `hip-glute-${side}`], [182, 311.4], [downTheLeg]),
];
