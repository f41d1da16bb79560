import {
  formatString,
  missingContent,
  validateContent,
  validateGlossary,
  validateMessages,
  validatePanel,
  validateSources,
  type ContentPack,
  type PanelContent,
} from '@bodymap/core';
import { atlas } from './atlas/index.js';
import { muscleRegions } from './atlas/muscles/models.js';
import { regionIds, regions } from './atlas/regions.js';
import { messages as english } from './locales/en/messages.js';
import { locales } from './locales/index.js';
import { messageKeys, type PanelFacts } from './panels/facts.js';
import { messageFiles, type LocaleMessages, type MessageFile, type RegionalPanel } from './panels/files.js';
import { createPanelLoaders } from './panels/loaders.js';
import { reflexologyMessageKeys } from './panels/reflexology.js';
import { loaded } from '../../../tests/unit/loaded.ts';

const sideWords: Record<string, { left: RegExp; right: RegExp }> = {
  en: { left: /^Left /, right: /^Right / },
  es: { left: /izquierd[oa]s?\b/, right: /derech[oa]s?\b/ },
};

// How each locale says that a reflexology link is a tradition.
const traditionWords: Record<string, RegExp> = {
  en: /tradition/i,
  es: /tradici/i,
};

// How each locale qualifies a reflexology point's caption, and names a point.
const chartCaptionWords: Record<string, RegExp> = {
  en: / \(chart\)$/,
  es: / \(mapa\)$/,
};
const reflexologyWords: Record<string, RegExp> = {
  en: /reflexology point/i,
  es: /reflexolog/i,
};
// How each locale names blood thinners, in the caution that the panels offering deep work give.
const bloodThinnerWords: Record<string, RegExp> = {
  en: /blood thinners or have a bleeding disorder/,
  es: /anticoagulantes o tienes un trastorno de la coagulación/,
};
const bloodThinnerRegions = ['calf', 'hip-glute', 'lower-back', 'neck', 'knee', 'shin', 'foot', 'thigh', 'forearm', 'upper-arm'].map((name) => `${name}-left`);

const reflexologyRegions = regionIds.filter((id) => id.startsWith('rfx-'));
const muscleIds = muscleRegions.map((region) => region.id);
const soleZoneRegions = regionIds.filter((id) => id.startsWith('foot-sole-'));

/** Every caption key the atlas's views use: their captions and their hotspots' on-map names. */
async function atlasCaptionKeys(): Promise<string[]> {
  const views = await Promise.all(Object.values(atlas.views).map((view) => loaded(view)));
  return views.flatMap((view) => [
    ...(view.captions ?? []).map((caption) => caption.key),
    ...(view.hotspots ?? []).flatMap((hotspot) => (hotspot.caption === undefined ? [] : [hotspot.caption])),
  ]);
}

describe.each(Object.keys(locales))('the %s content pack', (locale) => {
  let pack: ContentPack;
  beforeAll(async () => {
    pack = await loaded(locales[locale]);
  });
  const load = (region: string): Promise<PanelContent> => loaded(pack.panels[region]);

  it('is a complete, valid pack for every region of the atlas, with every string English has', () => {
    expect(pack.locale).toBe(locale);
    expect(validateContent(pack, { regionIds })).toEqual([]);
    expect(missingContent(pack, locales.en)).toEqual([]);
  });

  it("has intake mode's words, loaded on first use, complete and with English's placeholders", async () => {
    const intake = await loaded(pack.intake);
    expect(validateContent({ ...pack, intake }, { regionIds })).toEqual([]);
    const english = await loaded((await loaded(locales.en)).intake);
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();
    for (const key of ['pain', 'marked', 'unmarked', 'edit', 'remove', 'tooFew', 'tooMany', 'figure'] as const) {
      expect(placeholders(intake[key]), key).toEqual(placeholders(english[key]));
    }
  });

  it('has a changelog, loaded on first use, whose entries are valid', async () => {
    const changelog = await loaded(pack.provenance!.changelog);
    expect(changelog.length).toBeGreaterThan(0);
    expect(validateContent({ ...pack, provenance: { ...pack.provenance!, changelog } }, { regionIds })).toEqual([]);
  });

  it('names every region uniquely, saying the side for sided regions', () => {
    const labels = regionIds.map((id) => pack.labels[id]);
    expect(new Set(labels).size).toBe(regionIds.length);
    for (const region of regions) {
      if (region.side !== 'midline') {
        expect(pack.labels[region.id]).toMatch(sideWords[locale]![region.side]);
      }
    }
  });

  it.each(regionIds)('%s has a valid panel with sourced benefits', async (region) => {
    const panel = await load(region);
    expect(validatePanel(region, panel)).toEqual([]);
    if (region === 'neck-front') {
      expect(panel.benefits).toEqual([]);
      expect(panel.cautions.length).toBeGreaterThan(0);
    } else {
      expect(panel.benefits.length).toBeGreaterThanOrEqual(3);
      expect(panel.benefits.length).toBeLessThanOrEqual(6);
      expect(panel.techniques.length).toBeGreaterThan(0);
    }
  });

  it('cites only sources in its source list, and its glossary describes every technique', async () => {
    const panels = Object.fromEntries(await Promise.all(regionIds.map(async (id) => [id, await load(id)] as const)));
    const sources = await loaded(pack.sources);
    expect(validateSources(sources, panels)).toEqual([]);
    const glossary = await loaded(pack.glossary);
    expect(validateGlossary(glossary)).toEqual([]);
    const cited = new Set(
      [
        ...Object.values(panels).flatMap((panel) => [...panel.benefits, ...panel.cautions, ...(panel.findings ?? [])]),
        ...Object.values(glossary),
      ].flatMap((entry) => entry.sources ?? []),
    );
    expect(Object.keys(sources).filter((key) => !cited.has(key))).toEqual([]);
  });

  it.each(muscleIds)('%s says what the muscle does and where tension in it is felt, and an area says neither', async (region) => {
    const panel = await load(region);
    expect(panel.anatomy?.action.trim()).toBeTruthy();
    expect(panel.anatomy?.tension.trim()).toBeTruthy();
    expect(panel.anatomy?.action).not.toBe(panel.anatomy?.tension);
    const area = muscleRegions.find((model) => model.id === region)!.areaOf;
    expect((await load(area)).anatomy).toBeUndefined();
  });

  it('shares one loader between the two sides of a region', () => {
    expect(pack.panels['shoulder-left']).toBe(pack.panels['shoulder-right']);
    expect(pack.panels['rfx-kidney-left']).toBe(pack.panels['rfx-kidney-right']);
    expect(pack.panels['muscle-soleus-left']).toBe(pack.panels['muscle-soleus-right']);
  });

  it.each(reflexologyRegions)('%s shows its organ link as a traditional claim with what research found', async (region) => {
    const panel = await load(region);
    expect(panel.claim).toBeDefined();
    expect([panel.summary, panel.claim?.location, panel.claim?.association].join(' ')).toMatch(traditionWords[locale]!);
    expect(panel.benefits.some((benefit) => benefit.evidence === 'traditional')).toBe(true);
    // Reviews found no effect on any condition: the evidence card says so, and claims no benefit.
    expect(panel.findings?.map((finding) => finding.direction)).toContain('no-effect');
    expect(panel.findings?.map((finding) => finding.direction)).not.toContain('positive');
  });

  it.each(soleZoneRegions)('%s warns about feet with less feeling from diabetes', async (region) => {
    const panel = await load(region);
    expect(panel.cautions.some((caution) => /diabet/i.test(caution.text))).toBe(true);
  });

  it("has the panel's words, loaded with the first panel, complete and with every key English has", async () => {
    const words = await loaded(pack.panelStrings);
    const english = await loaded((await loaded(locales.en)).panelStrings);
    expect(validateContent({ ...pack, panelStrings: words }, { regionIds })).toEqual([]);
    expect(missingContent({ ...pack, panelStrings: words }, { ...locales.en, panelStrings: english })).toEqual([]);
  });

  it('names each toggle in a panel after what it opens, starting with the words it shows', async () => {
    const words = await loaded(pack.panelStrings);
    const name = formatString(words.sourcesFor, { text: 'Eases pain.' });
    // What a toggle shows comes first in its name, so speaking what one sees selects it.
    expect(name.startsWith(words.sources)).toBe(true);
    expect(name).toContain('Eases pain.');
    expect(formatString(words.glossary.about, { technique: words.techniqueNames.swedish })).toContain(words.techniqueNames.swedish);
  });

  it('has a text for every caption the atlas draws', async () => {
    const keys = await atlasCaptionKeys();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !pack.captions?.[key])).toEqual([]);
  });

  it('labels every reflexology caption on the soles as a chart label, and names each point as one', async () => {
    const keys = [...new Set(await atlasCaptionKeys())].filter((key) => key.startsWith('rfx-'));
    expect(keys.length).toBe(25);
    expect(keys.filter((key) => !chartCaptionWords[locale]!.test(pack.captions?.[key] ?? ''))).toEqual([]);
    expect(reflexologyRegions.filter((id) => !reflexologyWords[locale]!.test(pack.labels[id] ?? ''))).toEqual([]);
  });

  it('says the kind of every caution, and leaves the word for an emergency to the label', async () => {
    const cautions = (await Promise.all(regionIds.map(load))).flatMap((panel) => panel.cautions);
    expect(cautions.filter((caution) => caution.kind === undefined)).toEqual([]);
    expect(cautions.some((caution) => caution.kind === 'emergency')).toBe(true);
    const { emergency } = await loaded(pack.panelStrings);
    expect(cautions.filter((caution) => caution.text.startsWith(emergency))).toEqual([]);
  });

  it.each(bloodThinnerRegions)('%s warns about blood thinners and bleeding disorders', async (region) => {
    const panel = await load(region);
    expect(panel.cautions.filter((caution) => bloodThinnerWords[locale]!.test(caution.text))).toHaveLength(1);
  });

  it('links every work it cites over https', async () => {
    const sources = await loaded(pack.sources);
    expect(Object.entries(sources).filter(([, { url }]) => new URL(url).protocol !== 'https:')).toEqual([]);
  });

  it('cites the same works as English, with the same addresses and kinds', async () => {
    const own = await loaded(pack.sources);
    const english = await loaded(locales.en.sources);
    const facts = (all: typeof own) => Object.entries(all).map(([key, { url, kind }]) => [key, url, kind]);
    expect(facts(own)).toEqual(facts(english));
  });
});

// Each regional panel's facts, and the files of messages it reads.
async function regionalPanels(): Promise<{ name: string; facts: PanelFacts; files: MessageFile[] }[]> {
  const names = Object.keys(english).filter((file): file is RegionalPanel => file !== 'sole-shared' && file !== 'reflexology');
  return Promise.all(
    names.map(async (name) => ({
      name,
      facts: ((await import(`./panels/${name}.ts`)) as { default: PanelFacts }).default,
      files: messageFiles(name),
    })),
  );
}

describe('the English messages', () => {
  it('have a text for every item of each panel, and none that no panel uses', async () => {
    const used = new Set(reflexologyMessageKeys().map((key) => `reflexology:${key}`));
    for (const { name, facts, files } of await regionalPanels()) {
      const texts = await Promise.all(files.map(async (file) => [file, (await english[file]()).default] as const));
      for (const key of messageKeys(facts)) {
        const file = texts.find(([, messages]) => key in messages)?.[0];
        expect(file, `${name}: ${key}`).toBeDefined();
        used.add(`${file}:${key}`);
      }
    }
    const all = await Promise.all(
      (Object.keys(english) as MessageFile[]).flatMap(async (file) => Object.keys((await english[file]()).default).map((key) => `${file}:${key}`)),
    );
    expect(all.flat().sort()).toEqual([...used].sort());
  });
});

describe.each(Object.keys(locales).filter((locale) => locale !== 'en'))('the %s messages', (locale) => {
  let messages: LocaleMessages;
  beforeAll(async () => {
    messages = ((await import(`./locales/${locale}/messages.ts`)) as { messages: LocaleMessages }).messages;
  });

  it('have every key of the English ones, with their placeholders, and no other', async () => {
    for (const file of Object.keys(english) as MessageFile[]) {
      expect(validateMessages((await messages[file]()).default, (await english[file]()).default, `locales/${locale}/panels/${file}.json`)).toEqual([]);
    }
  });

  it('fall back to English string by string where a key is missing or empty', async () => {
    const { default: lowerBack } = await messages['lower-back']();
    const { summary: _summary, ...withoutSummary } = lowerBack;
    const gappy: LocaleMessages = {
      ...messages,
      'lower-back': () => Promise.resolve({ default: { ...withoutSummary, 'techniques.swedish': '' } }),
    };
    const panel = await createPanelLoaders(gappy)['lower-back']();
    const { default: englishText } = await english['lower-back']();
    expect(panel.summary).toBe(englishText.summary);
    expect(panel.techniques.find((use) => use.technique === 'swedish')?.howTo).toBe(englishText['techniques.swedish']);
    expect(panel.benefits.map((benefit) => benefit.text)).toEqual(
      Object.entries(lowerBack).filter(([key]) => key.startsWith('benefits.')).map(([, text]) => text),
    );
  });
});
