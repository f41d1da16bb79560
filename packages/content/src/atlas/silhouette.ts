import type { ViewBoxPoint } from '@bodymap/core';
import { points, symmetric } from './symmetry.js';

// The outline of a standing adult, drawn for the viewer's right from the crown down the outside of the arm, round
// the hand, up the inside of the arm, down the trunk and the leg, round the foot and up to the crotch, then mirrored.
// A standing figure's outline is nearly the same from the front and from behind; only the feet differ (toes in front,
// heels behind), so the two views share every part but the foot.

// From the crown down the outside of the arm to the wrist.
const headAndArm = points([
  150, 14, 161.6, 15.4, 171.4, 19.8, 178.2, 27, 181.6, 36, 182.6, 46, 182.2, 56, 180.6, 65.5, 177.8, 74.8,
  173.6, 82.6, 169.4, 89, 167.8, 96.5, 168.2, 104, 170.6, 110, 176, 115, 185, 119.4, 195, 123.4, 205,
  127.4, 212.6, 131, 218.6, 135.6, 222.8, 141.4, 225.6, 148.4, 228, 163.7, 230.5, 180.5, 232.9, 196.4,
  235.5, 214.2, 238.5, 232, 241.2, 247.5, 246.1, 260.5, 249.7, 276.1, 251.9, 294.1, 254.6, 314, 257.5,
  327.9,
]);

// The hand hangs palm forward and relaxed, as in the anatomical position: the thumb on the outer side, a little
// apart from the fingers; four fingers together, slightly curled so their tips gather, the middle one longest.
// From behind the same outline is the back of the hand, its thumb again on the outer side.
const hand = points([
  260.1, 336.3, 264.4, 342.7, 268.1, 349.1, 270.9, 355.2, 272.8, 360.6, 273.4, 365.3, 272.6, 368.7, 270.8,
  370.1, 269.2, 368.5, 268.1, 365.1, 266.7, 361.4, 265.5, 359.2, 266.4, 363.1, 267.9, 370, 268.9, 376.9,
  268.4, 382.7, 268.4, 385.3, 267.8, 387.9, 265.8, 389.2, 263.5, 388.6, 262.2, 386.4, 261.8, 385.1, 262.3,
  390.3, 261.6, 392.8, 259.6, 394.2, 257.2, 393.6, 255.9, 391.4, 255.1, 387.9, 255, 389.3, 254.3, 391.9,
  252.4, 393.2, 250.2, 392.6, 248.9, 390.4, 247.9, 383, 248.1, 384.4, 247.6, 387, 245.9, 388.3, 243.9,
  387.6, 242.7, 385.4, 242.1, 382.8, 242.1, 379.6, 240.8, 373.7, 239.6, 364.8, 239.1, 355.2, 239.2, 346.6,
  239.3, 340,
]);

// From the inside of the wrist up the arm to the armpit, down the trunk and the outside of the leg to the ankle.
const armTrunkAndLeg = points([
  238.3, 332.4, 234.6, 319, 227.6, 300.1, 221, 283.2, 217, 267.7, 215.1, 253.5, 211.2, 237.8, 206.7, 220.3,
  202, 202.9, 198.9, 189.3, 196.6, 175.5, 195.4, 186, 195.6, 198, 194.8, 211, 193.6, 225, 192.6, 239,
  192.4, 252, 193.6, 265, 197, 278, 201.6, 291, 205.4, 303.5, 207.6, 316, 208.6, 330, 208.4, 345, 206.8,
  365, 203.8, 390, 200.2, 415, 197, 438, 195.8, 455, 195, 470, 195.4, 485, 196.2, 500, 195.4, 517, 192.6,
  537, 189, 556, 186, 572, 184.6, 584,
]);

// The foot from the front: the outer ankle bone lower than the inner one, the outer edge spreading to the little
// toe, five gently rounded toes along the ground, the big toe on the inner side.
const footFromTheFront = points([
  186, 592.8, 187.2, 600.6, 188.8, 607.6, 190.8, 613.6, 192.6, 618.6, 193.4, 621.6, 192.2, 625.1, 190.8,
  625.4, 189.3, 624.8, 188.7, 624, 188.8, 623.4, 188.9, 625.5, 187.8, 626.7, 186.3, 627, 184.6, 626.3, 184,
  625.4, 184.1, 624.8, 184.1, 626.7, 182.9, 628, 181.3, 628.3, 179.5, 627.5, 178.8, 626.6, 178.8, 626,
  178.8, 627.3, 177.5, 628.7, 175.7, 629.1, 173.8, 628.3, 173.1, 627.3, 172.9, 626.6, 172.5, 627.5, 170.8,
  629, 168, 629.7, 165, 629.6, 162.2, 628.3, 158.4, 625.4, 156.6, 618.6, 157, 611, 159, 602, 161, 593.4,
]);

// The foot from behind: the heel, rounded at the ground, with the edges of the foot beyond it on either side.
const footFromBehind = points([
  186, 592.8, 187, 600.4, 188.6, 607.2, 190.4, 613.4, 191.6, 619.2, 190.8, 623.4, 188.4, 625.4, 185.4,
  626.6, 181.6, 628.6, 176.4, 629.7, 170.6, 629.7, 165.6, 628.6, 162.2, 626.6, 159.6, 625, 157.6, 622.4,
  156.8, 616.4, 157.6, 609.6, 159.6, 601.4, 161, 593.4,
]);

// From the inside of the ankle up the leg to the crotch.
const innerLeg = points([
  161.6, 584, 160.6, 572, 158.6, 556, 156.8, 537, 155.8, 518, 156.4, 500, 157.2, 485, 157.8, 470, 157.4,
  455, 157, 438, 156.2, 415, 155, 390, 153.6, 365, 152.4, 345, 151.3, 332, 150, 324.5,
]);

const outline = (foot: readonly ViewBoxPoint[]) => [symmetric([...headAndArm, ...hand, ...armTrunkAndLeg, ...foot, ...innerLeg])];

/**
 * The figure seen from the front: one outline, symmetric about x = 150.
 *
 * Proportions follow the seven-and-a-half-head academic canon. Measured in viewBox units (and in heads of 83
 * units from the crown, y = 14):
 *
 * | landmark                            | canon (heads)         | atlas (y)       | atlas (heads) |
 * | ----------------------------------- | --------------------- | --------------- | ------------- |
 * | crown                               | 0                     | 14              | 0             |
 * | chin                                | 1                     | 97              | 1             |
 * | shoulder line (acromion)            | 1.33 to 1.5           | 127 to 131      | 1.4           |
 * | nipple line                         | 2                     | about 180       | 2             |
 * | elbow                               | 2.75 to 3             | about 247       | 2.8           |
 * | navel                               | 3                     | 262             | 3             |
 * | crotch (half the height)            | 3.75                  | 324.5           | 3.74          |
 * | wrist crease                        | at the crotch         | 334             | 3.86          |
 * | fingertips, arm hanging             | mid-thigh, about 4.6  | 394             | 4.58          |
 * | knee (middle of the kneecap)        | 5.3 to 5.5            | 453.5           | 5.3           |
 * | sole                                | 7.5                   | 630             | 7.42          |
 *
 * Widths: shoulders across the deltoids 152 (1.83 heads, canon 1.75 to 2), hips 117 (1.41 heads, canon 1.4 to
 * 1.5), hand 60 long (0.73 heads, canon three quarters, the face's length). The figure stands 7.42 heads tall,
 * within a hair of the canon; the arms hang a little away from the body so that every limb can be reached.
 */
export const silhouette: readonly (readonly ViewBoxPoint[])[] = outline(footFromTheFront);

/** The figure seen from behind: the same outline, with heels where the front view has toes. */
export const silhouetteFromBehind: readonly (readonly ViewBoxPoint[])[] = outline(footFromBehind);
