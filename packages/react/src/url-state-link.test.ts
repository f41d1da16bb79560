import { createBodyMap, loadFinder, loadIntakeMode, loadRoutineMode, loadValue, loadZoomPath, readLoadable, type BodyMapOptions, type BodyMapPlatform, type ContentPack } from '@bodymap/core';
import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { routineContent } from '../../../tests/unit/routine-fixture.ts';
import { linkUrlState, readParameter, withParameter, type UrlStateWindow } from './url-state-link.js';

/** A frame queue the test runs by hand, shared by the map's animations and the link's writes. */
function frames() {
  let next = 1;
  let time = 0;
  const waiting = new Map<number, (time: number) => void>();
  const request = (callback: (time: number) => void) => {
    waiting.set(next, callback);
    return next++;
  };
  const cancel = (handle: number) => {
    waiting.delete(handle);
  };
  return {
    request,
    cancel,
    pending: () => waiting.size,
    /** Runs the frames that were waiting, 16 ms on. */
    step() {
      time += 16;
      const due = [...waiting.values()];
      waiting.clear();
      for (const callback of due) {
        callback(time);
      }
    },
    /** Runs frames until none is left. */
    finish() {
      for (let guard = 0; waiting.size > 0 && guard < 1000; guard++) {
        this.step();
      }
    },
    now: () => time,
  };
}

/** A page whose address and history are plain values, with a frame queue the test runs. */
function fakePage(address: string) {
  const queue = frames();
  const url = new URL(address, 'https://example.test');
  const entries: string[] = [`${url.pathname}${url.search}${url.hash}`];
  const routerState = { key: 'router' };
  const replaced: unknown[] = [];
  const page: UrlStateWindow = {
    location: {
      get pathname() {
        return url.pathname;
      },
      get search() {
        return url.search;
      },
      get hash() {
        return url.hash;
      },
    },
    history: {
      state: routerState,
      replaceState(data, _unused, next) {
        replaced.push(data);
        const parsed = new URL(next, url);
        url.pathname = parsed.pathname;
        url.search = parsed.search;
        url.hash = parsed.hash;
        entries[entries.length - 1] = next;
      },
    },
    requestAnimationFrame: (callback) => queue.request(() => callback()),
    cancelAnimationFrame: queue.cancel,
  };
  return { page, queue, entries, replaced, routerState, address: () => `${url.pathname}${url.search}${url.hash}` };
}

function create(queue: ReturnType<typeof frames>, options: Partial<BodyMapOptions> = {}) {
  const platform: BodyMapPlatform = { now: queue.now, requestFrame: queue.request, cancelFrame: queue.cancel, prefersReducedMotion: () => false };
  const warn = vi.fn();
  const map = createBodyMap({ atlas: fixtureAtlas, locales: { en: fixtureContent }, platform, warn, ...options });
  return { map, warn };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// The zoom animation's path, loaded as the viewport loads it ahead of the first gesture, so that a
// zoom's frames follow from the call.
beforeAll(async () => {
  await loadValue(loadZoomPath);
});

describe('withParameter', () => {
  it('sets one parameter in its place and keeps the others exactly as written', () => {
    expect(withParameter('?id=story%20one&bodymap=old&b=1+2', 'bodymap', 'view:back~zoom:2,-10,5')).toBe('?id=story%20one&bodymap=view:back~zoom:2,-10,5&b=1+2');
    expect(withParameter('', 'bodymap', 'region:arm-left')).toBe('?bodymap=region:arm-left');
    expect(withParameter('?a=1', 'map two', 'view:back')).toBe('?a=1&map%20two=view:back');
  });

  it('removes the parameter, and any repeat of it, for an empty value', () => {
    expect(withParameter('?bodymap=x&a=1&bodymap=y', 'bodymap', '')).toBe('?a=1');
    expect(withParameter('?bodymap=x', 'bodymap', '')).toBe('');
  });

  it('writes a note so that a browser reads it back as it was', () => {
    const search = withParameter('', 'bodymap', 'marks:knee-left,5,,Sore & stiff = 100%25? #2');
    expect(search).not.toContain('#');
    expect(readParameter(search, 'bodymap')).toBe('marks:knee-left,5,,Sore & stiff = 100%25? #2');
  });
});

describe('linkUrlState', () => {
  it('opens the map where the link says, through its own actions, and keeps the history entry', async () => {
    const { page, queue, entries } = fakePage('/article?utm=mail&bodymap=view:back~zoom:2,-100,-50~region:upper-back#map');
    const { map, warn } = create(queue);
    const onSelectedRegionChange = vi.fn();
    map.sync({ onSelectedRegionChange });
    linkUrlState(map, 'bodymap', page);
    await settle();
    expect(map.getState()).toMatchObject({ view: 'back', selectedRegion: 'upper-back', transform: { k: 2, x: -100, y: -50 } });
    expect(onSelectedRegionChange).toHaveBeenCalledWith('upper-back');
    expect(warn).not.toHaveBeenCalled();
    queue.finish();
    // The link said what the map shows, once the layer it left out is added; the entry is replaced, not added.
    expect(entries).toEqual(['/article?utm=mail&bodymap=view:back~layer:areas~zoom:2,-100,-50~region:upper-back#map']);
  });

  it('names what it ignored in one warning, opens the rest, and rewrites the link without it', () => {
    const { page, queue, address } = fakePage('/?bodymap=view:sideways~zoom:abc~region:arm-left~colour:red');
    const { map, warn } = create(queue);
    linkUrlState(map, 'bodymap', page);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      'The link\'s `bodymap` value has parts the map cannot use; they are ignored and the rest is kept: view "sideways" (not a view: front, back); zoom "abc" (not three numbers: scale, across, down); "colour:red" (not a part of the map a link keeps).',
    );
    expect(map.getState()).toMatchObject({ view: 'front', selectedRegion: 'arm-left' });
    queue.finish();
    expect(address()).toBe('/?bodymap=view:front~layer:areas~zoom:1,0,0~region:arm-left');
  });

  it('leaves a page without the parameter alone until the person changes the map', () => {
    const { page, queue, address, replaced, routerState } = fakePage('/shop?a=1');
    const { map } = create(queue);
    linkUrlState(map, 'bodymap', page);
    queue.finish();
    expect(address()).toBe('/shop?a=1');
    map.select('belly');
    expect(address()).toBe('/shop?a=1');
    queue.finish();
    expect(address()).toBe('/shop?a=1&bodymap=view:front~layer:areas~zoom:1,0,0~region:belly');
    // A router's own state in the entry survives the rewrite.
    expect(replaced).toEqual([routerState]);
  });

  it('writes a zoom once it has settled, not on every frame of its animation', () => {
    const { page, queue, replaced, address } = fakePage('/');
    const { map } = create(queue);
    linkUrlState(map, 'bodymap', page);
    map.zoomBy(2);
    for (let frame = 0; frame < 5; frame++) {
      queue.step();
    }
    expect(replaced).toHaveLength(0);
    queue.finish();
    expect(replaced).toHaveLength(1);
    expect(address()).toBe('/?bodymap=view:front~layer:areas~zoom:2,-150,-150');
  });

  it('writes nothing when a change leaves the link as it was', () => {
    const { page, queue, replaced } = fakePage('/?bodymap=view:front~layer:areas~zoom:1,0,0~region:belly');
    const { map } = create(queue);
    linkUrlState(map, 'bodymap', page);
    queue.finish();
    map.focus('head');
    queue.finish();
    expect(replaced).toHaveLength(0);
  });

  it('keeps several maps on one page apart, each under its own parameter', () => {
    const { page, queue, address } = fakePage('/?first=region:head&second=region:belly');
    const first = create(queue).map;
    const second = create(queue).map;
    linkUrlState(first, 'first', page);
    linkUrlState(second, 'second', page);
    expect(first.getState().selectedRegion).toBe('head');
    expect(second.getState().selectedRegion).toBe('belly');
    second.close();
    queue.finish();
    expect(address()).toBe('/?first=view:front~layer:areas~zoom:1,0,0~region:head&second=view:front~layer:areas~zoom:1,0,0');
  });

  it('stops writing once stopped', () => {
    const { page, queue, replaced } = fakePage('/');
    const { map } = create(queue);
    const stop = linkUrlState(map, 'bodymap', page);
    map.select('head');
    stop();
    queue.finish();
    expect(replaced).toHaveLength(0);
  });

  it('carries a symptom and a routine step through, as the link gave them', () => {
    const { page, queue, address } = fakePage('/?bodymap=symptom:tension-headache~routine:tension-headache,2');
    const { map } = create(queue);
    linkUrlState(map, 'bodymap', page);
    map.select('head');
    queue.finish();
    expect(address()).toBe('/?bodymap=view:front~layer:areas~zoom:1,0,0~region:head~symptom:tension-headache~routine:tension-headache,2');
  });

  it('in intake mode, restores the marks once intake mode has loaded, and keeps them in the link meanwhile', async () => {
    // A comma in a note is escaped in the value, and that escape again in the address.
    const link = `/${withParameter('', 'bodymap', 'marks:arm-left,7,aching.stiff,At night%2C mostly')}`;
    expect(link).toBe('/?bodymap=marks:arm-left,7,aching.stiff,At%20night%252C%20mostly');
    const { page, queue } = fakePage(link);
    const { map, warn } = create(queue, { mode: 'intake' });
    linkUrlState(map, 'bodymap', page);
    queue.finish();
    expect(readParameter(page.location.search, 'bodymap')).toBe('view:front~layer:areas~zoom:1,0,0~marks:arm-left,7,aching.stiff,At night%2C mostly');
    const state = readLoadable(loadIntakeMode);
    if (state.status === 'loading') {
      await state.promise;
    }
    await settle();
    expect(map.getState().value).toEqual([{ region: 'arm-left', intensity: 7, qualities: ['aching', 'stiff'], note: 'At night, mostly' }]);
    expect(warn).not.toHaveBeenCalled();
    map.setMark('belly', { intensity: 3 });
    queue.finish();
    expect(readParameter(page.location.search, 'bodymap')).toBe(
      'view:front~layer:areas~zoom:1,0,0~marks:arm-left,7,aching.stiff,At night%2C mostly!belly,3',
    );
  });

  it('outside intake mode, ignores marks with a warning', () => {
    const { page, queue } = fakePage('/?bodymap=marks:arm-left,7');
    const { map, warn } = create(queue);
    linkUrlState(map, 'bodymap', page);
    expect(warn).toHaveBeenCalledWith(
      'The link\'s `bodymap` value has parts the map cannot use; they are ignored and the rest is kept: marks "1" (marks are read only in intake mode).',
      undefined,
    );
    expect(map.getState().value).toEqual([]);
  });

  describe('with the finder and a routine', () => {
    const reason = (region: string) => ({ region, reason: 'Tension is felt here.', evidence: 'mixed', sources: ['a-review'] }) as const;
    const content: ContentPack = {
      ...routineContent(),
      symptoms: () =>
        Promise.resolve({
          strings: { options: 'Symptoms', noMatch: 'Nothing for “{query}”', matched: '{symptom}: {count} areas shown', cleared: 'Symptom cleared', clear: 'Clear' },
          symptoms: [{ id: 'back-ache', name: 'Back ache', synonyms: [], shows: 'Head and upper back', noteHeading: 'For back ache', regions: [reason('head'), reason('upper-back')] }],
        }),
    };
    beforeAll(async () => {
      await Promise.all([loadValue(loadFinder), loadValue(loadRoutineMode)]);
    });

    it("marks a linked symptom's regions and leaves open the panel the link names", async () => {
      const { page, queue, address } = fakePage('/?bodymap=view:back~region:upper-back~symptom:back-ache');
      const { map, warn } = create(queue, { locales: { en: content } });
      linkUrlState(map, 'bodymap', page);
      for (let round = 0; round < 5; round++) {
        await settle();
      }
      expect(map.getState()).toMatchObject({ symptom: 'back-ache', matches: ['head', 'upper-back'], selectedRegion: 'upper-back', view: 'back' });
      expect(warn).not.toHaveBeenCalled();
      queue.finish();
      expect(address()).toContain('~symptom:back-ache');
    });

    it('opens the step a link names once the routine has loaded, and writes the steps taken after', async () => {
      const { page, queue, address } = fakePage('/?bodymap=routine:test-routine,2');
      const { map } = create(queue, { locales: { en: content }, routine: 'test-routine' });
      linkUrlState(map, 'bodymap', page);
      for (let round = 0; round < 5; round++) {
        await settle();
      }
      expect(map.getState().routine).toMatchObject({ status: 'shown', step: 1 });
      map.setRoutineStep('next');
      queue.finish();
      expect(address()).toContain('~routine:test-routine,3');
    });

    it('keeps the step of a link to another routine than the one shown', async () => {
      const { page, queue, address } = fakePage('/?bodymap=routine:other-routine,2');
      const { map } = create(queue, { locales: { en: content }, routine: 'test-routine' });
      linkUrlState(map, 'bodymap', page);
      for (let round = 0; round < 5; round++) {
        await settle();
      }
      expect(map.getState().routine).toMatchObject({ status: 'shown', step: 0 });
      map.select('head');
      queue.finish();
      expect(address()).toContain('~routine:test-routine,1');
    });
  });
});
