import type { AtlasView } from '@bodymap/core';
import type { RegionId } from '../regions.js';
import { onFoot } from '../soles/frame.js';
import { soles } from '../soles/soles.js';
import { loop } from './outline.js';

// The plantar fascia in a foot's own frame (thousandths, frame.ts): across the arch, narrow where it leaves the
// heel and widening towards the ball of the foot.
const plantarFascia = [
  140, 372, 300, 366, 450, 363, 600, 361, 750, 362, 872, 368, 850, 400, 790, 455, 725, 540, 672, 622, 628, 690, 540, 700,
  450, 701, 360, 701, 310, 690, 280, 626, 232, 540, 175, 455, 128, 398,
];

/**
 * The design scale of the soles' muscle layer, in CSS pixels per viewBox unit: 24 px over the side of the largest
 * square the plantar fascia holds (61.5 units).
 */
export const targetScale = 0.4;

/** The plantar fascia of each sole, over the same outlines as the soles view. */
export const musclesSoles: AtlasView<RegionId> = {
  id: 'soles',
  silhouette: soles.silhouette,
  targetScale,
  regions: (['left', 'right'] as const).map((side) => ({
    region: `muscle-plantar-fascia-${side}`,
    points: loop(onFoot(side, plantarFascia).flat()),
  })),
  details: soles.details,
  captions: soles.captions,
};
