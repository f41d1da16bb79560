import type { Atlas } from '../atlas.js';
import type { ContentPack, IntakeStrings } from '../content.js';
import { loadValue } from '../loadable.js';
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

/** A pack's intake words for the exports, loaded first if they load on demand; a pack without them throws. */
export async function intakeWordsOf(locale: Pick<ContentPack, 'intake'>, where: string): Promise<IntakeStrings> {
  if (locale.intake === undefined) {
    throw new Error(`${where}: the content pack has no intake words (\`intake\`).`);
  }
  return loadValue(locale.intake);
}
