import type { ContentPack } from '@bodymap/core';
import { regionIds } from '../atlas/regions.js';
import { reflexologyPointNames } from '../atlas/soles/points.js';
import type { ReflexologyPoint } from '../panels/reflexology.js';
import { loaded } from '../../../../tests/unit/loaded.ts';
import { locales } from './index.js';
import { muscleLabels, pairedAreaLabels, reflexologyLabels, soleZoneLabels } from './labels.js';

const sides = { left: 'Left {name}', right: 'Right {name}' };

describe.each(Object.keys(locales))('the %s labels, built from templates', (locale) => {
  let pack: ContentPack;
  beforeAll(async () => {
    pack = await loaded(locales[locale]);
  });

  it('name every region of the atlas, and only those', () => {
    expect(Object.keys(pack.labels).sort()).toEqual([...regionIds].sort());
    expect(regionIds.filter((id) => !pack.labels[id]?.trim())).toEqual([]);
  });

  it('leave no placeholder unfilled', () => {
    expect(Object.values(pack.labels).filter((label) => /\{\w*\}/.test(label ?? ''))).toEqual([]);
  });
});

describe('label templates', () => {
  it("put each name into its side's template, for both sides", () => {
    expect(pairedAreaLabels(sides, { knee: 'knee' })).toEqual({ 'knee-left': 'Left knee', 'knee-right': 'Right knee' });
    expect(muscleLabels(sides, { soleus: 'soleus' })).toEqual({ 'muscle-soleus-left': 'Left soleus', 'muscle-soleus-right': 'Right soleus' });
    expect(soleZoneLabels(sides, { toes: 'toes', ball: 'ball', arch: 'arch', heel: 'heel' })).toMatchObject({
      'foot-sole-left-toes': 'Left toes',
      'foot-sole-right-heel': 'Right heel',
    });
  });

  it('name a reflexology point only on the feet whose charts carry it', () => {
    const labels: Record<string, string> = reflexologyLabels(sides, Object.fromEntries(reflexologyPointNames.map((point) => [point, point])) as Record<ReflexologyPoint, string>);
    expect(Object.keys(labels).sort()).toEqual(regionIds.filter((id) => id.startsWith('rfx-')).sort());
    expect(labels['rfx-heart-left']).toBe('Left heart');
    expect(labels['rfx-heart-right']).toBeUndefined();
    expect(labels['rfx-liver-right']).toBe('Right liver');
  });
});
