import type { PainIndexArea } from '@bodymap/core';
import type { RegionId } from '../regions.js';

/** The Widespread Pain Index areas each region counts towards. */
export const painIndexAreasByRegion: Partial<Record<RegionId, readonly PainIndexArea[]>> = {};
