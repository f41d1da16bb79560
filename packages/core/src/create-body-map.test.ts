import { backView, fixtureAtlas, fixtureContent, fixturePanelStrings, frontView, layeredAtlas, layeredContent, musclesFrontView } from '../../../tests/unit/fixture.ts';
import { createBodyMap, gestureHintDuration, loadIntakeMode, loadZoomPath, type BodyMapOptions } from './create-body-map.js';
import type { ContentPack, PanelContent } from './content.js';
import { loadValue, readLoadable } from './loadable.js';
import { fakePlatform } from '../../../tests/unit/fake-platform.ts';

const locales = { en: fixtureContent };

function create(options: Partial<BodyMapOptions> = {}) {
  const clock = fakePlatform();
  const warn = vi.fn();
  const map = createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform, warn, ...options });
  return { map, clock, warn };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// The zoom animation's path, loaded as a binding loads it ahead of the first gesture, so that each
// animation runs frame by frame from the call that asks for it.
beforeAll(async () => {
  await loadValue(loadZoomPath);
});

describe('createBodyMap: state and geometry', () => {
  it('starts on the front view with the first region in reading order holding the tab stop', () => {
    const { map } = create();
    const state = map.getState();
    expect(state.view).toBe('front');
    expect(state.selectedRegion).toBeNull();
    expect(state.tabStop).toBe('head');
    expect(state.geometry?.regions.get('arm-left')).toBe('M200,100L300,100L300,200L200,200Z');
    expect(state.geometry?.placeOf.get('belly')?.point).toEqual([150, 150]);
    expect(state.content.labels.head).toBe('Head');
  });

  it('shares one geometry per view across controllers', () => {
    expect(create().map.getState().geometry).toBe(create().map.getState().geometry);
  });

  it('loads a view on demand and says so to subscribers', async () => {
    const { map } = create();
    const listener = vi.fn();
    map.subscribe(listener);
    map.setView('back');
    expect(map.getState().geometry).toBeNull();
    await settle();
    expect(map.getState().geometry?.view).toBe(backView);
    expect(listener).toHaveBeenCalled();
  });

  it('reports a view that failed to load, and loads it again on retry', async () => {
    let fail = true;
    const atlas = { ...fixtureAtlas, views: { front: frontView, back: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(backView)) } };
    const { map } = create({ atlas });
    map.setView('back');
    await settle();
    expect(map.getState().failedLoads).toEqual(['view']);
    fail = false;
    map.retryLoads();
    await settle();
    expect(map.getState().failedLoads).toEqual([]);
    expect(map.getState().geometry?.view).toBe(backView);
  });
});

describe('createBodyMap: actions and change events', () => {
  it('selects, toggles and closes, firing each change once', () => {
    const onSelectedRegionChange = vi.fn();
    const { map } = create({ onSelectedRegionChange });
    map.select('left-arm');
    expect(map.getState()).toMatchObject({ selectedRegion: 'arm-left', focusedRegion: 'arm-left', tabStop: 'arm-left' });
    expect(map.getState().announcement).toBe('Left arm panel opened');
    map.toggle('arm-left');
    expect(map.getState().selectedRegion).toBeNull();
    map.toggle('belly');
    expect(map.close()).toBe('belly');
    expect(map.close()).toBeNull();
    expect(onSelectedRegionChange.mock.calls).toEqual([['arm-left'], [null], ['belly'], [null]]);
  });

  it('switches to the view that draws a selected region, and reports the view change', () => {
    const onViewChange = vi.fn();
    const { map } = create({ onViewChange });
    map.select('upper-back');
    expect(map.getState().view).toBe('back');
    expect(onViewChange).toHaveBeenCalledWith('back');
    expect(map.getState().announcement).toBe('Upper back panel opened');
  });

  it('keeps selection and focus on a view change only where the new view draws them', () => {
    const { map } = create();
    map.select('arm-left');
    map.setView('back');
    expect(map.getState()).toMatchObject({ view: 'back', selectedRegion: 'arm-left', focusedRegion: 'arm-left' });
    map.select('upper-back');
    map.setView('front');
    expect(map.getState()).toMatchObject({ view: 'front', selectedRegion: null, focusedRegion: null });
    expect(map.getState().announcement).toBe('Front view shown');
  });

  it('names an unknown id or view once and ignores it', () => {
    const { map, warn } = create();
    const before = map.getState();
    expect(map.select('elbow')).toBe(false);
    map.select('elbow');
    map.toggle('elbow');
    map.setView('side' as never);
    expect(map.getState()).toBe(before);
    expect(warn.mock.calls.map(([message]) => message as string)).toEqual([
      'Unknown region id "elbow" in `select`; it is ignored.',
      'Unknown region id "elbow" in `toggle`; it is ignored.',
      'Unknown view "side" in `setView`; it is ignored. Views: front, back.',
    ]);
    expect(warn.mock.calls[0]?.[1]).toEqual({ input: 'region', value: 'elbow', expected: ['head', 'arm-left', 'arm-right', 'belly', 'upper-back'] });
  });

  it('moves the tab stop by position, to the edges, and stays put at the edge of the figure', () => {
    const { map } = create();
    expect(map.move('down')).toBe('belly');
    expect(map.move('right')).toBe('arm-left');
    expect(map.move('right')).toBe('arm-left');
    expect(map.move('first')).toBe('head');
    expect(map.move('last')).toBe('arm-left');
    expect(map.getState().tabStop).toBe('arm-left');
  });

  it('notifies a selector subscription only when its slice changes', () => {
    const { map } = create();
    const belly = vi.fn();
    map.subscribe((state) => state.tabStop === 'belly', belly);
    map.focus('arm-left');
    map.focus('arm-right');
    expect(belly).not.toHaveBeenCalled();
    map.focus('belly');
    map.focus('head');
    expect(belly.mock.calls).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});

describe('createBodyMap: controlled values through sync', () => {
  it('keeps a controlled value until the host syncs a new one, and fires the request', () => {
    const onViewChange = vi.fn();
    const { map } = create({ view: 'front', onViewChange });
    map.setView('back');
    expect(onViewChange).toHaveBeenCalledWith('back');
    expect(map.getState().view).toBe('front');
    map.sync({ view: 'back', onViewChange });
    expect(map.getState().view).toBe('back');
    expect(onViewChange).toHaveBeenCalledTimes(1);
  });

  it('brings the view along for a synced selection drawn only in another view, without an event', () => {
    const onViewChange = vi.fn();
    const onSelectedRegionChange = vi.fn();
    const { map } = create({ selectedRegion: null, onViewChange, onSelectedRegionChange });
    map.sync({ selectedRegion: 'upper-back', onViewChange, onSelectedRegionChange });
    expect(map.getState()).toMatchObject({ view: 'back', selectedRegion: 'upper-back' });
    expect(onViewChange).not.toHaveBeenCalled();
    expect(onSelectedRegionChange).not.toHaveBeenCalled();
  });

  it('ignores an unknown controlled region or view, and warns when a value flips between controlled and not', () => {
    const { map, warn } = create({ selectedRegion: 'elbow', view: 'side' as never });
    expect(map.getState()).toMatchObject({ view: 'front', selectedRegion: null });
    map.sync({});
    expect(warn.mock.calls.map(([message]) => message as string)).toEqual([
      'Unknown view "side" in `view`; it is ignored. Views: front, back.',
      'Unknown region id "elbow" in `selectedRegion`; it is ignored.',
      '`view` changed from controlled to uncontrolled. Pass a value (or `null`) for the whole life of the map, or never pass one.',
      '`selectedRegion` changed from controlled to uncontrolled. Pass a value (or `null`) for the whole life of the map, or never pass one.',
    ]);
  });

  it('clamps a controlled transform and ignores one that is not a transform', () => {
    const { map } = create({ transform: { k: 20, x: 0, y: 0 } });
    expect(map.getState().transform.k).toBe(8);
    map.sync({ transform: { k: Number.NaN, x: 0, y: 0 } });
    expect(map.getState().transform).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('createBodyMap: zoom through the injected platform', () => {
  it('animates zoomBy frame by frame and builds on the goal of a running animation', () => {
    const onTransformChange = vi.fn();
    const { map, clock } = create({ onTransformChange });
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(1);
    clock.advance(100);
    const midway = map.getState().transform.k;
    expect(midway).toBeGreaterThan(1);
    expect(midway).toBeLessThan(2);
    map.zoomBy(2);
    clock.finish();
    expect(map.getState().transform.k).toBeCloseTo(4);
    expect(onTransformChange.mock.calls.length).toBeGreaterThan(2);
    expect(clock.pending()).toBe(0);
  });

  it('moves at once under reduced motion', () => {
    const clock = fakePlatform({ reducedMotion: true });
    const map = createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform });
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(2);
    expect(clock.pending()).toBe(0);
  });

  it('zooms to a region or a group, and names a target the view does not draw', () => {
    const { map, clock, warn } = create();
    expect(map.zoomTo('head')).toBe(true);
    clock.finish();
    const { k } = map.getState().transform;
    expect(k).toBeGreaterThan(1);
    expect(map.zoomTo('arms')).toBe(true);
    clock.finish();
    expect(map.getState().transform.k).toBeLessThan(k);
    expect(map.zoomTo('elbow')).toBe(false);
    expect(warn).toHaveBeenCalledWith('`zoomTo` "elbow" is not a region or group drawn in the front view; the zoom is left alone.', undefined);
  });

  it('stops an animation for a gesture, and ignores a gesture without a position', () => {
    const { map, clock } = create();
    map.zoomBy(4);
    clock.advance(50);
    map.setTransform({ k: 2, x: -100, y: -100 });
    expect(clock.pending()).toBe(0);
    expect(map.getState().transform).toEqual({ k: 2, x: -100, y: -100 });
    map.setTransform({ k: Number.NaN, x: 0, y: 0 });
    expect(map.getState().transform).toEqual({ k: 2, x: -100, y: -100 });
    map.resetZoom();
    clock.finish();
    expect(map.getState().transform).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('derives the drawn scale from the measured size', () => {
    const { map } = create({ transform: { k: 2, x: 0, y: 0 } });
    map.measure(1.5);
    expect(map.getState().scale).toBe(3);
  });

  it('zooms into a region before showing its detail view, then says the view is being entered', async () => {
    const atlas = {
      ...fixtureAtlas,
      regions: fixtureAtlas.regions.map((region) => (region.id === 'belly' ? { ...region, detailView: 'back' as const } : region)),
    };
    const { map, clock } = create({ atlas });
    map.select('belly');
    map.showDetail('belly');
    expect(map.getState().selectedRegion).toBeNull();
    expect(map.getState().view).toBe('front');
    clock.finish();
    expect(map.getState()).toMatchObject({ view: 'back', entering: 'back', transform: { k: 1, x: 0, y: 0 } });
    await settle();
    expect(map.getState().geometry?.view).toBe(backView);
  });
});

describe('createBodyMap: the zoom animation’s path, loaded on demand', () => {
  // A fresh copy of the controller, whose path has not loaded yet.
  async function freshCore() {
    vi.resetModules();
    const [controller, loadable] = await Promise.all([import('./create-body-map.js'), import('./loadable.js')]);
    return { ...controller, ...loadable };
  }
  afterEach(() => {
    vi.doUnmock('./zoom-path.js');
  });

  it('plays a zoom asked for before the path has loaded once it has, building on the goal of each press', async () => {
    const core = await freshCore();
    const clock = fakePlatform();
    const map = core.createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform });
    map.zoomBy(2);
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(1);
    expect(clock.pending()).toBe(0);
    await core.loadValue(core.loadZoomPath);
    expect(clock.pending()).toBe(1);
    clock.advance(100);
    const midway = map.getState().transform.k;
    expect(midway).toBeGreaterThan(1);
    expect(midway).toBeLessThan(4);
    clock.finish();
    expect(map.getState().transform.k).toBeCloseTo(4);
  });

  it('leaves a waiting zoom for a gesture made meanwhile', async () => {
    const core = await freshCore();
    const clock = fakePlatform();
    const map = core.createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform });
    map.zoomBy(4);
    map.setTransform({ k: 2, x: -100, y: -100 });
    await core.loadValue(core.loadZoomPath);
    expect(clock.pending()).toBe(0);
    expect(map.getState().transform).toEqual({ k: 2, x: -100, y: -100 });
  });

  it('moves at once under reduced motion, without loading the path', async () => {
    const core = await freshCore();
    const clock = fakePlatform({ reducedMotion: true });
    const map = core.createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform });
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(2);
    expect(core.peekLoadable(core.loadZoomPath)).toBeUndefined();
  });

  it('jumps to the goal when the path fails to load', async () => {
    vi.doMock('./zoom-path.js', () => {
      throw new Error('offline');
    });
    const core = await freshCore();
    const clock = fakePlatform();
    const onTransformChange = vi.fn();
    const map = core.createBodyMap({ atlas: fixtureAtlas, locales, platform: clock.platform, onTransformChange });
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(1);
    await expect(core.loadValue(core.loadZoomPath)).rejects.toThrow();
    expect(map.getState().transform.k).toBe(2);
    expect(onTransformChange).toHaveBeenCalledTimes(1);
    // Later zooms, with the path still missing, arrive at once too.
    map.zoomBy(2);
    expect(map.getState().transform.k).toBe(4);
    expect(clock.pending()).toBe(0);
  });
});

describe('createBodyMap: content', () => {
  const spanish: ContentPack = { ...fixtureContent, locale: 'es', labels: { ...fixtureContent.labels, head: 'Cabeza' } };

  it('resolves a locale loaded on demand, showing the last pack until it arrives', async () => {
    const { map } = create({ locales: { en: fixtureContent, es: () => Promise.resolve(spanish) }, locale: 'es' });
    expect(map.label('head')).toBe('Head');
    await settle();
    expect(map.label('head')).toBe('Cabeza');
    expect(map.getState().content.locale).toBe('es');
  });

  it('renders on the server what it can know there: on-demand parts as loading', async () => {
    const { map } = create({ locales: { en: fixtureContent, es: () => Promise.resolve(spanish) }, locale: 'es' });
    await settle();
    expect(map.getState().content.locale).toBe('es');
    expect(map.getServerState().content.locale).toBe('en');
    map.setView('back');
    await settle();
    expect(map.getState().geometry).not.toBeNull();
    expect(map.getServerState().geometry).toBeNull();
  });

  it('names an unknown locale and a pack that failed, and shows English', async () => {
    const { map, warn } = create({ locales: { en: fixtureContent, es: () => Promise.reject(new Error('offline')) }, locale: 'fr' });
    expect(warn).toHaveBeenCalledWith('Unknown locale "fr"; English is shown. Locales: en, es.', { input: 'locale', value: 'fr', expected: ['en', 'es'] });
    map.sync({ locale: 'es' });
    await settle();
    expect(map.getState().failedLoads).toEqual(['locale']);
    expect(warn).toHaveBeenCalledWith('The "es" content pack failed to load; English is shown.', undefined);
    expect(map.label('head')).toBe('Head');
  });

  it('lays the host content over the pack, and ignores content that is not a pack', () => {
    const { map, warn } = create({ content: { labels: { head: 'Skull' } } });
    expect(map.label('head')).toBe('Skull');
    map.sync({ content: 'nonsense' as never });
    expect(map.label('head')).toBe('Head');
    expect(warn).toHaveBeenCalledWith('`content` must be a content pack object, not string; it is ignored.', undefined);
  });

  it('needs a complete fallback pack, and says so', () => {
    expect(() => createBodyMap({ atlas: fixtureAtlas, locales: { es: () => Promise.resolve(spanish) } })).toThrow(/complete fallback content pack/);
  });
});

describe('createBodyMap: taps and gesture hints', () => {
  // Three points on the belly: two 10 units apart, one far from both.
  const atlas = {
    ...fixtureAtlas,
    regions: [
      ...fixtureAtlas.regions,
      { id: 'point-a', side: 'midline', group: 'points', views: ['front'] },
      { id: 'point-b', side: 'midline', group: 'points', views: ['front'] },
      { id: 'point-c', side: 'midline', group: 'points', views: ['front'] },
    ],
    views: {
      ...fixtureAtlas.views,
      front: {
        ...frontView,
        hotspots: [
          { region: 'point-a', point: [140, 150] },
          { region: 'point-b', point: [150, 150] },
          { region: 'point-c', point: [140, 260] },
        ],
      },
    },
  } satisfies BodyMapOptions['atlas'];

  it('zooms into crowded points on a first tap, about the point, and selects on the next', () => {
    const { map, clock } = create({ atlas });
    // 10 units apart at 1 CSS pixel per unit: 10 px, closer than one 24 px target.
    expect(map.tap('point-a')).toBe('zoomed');
    expect(map.getState().selectedRegion).toBeNull();
    clock.finish();
    const { transform } = map.getState();
    // Zoomed until the pair is 1.5 times one target apart: 36 px.
    expect(transform.k).toBeCloseTo(3.6, 5);
    // The tapped point stays where the finger is.
    expect(transform.x + 140 * transform.k).toBeCloseTo(140, 5);
    expect(transform.y + 150 * transform.k).toBeCloseTo(150, 5);
    expect(map.tap('point-a')).toBe('toggled');
    expect(map.getState().selectedRegion).toBe('point-a');
  });

  it('judges a tap during the zoom-in by the zoom being reached', () => {
    const { map, clock } = create({ atlas });
    map.tap('point-b');
    clock.advance(16);
    expect(map.tap('point-b')).toBe('toggled');
    expect(map.getState().selectedRegion).toBe('point-b');
  });

  it('counts the drawn size: a figure drawn larger needs less zoom, or none', () => {
    const { map, clock } = create({ atlas });
    map.measure(2);
    map.tap('point-a');
    clock.finish();
    expect(map.getState().transform.k).toBeCloseTo(1.8, 5);
    map.resetZoom();
    clock.finish();
    map.measure(3);
    expect(map.tap('point-b')).toBe('toggled');
  });

  it('selects at once a point with room around it, an area, and any point at full zoom', () => {
    const { map } = create({ atlas, defaultTransform: { k: 1, x: 0, y: 0 } });
    expect(map.tap('point-c')).toBe('toggled');
    expect(map.getState().selectedRegion).toBe('point-c');
    expect(map.tap('belly')).toBe('toggled');
    expect(map.getState().selectedRegion).toBe('belly');
    map.setTransform({ k: 8, x: -1000, y: -1000 });
    map.measure(0.25);
    expect(map.tap('point-a')).toBe('toggled');
    expect(map.getState().selectedRegion).toBe('point-a');
  });

  it('shows a gesture hint for a while, and hides it at once when a gesture moves the map', () => {
    const { map, clock } = create();
    map.showGestureHint('wheel');
    expect(map.getState().gestureHint).toBe('wheel');
    clock.advance(gestureHintDuration - 100);
    expect(map.getState().gestureHint).toBe('wheel');
    clock.advance(100);
    expect(map.getState().gestureHint).toBeNull();
    expect(clock.pending()).toBe(0);

    map.showGestureHint('touch');
    map.setTransform({ k: 2, x: 0, y: 0 });
    expect(map.getState().gestureHint).toBeNull();
    expect(clock.pending()).toBe(0);
  });

  it('starts the time again when a hint is shown again', () => {
    const { map, clock } = create();
    map.showGestureHint('wheel');
    clock.advance(gestureHintDuration - 100);
    map.showGestureHint('wheel');
    clock.advance(200);
    expect(map.getState().gestureHint).toBe('wheel');
    map.showGestureHint(null);
    expect(map.getState().gestureHint).toBeNull();
    expect(clock.pending()).toBe(0);
  });
});

describe('createBodyMap: loads ahead of need', () => {
  const panelLoader = (summary: string) => vi.fn(() => Promise.resolve({ ...fixtureContent.panels.head!, summary }) as Promise<PanelContent>);

  it('starts a region’s text (named by an alias) and the given loaders together, each once', async () => {
    const armText = panelLoader('The arm.');
    const code = vi.fn(() => Promise.resolve('code'));
    const { map } = create({ locales: { en: { ...fixtureContent, panels: { ...fixtureContent.panels, 'arm-left': armText } } } });
    map.prefetch({ regions: ['left-arm', 'nowhere'], loaders: [code] });
    map.prefetch({ regions: ['arm-left'], loaders: [code] });
    await settle();
    expect(armText).toHaveBeenCalledTimes(1);
    expect(code).toHaveBeenCalledTimes(1);
    // What was fetched ahead is there at once when the panel reads it.
    expect(readLoadable(armText)).toEqual({ status: 'loaded', value: expect.objectContaining({ summary: 'The arm.' }) });
  });

  it('starts the text of every panel in the view shown, and of no other view', async () => {
    const bellyText = panelLoader('The belly.');
    const backText = panelLoader('The upper back.');
    const { map } = create({ locales: { en: { ...fixtureContent, panels: { ...fixtureContent.panels, belly: bellyText, 'upper-back': backText } } } });
    map.prefetch({ view: true });
    await settle();
    expect(bellyText).toHaveBeenCalledTimes(1);
    expect(backText).not.toHaveBeenCalled();
  });

  it("starts the panel's words with a region's text, even one at hand, and not for a region the atlas lacks", async () => {
    const panelStrings = vi.fn(() => Promise.resolve(fixturePanelStrings));
    const { map } = create({ locales: { en: { ...fixtureContent, panelStrings } } });
    map.prefetch({ regions: ['nowhere'], loaders: [] });
    await settle();
    expect(panelStrings).not.toHaveBeenCalled();
    map.prefetch({ regions: ['head'] });
    map.prefetch({ regions: ['arm-left'] });
    await settle();
    expect(panelStrings).toHaveBeenCalledTimes(1);
    expect(readLoadable(panelStrings)).toEqual({ status: 'loaded', value: fixturePanelStrings });
  });

  it('fetches the text in the language shown', async () => {
    const english = panelLoader('The head.');
    const spanishText = panelLoader('La cabeza.');
    const es: ContentPack = { ...fixtureContent, locale: 'es', panels: { head: spanishText } };
    const { map } = create({
      locales: { en: { ...fixtureContent, panels: { ...fixtureContent.panels, head: english } }, es: () => Promise.resolve(es) },
      locale: 'es',
    });
    await settle();
    map.prefetch({ regions: ['head'] });
    await settle();
    expect(spanishText).toHaveBeenCalledTimes(1);
    expect(english).not.toHaveBeenCalled();
  });

  it('tries a failed load again on the next prefetch', async () => {
    let online = false;
    const code = vi.fn(() => (online ? Promise.resolve('code') : Promise.reject(new Error('offline'))));
    const { map } = create();
    map.prefetch({ loaders: [code] });
    await settle();
    expect(readLoadable(code).status).toBe('failed');
    online = true;
    map.prefetch({ loaders: [code] });
    await settle();
    expect(readLoadable(code)).toEqual({ status: 'loaded', value: 'code' });
  });

  it('waits for the page to be idle, and can be called off', async () => {
    const first = vi.fn(() => Promise.resolve(1));
    const second = vi.fn(() => Promise.resolve(2));
    const { map, clock } = create();
    map.prefetchWhenIdle({ loaders: [first] });
    const cancel = map.prefetchWhenIdle({ loaders: [second] });
    await settle();
    expect(first).not.toHaveBeenCalled();
    cancel();
    clock.idle();
    await settle();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('loads nothing on idle on a platform without idle callbacks', async () => {
    const code = vi.fn(() => Promise.resolve(1));
    const { platform } = fakePlatform();
    const { requestIdle: _request, ...withoutIdle } = platform;
    const map = createBodyMap({ atlas: fixtureAtlas, locales, platform: withoutIdle });
    map.prefetchWhenIdle({ loaders: [code] })();
    await settle();
    expect(code).not.toHaveBeenCalled();
  });
});

describe('createBodyMap: intake rules on demand', () => {
  it('loads its rules only in intake mode, and waits for them to act on a press', async () => {
    // Until they are here nothing can be marked, so a required form is not ready to be sent.
    const { map: required } = create({ mode: 'intake', required: true });
    expect(required.getState().invalidity).toBe('valueMissing');
    expect(required.getState().validationMessage).toBe('Mark at least one area.');
    const onValueChange = vi.fn();
    const { map } = create({ mode: 'explore', onValueChange });
    map.toggle('head');
    expect(map.getState().value).toEqual([]);
    map.sync({ mode: 'intake', onValueChange });
    map.toggle('head', 'keyboard');
    await vi.waitFor(() => expect(onValueChange).toHaveBeenCalledWith([{ region: 'head', intensity: 5, qualities: [], note: '' }]));
    expect(map.getState().value).toEqual([{ region: 'head', intensity: 5, qualities: [], note: '' }]);
  });
});

/** Intake mode's rules, loaded as a map in intake mode loads them, so that a test can press at once. */
async function intakeRulesLoaded() {
  const state = readLoadable(loadIntakeMode);
  if (state.status === 'loading') {
    await state.promise;
  }
}

describe('createBodyMap: intake mode', () => {
  beforeAll(intakeRulesLoaded);

  it('marks a region on a press, opening its editor for a pointer and not for a key', () => {
    const onValueChange = vi.fn();
    const { map } = create({ mode: 'intake', onValueChange });
    map.toggle('head', 'keyboard');
    expect(map.getState().value).toEqual([{ region: 'head', intensity: 5, qualities: [], note: '' }]);
    expect(map.getState().selectedRegion).toBeNull();
    expect(map.getState().announcement).toBe('Head: pain 5 of 10');
    map.toggle('belly', 'pointer');
    expect(map.getState().selectedRegion).toBe('belly');
    expect(onValueChange).toHaveBeenLastCalledWith([
      { region: 'head', intensity: 5, qualities: [], note: '' },
      { region: 'belly', intensity: 5, qualities: [], note: '' },
    ]);
  });

  it('closes the editor when its mark is removed, and says so', () => {
    const { map } = create({ mode: 'intake' });
    map.toggle('belly');
    map.setMark('belly', { intensity: 9 });
    expect(map.getState().announcement).toBe('Belly: pain 9 of 10');
    map.removeMark('belly');
    expect(map.getState().value).toEqual([]);
    expect(map.getState().selectedRegion).toBeNull();
    expect(map.getState().announcement).toBe('Belly: not marked');
  });

  it('still opens panels in explore mode, where it shows no marks, and keeps the value for intake mode', () => {
    const { map } = create({ defaultValue: [{ region: 'head', intensity: 2, qualities: [], note: '' }] });
    map.toggle('belly');
    expect(map.getState().selectedRegion).toBe('belly');
    expect(map.getState().value).toEqual([]);
    map.sync({ mode: 'intake' });
    expect(map.getState().value).toEqual([{ region: 'head', intensity: 2, qualities: [], note: '' }]);
  });

  it('follows a controlled value, reporting a person’s change without applying it', () => {
    const onValueChange = vi.fn();
    const { map } = create({ mode: 'intake', value: [], onValueChange });
    map.toggle('head', 'keyboard');
    expect(onValueChange).toHaveBeenCalledWith([{ region: 'head', intensity: 5, qualities: [], note: '' }]);
    expect(map.getState().value).toEqual([]);
    const value = [{ region: 'arm-left', intensity: 3, qualities: [], note: '' }] as const;
    map.sync({ mode: 'intake', value, onValueChange });
    expect(map.getState().value).toEqual(value);
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('names a bad entry of a value once and keeps the good ones', () => {
    const { map, warn } = create({ mode: 'intake', defaultValue: [{ region: 'head', intensity: 4, qualities: [], note: '' }, { region: 'tail', intensity: 4 }] as never });
    expect(map.getState().value.map((mark) => mark.region)).toEqual(['head']);
    expect(warn).toHaveBeenCalledWith('`defaultValue`: Mark 2 names "tail", which is not a region of this map; it was dropped.', undefined);
  });

  it('returns to the default value on reset', () => {
    const onValueChange = vi.fn();
    const defaultValue = [{ region: 'head', intensity: 4, qualities: [], note: '' }] as const;
    const { map } = create({ mode: 'intake', defaultValue, onValueChange });
    map.toggle('belly');
    map.resetValue();
    expect(map.getState().value).toEqual(defaultValue);
    expect(map.getState().selectedRegion).toBeNull();
    expect(onValueChange).toHaveBeenLastCalledWith(defaultValue);
  });

  it('takes a host’s value, as marks or their JSON, without reporting it as a change', () => {
    const onValueChange = vi.fn();
    const onSelectedRegionChange = vi.fn();
    const { map, warn } = create({ mode: 'intake', onValueChange, onSelectedRegionChange });
    map.toggle('belly', 'pointer');
    expect(map.getState().selectedRegion).toBe('belly');
    onValueChange.mockClear();
    onSelectedRegionChange.mockClear();
    map.setValue('[{"region":"head","intensity":7,"qualities":["sharp"],"note":"since Monday"},{"region":"tail","intensity":2}]');
    expect(map.getState().value).toEqual([{ region: 'head', intensity: 7, qualities: ['sharp'], note: 'since Monday' }]);
    // The editor of the mark that went closes, quietly.
    expect(map.getState().selectedRegion).toBeNull();
    expect(warn).toHaveBeenCalledWith('`value`: Mark 2 names "tail", which is not a region of this map; it was dropped.', undefined);
    map.setValue([{ region: 'arm-left', intensity: 3, qualities: [], note: '' }]);
    expect(map.getState().value.map((mark) => mark.region)).toEqual(['arm-left']);
    map.setValue('not json');
    expect(map.getState().value).toEqual([]);
    expect(warn).toHaveBeenCalledWith('`value`: The marks "not json" are not JSON; none were read.', undefined);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(onSelectedRegionChange).not.toHaveBeenCalled();
    // A reset still returns to the default value, not to the host's.
    map.setValue([{ region: 'head', intensity: 1, qualities: [], note: '' }]);
    map.resetValue();
    expect(map.getState().value).toEqual([]);
  });

  it('keeps the same empty value from one change to the next, so that parts reading it stay still', () => {
    const { map } = create({ mode: 'intake' });
    const before = map.getState().value;
    map.focus('belly');
    expect(map.getState().value).toBe(before);
  });

  it('toggles a mark on a tap', () => {
    const { map } = create({ mode: 'intake' });
    expect(map.tap('arm-left')).toBe('toggled');
    expect(map.getState().value.map((mark) => mark.region)).toEqual(['arm-left']);
    expect(map.getState().selectedRegion).toBe('arm-left');
  });
});

describe('createBodyMap: intake form constraints', () => {
  beforeAll(intakeRulesLoaded);

  it('says which constraint the value breaks, in the locale shown, and shows it once a submission is stopped', () => {
    const { map } = create({ mode: 'intake', required: true, max: 1 });
    expect(map.getState().invalidity).toBe('valueMissing');
    expect(map.getState().validationMessage).toBe('Mark at least one area.');
    expect(map.getState().validationShown).toBe(false);
    expect(map.reportValidity()).toBe(false);
    expect(map.getState().validationShown).toBe(true);
    expect(map.getState().announcement).toBe('Mark at least one area.');
    map.toggle('head', 'keyboard');
    expect(map.getState().invalidity).toBeNull();
    expect(map.getState().validationShown).toBe(false);
    map.toggle('belly', 'keyboard');
    expect(map.getState().validationMessage).toBe('Areas to mark: no more than 1.');
    expect(map.reportValidity()).toBe(false);
    map.resetValue();
    expect(map.getState().value).toEqual([]);
    expect(map.getState().validationShown).toBe(false);
  });

  it('has no constraints in explore mode', () => {
    const { map } = create({ required: true });
    expect(map.getState().invalidity).toBeNull();
    expect(map.reportValidity()).toBe(true);
  });
});

describe('createBodyMap: layers', () => {
  const layered = (options: Partial<BodyMapOptions> = {}) => create({ atlas: layeredAtlas, locales: { en: layeredContent }, ...options });

  it("starts on the areas layer and loads a layer's drawing of the view on demand", async () => {
    const onLayerChange = vi.fn();
    const { map } = layered({ onLayerChange });
    expect(map.getState().layer).toBe('areas');
    map.setLayer('muscles');
    expect(map.getState()).toMatchObject({ layer: 'muscles', geometry: null, announcement: 'Muscles shown' });
    await settle();
    expect(map.getState().geometry?.view).toBe(musclesFrontView);
    expect(map.getState().tabStop).toBe('muscle-biceps-left');
    expect(onLayerChange.mock.calls).toEqual([['muscles']]);
  });

  it('zooms a layer of small regions in until each holds a 24 px target, about the tab stop', async () => {
    const { map, clock } = layered();
    map.measure(0.5);
    map.setLayer('muscles');
    await settle();
    clock.finish();
    // 2 CSS px per unit at 0.5 px per unit takes a zoom of 4, centred on the biceps at (250, 150).
    expect(map.getState().scale).toBe(2);
    expect(map.getState().transform.k).toBe(4);
  });

  it("brings the muscle layer along when a muscle is selected, as an area's panel does", async () => {
    const onLayerChange = vi.fn();
    const { map } = layered({ onLayerChange });
    map.select('arm-left');
    map.select('muscle-biceps-left');
    expect(map.getState()).toMatchObject({ layer: 'muscles', selectedRegion: 'muscle-biceps-left' });
    expect(onLayerChange).toHaveBeenCalledWith('muscles');
    map.setLayer('areas');
    // The areas layer does not draw the muscle, so its panel closes.
    expect(map.getState()).toMatchObject({ layer: 'areas', selectedRegion: null });
  });

  it('follows a controlled layer and fires no change for it', () => {
    const onLayerChange = vi.fn();
    const { map } = layered({ layer: 'muscles', onLayerChange });
    expect(map.getState().layer).toBe('muscles');
    map.setLayer('areas');
    expect(map.getState().layer).toBe('muscles');
    expect(onLayerChange).toHaveBeenCalledWith('areas');
    map.sync({ layer: 'areas', onLayerChange });
    expect(map.getState().layer).toBe('areas');
    expect(onLayerChange).toHaveBeenCalledTimes(1);
  });

  it('names an unknown layer once and ignores it, as it does a layer the atlas lacks', () => {
    const { map, warn } = layered();
    map.setLayer('bones' as never);
    map.setLayer('bones' as never);
    expect(map.getState().layer).toBe('areas');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('Unknown layer "bones"');
    const plain = create();
    plain.map.setLayer('muscles');
    expect(plain.map.getState().layer).toBe('areas');
    expect(plain.warn.mock.calls[0]?.[0]).toContain('Layers: areas.');
  });
});
