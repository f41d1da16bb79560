import {
  laterality,
  painQualities,
  painQualitySystem,
  painQuestionnaireLinkIds,
  painQuestionnaireUrl,
  snomedSystem,
  toFhirQuestionnaireResponse,
  type BodyMapMarks,
} from '@bodymap/core';
import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from 'fhir/r4.js';
import { clinicalAtlas } from '../atlas/clinical/index.js';
import type { RegionId } from '../atlas/regions.js';
import { painQuestionnaire } from './questionnaire.js';

// The answer property each item type of an R4 Questionnaire takes.
const valueOf: Partial<Record<QuestionnaireItem['type'], keyof QuestionnaireResponseItemAnswer>> = {
  choice: 'valueCoding',
  integer: 'valueInteger',
  string: 'valueString',
  text: 'valueString',
};
const extensionValue = (item: QuestionnaireItem, name: string) =>
  item.extension?.find((extension) => extension.url === `http://hl7.org/fhir/StructureDefinition/${name}`)?.valueInteger;

/** What in a response's items breaks its Questionnaire's: each problem names the linkId. */
function conformance(definitions: readonly QuestionnaireItem[], answers: readonly QuestionnaireResponseItem[]): string[] {
  const problems: string[] = [];
  for (const answer of answers) {
    if (!definitions.some((definition) => definition.linkId === answer.linkId)) {
      problems.push(`${answer.linkId}: not an item of the Questionnaire`);
    }
  }
  for (const definition of definitions) {
    const given = answers.filter((answer) => answer.linkId === definition.linkId);
    const at = definition.linkId;
    if (definition.required && given.length === 0) {
      problems.push(`${at}: required, missing`);
    }
    if (given.length > 1 && !(definition.type === 'group' && definition.repeats)) {
      problems.push(`${at}: given ${given.length} times`);
    }
    for (const item of given) {
      if (definition.type === 'group') {
        problems.push(...conformance(definition.item ?? [], item.item ?? []));
        continue;
      }
      const values = item.answer ?? [];
      if (values.length === 0) {
        problems.push(`${at}: an item without an answer`);
      }
      if (values.length > 1 && !definition.repeats) {
        problems.push(`${at}: ${values.length} answers to an item that does not repeat`);
      }
      for (const value of values) {
        const property = valueOf[definition.type];
        const keys = Object.keys(value);
        if (!property || keys.length !== 1 || keys[0] !== property) {
          problems.push(`${at}: a ${definition.type} item answered with ${keys.join(', ')}`);
          continue;
        }
        const [min, max] = [extensionValue(definition, 'minValue'), extensionValue(definition, 'maxValue')];
        if (value.valueInteger !== undefined && ((min !== undefined && value.valueInteger < min) || (max !== undefined && value.valueInteger > max))) {
          problems.push(`${at}: ${value.valueInteger} is outside ${min}–${max}`);
        }
        if (value.valueString !== undefined && definition.maxLength !== undefined && value.valueString.length > definition.maxLength) {
          problems.push(`${at}: longer than ${definition.maxLength}`);
        }
        const coding = value.valueCoding;
        if (coding && definition.answerOption) {
          const allowed = definition.answerOption.some(({ valueCoding }) => valueCoding?.system === coding.system && valueCoding?.code === coding.code);
          if (!allowed) {
            problems.push(`${at}: ${coding.system}|${coding.code} is not one of its options`);
          }
        }
        if (coding && definition.answerValueSet === 'http://hl7.org/fhir/ValueSet/body-site' && coding.system !== snomedSystem) {
          problems.push(`${at}: ${coding.system} is not SNOMED CT`);
        }
      }
    }
  }
  return problems;
}

const marks: BodyMapMarks<RegionId> = [
  { region: 'shoulder-left', intensity: 7, qualities: ['aching', 'stiff'], note: 'Worse in the morning' },
  { region: 'spine-lumbar', intensity: 10, qualities: ['sharp'], note: '' },
  { region: 'rfx-kidney-right', intensity: 1, qualities: [], note: '' },
];
const authored = '2026-03-02T09:30:00+01:00';
const response: QuestionnaireResponse = toFhirQuestionnaireResponse(marks, { atlas: clinicalAtlas, subject: { reference: 'Patient/example' }, authored });
const area = painQuestionnaire.item![0]!;
const childLinkIds = (item: QuestionnaireResponseItem | undefined) => item?.item?.map((child) => child.linkId);

describe('the pain map Questionnaire', () => {
  it('is an active R4 Questionnaire at the canonical the export answers, with the items it fills in', () => {
    expect(painQuestionnaire).toMatchObject({ resourceType: 'Questionnaire', status: 'active', url: painQuestionnaireUrl });
    expect(painQuestionnaire.item).toHaveLength(1);
    expect(area).toMatchObject({ linkId: painQuestionnaireLinkIds.area, type: 'group', repeats: true });
    const { area: group, ...children } = painQuestionnaireLinkIds;
    expect(group).toBe(area.linkId);
    expect(area.item?.map((item) => item.linkId)).toEqual(Object.values(children));
  });

  it('offers the two laterality qualifiers and every pain quality, in the scale’s order', () => {
    const options = (linkId: string) => area.item?.find((item) => item.linkId === linkId)?.answerOption?.map(({ valueCoding }) => valueCoding);
    expect(options(painQuestionnaireLinkIds.laterality)).toEqual([
      { system: snomedSystem, code: laterality.left.code, display: laterality.left.term },
      { system: snomedSystem, code: laterality.right.code, display: laterality.right.term },
    ]);
    expect(options(painQuestionnaireLinkIds.quality)?.map((coding) => [coding?.system, coding?.code])).toEqual(
      painQualities.map((quality) => [painQualitySystem, quality]),
    );
  });
});

describe('a response from the default atlas', () => {
  it('answers that Questionnaire item by item: known linkIds, answer types, required items, repeats and bounds', () => {
    expect(response).toMatchObject({ resourceType: 'QuestionnaireResponse', questionnaire: painQuestionnaire.url, status: 'completed' });
    expect(response.item).toHaveLength(3);
    expect(conformance(painQuestionnaire.item!, response.item!)).toEqual([]);
  });

  it('catches what would break the Questionnaire, so the check above means something', () => {
    const broken: QuestionnaireResponseItem[] = [
      {
        linkId: 'area',
        item: [
          { linkId: 'area.region', answer: [{ valueString: 'knee-left' }] },
          { linkId: 'area.intensity', answer: [{ valueInteger: 11 }, { valueInteger: 3 }] },
          { linkId: 'area.laterality', answer: [{ valueCoding: { system: snomedSystem, code: '51440002' } }] },
          { linkId: 'area.note', answer: [{ valueInteger: 4 }] },
          { linkId: 'area.colour', answer: [{ valueString: 'red' }] },
        ],
      },
    ];
    expect(conformance(painQuestionnaire.item!, broken)).toEqual([
      'area.colour: not an item of the Questionnaire',
      'area.body-site: required, missing',
      `area.laterality: ${snomedSystem}|51440002 is not one of its options`,
      'area.intensity: 2 answers to an item that does not repeat',
      'area.intensity: 11 is outside 1–10',
      'area.note: a text item answered with valueInteger',
    ]);
  });

  it('codes each mark’s structure and side, and carries its intensity, qualities and note where it has them', () => {
    const [shoulder, lumbar, kidney] = response.item!;
    const answers = (item: QuestionnaireResponseItem | undefined, linkId: string) => item?.item?.find((child) => child.linkId === linkId)?.answer;
    expect(answers(shoulder, 'area.body-site')).toEqual([{ valueCoding: { system: snomedSystem, code: '16982005', display: 'Shoulder region structure' } }]);
    expect(answers(shoulder, 'area.laterality')).toEqual([{ valueCoding: { system: snomedSystem, code: '7771000', display: 'Left' } }]);
    expect(answers(kidney, 'area.laterality')).toEqual([{ valueCoding: { system: snomedSystem, code: '24028007', display: 'Right' } }]);
    expect(answers(shoulder, 'area.quality')).toHaveLength(2);
    expect(answers(shoulder, 'area.note')).toEqual([{ valueString: 'Worse in the morning' }]);
    expect(childLinkIds(lumbar)).toEqual(['area.region', 'area.body-site', 'area.intensity', 'area.quality']);
    expect(childLinkIds(kidney)).toEqual(['area.region', 'area.body-site', 'area.laterality', 'area.intensity']);
    expect(answers(kidney, 'area.body-site')).toEqual([{ valueCoding: { system: snomedSystem, code: '57999000', display: 'Structure of sole of foot' } }]);
  });

  it('keeps the subject and the time it was given', () => {
    expect(response.subject).toEqual({ reference: 'Patient/example' });
    expect(response.authored).toBe(authored);
  });

  it('codes laterality for exactly the regions that have a side, whichever region is marked', () => {
    const every = toFhirQuestionnaireResponse(
      clinicalAtlas.regions.map((region) => ({ region: region.id, intensity: 5, qualities: [], note: '' })),
      { atlas: clinicalAtlas, authored },
    );
    expect(conformance(painQuestionnaire.item!, every.item!)).toEqual([]);
    every.item!.forEach((item, index) => {
      const region = clinicalAtlas.regions[index]!;
      const side = item.item?.find((child) => child.linkId === 'area.laterality')?.answer?.[0]?.valueCoding?.code;
      expect({ id: region.id, side }).toEqual({ id: region.id, side: region.side === 'midline' ? undefined : laterality[region.side].code });
    });
  });
});
