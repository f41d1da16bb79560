import { findRegion, layerOf, type LayerId, type RegionModel, type ViewId } from './region.js';
import { nearestInDirection, readingOrder, type Direction, type NavigationPoint } from './navigation.js';
import { identityTransform, type ZoomTransform } from './zoom.js';

/** Everything that changes while someone uses a map. A panel is open exactly when a region is selected. */
export interface BodyMapState<Id extends string = string> {
  readonly view: ViewId;
  /** The layer drawn: the body's areas, or its muscles. */
  readonly layer: LayerId;
  readonly selectedRegion: Id | null;
  /** The region holding the map's single tab stop. */
  readonly focusedRegion: Id | null;
  /** The zoom and pan of the current view; each view starts whole. */
  readonly transform: ZoomTransform;
}

export interface Store<State> {
  readonly getState: () => State;
  readonly setState: (next: State) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A minimal external store: immutable states, synchronous listeners, no framework. */
export function createStore<State>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(next) {
      if (Object.is(next, state)) {
        return;
      }
      state = next;
      for (const listener of [...listeners]) {
        listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Selects a region and opens its panel, switching to a view and layer that draw it when needed. */
export function selectRegion<Id extends string>(
  state: BodyMapState<Id>,
  id: Id,
  regions: readonly RegionModel<Id>[],
): BodyMapState<Id> {
  const region = findRegion(regions, id);
  if (!region) {
    return state;
  }
  const view = region.views.includes(state.view) ? state.view : (region.views[0] ?? state.view);
  const layer = layerOf(region);
  const transform = view === state.view && layer === state.layer ? state.transform : identityTransform;
  return { view, layer, selectedRegion: region.id, focusedRegion: region.id, transform };
}

/** Selecting the open region again (by id or alias) closes its panel, as a second press of a toggle would. */
export function toggleRegion<Id extends string>(
  state: BodyMapState<Id>,
  id: Id,
  regions: readonly RegionModel<Id>[],
): BodyMapState<Id> {
  const open = state.selectedRegion === id || findRegion(regions, id)?.id === state.selectedRegion;
  return open ? closePanel(state) : selectRegion(state, id, regions);
}

export function closePanel<Id extends string>(state: BodyMapState<Id>): BodyMapState<Id> {
  return state.selectedRegion === null ? state : { ...state, selectedRegion: null };
}

/** Changes view; selection and focus survive only if the new view draws their region. */
export function setView<Id extends string>(
  state: BodyMapState<Id>,
  view: ViewId,
  regions: readonly RegionModel<Id>[],
): BodyMapState<Id> {
  if (view === state.view) {
    return state;
  }
  const keep = (id: Id | null) => (id !== null && findRegion(regions, id)?.views.includes(view) ? id : null);
  return { ...state, view, selectedRegion: keep(state.selectedRegion), focusedRegion: keep(state.focusedRegion), transform: identityTransform };
}

/** Changes layer; selection and focus survive only if the new layer draws their region. */
export function setLayer<Id extends string>(
  state: BodyMapState<Id>,
  layer: LayerId,
  regions: readonly RegionModel<Id>[],
): BodyMapState<Id> {
  if (layer === state.layer) {
    return state;
  }
  const keep = (id: Id | null) => {
    const region = id === null ? undefined : findRegion(regions, id);
    return region !== undefined && layerOf(region) === layer ? region.id : null;
  };
  return { ...state, layer, selectedRegion: keep(state.selectedRegion), focusedRegion: keep(state.focusedRegion) };
}

/** Sets the zoom; the caller keeps it within limits (see `clampTransform`). */
export function setTransform<Id extends string>(state: BodyMapState<Id>, transform: ZoomTransform): BodyMapState<Id> {
  const { k, x, y } = state.transform;
  return transform.k === k && transform.x === x && transform.y === y ? state : { ...state, transform };
}

export function focusRegion<Id extends string>(state: BodyMapState<Id>, id: Id): BodyMapState<Id> {
  return state.focusedRegion === id ? state : { ...state, focusedRegion: id };
}

/** Moves the tab stop to the nearest region in a direction; stays put at the edge of the figure. */
export function moveFocus<Id extends string>(
  state: BodyMapState<Id>,
  direction: Direction,
  points: readonly NavigationPoint<Id>[],
): BodyMapState<Id> {
  const from = state.focusedRegion ?? readingOrder(points)[0];
  if (from === undefined) {
    return state;
  }
  const next = nearestInDirection(points, from, direction) ?? from;
  return focusRegion(state, next);
}

/** Moves the tab stop to the first or last region in reading order. */
export function focusEdge<Id extends string>(
  state: BodyMapState<Id>,
  edge: 'first' | 'last',
  points: readonly NavigationPoint<Id>[],
): BodyMapState<Id> {
  const order = readingOrder(points);
  const target = edge === 'first' ? order[0] : order[order.length - 1];
  return target === undefined ? state : focusRegion(state, target);
}
