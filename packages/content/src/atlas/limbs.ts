import type { AtlasDetail, RegionShape } from '@bodymap/core';
import type { RegionId } from './regions.js';
import { mirrored, points, sides } from './symmetry.js';

// Each limb as drawn on the viewer's right. Outer edges run a few units outside the silhouette, which clips them.
const upperArm = points([
  197.9, 195.6, 200.1, 195.1, 204.9, 196.5, 212.7, 198.6, 218.1, 199.6, 223.3, 200.4, 229.8, 201.6,
  233.7, 202.3, 237.7, 201.7, 244.3, 243, 240.3, 243.8, 235.6, 245.9, 227.7, 249.6, 220, 253.3, 215.4, 255.5,
  211.5, 256.1, 207.3, 239.7, 203.1, 223.4,
]);

const forearm = points([
  211.5, 256.1, 215.4, 255.5, 220, 253.3, 227.7, 249.6, 235.6, 245.9, 240.3, 243.8, 244.3, 243, 249.9, 259.3,
  252.7, 270.4, 255.5, 291, 261.9, 328.7, 258.1, 329.9, 254.5, 331.3, 248.6, 333.6, 242.7, 335.9, 239.2, 337.3,
  235.2, 337.9, 230.4, 319, 223.2, 299.8, 216, 280.5,
]);

const hand = points([
  235.2, 337.9, 239.2, 337.3, 242.7, 335.9, 248.6, 333.6, 254.5, 331.3, 258.1, 329.9, 261.9, 328.7, 261.6,
  332.8, 267.1, 341, 270.9, 347.6, 273.9, 354, 275.9, 359.9, 276.6, 365.5, 275.7, 369.5, 270.6, 389.7,
  263.5, 395.4, 260.4, 397.5, 251.8, 396.3, 248.7, 395.5, 241.4, 389.7, 239.7, 386.5, 239, 383.4, 237.6,
  374.1, 236.4, 365.1, 235.9, 355.3, 236, 346.6,
]);

const knee = points([
  201.6, 433.4, 197.6, 432.9, 193.4, 431.5, 186.5, 429.6, 181.5, 429, 176.5, 428.8, 171.5, 429, 166.5, 429.6,
  160.4, 431, 156.8, 431.9, 152.8, 432, 153.5, 479, 157.5, 479.2, 160.8, 480.5, 166.5, 482.4, 171.5, 483.1,
  176.5, 483.2, 181.3, 482.9, 186, 482, 191.7, 479.8, 195.1, 478.2, 199.1, 478.1, 199.2, 464.5,
]);

const lowerLeg = points([
  199.1, 478.1, 195.1, 478.2, 191.7, 479.8, 186, 482, 181.3, 482.9, 176.5, 483.2, 171.5, 483.1, 166.5, 482.4,
  160.8, 480.5, 157.5, 479.2, 153.5, 479, 152.7, 501, 151.9, 523, 153.6, 546.2, 157.5, 582.4, 161.5, 582.2,
  164.5, 583.1, 169.5, 584.2, 173.5, 584.5, 177.5, 584.2, 182, 582.8, 184.7, 581.7, 188.7, 582, 192.2, 560.8,
  195.8, 539.6, 199.3, 518.3,
]);

const foot = points([
  188.7, 582, 184.7, 581.7, 182, 582.8, 177.5, 584.2, 173.5, 584.5, 169.5, 584.2, 164.5, 583.1, 161.5, 582.2,
  157.5, 582.4, 157, 594.2, 151.3, 615.6, 151.3, 620.9, 152.3, 625.3, 155.4, 629.5, 160.6, 632, 176.2, 633.1,
  186, 632.7, 190.3, 631.6, 194.3, 628.6, 196.8, 624.1, 196.2, 615.1,
]);

type Side = 'left' | 'right';

/**
 * The limb regions, drawn alike in both views. `onViewersRight` is the person's side that the viewer sees on
 * the right: the left in the front view, the right in the back view.
 */
export function limbs(onViewersRight: Side, lowerLegName: 'shin' | 'calf'): RegionShape<RegionId>[] {
  const other: Side = onViewersRight === 'left' ? 'right' : 'left';
  const pair = (name: 'upper-arm' | 'forearm' | 'hand' | 'knee' | 'shin' | 'calf' | 'foot', shape: typeof knee) =>
    sides<RegionId>(shape, `${name}-${onViewersRight}`, `${name}-${other}`);
  return [
    ...pair('upper-arm', upperArm),
    ...pair('forearm', forearm),
    ...pair('hand', hand),
    ...pair('knee', knee),
    ...pair(lowerLegName, lowerLeg),
    ...pair('foot', foot),
  ];
}

// Where the fingers part: short lines up from the notches between their tips, on both hands and in both views.
const fingerSeparations = [
  [261.7, 384.7, 261.1, 380.1, 260.3, 374.7],
  [255, 387.5, 254.4, 382.9, 253.6, 377.5],
  [247.8, 382.7, 247.2, 378.1, 246.4, 372.6],
];

/** The lines parting the fingers, alike from the front and from behind. */
export const fingers: AtlasDetail[] = fingerSeparations.flatMap((line) => mirrored({ points: points(line) }));
