import type { RegionModel } from './region.js';
import {
  closePanel,
  createStore,
  focusEdge,
  focusRegion,
  moveFocus,
  selectRegion,
  setTransform,
  setView,
  toggleRegion,
  type BodyMapState,
} from './store.js';
import { identityTransform } from './zoom.js';

const regions: RegionModel[] = [
  { id: 'shoulder-left', side: 'left', group: 'shoulders', views: ['front', 'back'] },
  { id: 'chest-left', side: 'left', group: 'chest', views: ['front'] },
  { id: 'spine-lumbar', side: 'midline', group: 'spine', views: ['back'], aliases: ['lumbar-spine'] },
];

const initial: BodyMapState = { view: 'front', layer: 'areas', selectedRegion: null, focusedRegion: null, transform: identityTransform };
const zoomed = { k: 2, x: -150, y: -100 };

describe('createStore', () => {
  it('notifies subscribers of a new state and not of the same state', () => {
    const store = createStore(initial);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setState(initial);
    expect(listener).not.toHaveBeenCalled();
    const next = { ...initial, view: 'back' as const };
    store.setState(next);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toBe(next);
    unsubscribe();
    store.setState(initial);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('selectRegion', () => {
  it('selects and focuses a region drawn in the current view', () => {
    expect(selectRegion(initial, 'chest-left', regions)).toEqual({
      view: 'front',
      layer: 'areas',
      selectedRegion: 'chest-left',
      focusedRegion: 'chest-left',
      transform: identityTransform,
    });
  });

  it('switches to a view that draws the region', () => {
    expect(selectRegion(initial, 'spine-lumbar', regions).view).toBe('back');
  });

  it('resolves aliases to the canonical id', () => {
    expect(selectRegion(initial, 'lumbar-spine', regions).selectedRegion).toBe('spine-lumbar');
  });

  it('ignores an unknown id', () => {
    expect(selectRegion(initial, 'tail', regions)).toBe(initial);
  });
});

describe('toggleRegion and closePanel', () => {
  it('closes the panel when the open region is chosen again, keeping focus there', () => {
    const open = selectRegion(initial, 'chest-left', regions);
    expect(toggleRegion(open, 'chest-left', regions)).toEqual({ ...open, selectedRegion: null });
    expect(toggleRegion(open, 'shoulder-left', regions).selectedRegion).toBe('shoulder-left');
  });

  it('closes the panel when the open region is chosen again by an alias', () => {
    const open = selectRegion(initial, 'spine-lumbar', regions);
    expect(toggleRegion(open, 'lumbar-spine', regions)).toEqual({ ...open, selectedRegion: null });
  });

  it('returns the same state when nothing is open', () => {
    expect(closePanel(initial)).toBe(initial);
  });
});

describe('setView', () => {
  it('keeps a selection the new view also draws', () => {
    const open = selectRegion(initial, 'shoulder-left', regions);
    expect(setView(open, 'back', regions).selectedRegion).toBe('shoulder-left');
  });

  it('drops a selection and focus the new view does not draw', () => {
    const open = selectRegion(initial, 'chest-left', regions);
    expect(setView(open, 'back', regions)).toEqual({ view: 'back', layer: 'areas', selectedRegion: null, focusedRegion: null, transform: identityTransform });
  });

  it('starts the new view whole, and leaves the zoom alone when the view stays', () => {
    const inBack = setTransform(setView(initial, 'back', regions), zoomed);
    expect(setView(inBack, 'front', regions).transform).toEqual(identityTransform);
    expect(setView(inBack, 'back', regions)).toBe(inBack);
    expect(selectRegion(inBack, 'shoulder-left', regions).transform).toBe(zoomed);
    expect(selectRegion(inBack, 'chest-left', regions)).toMatchObject({ view: 'front', transform: identityTransform });
  });
});

describe('setTransform', () => {
  it('changes the zoom, and returns the same state for an equal one', () => {
    const next = setTransform(initial, zoomed);
    expect(next.transform).toEqual(zoomed);
    expect(setTransform(next, { ...zoomed })).toBe(next);
  });
});

describe('focus movement', () => {
  const points = [
    { id: 'shoulder-left', point: [200, 100] as const },
    { id: 'chest-left', point: [180, 160] as const },
  ];

  it('moves focus by direction and stays at the edge', () => {
    const focused = focusRegion(initial, 'shoulder-left');
    expect(moveFocus(focused, 'down', points).focusedRegion).toBe('chest-left');
    expect(moveFocus(focused, 'up', points)).toBe(focused);
  });

  it('starts from the first region in reading order when nothing has focus', () => {
    expect(moveFocus(initial, 'down', points).focusedRegion).toBe('chest-left');
    expect(focusEdge(initial, 'last', points).focusedRegion).toBe('chest-left');
    expect(focusEdge(initial, 'first', points).focusedRegion).toBe('shoulder-left');
  });
});
