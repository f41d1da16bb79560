import {
  formatString,
  missingContent,
  readLoadable,
  validateContent,
  validateGlossary,
  validatePanel,
  validateSources,
  type ContentPack,
  type Loadable,
  type PanelContent,
} from '@bodymap/core';
import { atlas } from './atlas/index.js';
import { regionIds, regions } from './atlas/regions.js';
import { locales } from './locales/index.js';

async function resolve<T>(loadable: Loadable<T> | undefined): Promise<T> {
  if (loadable === undefined) {
    throw new Error('nothing to load');
  }
  const state = readLoadable(loadable);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}

const sideWords: Record<string, { left: RegExp; right: RegExp }> = {
  en: { left: /^Left /, right: /^Right / },
  es: { left: /izquierd[oa]s?\b/, right: /derech[oa]s?\b/ },
};

// How each locale says that a reflexology link is a tradition.
const traditionWords: Record<string, RegExp> = {
  en: /tradition/i,
  es: /tradici/i,
};

const reflexologyRegions = regionIds.filter((id) => id.startsWith('rfx-'));
const soleZoneRegions = regionIds.filter((id) => id.startsWith('foot-sole-'));

/** Every caption key the atlas's views use: their captions and their hotspots' on-map names. */
async function atlasCaptionKeys(): Promise<string[]> {
  const views = await Promise.all(Object.values(atlas.views).map((view) => resolve(view)));
  return views.flatMap((view) => [
    ...(view.captions ?? []).map((caption) => caption.key),
    ...(view.hotspots ?? []).flatMap((hotspot) => (hotspot.caption === undefined ? [] : [hotspot.caption])),
  ]);
}

describe.each(Object.keys(locales))('the %s content pack', (locale) => {
  let pack: ContentPack;
  beforeAll(async () => {
    pack = await resolve(locales[locale]);
  });
  const load = (region: string): Promise<PanelContent> => resolve(pack.panels[region]);

  it('is a complete, valid pack for every region of the atlas, with every string English has', () => {
    expect(pack.locale).toBe(locale);
    expect(validateContent(pack, { regionIds })).toEqual([]);
    expect(missingContent(pack, locales.en)).toEqual([]);
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
    const sources = await resolve(pack.sources);
    expect(validateSources(sources, panels)).toEqual([]);
    const glossary = await resolve(pack.glossary);
    expect(validateGlossary(glossary)).toEqual([]);
    const cited = new Set(
      [
        ...Object.values(panels).flatMap((panel) => [...panel.benefits, ...panel.cautions, ...(panel.claim?.findings ?? [])]),
        ...Object.values(glossary),
      ].flatMap((entry) => entry.sources ?? []),
    );
    expect(Object.keys(sources).filter((key) => !cited.has(key))).toEqual([]);
  });

  it('shares one loader between the two sides of a region', () => {
    expect(pack.panels['shoulder-left']).toBe(pack.panels['shoulder-right']);
    expect(pack.panels['rfx-kidney-left']).toBe(pack.panels['rfx-kidney-right']);
  });

  it.each(reflexologyRegions)('%s shows its organ link as a traditional claim with the evidence card', async (region) => {
    const panel = await load(region);
    expect(panel.claim?.findings.length).toBeGreaterThan(0);
    expect([panel.summary, panel.claim?.location, panel.claim?.association].join(' ')).toMatch(traditionWords[locale]!);
    expect(panel.benefits.some((benefit) => benefit.evidence === 'traditional')).toBe(true);
    expect(panel.claim?.findings.map((finding) => finding.evidence)).toEqual(
      expect.arrayContaining(['research-supported', 'mixed', 'traditional']),
    );
  });

  it.each(soleZoneRegions)('%s warns about feet with less feeling from diabetes', async (region) => {
    const panel = await load(region);
    expect(panel.cautions.some((caution) => /diabet/i.test(caution.text))).toBe(true);
  });

  it('names each toggle in a panel after what it opens, starting with the words it shows', () => {
    const { strings, techniques } = pack;
    const name = formatString(strings.sourcesFor, { text: 'Eases pain.' });
    // What a toggle shows comes first in its name, so speaking what one sees selects it.
    expect(name.startsWith(strings.sources)).toBe(true);
    expect(name).toContain('Eases pain.');
    expect(formatString(strings.glossary.about, { technique: techniques.swedish.name })).toContain(techniques.swedish.name);
  });

  it('has a text for every caption the atlas draws', async () => {
    const keys = await atlasCaptionKeys();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !pack.captions?.[key])).toEqual([]);
  });
});

describe.each(Object.keys(locales).filter((locale) => locale !== 'en'))('the %s translation', (locale) => {
  let pack: ContentPack;
  beforeAll(async () => {
    pack = await resolve(locales[locale]);
  });

  it('matches the English panels in evidence levels, sources, techniques and fits', async () => {
    for (const region of regionIds) {
      const [translated, english] = await Promise.all([resolve(pack.panels[region]), resolve(locales.en.panels[region])]);
      const shape = (panel: PanelContent) => ({
        benefits: panel.benefits.map(({ evidence, sources }) => ({ evidence, sources })),
        techniques: panel.techniques.map(({ technique, fit }) => ({ technique, fit })),
        cautions: panel.cautions.map(({ evidence, sources }) => ({ evidence, sources })),
        findings: panel.claim?.findings.map(({ evidence, sources }) => ({ evidence, sources })),
      });
      expect(shape(translated), region).toEqual(shape(english));
    }
  });

});
