import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import type { Atlas, AtlasReferral } from './atlas.js';
import type { ContentPack, ReferralPack } from './content.js';
import { createBodyMap, loadReferrals, type BodyMapPlatform } from './create-body-map.js';
import { smoothClosedPath } from './geometry.js';
import { loadValue, readLoadable } from './loadable.js';
import { checkReferrals, createReferralPicker, createReferrals, referralLine, referralsFrom, shownReferrals } from './referrals.js';

const square = (x: number, y: number) =>
  [
    [x, y],
    [x + 10, y],
    [x + 10, y + 10],
    [x, y + 10],
  ] as const;

// In the fixture atlas, the left arm is drawn in both views, the head only in front and the upper back only behind.
const armToHead: AtlasReferral = { id: 'arm-to-head', view: 'front', sources: ['arm-left'], spot: [250, 150], area: [square(140, 20)] };
const backToArm: AtlasReferral = { id: 'back-to-arm', view: 'back', sources: ['upper-back', 'arm-left'], spot: [150, 150], area: [square(20, 120), square(40, 160)] };
const patterns = [armToHead, backToArm];
const frontOnly = fixtureAtlas.views.front!;

describe('shownReferrals', () => {
  it('shows the patterns of the view shown whose source is open', () => {
    expect(shownReferrals(patterns, { view: 'front', open: 'arm-left' })).toEqual([armToHead]);
    expect(shownReferrals(patterns, { view: 'back', open: 'arm-left' })).toEqual([backToArm]);
    expect(shownReferrals(patterns, { view: 'back', open: 'upper-back' })).toEqual([backToArm]);
  });

  it('shows nothing while no source is open, and nothing of another view', () => {
    expect(shownReferrals(patterns, { view: 'front', open: null })).toEqual([]);
    expect(shownReferrals(patterns, { view: 'front', open: 'head' })).toEqual([]);
    expect(shownReferrals(patterns, { view: 'front', open: 'upper-back' })).toEqual([]);
  });

  it('shows the patterns of the regions that answer a chosen symptom', () => {
    expect(shownReferrals(patterns, { view: 'back', open: null, matches: ['head', 'upper-back'] })).toEqual([backToArm]);
    expect(shownReferrals(patterns, { view: 'front', open: null, matches: ['arm-left'] })).toEqual([armToHead]);
  });

  it('tells a panel which patterns start in its region', () => {
    expect(referralsFrom(patterns, 'arm-left')).toEqual(patterns);
    expect(referralsFrom(patterns, 'upper-back')).toEqual([backToArm]);
    expect(referralsFrom(patterns, 'head')).toEqual([]);
  });
});

describe('referralLine', () => {
  it('runs from the spot to the nearest point of the area, across all its outlines', () => {
    expect(referralLine(armToHead)).toEqual([
      [250, 150],
      [150, 30],
    ]);
    expect(referralLine(backToArm)).toEqual([
      [150, 150],
      [50, 160],
    ]);
  });
});

describe('checkReferrals', () => {
  const options = { regionIds: fixtureAtlas.regions.map((region) => region.id), views: ['front', 'back'] };

  it('keeps every pattern that can be drawn, as given', () => {
    expect(checkReferrals(patterns, options)).toEqual({ referrals: patterns, issues: [] });
  });

  it('leaves out what cannot be drawn and names each, drawing the rest', () => {
    const { referrals, issues } = checkReferrals(
      [
        armToHead,
        { ...armToHead, view: 'soles' },
        { ...armToHead, id: '' },
        { ...armToHead, spot: [1] },
        { ...armToHead, area: [[[0, 0]]] },
        { ...backToArm, sources: ['nowhere'] },
        { ...backToArm, id: 'partly-known', sources: ['nowhere', 'upper-back'] },
        armToHead,
        'not a pattern',
      ],
      options,
    );
    expect(referrals.map((referral) => [referral.id, referral.sources])).toEqual([
      ['arm-to-head', ['arm-left']],
      ['partly-known', ['upper-back']],
    ]);
    expect(issues).toEqual([
      'The referral pattern "arm-to-head" names a view the atlas lacks, "soles"; it is not drawn.',
      'The referral pattern "" has no id; it is not drawn.',
      'The referral pattern "arm-to-head" needs a spot (a point) and an area (outlines of three points or more); it is not drawn.',
      'The referral pattern "arm-to-head" needs a spot (a point) and an area (outlines of three points or more); it is not drawn.',
      'The referral pattern "back-to-arm" names sources the atlas lacks: ["nowhere"].',
      'The referral pattern "back-to-arm" has no source region; it is not drawn.',
      'The referral pattern "partly-known" names sources the atlas lacks: ["nowhere"].',
      'The referral pattern "arm-to-head" is given twice in the front view; the second is not drawn.',
      'The referral pattern at index 8 has no id; it is not drawn.',
    ]);
  });

  it('draws none from something that is not a list', () => {
    expect(checkReferrals({ id: 'arm-to-head' }, options)).toEqual({
      referrals: [],
      issues: ['`referrals` must be an array of referral patterns, not {"id":"arm-to-head"}; none is drawn.'],
    });
  });
});

describe('createReferralPicker', () => {
  const regionIds = fixtureAtlas.regions.map((region) => region.id);

  it('shapes each pattern for drawing and hands back the same array while the patterns shown stay the same', () => {
    const pick = createReferralPicker({ regionIds, views: ['front', 'back'], warn: vi.fn(), smooth: smoothClosedPath });
    const first = pick(patterns, { view: 'front', open: 'arm-left' });
    expect(first.map(({ id, paths, line }) => ({ id, paths, line }))).toEqual([
      { id: 'arm-to-head', paths: [smoothClosedPath(armToHead.area[0]!)], line: referralLine(armToHead) },
    ]);
    expect(pick(patterns, { view: 'front', open: 'arm-left' })).toBe(first);
    expect(pick(patterns, { view: 'back', open: 'arm-left' }).map(({ id }) => id)).toEqual(['back-to-arm']);
    expect(pick(patterns, { view: 'front', open: null })).toEqual([]);
  });

  it('reports a list’s problems in one warning, once', () => {
    const warn = vi.fn();
    const pick = createReferralPicker({ regionIds, views: ['front', 'back'], warn, smooth: smoothClosedPath });
    const list = [armToHead, { ...backToArm, sources: ['nowhere'] }, { ...armToHead, view: 'sideways' }];
    pick(list, { view: 'front', open: 'arm-left' });
    pick(list, { view: 'back', open: 'upper-back' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      "The atlas's referral patterns have problems; the others are drawn:\n" +
        '- The referral pattern "back-to-arm" names sources the atlas lacks: ["nowhere"].\n' +
        '- The referral pattern "back-to-arm" has no source region; it is not drawn.\n' +
        '- The referral pattern "arm-to-head" names a view the atlas lacks, "sideways"; it is not drawn.',
    );
  });
});

describe('createReferrals', () => {
  it('draws the patterns of the regions that answer a chosen symptom, with nothing open', () => {
    const pack: ReferralPack = { label: 'Reported', notes: {} };
    const referralsOf = createReferrals({
      atlas: { views: { front: frontOnly, back: frontOnly }, referrals: patterns },
      regionIds: fixtureAtlas.regions.map((region) => region.id),
      read: readLoadable,
      warn: vi.fn(),
      smooth: smoothClosedPath,
    });
    expect(referralsOf({ view: 'back', selectedRegion: null, matches: ['upper-back'] }, { referrals: pack })).toMatchObject({
      referrals: [{ id: 'back-to-arm' }],
      referralNotes: pack,
    });
    expect(referralsOf({ view: 'back', selectedRegion: null }, {})).toEqual({ referrals: [], referralNotes: null });
  });
});

describe('createBodyMap: referral patterns', () => {
  const platform: BodyMapPlatform = { now: () => 0, requestFrame: () => 0, cancelFrame: () => undefined, prefersReducedMotion: () => true };
  const notes: ReferralPack = {
    label: 'A pattern people report, not anatomy',
    notes: { 'arm-to-head': { text: 'Felt in the head.', evidence: 'mixed', sources: ['someStudy'] } },
  };

  function create(referrals: Atlas['referrals'], words: ContentPack['referrals'] = () => Promise.resolve(notes)) {
    const warn = vi.fn();
    const atlas: Atlas = { ...fixtureAtlas, referrals };
    const map = createBodyMap({ atlas, locales: { en: { ...fixtureContent, referrals: words } }, platform, warn });
    return { map, warn };
  }

  // The controller publishes when each load settles; awaiting the same loads lets it do so first.
  async function loaded(...loadables: unknown[]) {
    await Promise.allSettled([loadValue(loadReferrals), ...loadables.map((loadable) => loadValue(loadable))]);
    await Promise.resolve();
  }

  it('draws nothing and loads nothing until a panel opens', () => {
    const drawings = vi.fn(() => Promise.resolve(patterns));
    const words = vi.fn(() => Promise.resolve(notes));
    const { map } = create(drawings, words);
    expect(map.getState().referrals).toEqual([]);
    expect(map.getState().referralNotes).toBeNull();
    expect(drawings).not.toHaveBeenCalled();
    expect(words).not.toHaveBeenCalled();
  });

  it('draws the open region’s patterns with their words once they load, and none once the panel closes', async () => {
    const drawings = () => Promise.resolve(patterns);
    const words = () => Promise.resolve(notes);
    const { map, warn } = create(drawings, words);
    map.select('arm-left');
    await loaded(drawings, words);
    expect(map.getState().referrals.map(({ id, spot }) => ({ id, spot }))).toEqual([{ id: 'arm-to-head', spot: [250, 150] }]);
    expect(map.getState().referralNotes).toBe(notes);
    map.setView('back');
    map.select('upper-back');
    expect(map.getState().referrals.map(({ id }) => id)).toEqual(['back-to-arm']);
    map.close();
    expect(map.getState().referrals).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps one empty list while a region without patterns is open, so nothing subscribed to it renders again', async () => {
    const drawings = () => Promise.resolve(patterns);
    const { map } = create(drawings);
    const before = map.getState().referrals;
    map.select('head');
    await loaded(drawings);
    expect(map.getState().referrals).toBe(before);
    map.select('arm-left');
    map.close();
    expect(map.getState().referrals).toBe(before);
  });

  it('draws none in intake mode, where an open panel is a mark’s editor', async () => {
    const drawings = () => Promise.resolve(patterns);
    const atlas: Atlas = { ...fixtureAtlas, referrals: drawings };
    const map = createBodyMap({ atlas, locales: { en: fixtureContent }, platform, warn: vi.fn(), mode: 'intake', defaultSelectedRegion: 'arm-left' });
    await loaded(drawings);
    expect(map.getState().selectedRegion).toBe('arm-left');
    expect(map.getState().referrals).toEqual([]);
  });

  it('loads nothing for an atlas without patterns', () => {
    const words = vi.fn(() => Promise.resolve(notes));
    const { map } = create(undefined, words);
    map.select('arm-left');
    expect(words).not.toHaveBeenCalled();
    expect(map.getState().referrals).toEqual([]);
  });

  it('warns once about patterns it cannot draw and draws the others', async () => {
    const drawings = () => Promise.resolve([armToHead, { ...backToArm, id: 'lost', sources: ['nowhere'] }]);
    const { map, warn } = create(drawings);
    map.select('arm-left');
    await loaded(drawings);
    expect(map.getState().referrals.map(({ id }) => id)).toEqual(['arm-to-head']);
    map.close();
    map.select('arm-left');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('The referral pattern "lost" has no source region; it is not drawn.');
  });

  it('keeps working without patterns when they fail to load', async () => {
    const drawings = () => Promise.reject(new Error('offline'));
    const { map } = create(drawings);
    map.select('arm-left');
    await loaded(drawings);
    expect(map.getState().selectedRegion).toBe('arm-left');
    expect(map.getState().referrals).toEqual([]);
  });

  it('renders none on the server, where nothing loads on demand', async () => {
    const drawings = () => Promise.resolve(patterns);
    const { map } = create(drawings);
    map.select('arm-left');
    await loaded(drawings);
    expect(map.getState().referrals).toHaveLength(1);
    expect(map.getServerState().referrals).toEqual([]);
  });
});
