import { validateSymptomPack } from './validate-symptoms.js';

const strings = { options: 'Symptoms', noMatch: 'Nothing for “{query}”', matched: '{symptom}: {count} areas shown', cleared: 'Cleared', clear: 'Clear' };
const reason = (region: unknown) => ({ region, reason: 'Tension is felt here.', evidence: 'mixed', sources: ['a-review'] });
const headache = {
  id: 'tension-headache',
  name: 'Tension headache',
  synonyms: ['headache'],
  shows: 'Head and arms',
  noteHeading: 'For headaches',
  regions: [reason('head'), reason('arm-left')],
};
const regionIds = ['head', 'arm-left', 'belly'];
const messages = (issues: readonly { message: string }[]) => issues.map((issue) => issue.message);

describe('validateSymptomPack', () => {
  it('passes a sound pack through unchanged', () => {
    const { pack, issues } = validateSymptomPack({ strings, symptoms: [headache] }, regionIds);
    expect(issues).toEqual([]);
    expect(pack.strings).toEqual(strings);
    expect(pack.symptoms).toEqual([headache]);
  });

  it('names and drops an unknown region, a bad grade and a reason without text, keeping the rest', () => {
    const symptom = {
      ...headache,
      regions: [reason('head'), reason('tail'), { ...reason('belly'), evidence: 'proven' }, { ...reason('arm-left'), reason: ' ' }, { ...reason('belly'), sources: [] }],
    };
    const { pack, issues } = validateSymptomPack({ strings, symptoms: [symptom] }, regionIds);
    expect(pack.symptoms[0]?.regions.map((entry) => entry.region)).toEqual(['head']);
    expect(messages(issues)).toEqual([
      '`symptoms["tension-headache"].regions[1].region` names an unknown region "tail"; it is left out.',
      '`symptoms["tension-headache"].regions[2]` has an unknown evidence level "proven" (use research-supported, mixed, traditional); it is left out.',
      '`symptoms["tension-headache"].regions[3]` has no reason; it is left out.',
      '`symptoms["tension-headache"].regions[4]` needs at least one source, each a key or a title, an address and a kind; it is left out.',
    ]);
  });

  it('drops a symptom with empty text, no usable region or a repeated id, and a bad finding alone', () => {
    const { pack, issues } = validateSymptomPack(
      {
        strings,
        symptoms: [
          { ...headache, finding: { text: 'Did not beat a sham.', evidence: 'maybe', sources: ['a-trial'] } },
          { ...headache, name: 'Again' },
          { ...headache, id: 'stiff-neck', name: '' },
          { ...headache, id: 'sore-feet', regions: [reason('foot')] },
          { ...headache, id: 'Not Kebab' },
          'stress',
        ],
      },
      regionIds,
    );
    expect(pack.symptoms.map((symptom) => symptom.id)).toEqual(['tension-headache']);
    expect(pack.symptoms[0]).not.toHaveProperty('finding');
    expect(messages(issues)).toEqual([
      '`symptoms["tension-headache"].finding` has an unknown evidence level "maybe" (use research-supported, mixed, traditional); it is left out.',
      '`symptoms["tension-headache"]` is listed twice; the second is left out.',
      '`symptoms["stiff-neck"].name` has no name; the symptom is left out.',
      '`symptoms["sore-feet"].regions[0].region` names an unknown region "foot"; it is left out.',
      '`symptoms["sore-feet"].regions` names no region of the atlas; the symptom is left out.',
      '`symptoms[4].id` needs a kebab-case id (not "Not Kebab"); the symptom is left out.',
      '`symptoms[5].id` needs a kebab-case id (not "stress"); the symptom is left out.',
    ]);
  });

  it('keeps a sound finding', () => {
    const finding = { text: 'Did not beat a sham for how often headaches come.', evidence: 'mixed', sources: [{ title: 'A trial', url: 'https://example.org/trial', kind: 'trial' }] };
    const { pack, issues } = validateSymptomPack({ strings, symptoms: [{ ...headache, finding }] }, regionIds);
    expect(issues).toEqual([]);
    expect(pack.symptoms[0]?.finding).toEqual(finding);
  });

  it('fills missing words in English and survives a pack that is not one', () => {
    const { pack, issues } = validateSymptomPack({ strings: { ...strings, clear: '' }, symptoms: [headache] }, regionIds);
    expect(pack.strings.clear).toBe('Clear the symptom');
    expect(messages(issues)).toEqual(['`strings.clear` is missing; the English words are shown.']);
    const broken = validateSymptomPack(null, regionIds);
    expect(broken.pack.symptoms).toEqual([]);
    expect(messages(broken.issues)).toContain('`symptoms` must be a list.');
  });
});
