import type { Atlas } from '@bodymap/core';
import { front } from './front.js';
import { regions, type RegionId } from './regions.js';

export { regionIds, regions, type RegionId } from './regions.js';

/** The default body artwork. The back and soles views load on first use, so a page that shows the front stays small. */
export const atlas: Atlas<RegionId> = {
  viewBox: { x: 0, y: 0, width: 300, height: 640 },
  regions,
  views: {
    front,
    back: () => import('./back.js').then((module) => module.back),
    soles: () => import('./soles/soles.js').then((module) => module.soles),
  },
};
