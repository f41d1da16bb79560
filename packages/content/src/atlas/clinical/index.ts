import type { Atlas } from '@bodymap/core';
import { atlas } from '../index.js';
import type { RegionId } from '../regions.js';
import { bodySites } from './body-sites.js';
import { painIndexAreasByRegion } from './pain-index-areas.js';

/**
 * The default atlas with each region's clinical codes: what the intake exports read. A separate
 * export, so that a page showing the map does not download codes only a record needs.
 */
export const clinicalAtlas: Atlas<RegionId> = {
  ...atlas,
  regions: atlas.regions.map((region) => ({
    ...region,
    bodySite: bodySites[region.id],
    painIndexAreas: painIndexAreasByRegion[region.id],
  })),
};
