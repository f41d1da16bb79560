import { readLoadable, validateContent, validatePanel, validateSources, type Loadable, type PanelContent } from '@bodymap/core';
import { en } from './locales/en/index.js';
import { regionIds, regions } from './atlas/regions.js';

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

const load = (region: (typeof regionIds)[number]): Promise<PanelContent> => resolve(en.panels[region]);

describe('English content pack', () => {
  it('is a complete, valid pack for every region of the atlas', () => {
    expect(validateContent(en, { regionIds })).toEqual([]);
  });

  it('names every region uniquely, with the side in the name of sided regions', () => {
    const labels = regionIds.map((id) => en.labels[id]);
    expect(new Set(labels).size).toBe(regionIds.length);
    for (const region of regions) {
      if (region.side !== 'midline') {
        expect(en.labels[region.id]).toMatch(region.side === 'left' ? /^Left / : /^Right /);
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
      expect(panel.benefits.length).toBeGreaterThan(0);
      expect(panel.techniques.length).toBeGreaterThan(0);
    }
  });

  it('cites only sources that are in its source list, each with a title and an address', async () => {
    const panels = Object.fromEntries(await Promise.all(regionIds.map(async (id) => [id, await load(id)] as const)));
    const sources = await resolve(en.sources);
    expect(validateSources(sources, panels)).toEqual([]);
    const cited = new Set(Object.values(panels).flatMap((panel) => [...panel.benefits, ...panel.cautions].flatMap((entry) => entry.sources ?? [])));
    expect(Object.keys(sources).filter((key) => !cited.has(key))).toEqual([]);
  });

  it('shares one loader between the two sides of a region', () => {
    expect(en.panels['shoulder-left']).toBe(en.panels['shoulder-right']);
  });
});
