import type { RegionModel } from '../region.js';
import { painQualitySystem, painQuestionnaireUrl, snomedSystem, toFhirQuestionnaireResponse } from './fhir.js';
import type { BodyMapMark } from './marks.js';

const shoulder = { code: '16982005', term: 'Shoulder region structure' };
const regions: readonly RegionModel[] = [
  { id: 'shoulder-left', side: 'left', group: 'shoulders', views: ['front'], bodySite: shoulder },
  { id: 'shoulder-right', side: 'right', group: 'shoulders', views: ['front'], bodySite: shoulder },
  { id: 'abdomen', side: 'midline', group: 'abdomen', views: ['front'], bodySite: { code: '818983003', term: 'Abdomen structure' } },
  { id: 'tail', side: 'midline', group: 'spine', views: ['back'] },
];
const atlas = { regions };
const authored = '2026-03-02T09:30:00Z';
const mark = (region: string, change: Partial<BodyMapMark> = {}): BodyMapMark => ({ region, intensity: 5, qualities: [], note: '', ...change });
const answersOf = (area: { item?: { linkId: string; answer?: unknown[] }[] } | undefined) =>
  Object.fromEntries((area?.item ?? []).map((child) => [child.linkId, child.answer]));

describe('toFhirQuestionnaireResponse', () => {
  it('answers the pain map Questionnaire, completed, with one area per mark in the order they were made', () => {
    const response = toFhirQuestionnaireResponse([mark('abdomen'), mark('shoulder-left')], { atlas, authored });
    expect(response).toMatchObject({ resourceType: 'QuestionnaireResponse', questionnaire: painQuestionnaireUrl, status: 'completed', authored });
    expect(response.item?.map((area) => answersOf(area)['area.region'])).toEqual([[{ valueString: 'abdomen' }], [{ valueString: 'shoulder-left' }]]);
  });

  it('codes the structure without its side and the person’s side as SNOMED CT’s laterality qualifier', () => {
    const [left, right, middle] = toFhirQuestionnaireResponse([mark('shoulder-left'), mark('shoulder-right'), mark('abdomen')], { atlas, authored }).item!;
    const structure = { valueCoding: { system: snomedSystem, code: '16982005', display: 'Shoulder region structure' } };
    expect(answersOf(left)).toMatchObject({ 'area.body-site': [structure], 'area.laterality': [{ valueCoding: { system: snomedSystem, code: '7771000', display: 'Left' } }] });
    expect(answersOf(right)).toMatchObject({ 'area.body-site': [structure], 'area.laterality': [{ valueCoding: { system: snomedSystem, code: '24028007', display: 'Right' } }] });
    expect(answersOf(middle)).not.toHaveProperty('area.laterality');
  });

  it('carries the intensity, each quality and the note, and leaves out the ones a mark lacks', () => {
    const [full, bare] = toFhirQuestionnaireResponse(
      [mark('abdomen', { intensity: 8, qualities: ['sharp', 'stiff'], note: 'after lifting' }), mark('shoulder-left', { intensity: 1 })],
      { atlas, authored },
    ).item!;
    expect(answersOf(full)).toMatchObject({
      'area.intensity': [{ valueInteger: 8 }],
      'area.quality': [{ valueCoding: { system: painQualitySystem, code: 'sharp' } }, { valueCoding: { system: painQualitySystem, code: 'stiff' } }],
      'area.note': [{ valueString: 'after lifting' }],
    });
    expect(Object.keys(answersOf(bare))).toEqual(['area.region', 'area.body-site', 'area.laterality', 'area.intensity']);
    expect(answersOf(bare)['area.intensity']).toEqual([{ valueInteger: 1 }]);
  });

  it('passes the subject, the time and another Questionnaire’s canonical through', () => {
    const subject = { reference: 'Patient/42' };
    const questionnaire = 'https://clinic.example/Questionnaire/intake|2';
    expect(toFhirQuestionnaireResponse([], { atlas, subject, authored, questionnaire })).toEqual({
      resourceType: 'QuestionnaireResponse',
      questionnaire,
      status: 'completed',
      subject,
      authored,
    });
    expect(toFhirQuestionnaireResponse([], { atlas, authored: new Date(Date.UTC(2026, 2, 2, 9, 30)) }).authored).toBe('2026-03-02T09:30:00.000Z');
  });

  it('dates the answers at the time of the call when no time is given', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 12) });
    try {
      expect(toFhirQuestionnaireResponse([], { atlas }).authored).toBe('2026-01-05T12:00:00.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('throws, naming the region, for a mark it cannot code', () => {
    expect(() => toFhirQuestionnaireResponse([mark('spleen')], { atlas, authored })).toThrow(/"spleen" names a region the atlas does not have/);
    expect(() => toFhirQuestionnaireResponse([mark('tail')], { atlas, authored })).toThrow(/"tail" has no SNOMED CT body structure.*clinicalAtlas/);
  });
});
