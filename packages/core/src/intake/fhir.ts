import type { Coding, QuestionnaireResponse, QuestionnaireResponseItem, Reference } from 'fhir/r4.js';
import type { Atlas } from '../atlas.js';
import type { RegionModel } from '../region.js';
import { laterality, type SnomedConcept } from './clinical.js';
import { markedRegions } from './marked-regions.js';
import type { BodyMapMark, BodyMapMarks } from './marks.js';

/** The canonical address of the pain map Questionnaire that `@bodymap/content` ships. */
export const painQuestionnaireUrl = 'https://github.com/bodymap/bodymap/fhir/Questionnaire/pain-map';
/** The code system of the pain qualities: its codes are the ids in `painQualities`. */
export const painQualitySystem = 'https://github.com/bodymap/bodymap/fhir/CodeSystem/pain-quality';
export const snomedSystem = 'http://snomed.info/sct';

/** The `linkId` of each item of the pain map Questionnaire: one `area` group per mark, the others inside it. */
export const painQuestionnaireLinkIds = {
  area: 'area',
  region: 'area.region',
  bodySite: 'area.body-site',
  laterality: 'area.laterality',
  intensity: 'area.intensity',
  quality: 'area.quality',
  note: 'area.note',
} as const;

export interface FhirExportOptions<Id extends string = string> {
  /** The regions the marks name, with their SNOMED CT body structures: `clinicalAtlas` for the default artwork. */
  readonly atlas: Pick<Atlas<Id>, 'regions'>;
  /** The canonical of the Questionnaire answered. @default painQuestionnaireUrl */
  readonly questionnaire?: string | undefined;
  /** Who the answers are about, usually a reference to a `Patient`. */
  readonly subject?: Reference | undefined;
  /** When the answers were given, as a FHIR dateTime or a `Date`. @default the time of the call */
  readonly authored?: string | Date | undefined;
}

const snomed = ({ code, term }: SnomedConcept): Coding => ({ system: snomedSystem, code, display: term });

function areaItem<Id extends string>(mark: BodyMapMark<Id>, region: RegionModel<Id>, bodySite: SnomedConcept): QuestionnaireResponseItem {
  const ids = painQuestionnaireLinkIds;
  const item: QuestionnaireResponseItem[] = [
    { linkId: ids.region, answer: [{ valueString: region.id }] },
    { linkId: ids.bodySite, answer: [{ valueCoding: snomed(bodySite) }] },
  ];
  if (region.side !== 'midline') {
    item.push({ linkId: ids.laterality, answer: [{ valueCoding: snomed(laterality[region.side]) }] });
  }
  item.push({ linkId: ids.intensity, answer: [{ valueInteger: mark.intensity }] });
  // FHIR forbids an item with no answer, so a quality or note the client left blank is left out.
  if (mark.qualities.length > 0) {
    item.push({ linkId: ids.quality, answer: mark.qualities.map((code) => ({ valueCoding: { system: painQualitySystem, code } })) });
  }
  if (mark.note !== '') {
    item.push({ linkId: ids.note, answer: [{ valueString: mark.note }] });
  }
  return { linkId: ids.area, item };
}

/**
 * An intake form's marks as a FHIR R4 QuestionnaireResponse to the pain map Questionnaire: one `area`
 * item per mark, in the order they were made. Unlike a prop, a record is not the place to leave out
 * what cannot be coded, so a mark whose region the atlas lacks, or has no body structure for (an
 * atlas without clinical codes), throws an error naming the region.
 */
export function toFhirQuestionnaireResponse<Id extends string>(
  marks: BodyMapMarks<Id>,
  { atlas, questionnaire = painQuestionnaireUrl, subject, authored = new Date() }: FhirExportOptions<Id>,
): QuestionnaireResponse {
  const item = markedRegions(marks, atlas, 'toFhirQuestionnaireResponse').map(([mark, region]) => {
    if (!region.bodySite) {
      throw new Error(
        `toFhirQuestionnaireResponse: the region "${mark.region}" has no SNOMED CT body structure; pass an atlas with clinical codes, such as clinicalAtlas from @bodymap/content.`,
      );
    }
    return areaItem(mark, region, region.bodySite);
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire,
    status: 'completed',
    ...(subject ? { subject } : {}),
    authored: typeof authored === 'string' ? authored : authored.toISOString(),
    ...(item.length > 0 ? { item } : {}),
  };
}
