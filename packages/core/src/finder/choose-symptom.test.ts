import { fixtureAtlas, fixtureContent, layeredAtlas, layeredContent } from '../../../../tests/unit/fixture.ts';
import { createBodyMap, loadFinder, type BodyMapOptions } from '../create-body-map.js';
import { loadValue } from '../loadable.js';
import type { ContentPack } from '../content.js';
import type { SymptomPack } from './symptom.js';
import { fakePlatform } from '../../../../tests/unit/fake-platform.ts';

const reason = (region: string) => ({ region, reason: 'Tension is felt here.', evidence: 'mixed', sources: ['a-review'] }) as const;
const english: SymptomPack = {
  strings: { options: 'Symptoms', noMatch: 'Nothing for “{query}”', matched: '{symptom}: {count} areas shown', cleared: 'Symptom cleared', clear: 'Clear' },
  symptoms: [
    {
      id: 'tension-headache',
      name: 'Tension headache',
      synonyms: ['headache'],
      shows: 'Head, arms and upper back',
      noteHeading: 'For headaches',
      regions: [reason('head'), reason('arm-left'), reason('tail'), reason('upper-back'), reason('arm-left')],
    },
    { id: 'back-ache', name: 'Back ache', synonyms: [], shows: 'Upper back', noteHeading: 'For back ache', regions: [reason('upper-back')] },
    { id: 'sore-arm', name: 'Sore arm', synonyms: [], shows: 'Right arm', noteHeading: 'For a sore arm', regions: [reason('arm-right')] },
  ],
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// The finder's code arrives by a dynamic import, which takes longer than a settled promise.
beforeAll(async () => {
  await loadValue(loadFinder);
});

function create(options: Partial<BodyMapOptions> = {}, symptoms: ContentPack['symptoms'] | null = () => Promise.resolve(english)) {
  const clock = fakePlatform({ reducedMotion: true });
  const warn = vi.fn();
  const onSymptomChange = vi.fn();
  const onSelectedRegionChange = vi.fn();
  const content: ContentPack = symptoms === null ? fixtureContent : { ...fixtureContent, symptoms };
  const map = createBodyMap({ atlas: fixtureAtlas, locales: { en: content }, platform: clock.platform, warn: (message) => void warn(message), onSymptomChange, onSelectedRegionChange, ...options });
  return { map, clock, warn, onSymptomChange, onSelectedRegionChange };
}

describe('the finder in the controller', () => {
  it('loads nothing until the finder is used, then the checked symptoms', async () => {
    const loader = vi.fn(() => Promise.resolve(english));
    const { map, warn } = create({}, loader);
    expect(map.getState()).toMatchObject({ symptom: null, matches: [], symptoms: null, symptomsStatus: 'idle' });
    expect(loader).not.toHaveBeenCalled();
    map.loadSymptoms();
    expect(map.getState().symptomsStatus).toBe('loading');
    await settle();
    const state = map.getState();
    expect(state.symptomsStatus).toBe('loaded');
    expect(state.symptoms?.symptoms.map((symptom) => symptom.id)).toEqual(['tension-headache', 'back-ache', 'sore-arm']);
    expect(state.symptoms?.symptoms[0]?.regions.map((entry) => entry.region)).toEqual(['head', 'arm-left', 'upper-back', 'arm-left']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('`symptoms["tension-headache"].regions[2].region` names an unknown region "tail"');
  });

  it('chooses a symptom: marks its regions, announces them, and opens and focuses the first', async () => {
    const { map, onSymptomChange, onSelectedRegionChange } = create();
    map.chooseSymptom('tension-headache');
    await settle();
    const state = map.getState();
    expect(state.symptom).toBe('tension-headache');
    expect(state.matches).toEqual(['head', 'arm-left', 'upper-back']);
    expect(state.announcement).toBe('Tension headache: 3 areas shown');
    expect(state.selectedRegion).toBe('head');
    expect(state.tabStop).toBe('head');
    expect(onSymptomChange).toHaveBeenCalledExactlyOnceWith('tension-headache');
    expect(onSelectedRegionChange).toHaveBeenCalledExactlyOnceWith('head');
    // The same matches, not a new list, while nothing changes: parts compare them by identity.
    map.focus('belly');
    expect(map.getState().matches).toBe(state.matches);
  });

  it("counts, in what it announces, the regions of the layer it shows: an area's muscles wait on theirs", async () => {
    const symptoms: SymptomPack = {
      ...english,
      symptoms: [{ id: 'sore-arm', name: 'Sore arm', synonyms: [], shows: 'Left arm', noteHeading: 'For a sore arm', regions: [reason('arm-left'), reason('muscle-biceps-left'), reason('head')] }],
    };
    const { map } = create({ atlas: layeredAtlas, locales: { en: { ...layeredContent, symptoms: () => Promise.resolve(symptoms) } } });
    map.chooseSymptom('sore-arm');
    await settle();
    expect(map.getState()).toMatchObject({ matches: ['arm-left', 'muscle-biceps-left', 'head'], layer: 'areas', announcement: 'Sore arm: 2 areas shown' });
  });

  it('clears the matches with `null` and says so', async () => {
    const { map, onSymptomChange } = create();
    map.chooseSymptom('back-ache');
    await settle();
    map.chooseSymptom(null);
    expect(map.getState()).toMatchObject({ symptom: null, matches: [], announcement: 'Symptom cleared' });
    expect(onSymptomChange.mock.calls).toEqual([['back-ache'], [null]]);
  });

  it('brings the first region’s view along', async () => {
    const { map } = create();
    map.chooseSymptom('back-ache');
    await settle();
    expect(map.getState()).toMatchObject({ view: 'back', selectedRegion: 'upper-back', matches: ['upper-back'] });
  });

  it('warns once of an unknown symptom and changes nothing', async () => {
    const { map, warn, onSymptomChange } = create();
    map.loadSymptoms();
    await settle();
    warn.mockClear();
    const before = map.getState();
    map.chooseSymptom('toothache');
    map.chooseSymptom('toothache');
    expect(warn).toHaveBeenCalledExactlyOnceWith('Unknown symptom id "toothache"; it is ignored. Symptoms: tension-headache, back-ache, sore-arm.');
    expect(map.getState()).toMatchObject({ symptom: null, matches: [], selectedRegion: before.selectedRegion });
    expect(onSymptomChange).not.toHaveBeenCalled();
  });

  it('zooms to the first region when it is off screen, and leaves the zoom alone when it is on screen', async () => {
    // Zoomed in on the left of the view: the person's right arm fills it.
    const zoomed = { k: 3, x: 0, y: -300 };
    const { map } = create({ defaultTransform: zoomed });
    map.chooseSymptom('sore-arm');
    await settle();
    expect(map.getState().transform).toEqual(zoomed);
    map.chooseSymptom('tension-headache');
    await settle();
    const { transform } = map.getState();
    expect(transform).not.toEqual(zoomed);
    // The head (100–200 across, 0–100 down) is inside the 300-unit view now.
    expect(100 * transform.k + transform.x).toBeGreaterThanOrEqual(0);
    expect(200 * transform.k + transform.x).toBeLessThanOrEqual(300);
    expect(transform.y).toBeGreaterThanOrEqual(0);
  });

  it('takes a controlled symptom from the host and reports a person’s choice without taking it', async () => {
    const { map, onSymptomChange } = create({ symptom: 'back-ache' });
    await settle();
    expect(map.getState()).toMatchObject({ symptom: 'back-ache', matches: ['upper-back'], symptomsStatus: 'loaded' });
    map.chooseSymptom('sore-arm');
    expect(onSymptomChange).toHaveBeenCalledExactlyOnceWith('sore-arm');
    expect(map.getState().symptom).toBe('back-ache');
    map.sync({ symptom: 'sore-arm', onSymptomChange });
    expect(map.getState().matches).toEqual(['arm-right']);
  });

  it('marks the matches of a default symptom as soon as its symptoms load', async () => {
    const { map, onSymptomChange } = create({ defaultSymptom: 'sore-arm' });
    await settle();
    expect(map.getState()).toMatchObject({ symptom: 'sore-arm', matches: ['arm-right'] });
    expect(onSymptomChange).not.toHaveBeenCalled();
  });

  it('marks a default symptom’s matches in the first snapshot when its symptoms are already here', () => {
    const { map } = create({ defaultSymptom: 'back-ache' }, english);
    expect(map.getState()).toMatchObject({ symptom: 'back-ache', matches: ['upper-back'], symptomsStatus: 'loaded' });
  });

  it('ignores an unknown symptom from the host with one warning', async () => {
    const { map, warn } = create({ symptom: 'toothache' });
    await settle();
    expect(map.getState().matches).toEqual([]);
    expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Unknown symptom id "toothache"'))).toHaveLength(1);
  });

  it('shows a failed load, and tries again when asked', async () => {
    let fail = true;
    const { map } = create({}, () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(english)));
    map.chooseSymptom('back-ache');
    await settle();
    expect(map.getState()).toMatchObject({ symptomsStatus: 'failed', matches: [], selectedRegion: null });
    fail = false;
    map.loadSymptoms();
    await settle();
    expect(map.getState().symptomsStatus).toBe('loaded');
    map.chooseSymptom('back-ache');
    expect(map.getState().matches).toEqual(['upper-back']);
  });

  it('warns when the pack has no symptoms, and the map keeps working', () => {
    const { map, warn } = create({}, null);
    map.loadSymptoms();
    expect(map.getState().symptomsStatus).toBe('failed');
    expect(warn).toHaveBeenCalledExactlyOnceWith('The content pack has no `symptoms`; the finder has nothing to show.');
    expect(map.select('belly')).toBe(true);
  });
});
