import { checkReferrals, smoothClosedPath, type AtlasView, type ReferralPack } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';
import { expectInViewBox, samplePath, sampleOutline, type Point } from '../../../../tests/unit/geometry-checks.ts';
import { en } from '../locales/en/index.js';
import { es } from '../locales/es/index.js';
import { sources } from '../sources.js';
import { back } from './back.js';
import { front } from './front.js';
import { atlas, regionIds, regions } from './index.js';
import { musclesBack } from './muscles/back.js';
import { referrals } from './referrals.js';

const areaViews: Record<string, AtlasView> = { front, back };
const muscleViews: Record<string, AtlasView> = { back: musclesBack };
const models = new Map(regions.map((region) => [region.id as string, region]));

describe('the referral patterns', () => {
  it('load on demand from the atlas', async () => {
    expect(typeof atlas.referrals).toBe('function');
    await expect((atlas.referrals as () => Promise<unknown>)()).resolves.toBe(referrals);
  });

  it('are every pattern the brief describes, each side of the body, and all can be drawn', () => {
    expect(referrals.map(({ id, view }) => `${view} ${id}`).sort()).toEqual(
      [
        'back upper-trapezius-left',
        'back upper-trapezius-right',
        'front upper-trapezius-left',
        'front upper-trapezius-right',
        'back suboccipitals-left',
        'back suboccipitals-right',
        'back quadratus-lumborum-left',
        'back quadratus-lumborum-right',
        'back gluteus-medius-left',
        'back gluteus-medius-right',
        'back piriformis-left',
        'back piriformis-right',
      ].sort(),
    );
    expect(checkReferrals(referrals, { regionIds, views: Object.keys(atlas.views) }).issues).toEqual([]);
  });

  it('name only region ids as sources, on the pattern’s own side or the midline', () => {
    for (const { id, sources: named } of referrals) {
      const side = id.endsWith('-left') ? 'left' : 'right';
      for (const source of named) {
        expect({ id, source, known: models.has(source) }).toEqual({ id, source, known: true });
        expect({ id, source, side: [side, 'midline'].includes(models.get(source)!.side) }).toEqual({ id, source, side: true });
      }
    }
  });

  it('keep every point in the viewBox, rounded to a tenth of a unit', () => {
    expectInViewBox(
      referrals.flatMap(({ spot, area }) => [spot, ...area.flat()]),
      atlas.viewBox,
    );
  });

  it('put each spot inside the first of its sources drawn in the view: the muscle behind, the area in front', () => {
    for (const { id, view, sources: named, spot } of referrals) {
      const shapes = [...(muscleViews[view]?.regions ?? []), ...areaViews[view]!.regions];
      const source = named.find((name) => shapes.some((shape) => shape.region === name));
      const shape = shapes.find((candidate) => candidate.region === source)!;
      expect({ id, source, inside: polygonContains(shape.points as Point[], spot as Point) }).toEqual({ id, source, inside: true });
    }
  });

  it('draw each area inside the body, as the renderer smooths its outlines', () => {
    for (const { id, view, area } of referrals) {
      const silhouette = areaViews[view]!.silhouette.map(sampleOutline);
      for (const outline of area) {
        const outside = samplePath(smoothClosedPath(outline)).filter((point) => !silhouette.some((body) => polygonContains(body, point)));
        expect({ id, outside }).toEqual({ id, outside: [] });
      }
    }
  });

  it('draw each pattern on the person’s own side: on the viewer’s left from behind, on the viewer’s right from the front', () => {
    for (const { id, view, spot, area } of referrals) {
      const onViewersLeft = [spot, ...area.flat()].every(([x]) => x < 150);
      const expected = (view === 'back') === id.endsWith('-left');
      expect({ id, view, onViewersLeft }).toEqual({ id, view, onViewersLeft: expected });
    }
  });
});

describe.each([
  ['English', en],
  ['Spanish', es],
])('the referral notes in %s', (_, pack) => {
  const load = async () => (pack.referrals as () => Promise<ReferralPack>)();

  it('load on demand, labelled as patterns people report', async () => {
    expect(typeof pack.referrals).toBe('function');
    const { label } = await load();
    expect(label).toBe(pack === en ? 'A pattern people report, not anatomy' : 'Un patrón que la gente describe, no anatomía');
  });

  it('give every pattern a sentence, the same grade in every language, and sources the list has', async () => {
    const { notes } = await load();
    expect(Object.keys(notes).sort()).toEqual([...new Set(referrals.map(({ id }) => id))].sort());
    for (const [id, note] of Object.entries(notes)) {
      expect(note.text.length).toBeGreaterThan(40);
      expect(note.sources.length).toBeGreaterThan(0);
      for (const source of note.sources) {
        expect({ id, source, known: typeof source === 'string' && source in sources }).toEqual({ id, source, known: true });
      }
    }
  });

  it('grade each pattern as the evidence does: the headache and low-back referrals mixed, the chart’s route down the leg traditional', async () => {
    const { notes } = await load();
    const grades = Object.fromEntries(Object.entries(notes).map(([id, note]) => [id, note.evidence]));
    expect(grades).toMatchObject({
      'upper-trapezius-left': 'mixed',
      'suboccipitals-right': 'mixed',
      'quadratus-lumborum-left': 'mixed',
      'gluteus-medius-right': 'mixed',
      'piriformis-left': 'traditional',
    });
    // The whole trigger-point model is disputed, so every note cites the critique.
    expect(Object.values(notes).every((note) => note.sources.includes('triggerPointCritique'))).toBe(true);
  });
});
