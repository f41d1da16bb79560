import type { Atlas } from '../atlas.js';
import { painIndexAreas, type PainIndexArea } from './clinical.js';
import { markedRegions } from './marked-regions.js';
import type { BodyMapMarks } from './marks.js';

/** The Widespread Pain Index of a set of marks. */
export interface WidespreadPainIndex {
  /** How many of the 19 areas hold at least one mark: 0 to 19. */
  readonly score: number;
  /** Those areas, once each, in the order of {@link painIndexAreas}. */
  readonly areas: readonly PainIndexArea[];
}

export interface WidespreadPainIndexOptions<Id extends string> {
  /** An atlas whose regions carry `painIndexAreas`, such as `clinicalAtlas` from `@bodymap/content`. */
  readonly atlas: Pick<Atlas<Id>, 'regions'>;
}

/**
 * The Widespread Pain Index of the 2010 ACR fibromyalgia criteria, kept in the 2016 revision: how
 * many of its 19 areas hold a mark of any intensity. It is a count, not a diagnosis: the criteria
 * also ask about the past week, symptom severity and how long the pain has lasted, and leave the
 * diagnosis to a clinician.
 *
 * Throws when a mark names a region the atlas does not know, or a marked region carries no
 * `painIndexAreas` (an atlas without the mapping would score every client 0).
 */
export function toWidespreadPainIndex<Id extends string>(marks: BodyMapMarks<Id>, { atlas }: WidespreadPainIndexOptions<Id>): WidespreadPainIndex {
  const reached = new Set<PainIndexArea>();
  for (const [, region] of markedRegions(marks, atlas, 'toWidespreadPainIndex')) {
    if (region.painIndexAreas === undefined) {
      throw new Error(
        `toWidespreadPainIndex: the region "${region.id}" has no Widespread Pain Index areas; pass an atlas with clinical codes, such as clinicalAtlas from @bodymap/content.`,
      );
    }
    region.painIndexAreas.forEach((area) => reached.add(area));
  }
  const areas = painIndexAreas.filter((area) => reached.has(area));
  return { score: areas.length, areas };
}
