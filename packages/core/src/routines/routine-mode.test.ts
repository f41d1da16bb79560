import { fixtureAtlas, fixtureContent, fixturePanelStrings } from '../../../../tests/unit/fixture.ts';
import { fixtureRoutines, routineContent } from '../../../../tests/unit/routine-fixture.ts';
import type { ContentPack } from '../content.js';
import { createBodyMap, loadRoutineMode, loadZoomPath, type BodyMapOptions } from '../create-body-map.js';
import { loadValue, readLoadable } from '../loadable.js';
import type { RoutinePack, RoutineSnapshot } from './routine.js';
import { fakePlatform } from '../../../../tests/unit/fake-platform.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Routines' code, loaded once for the file as the first map showing a routine would load it, so that each test waits only for its pack;
// and the zoom animation's path, as a binding loads it ahead of the first gesture.
beforeAll(async () => {
  const state = readLoadable(loadRoutineMode);
  if (state.status === 'loading') {
    await state.promise;
  }
  await loadValue(loadZoomPath);
});

function create(options: Partial<BodyMapOptions> = {}, { reducedMotion = true, content = routineContent() } = {}) {
  const clock = fakePlatform({ reducedMotion });
  const warn = vi.fn();
  const map = createBodyMap({ atlas: fixtureAtlas, locales: { en: content }, platform: clock.platform, warn, ...options });
  return { map, clock, warn };
}

/** A map showing the fixture routine, its code loaded. */
async function shown(options: Partial<BodyMapOptions> = {}, settings: { reducedMotion?: boolean; content?: ContentPack } = {}) {
  const made = create({ routine: 'test-routine', ...options }, settings);
  await settle();
  await settle();
  return made;
}

const routineOf = (snapshot: RoutineSnapshot | null) => {
  if (snapshot?.status !== 'shown') {
    throw new Error(`No routine is shown: ${JSON.stringify(snapshot)}`);
  }
  return snapshot;
};

describe('createBodyMap: routines on demand', () => {
  it('reads no routine, and loads nothing for one, without `routine`', () => {
    const routines = vi.fn(() => Promise.resolve(fixtureRoutines));
    const { map } = create({}, { content: routineContent(routines) });
    map.setRoutineStep('next');
    map.startRoutineTimer();
    expect(map.getState().routine).toBeNull();
    expect(routines).not.toHaveBeenCalled();
  });

  it('loads the routines with the first map that shows one, and shows its first step', async () => {
    const routines = vi.fn(() => Promise.resolve(fixtureRoutines));
    const { map } = create({ routine: 'test-routine' }, { content: routineContent(routines) });
    expect(map.getState().routine).toEqual({ status: 'loading' });
    await settle();
    await settle();
    const routine = routineOf(map.getState().routine);
    expect(routines).toHaveBeenCalledTimes(1);
    expect(routine.routine.title).toBe('A short routine');
    expect(routine).toMatchObject({ step: 0, timer: 'idle', timeLeft: 30 });
  });

  it('renders a routine as still loading on a server', () => {
    const { map } = create({ routine: 'test-routine' }, { content: routineContent(() => Promise.resolve(fixtureRoutines)) });
    expect(map.getServerState().routine).toEqual({ status: 'loading' });
  });

  it('names an unknown routine once and shows none, the map working on', async () => {
    const { map, warn } = await shown({ routine: 'no-such-routine' });
    map.sync({ routine: 'no-such-routine' });
    expect(map.getState().routine).toBeNull();
    expect(warn.mock.calls.filter(([message]) => String(message).includes('no-such-routine'))).toEqual([
      ['Unknown routine "no-such-routine" in `routine`; no routine is shown. Routines: test-routine.', undefined],
    ]);
    expect(map.select('head')).toBe(true);
  });

  it('says a failed load failed, and loads it again on retry', async () => {
    let fail = true;
    const routines = () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(fixtureRoutines));
    const { map } = create({ routine: 'test-routine' }, { content: routineContent(routines) });
    await settle();
    await settle();
    expect(map.getState().routine).toEqual({ status: 'failed' });
    fail = false;
    map.retryLoads();
    await settle();
    await settle();
    expect(routineOf(map.getState().routine).routine.id).toBe('test-routine');
  });

  it("waits for the panel's words it shows, and says when they failed to load, loading them again on retry", async () => {
    let fail = true;
    const panelStrings = () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ ...fixturePanelStrings, disclaimer: 'Loaded with the routine.' }));
    const { map } = create({ routine: 'test-routine' }, { content: { ...routineContent(), panelStrings } });
    await settle();
    await settle();
    expect(map.getState().routine).toEqual({ status: 'failed' });
    fail = false;
    map.retryLoads();
    await settle();
    await settle();
    const routine = routineOf(map.getState().routine);
    expect(routine.panelStrings.disclaimer).toBe('Loaded with the routine.');
    expect(routine.panelStrings.techniqueNames['self-massage']).toBe(fixturePanelStrings.techniqueNames['self-massage']);
  });

  it('says a pack without routines failed, rather than loading for ever', () => {
    const { map } = create({ routine: 'test-routine' }, { content: fixtureContent });
    expect(map.getState().routine).toEqual({ status: 'failed' });
  });
});

describe('createBodyMap: stepping through a routine', () => {
  it('zooms to the first step’s region and gives it the tab stop', async () => {
    const { map } = await shown();
    const state = map.getState();
    expect(state.tabStop).toBe('head');
    // The head, 100 units square at the top middle, is fitted: larger than the whole figure and centred on it.
    expect(state.transform.k).toBeGreaterThan(1);
    expect(150 * state.transform.k + state.transform.x).toBeCloseTo(150);
  });

  it('moves step by step, switching to the view that draws each region and zooming to it there', async () => {
    const onRoutineStepChange = vi.fn();
    const onViewChange = vi.fn();
    const { map } = await shown({ onRoutineStepChange, onViewChange });
    const before = map.getState().transform;
    map.setRoutineStep('next');
    expect(onRoutineStepChange).toHaveBeenLastCalledWith(1);
    expect(routineOf(map.getState().routine)).toMatchObject({ step: 1, timeLeft: 60 });
    expect(map.getState().announcement).toBe('Step 2 of 3: Upper back');
    // The upper back is drawn only in the back view, which loads on demand; the zoom waits for it.
    expect(map.getState().view).toBe('back');
    expect(onViewChange).toHaveBeenLastCalledWith('back');
    await settle();
    const state = map.getState();
    expect(state.geometry?.view.id).toBe('back');
    expect(state.tabStop).toBe('upper-back');
    expect(state.transform).not.toEqual(before);
    // The upper back's middle (150, 150) is in the middle of the view.
    expect(150 * state.transform.k + state.transform.x).toBeCloseTo(150);
    expect(150 * state.transform.k + state.transform.y).toBeCloseTo(150);
    map.setRoutineStep('previous');
    expect(map.getState().view).toBe('front');
    expect(onRoutineStepChange).toHaveBeenLastCalledWith(0);
  });

  it('stays at either end without reporting a change', async () => {
    const onRoutineStepChange = vi.fn();
    const { map } = await shown({ onRoutineStepChange });
    map.setRoutineStep('previous');
    map.setRoutineStep(2);
    map.setRoutineStep('next');
    expect(routineOf(map.getState().routine).step).toBe(2);
    expect(onRoutineStepChange.mock.calls).toEqual([[2]]);
  });

  it('animates the zoom to each step, unless the person prefers reduced motion', async () => {
    const { map, clock } = await shown({}, { reducedMotion: false });
    const start = map.getState().transform;
    clock.run(1000);
    const fitted = map.getState().transform;
    expect(fitted).not.toEqual(start);
    map.setRoutineStep(2);
    expect(map.getState().transform).toEqual(fitted);
    clock.run(1000);
    expect(map.getState().transform).not.toEqual(fitted);
  });

  it('starts at `defaultRoutineStep`, and follows a controlled `routineStep`', async () => {
    const { map: uncontrolled } = await shown({ defaultRoutineStep: 2 });
    expect(routineOf(uncontrolled.getState().routine).step).toBe(2);
    expect(uncontrolled.getState().tabStop).toBe('arm-left');

    const onRoutineStepChange = vi.fn();
    const { map } = await shown({ routineStep: 0, onRoutineStepChange });
    map.setRoutineStep('next');
    expect(onRoutineStepChange).toHaveBeenCalledWith(1);
    // Controlled: the step moves only when the host passes it.
    expect(routineOf(map.getState().routine).step).toBe(0);
    map.sync({ routine: 'test-routine', routineStep: 1, onRoutineStepChange });
    expect(routineOf(map.getState().routine).step).toBe(1);
    expect(map.getState().view).toBe('back');
  });

  it('names a step it cannot show once, and shows the nearest one it can', async () => {
    const { map, warn } = await shown({ routineStep: 7 });
    map.sync({ routine: 'test-routine', routineStep: 7 });
    expect(routineOf(map.getState().routine).step).toBe(2);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('routineStep'))).toHaveLength(1);
    map.sync({ routine: 'test-routine', routineStep: -1 });
    expect(warn).toHaveBeenLastCalledWith('`routineStep` -1 is not a step number (0, 1, 2…); it is ignored.', undefined);
  });
});

describe('createBodyMap: a step’s timer', () => {
  it('counts down on the platform’s clock, publishing each second rather than each frame', async () => {
    const { map, clock } = await shown();
    const listener = vi.fn();
    map.subscribe((state) => state.routine, listener);
    map.startRoutineTimer();
    expect(routineOf(map.getState().routine)).toMatchObject({ timer: 'running', timeLeft: 30 });
    expect(map.getState().announcement).toBe('Timer started: Head');
    listener.mockClear();
    clock.run(3000);
    expect(routineOf(map.getState().routine).timeLeft).toBe(27);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('pauses with the time left, and resumes from it', async () => {
    const { map, clock } = await shown();
    map.startRoutineTimer();
    clock.run(10_000);
    map.pauseRoutineTimer();
    expect(routineOf(map.getState().routine)).toMatchObject({ timer: 'paused', timeLeft: 20 });
    expect(clock.pending()).toBe(0);
    clock.run(60_000);
    expect(routineOf(map.getState().routine).timeLeft).toBe(20);
    map.startRoutineTimer();
    clock.run(5000);
    expect(routineOf(map.getState().routine)).toMatchObject({ timer: 'running', timeLeft: 15 });
  });

  it('announces the end of the step once, and not each second before it', async () => {
    const { map, clock } = await shown();
    map.startRoutineTimer();
    const announcements = new Set<string>();
    map.subscribe((state) => state.announcement, (announcement) => announcements.add(announcement));
    clock.run(29_000);
    expect(announcements).toEqual(new Set());
    clock.run(1000);
    expect(routineOf(map.getState().routine)).toMatchObject({ timer: 'finished', timeLeft: 0 });
    expect([...announcements]).toEqual(['Time is up: Head']);
    expect(clock.pending()).toBe(0);
  });

  it('sets the timer back when the step changes', async () => {
    const { map, clock } = await shown();
    map.startRoutineTimer();
    clock.run(4000);
    map.setRoutineStep('next');
    expect(routineOf(map.getState().routine)).toMatchObject({ step: 1, timer: 'idle', timeLeft: 60 });
    clock.run(4000);
    expect(routineOf(map.getState().routine).timeLeft).toBe(60);
  });
});

describe('createBodyMap: a routine pack with mistakes', () => {
  it('names each bad step once, drops it and shows the rest', async () => {
    const [first, second, third] = fixtureRoutines.routines['test-routine']!.steps;
    const pack: RoutinePack = {
      ...fixtureRoutines,
      routines: {
        'test-routine': {
          ...fixtureRoutines.routines['test-routine']!,
          steps: [first!, { ...second!, region: 'no-such-region' }, { ...third!, pressure: 9 as 1 }],
        },
      },
    };
    const { map, warn } = await shown({}, { content: routineContent(pack) });
    const routine = routineOf(map.getState().routine);
    expect(routine.routine.steps).toEqual([first]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("an unknown region 'no-such-region'"), undefined);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pressure 9, not a whole number from 1 to 5'), undefined);
  });
});
