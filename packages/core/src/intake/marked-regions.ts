import type { Atlas } from '../atlas.js';
import { describeValue } from '../records.js';
import type { RegionModel } from '../region.js';
import type { BodyMapMark, BodyMapMarks } from './marks.js';

/**
 * Each mark with the model of the region it names, for the exports. They take a value the map made
 * or `parseMarks` read against the same atlas, so a region the atlas does not know means the wrong
 * atlas was passed: that throws, because a record that leaves a client's mark out without a word is
 * worse than no record.
 */
export function markedRegions<Id extends string>(
  marks: BodyMapMarks<Id>,
  atlas: Pick<Atlas<Id>, 'regions'>,
  where: string,
): readonly (readonly [BodyMapMark<Id>, RegionModel<Id>])[] {
  const byId = new Map(atlas.regions.map((region) => [region.id as string, region]));
  return marks.map((mark) => {
    const region = byId.get(mark.region);
    if (!region) {
      throw new Error(`${where}: the mark on ${describeValue(mark.region)} names a region the atlas does not have.`);
    }
    return [mark, region] as const;
  });
}
