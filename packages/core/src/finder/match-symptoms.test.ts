import { matchSymptoms, normalizeSearchText } from './match-symptoms.js';
import type { Symptom } from './symptom.js';

const reason = { reason: 'Where the ache is felt.', evidence: 'mixed', sources: ['a-review'] } as const;
const symptom = (id: string, name: string, synonyms: readonly string[]): Symptom => ({
  id,
  name,
  synonyms,
  shows: 'Some areas',
  noteHeading: `For ${name.toLowerCase()}`,
  regions: [{ region: 'head', ...reason }],
});

const english = [
  symptom('tension-headache', 'Tension headache', ['headache', 'head pressure', 'tight band around the head']),
  symptom('migraine', 'Migraine', ['migraine headache', 'sick headache']),
  symptom('stiff-neck', 'Stiff neck', ['neck ache', 'crick in the neck']),
  symptom('lower-back-pain', 'Lower-back pain', ['lumbago', 'low back ache', 'backache']),
  symptom('tired-feet', 'Tired or sore feet', ['sore feet', 'aching feet']),
];
const spanish = [
  symptom('tension-headache', 'Dolor de cabeza tensional', ['dolor de cabeza', 'cefalea tensional', 'presión en la cabeza']),
  symptom('stiff-neck', 'Cuello rígido', ['tortícolis', 'dolor de cuello']),
  symptom('lower-back-pain', 'Dolor lumbar', ['lumbago', 'dolor de espalda baja']),
  symptom('tired-feet', 'Pies cansados o doloridos', ['pies doloridos', 'dolor de pies']),
];
const ids = (found: readonly Symptom[]) => found.map((entry) => entry.id);

describe('normalizeSearchText', () => {
  it('lowercases, strips accents, reads punctuation as spaces and collapses them', () => {
    expect(normalizeSearchText('  Tortícolis,  CUELLO-rígido! ')).toBe('torticolis cuello rigido');
    expect(normalizeSearchText('Presión en la cabeza')).toBe('presion en la cabeza');
    expect(normalizeSearchText('Lower–back   pain?')).toBe('lower back pain');
    expect(normalizeSearchText('¿Qué?')).toBe('que');
  });
});

describe('matchSymptoms', () => {
  it('finds a symptom by its name or a synonym, whole words first', () => {
    expect(ids(matchSymptoms(english, 'headache'))).toEqual(['tension-headache', 'migraine']);
    expect(ids(matchSymptoms(english, 'stiff neck'))).toEqual(['stiff-neck']);
    expect(ids(matchSymptoms(english, 'lumbago'))).toEqual(['lower-back-pain']);
    expect(ids(matchSymptoms(english, 'sore feet'))).toEqual(['tired-feet']);
  });

  it('matches words as they are typed, and plurals', () => {
    expect(ids(matchSymptoms(english, 'head'))).toEqual(['tension-headache', 'migraine']);
    expect(ids(matchSymptoms(english, 'Headaches'))).toEqual(['tension-headache', 'migraine']);
    expect(ids(matchSymptoms(english, 'mig'))).toEqual(['migraine']);
  });

  it('needs every word typed to match, in one name or synonym', () => {
    expect(ids(matchSymptoms(english, 'neck feet'))).toEqual([]);
    expect(ids(matchSymptoms(english, 'sore neck'))).toEqual([]);
    expect(ids(matchSymptoms(english, 'back pain'))).toEqual(['lower-back-pain']);
  });

  it('ignores accents, case and punctuation in Spanish', () => {
    expect(ids(matchSymptoms(spanish, 'dolor de cabeza'))).toEqual(['tension-headache']);
    expect(ids(matchSymptoms(spanish, 'TORTICOLIS'))).toEqual(['stiff-neck']);
    expect(ids(matchSymptoms(spanish, 'presion'))).toEqual(['tension-headache']);
    expect(ids(matchSymptoms(spanish, 'lumbago'))).toEqual(['lower-back-pain']);
    expect(ids(matchSymptoms(spanish, 'dolor'))).toEqual(['tension-headache', 'lower-back-pain', 'stiff-neck', 'tired-feet']);
  });

  it('matches nothing for an empty query or punctuation alone', () => {
    expect(matchSymptoms(english, '')).toEqual([]);
    expect(matchSymptoms(english, ' ?! ')).toEqual([]);
  });
});
