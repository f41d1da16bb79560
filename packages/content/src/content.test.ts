import { readLoadable, validateContent, validatePanel, type PanelContent } from '@bodymap/core';
import { en } from './locales/en/index.js';
import { regionIds, regions } from './atlas/regions.js';

async function load(region: (typeof regionIds)[number]): Promise<PanelContent> {
  const panel = en.panels[region];
  if (panel === undefined) {
    throw new Error(`no panel for ${region}`);
  }
  const state = readLoadable(panel);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}

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

  it('shares one loader between the two sides of a region', () => {
    expect(en.panels['shoulder-left']).toBe(en.panels['shoulder-right']);
  });
});
