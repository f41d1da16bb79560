import { type ContentPack, type Symptom, type SymptomPack } from '@bodymap/core';
import { regionIds } from '../atlas/regions.js';
import { locales } from '../locales/index.js';
import { sources } from '../sources.js';
import { symptomWordKeys, type SymptomLocaleWords } from './join-symptoms.js';
import { symptomFacts } from './symptom-facts.js';
import { loaded } from '../../../../tests/unit/loaded.ts';

const localeIds = Object.keys(locales);
const symptomIds = [
  'tension-headache',
  'migraine',
  'stiff-neck',
  'shoulder-tension',
  'upper-back-ache',
  'lower-back-pain',
  'buttock-leg-pain',
  'plantar-heel-pain',
  'tired-feet',
  'sore-legs-after-exercise',
  'stress',
  'poor-sleep',
];

// What a visitor types, written as they might type it, and the symptom it must find in each locale.
const queries: Record<string, readonly (readonly [string, string])[]> = {
  en: [
    ['Headache', 'tension-headache'],
    ['head pressure', 'tension-headache'],
    ['stiff neck', 'stiff-neck'],
    ['crick in the neck', 'stiff-neck'],
    ['lumbago', 'lower-back-pain'],
    ['sore feet', 'tired-feet'],
    ['doms', 'sore-legs-after-exercise'],
    ['plantar fasciitis', 'plantar-heel-pain'],
    ['sciatica', 'buttock-leg-pain'],
    ['insomnia', 'poor-sleep'],
  ],
  es: [
    ['dolor de cabeza', 'tension-headache'],
    ['Cefalea', 'tension-headache'],
    ['torticolis', 'stiff-neck'],
    ['lumbago', 'lower-back-pain'],
    ['dolor de pies', 'tired-feet'],
    ['agujetas', 'sore-legs-after-exercise'],
    ['fascitis plantar', 'plantar-heel-pain'],
    ['ciatica', 'buttock-leg-pain'],
    ['insomnio', 'poor-sleep'],
    ['estres', 'stress'],
  ],
};

/** Text as the finder compares it: without case, accents or punctuation. */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

async function symptomsOf(locale: string): Promise<SymptomPack> {
  const pack: ContentPack = await loaded(locales[locale]);
  return loaded(pack.symptoms);
}

const byId = (pack: SymptomPack, id: string): Symptom => {
  const symptom = pack.symptoms.find((candidate) => candidate.id === id);
  if (symptom === undefined) {
    throw new Error(`no symptom ${id}`);
  }
  return symptom;
};

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();

describe.each(localeIds)('the %s symptoms', (locale) => {
  let pack: SymptomPack;
  let content: ContentPack;
  beforeAll(async () => {
    content = await loaded(locales[locale]);
    pack = await loaded(content.symptoms);
  });

  it('are at least the twelve bundled symptoms, loaded on first use, headache first', () => {
    expect(pack.symptoms.length).toBeGreaterThanOrEqual(12);
    expect(pack.symptoms.map((symptom) => symptom.id)).toEqual(symptomIds);
  });

  it("say every word of the finder, with the placeholders it fills in", () => {
    const texts: Readonly<Record<string, string>> = { ...pack.strings };
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim(), key).not.toBe('');
    }
    expect(placeholders(pack.strings.noMatch)).toEqual(['{query}']);
    expect(placeholders(pack.strings.matched)).toEqual(['{count}', '{symptom}']);
  });

  it.each(symptomIds)('%s has a name, synonyms, what it shows, a note heading and no empty text', (id) => {
    const symptom = byId(pack, id);
    const texts = [
      symptom.name,
      symptom.shows,
      symptom.noteHeading,
      ...symptom.synonyms,
      ...(symptom.finding ? [symptom.finding.text] : []),
      ...symptom.regions.map((region) => region.reason),
    ];
    expect(texts.filter((text) => text.trim() === '')).toEqual([]);
    expect(symptom.synonyms.length).toBeGreaterThanOrEqual(5);
    // Two synonyms that differ only in case, accents or punctuation are one to the finder.
    const normalised = symptom.synonyms.map(normalise);
    expect(new Set(normalised).size).toBe(normalised.length);
  });

  it.each(symptomIds)('%s answers with regions of the atlas, each named, graded and sourced', (id) => {
    const symptom = byId(pack, id);
    expect(symptom.regions.length).toBeGreaterThanOrEqual(3);
    const ids = symptom.regions.map((region) => region.region);
    expect(new Set(ids).size).toBe(ids.length);
    for (const region of symptom.regions) {
      expect(regionIds).toContain(region.region);
      expect(content.labels[region.region]).toBeTruthy();
      expect(region.sources.length).toBeGreaterThan(0);
    }
    const cited = [...symptom.regions.flatMap((region) => region.sources), ...(symptom.finding?.sources ?? [])];
    expect(cited.filter((source) => typeof source !== 'string' || !(source in sources))).toEqual([]);
  });

  it.each(queries[locale] ?? [])('finds %s as a synonym of %s, ignoring case, accents and punctuation', (query, id) => {
    const symptom = byId(pack, id);
    expect([symptom.name, ...symptom.synonyms].map(normalise)).toContain(normalise(query));
  });

  it('starts every symptom on an area, which the map draws on its default layer', () => {
    const first = pack.symptoms.map((symptom) => [symptom.id, symptom.regions[0]?.region]);
    expect(first.filter(([, region]) => region === undefined || region.startsWith('muscle-') || region.startsWith('rfx-'))).toEqual([]);
  });

  it('lets a reflexology point answer a symptom only as a traditional claim', () => {
    const points = pack.symptoms.flatMap((symptom) => symptom.regions).filter((region) => region.region.startsWith('rfx-'));
    expect(points.length).toBeGreaterThan(0);
    expect(points.filter((region) => region.evidence !== 'traditional')).toEqual([]);
  });

  it('says that massage did no better than a sham for how often tension headaches come', () => {
    const { finding } = byId(pack, 'tension-headache');
    expect(finding?.evidence).toBe('mixed');
    expect(finding?.sources).toContain('headacheMassageTrial');
  });

  it('grades tired feet as comfort, a traditional claim', () => {
    expect(byId(pack, 'tired-feet').finding?.evidence).toBe('traditional');
  });
});

describe('the regions a symptom shows', () => {
  const regionsOf = async (id: string) => byId(await symptomsOf('en'), id).regions.map((region) => region.region);

  it('for a tension headache start on the neck or shoulders and reach the temples, the back of the head and the muscles that refer to them', async () => {
    const regions = await regionsOf('tension-headache');
    expect(regions[0]).toMatch(/^(neck|shoulder)-(left|right)$/);
    expect(regions).toEqual(
      expect.arrayContaining([
        'head-temple-left',
        'head-temple-right',
        'neck-left',
        'neck-right',
        'shoulder-left',
        'shoulder-right',
        'head-back',
        'muscle-upper-trapezius-left',
        'muscle-upper-trapezius-right',
        'muscle-suboccipitals-left',
        'muscle-suboccipitals-right',
      ]),
    );
  });

  it('for lower-back pain include both sides of the lower back and quadratus lumborum', async () => {
    expect(await regionsOf('lower-back-pain')).toEqual(
      expect.arrayContaining(['lower-back-left', 'lower-back-right', 'muscle-quadratus-lumborum-left', 'muscle-quadratus-lumborum-right']),
    );
  });

  it('for buttock and back-of-leg pain include the buttocks, gluteus medius, piriformis and hamstrings', async () => {
    const regions = await regionsOf('buttock-leg-pain');
    for (const base of ['hip-glute', 'muscle-gluteus-medius', 'muscle-piriformis', 'muscle-hamstrings']) {
      expect(regions).toEqual(expect.arrayContaining([`${base}-left`, `${base}-right`]));
    }
  });

  it('for plantar heel pain include the heels, the plantar fascia and the calf muscles', async () => {
    const regions = await regionsOf('plantar-heel-pain');
    expect(regions).toEqual(
      expect.arrayContaining([
        'foot-sole-left-heel',
        'foot-sole-right-heel',
        'muscle-plantar-fascia-left',
        'muscle-plantar-fascia-right',
        'muscle-gastrocnemius-left',
        'muscle-soleus-right',
      ]),
    );
  });
});

describe('every locale', () => {
  it('has the same symptoms with the same regions, grades and sources', async () => {
    const shape = (pack: SymptomPack) =>
      pack.symptoms.map((symptom) => ({
        id: symptom.id,
        finding: symptom.finding && [symptom.finding.evidence, symptom.finding.sources],
        regions: symptom.regions.map(({ region, evidence, sources: cited }) => [region, evidence, cited]),
      }));
    const english = shape(await symptomsOf('en'));
    for (const locale of localeIds) {
      expect(shape(await symptomsOf(locale)), locale).toEqual(english);
    }
  });

  it.each(localeIds)('%s words each symptom exactly as its facts call for, and no more', async (locale) => {
    const words = ((await import(`../locales/${locale}/symptoms.json`)) as { default: SymptomLocaleWords }).default;
    expect(Object.keys(words.symptoms).sort()).toEqual(symptomFacts.map((symptom) => symptom.id).sort());
    for (const symptom of symptomFacts) {
      const own = words.symptoms[symptom.id]!;
      const keys = [
        ...['name', 'synonyms', 'shows', 'noteHeading', 'finding'].filter((key) => key in own),
        ...Object.keys(own.reasons).map((id) => `reasons.${id}`),
      ];
      expect(keys.sort(), symptom.id).toEqual(symptomWordKeys(symptom).sort());
    }
  });
});
