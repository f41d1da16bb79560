import type { ContentPack, PanelContent } from '@bodymap/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { armPanel, fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';

// Each load records when it starts and waits for the test to let it finish, so a test can tell
// loads started together from loads started one after another.
const loads = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const state = {
    started: [] as string[],
    /** Loads still under way, which a test waits for before the next one starts afresh. */
    pending: [] as Promise<unknown>[],
    gate: Promise.resolve(),
    close() {
      state.gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    open: () => open(),
  };
  return state;
});

class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.instances.push(this);
  }
  watching = false;
  observe() {
    this.watching = true;
  }
  disconnect() {
    this.watching = false;
  }
  /** The map comes into (or stays out of) sight. */
  static show(isIntersecting: boolean) {
    for (const observer of FakeIntersectionObserver.instances.filter((instance) => instance.watching)) {
      observer.callback([{ isIntersecting }]);
    }
  }
}

let idleCallbacks: (() => void)[] = [];
const runIdle = () => {
  const due = idleCallbacks;
  idleCallbacks = [];
  for (const callback of due) {
    callback();
  }
};
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/**
 * The page goes idle and the code starts loading, on the real clock (a module's first import needs
 * it); then the test takes the clock, to tell how long the map has been in sight.
 */
async function codeUnderWay() {
  runIdle();
  await vi.waitFor(() => expect([...loads.started].sort()).toEqual(['gestures', 'panel code', 'zoom path']));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}
/** Moves the test's clock on, and lets what that started begin. */
async function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
  await act(() => Promise.resolve());
}

let armText: ReturnType<typeof vi.fn<() => Promise<PanelContent>>>;

async function renderMap() {
  // A fresh copy of the modules each time, so that nothing is loaded yet.
  vi.resetModules();
  // Registered afresh each time: a factory given once would hand every later test its cached module.
  for (const [path, kind] of [
    ['./panel-popover.js', 'panel code'],
    ['./zoom-gestures.js', 'gestures'],
    ['../../core/src/zoom-path.js', 'zoom path'],
  ] as const) {
    vi.doMock(path, (importOriginal) => {
      loads.started.push(kind);
      const loaded = loads.gate.then(() => importOriginal());
      loads.pending.push(loaded);
      return loaded;
    });
  }
  const { BodyMap } = await import('./body-map.js');
  armText = vi.fn(async () => {
    loads.started.push('text');
    await loads.gate;
    return { ...armPanel, summary: 'The left arm, loaded ahead.' };
  });
  const content: ContentPack = { ...fixtureContent, panels: { ...fixtureContent.panels, 'arm-left': armText } };
  render(<BodyMap atlas={fixtureAtlas} content={content} />);
  await flush();
}

beforeEach(() => {
  loads.started = [];
  loads.close();
  FakeIntersectionObserver.instances = [];
  idleCallbacks = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.useRealTimers();
  loads.open();
  await Promise.allSettled(loads.pending);
  loads.pending = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loads ahead of the first tap', () => {
  it('starts nothing while the map is out of sight and the page busy', async () => {
    await renderMap();
    act(() => FakeIntersectionObserver.show(false));
    await flush();
    expect(loads.started).toEqual([]);
  });

  it('starts the panel code, the gestures and the zoom animation’s path together when the map comes into sight', async () => {
    await renderMap();
    act(() => FakeIntersectionObserver.show(true));
    await flush();
    // All have started while none has finished.
    expect([...loads.started].sort()).toEqual(['gestures', 'panel code', 'zoom path']);
    // Coming into sight again, or the page going idle later, starts nothing more.
    act(() => FakeIntersectionObserver.show(true));
    runIdle();
    await flush();
    expect(loads.started).toHaveLength(3);
  });

  it('starts the view’s texts once the map has stayed in sight for a second', async () => {
    await renderMap();
    await codeUnderWay();
    act(() => FakeIntersectionObserver.show(true));
    await advance(999);
    expect(loads.started).not.toContain('text');
    await advance(1);
    expect(loads.started).toContain('text');
  });

  it('starts no text for a reader who scrolls past the map', async () => {
    await renderMap();
    await codeUnderWay();
    act(() => FakeIntersectionObserver.show(true));
    await advance(600);
    act(() => FakeIntersectionObserver.show(false));
    await advance(2000);
    expect(loads.started).not.toContain('text');
  });

  it('starts no text ahead for a visitor who asked to save data', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      await renderMap();
      await codeUnderWay();
      act(() => FakeIntersectionObserver.show(true));
      await advance(2000);
      expect(loads.started).not.toContain('text');
    } finally {
      Reflect.deleteProperty(navigator, 'connection');
    }
  });

  it('leaves the view’s texts to each region’s hover where the pointer can hover', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(any-hover: hover)' }));
    await renderMap();
    await codeUnderWay();
    act(() => FakeIntersectionObserver.show(true));
    await advance(2000);
    expect(loads.started).not.toContain('text');
    fireEvent.pointerOver(screen.getByRole('button', { name: 'Left arm' }));
    await advance(0);
    expect(loads.started).toContain('text');
  });

  it('starts them when the page is idle, if that comes first', async () => {
    await renderMap();
    expect(idleCallbacks).toHaveLength(1);
    runIdle();
    await flush();
    expect([...loads.started].sort()).toEqual(['gestures', 'panel code', 'zoom path']);
  });

  it('starts a region’s text with the code when it is pressed, and the panel shows it', async () => {
    await renderMap();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Left arm' }));
    await flush();
    expect([...loads.started].sort()).toEqual(['gestures', 'panel code', 'text', 'zoom path']);
    expect(armText).toHaveBeenCalledTimes(1);
    loads.open();
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Left arm' }));
    expect(await screen.findByText('The left arm, loaded ahead.')).toBeInTheDocument();
    expect(armText).toHaveBeenCalledTimes(1);
  });

  it('starts the text of the region focus reaches', async () => {
    await renderMap();
    act(() => screen.getByRole('button', { name: 'Left arm' }).focus());
    await flush();
    expect(loads.started).toContain('text');
  });
});
