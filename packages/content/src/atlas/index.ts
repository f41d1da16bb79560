import type { Atlas } from '@bodymap/core';
import { front } from './front.js';
import { regions, type RegionId } from './regions.js';

export { regionIds, regions, type RegionId } from './regions.js';

/**
 * The default body artwork. The back and soles views, and every view of the muscle layer, load on first use, so a
 * page that shows the front stays small.
 */
export const atlas: Atlas<RegionId> = {
  viewBox: { x: 0, y: 0, width: 300, height: 640 },
  regions,
  views: {
    front,
    back: () => import('./back.js').then((module) => module.back),
    soles: () => import('./soles/soles.js').then((module) => module.soles),
  },
  // The muscle layer draws over the same outlines and loads the first time it is shown, one view at a time.
  layers: {
    muscles: {
      front: () => import('./muscles/front.js').then((module) => module.musclesFront),
      back: () => import('./muscles/back.js').then((module) => module.musclesBack),
      soles: () => import('./muscles/soles.js').then((module) => module.musclesSoles),
    },
  },
  // Trigger-point referral patterns, loaded the first time a panel opens.
  referrals: () => import('./referrals.js').then((module) => module.referrals),
};
