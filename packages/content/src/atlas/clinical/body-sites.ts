import type { SnomedConcept } from '@bodymap/core';
import type { RegionId } from '../regions.js';

/** Each region's SNOMED CT body structure, its side left out (it travels as a laterality qualifier). */
export const bodySites: Partial<Record<RegionId, SnomedConcept>> = {};
