import { atlas } from '@bodymap/content';
import fc from 'fast-check';
import { layerView, regionPlaces, unionBounds, type AtlasView, type RegionPlace, type ViewBoxPoint } from './atlas.js';
import type { Bounds } from './geometry.js';
import { loadZoomPath } from './create-body-map.js';
import { loadValue, readLoadable } from './loadable.js';
import { nearestInDirection, readingOrder, type Direction, type NavigationPoint } from './navigation.js';
import { findRegion, layerIds, layerOf, viewIds, type LayerId, type RegionModel, type ViewId } from './region.js';
import {
  closePanel,
  focusEdge,
  focusRegion,
  moveFocus,
  selectRegion,
  setLayer,
  setTransform,
  setView,
  toggleRegion,
  type BodyMapState,
} from './store.js';
import {
  clampTransform,
  fitBounds,
  identityTransform,
  invertPoint,
  zoomAbout,
  zoomLimits,
  type ZoomLimits,
  type ZoomTransform,
} from './zoom.js';

// Widened to plain strings: the map's public API (`useBodyMap().toggleRegion`) takes any string.
const regions: readonly RegionModel[] = atlas.regions;
const limits = zoomLimits(atlas.viewBox);
const { viewport } = limits;
const directions: readonly Direction[] = ['up', 'down', 'left', 'right'];
const tolerance = 1e-9;
// Shrinking doubles can take minutes; past the cap fast-check reports the smallest failure found so far.
const runs = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 15_000 });

// By view and layer: each layer draws each view with regions of its own.
type Drawing = `${ViewId} ${LayerId}`;
const places = new Map<Drawing, RegionPlace[]>();
const drawn = new Map<Drawing, ReadonlySet<string>>();
const placesOf = ({ view, layer }: Pick<BodyMapState, 'view' | 'layer'>) => places.get(`${view} ${layer}`)!;
const drawnIn = (view: ViewId, layer: LayerId) => drawn.get(`${view} ${layer}`)!;

async function loadView(id: ViewId, layer: LayerId): Promise<AtlasView> {
  const state = readLoadable(layerView(atlas, id, layer)!);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}

// The zoom animation's path, which the controller loads on demand.
let interpolateTransform: Awaited<ReturnType<typeof loadZoomPath>>;

beforeAll(async () => {
  for (const id of viewIds) {
    for (const layer of layerIds) {
      const all = regionPlaces(await loadView(id, layer));
      places.set(`${id} ${layer}`, all);
      drawn.set(`${id} ${layer}`, new Set(all.map((place) => place.id)));
    }
  }
  interpolateTransform = await loadValue(loadZoomPath);
});

const finite = ({ k, x, y }: ZoomTransform) => Number.isFinite(k) && Number.isFinite(x) && Number.isFinite(y);
const near = (a: number, b: number, within = tolerance) => Math.abs(a - b) <= within * Math.max(1, Math.abs(a), Math.abs(b));

function expectWithinLimits(transform: ZoomTransform, bounds: ZoomLimits = limits) {
  expect(finite(transform)).toBe(true);
  expect(transform.k).toBeGreaterThanOrEqual(bounds.scaleExtent[0]);
  expect(transform.k).toBeLessThanOrEqual(bounds.scaleExtent[1]);
  // The visible area stays on the figure along each axis, or is centred on it when the figure is the smaller.
  const { viewport: shown, translateExtent: edge } = bounds;
  const [left, top] = invertPoint(transform, [shown.x, shown.y]);
  const [right, bottom] = invertPoint(transform, [shown.x + shown.width, shown.y + shown.height]);
  const axis = (low: number, high: number, start: number, size: number) => {
    const slack = tolerance * Math.max(1, Math.abs(start) + size);
    return high - low <= size ? low >= start - slack && high <= start + size + slack : near((low + high) / 2, start + size / 2);
  };
  expect({ x: axis(left, right, edge.x, edge.width), y: axis(top, bottom, edge.y, edge.height) }).toEqual({ x: true, y: true });
  const again = clampTransform(transform, bounds);
  expect({ k: near(again.k, transform.k), x: near(again.x, transform.x), y: near(again.y, transform.y) }).toEqual({ k: true, x: true, y: true });
}

/** Moving in a direction must make progress that way, never drift backwards. */
function ahead(from: ViewBoxPoint, to: ViewBoxPoint, direction: Direction): number {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  return { up: -dy, down: dy, left: -dx, right: dx }[direction];
}

// -- Events, as the map produces them --------------------------------------------------------

const knownIds = regions.map((region) => region.id);
const aliases = regions.flatMap((region) => region.aliases ?? []);
const anyId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownIds) },
  { weight: 1, arbitrary: fc.constantFrom(...aliases) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '__proto__', 'constructor', 'toString', 'front', 'shoulder')) },
);
const viewPoint = fc.tuple(
  fc.double({ min: viewport.x - 100, max: viewport.x + viewport.width + 100, noNaN: true }),
  fc.double({ min: viewport.y - 100, max: viewport.y + viewport.height + 100, noNaN: true }),
);
const factor = fc.oneof(fc.constantFrom(0.5, 2, 1 / 1.5, 1.5, 1), fc.double({ min: 1 / 32, max: 32, noNaN: true }));
const rawTransform = fc.record({
  k: fc.double({ min: 0.01, max: 50, noNaN: true }),
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
});
// Indices into the current view's places, taken modulo their count when applied.
const someIndices = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

type Event =
  | { readonly kind: 'select' | 'toggle'; readonly id: string }
  | { readonly kind: 'again'; readonly name: number }
  | { readonly kind: 'close' }
  | { readonly kind: 'view'; readonly view: ViewId }
  | { readonly kind: 'layer'; readonly layer: LayerId }
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'move'; readonly direction: Direction }
  | { readonly kind: 'edge'; readonly edge: 'first' | 'last' }
  | { readonly kind: 'pan'; readonly transform: ZoomTransform }
  | { readonly kind: 'zoom'; readonly factor: number; readonly about: ViewBoxPoint }
  | { readonly kind: 'fit'; readonly indices: readonly number[]; readonly padding: number | null }
  | { readonly kind: 'frame'; readonly indices: readonly number[]; readonly t: number };

const event: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ kind: fc.constant('select' as const), id: anyId }),
  fc.record({ kind: fc.constant('toggle' as const), id: anyId }),
  // A second press on the open region, by its id or any of its aliases: rare by chance otherwise.
  fc.record({ kind: fc.constant('again' as const), name: fc.nat() }),
  fc.constant({ kind: 'close' as const }),
  fc.record({ kind: fc.constant('view' as const), view: fc.constantFrom(...viewIds) }),
  fc.record({ kind: fc.constant('layer' as const), layer: fc.constantFrom(...layerIds) }),
  fc.record({ kind: fc.constant('focus' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), direction: fc.constantFrom(...directions) }),
  fc.record({ kind: fc.constant('edge' as const), edge: fc.constantFrom('first' as const, 'last' as const) }),
  fc.record({ kind: fc.constant('pan' as const), transform: rawTransform }),
  fc.record({ kind: fc.constant('zoom' as const), factor, about: viewPoint }),
  fc.record({ kind: fc.constant('fit' as const), indices: someIndices, padding: fc.option(fc.double({ min: 0, max: 200, noNaN: true })) }),
  fc.record({ kind: fc.constant('frame' as const), indices: someIndices, t: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function boxOf(state: BodyMapState, indices: readonly number[]): Bounds {
  const all = placesOf(state);
  return unionBounds(indices.map((index) => all[index % all.length]!.bounds))!;
}

/** The margin `fit` uses in the React zoom controller: a point gets a neighbourhood, an area a margin. */
const fitMargin = (box: Bounds) => Math.max(24, 0.12 * Math.max(box.width, box.height));

/** The ids and aliases that name the open region, or the id of the first region when none is open. */
function namesOfSelected(state: BodyMapState): string[] {
  const region = findRegion(regions, state.selectedRegion ?? knownIds[0]!)!;
  return [region.id, ...(region.aliases ?? [])];
}

function apply(state: BodyMapState, step: Event): BodyMapState {
  const points = placesOf(state);
  switch (step.kind) {
    case 'select':
      return selectRegion(state, step.id, regions);
    case 'toggle':
      return toggleRegion(state, step.id, regions);
    case 'again':
      return toggleRegion(state, namesOfSelected(state)[step.name % namesOfSelected(state).length]!, regions);
    case 'close':
      return closePanel(state);
    case 'view':
      return setView(state, step.view, regions);
    case 'layer':
      return setLayer(state, step.layer, regions);
    case 'focus':
      // Focus arrives from a drawn region's element, so only drawn regions can take it.
      return focusRegion(state, points[step.index % points.length]!.id);
    case 'move':
      return moveFocus(state, step.direction, points);
    case 'edge':
      return focusEdge(state, step.edge, points);
    case 'pan':
      return setTransform(state, clampTransform(step.transform, limits));
    case 'zoom':
      return setTransform(state, zoomAbout(state.transform, step.factor, step.about, limits));
    case 'fit': {
      const box = boxOf(state, step.indices);
      return setTransform(state, fitBounds(box, limits, step.padding ?? fitMargin(box)));
    }
    case 'frame': {
      // One animation frame towards a fitted box, clamped as the controller clamps every frame.
      const box = boxOf(state, step.indices);
      const path = interpolateTransform(state.transform, fitBounds(box, limits, fitMargin(box)), viewport);
      return setTransform(state, clampTransform(path(step.t), limits));
    }
    default:
      return step satisfies never;
  }
}

function expectInvariants(state: BodyMapState) {
  expect(viewIds).toContain(state.view);
  expect(layerIds).toContain(state.layer);
  const shown = drawnIn(state.view, state.layer);
  if (state.selectedRegion !== null) {
    // Canonical id, not an alias, and drawn where the person is looking.
    expect(findRegion(regions, state.selectedRegion)?.id).toBe(state.selectedRegion);
    expect({ selected: state.selectedRegion, drawn: shown.has(state.selectedRegion) }).toEqual({ selected: state.selectedRegion, drawn: true });
  }
  if (state.focusedRegion !== null) {
    expect(findRegion(regions, state.focusedRegion)?.id).toBe(state.focusedRegion);
    expect({ focused: state.focusedRegion, drawn: shown.has(state.focusedRegion) }).toEqual({ focused: state.focusedRegion, drawn: true });
  }
  expectWithinLimits(state.transform);
}

/** What each event promises beyond the invariants. */
function expectTransition(before: BodyMapState, step: Event, after: BodyMapState) {
  switch (step.kind) {
    case 'select':
    case 'toggle':
    case 'again': {
      const name = step.kind === 'again' ? namesOfSelected(before)[step.name % namesOfSelected(before).length]! : step.id;
      const region = findRegion(regions, name);
      if (!region) {
        expect(after).toBe(before);
        return;
      }
      if (step.kind !== 'select' && before.selectedRegion === region.id) {
        expect(after).toEqual({ ...before, selectedRegion: null });
        return;
      }
      const stays = drawnIn(before.view, before.layer).has(region.id);
      expect(after).toEqual({
        view: region.views.includes(before.view) ? before.view : region.views[0],
        layer: layerOf(region),
        selectedRegion: region.id,
        focusedRegion: region.id,
        transform: stays ? before.transform : identityTransform,
      });
      return;
    }
    case 'close':
      if (before.selectedRegion === null) {
        expect(after).toBe(before);
      } else {
        expect(after).toEqual({ ...before, selectedRegion: null });
      }
      return;
    case 'view': {
      if (step.view === before.view) {
        expect(after).toBe(before);
        return;
      }
      const keep = (id: string | null) => (id !== null && drawnIn(step.view, before.layer).has(id) ? id : null);
      expect(after).toEqual({
        view: step.view,
        layer: before.layer,
        selectedRegion: keep(before.selectedRegion),
        focusedRegion: keep(before.focusedRegion),
        transform: identityTransform,
      });
      return;
    }
    case 'layer': {
      if (step.layer === before.layer) {
        expect(after).toBe(before);
        return;
      }
      // A layer keeps the view and its zoom, and whatever of the selection and focus it draws there.
      const keep = (id: string | null) => (id !== null && drawnIn(before.view, step.layer).has(id) ? id : null);
      expect(after).toEqual({ ...before, layer: step.layer, selectedRegion: keep(before.selectedRegion), focusedRegion: keep(before.focusedRegion) });
      return;
    }
    case 'move': {
      const points = placesOf(before);
      const from = points.find((place) => place.id === (before.focusedRegion ?? readingOrder(points)[0]))!;
      const to = points.find((place) => place.id === after.focusedRegion)!;
      expect(to).toBeDefined();
      if (to.id !== from.id) {
        expect(ahead(from.point, to.point, step.direction)).toBeGreaterThan(0.5);
      }
      expect({ ...after, focusedRegion: before.focusedRegion }).toEqual(before);
      return;
    }
    case 'edge':
    case 'focus':
      expect({ ...after, focusedRegion: before.focusedRegion }).toEqual(before);
      return;
    case 'pan':
    case 'zoom':
    case 'fit':
    case 'frame':
      expect({ ...after, transform: before.transform }).toEqual(before);
      return;
    default:
      return step satisfies never;
  }
}

describe('the store under long random sequences of events on the real atlas', () => {
  it('keeps selection, focus, view and zoom valid after every step', () => {
    fc.assert(
      fc.property(fc.constantFrom(...viewIds), fc.array(event, { maxLength: 200 }), (startView, steps) => {
        let state: BodyMapState = { view: startView, layer: 'areas', selectedRegion: null, focusedRegion: null, transform: identityTransform };
        for (const step of steps) {
          const next = apply(state, step);
          expectTransition(state, step, next);
          expectInvariants(next);
          state = next;
        }
      }),
      runs(150),
    );
  });

  it('ignores ids that name no region, returning the very same state', () => {
    const unknown = fc.string({ maxLength: 16 }).filter((id) => findRegion(regions, id) === undefined);
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), unknown, (steps, id) => {
        const state = steps.reduce(apply, { view: 'front', layer: 'areas', selectedRegion: null, focusedRegion: null, transform: identityTransform } as BodyMapState);
        expect(selectRegion(state, id, regions)).toBe(state);
        expect(toggleRegion(state, id, regions)).toBe(state);
        // A stale tab stop that names nothing stays put rather than jumping.
        const stale = { ...state, focusedRegion: id };
        for (const direction of directions) {
          expect(moveFocus(stale, direction, placesOf(state))).toBe(stale);
        }
      }),
      runs(150),
    );
  });
});

describe('arrow-key navigation', () => {
  it('on the real atlas, moves only to drawn regions, and only forwards, in every layer', () => {
    for (const [view, layer] of viewIds.flatMap((id) => layerIds.map((each) => [id, each] as const))) {
      const points = placesOf({ view, layer });
      for (const from of points) {
        for (const direction of directions) {
          const state: BodyMapState = { view, layer, selectedRegion: null, focusedRegion: from.id, transform: identityTransform };
          const target = points.find((place) => place.id === moveFocus(state, direction, points).focusedRegion);
          expect(target).toBeDefined();
          if (target!.id !== from.id) {
            expect({ from: from.id, direction, progress: ahead(from.point, target!.point, direction) > 0.5 }).toEqual({ from: from.id, direction, progress: true });
          }
        }
      }
    }
  });

  it('on any layout, finds a region ahead whenever one exists, and only then', () => {
    const layout = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), point: fc.tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -1000, max: 1000, noNaN: true })) }),
      { minLength: 1, maxLength: 30, selector: (point) => point.id },
    );
    fc.assert(
      fc.property(layout, fc.nat(), fc.constantFrom(...directions), (points: NavigationPoint[], index, direction) => {
        const from = points[index % points.length]!;
        const next = nearestInDirection(points, from.id, direction);
        const anyAhead = points.some((candidate) => candidate.id !== from.id && ahead(from.point, candidate.point, direction) > 0.5);
        expect(next !== null).toBe(anyAhead);
        if (next !== null) {
          const target = points.find((candidate) => candidate.id === next)!;
          expect(ahead(from.point, target.point, direction)).toBeGreaterThan(0.5);
        }
      }),
      runs(200),
    );
  });
});

describe('zoom maths', () => {
  const extent = fc
    .record({
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
      width: fc.double({ min: 1, max: 2000, noNaN: true }),
      height: fc.double({ min: 1, max: 2000, noNaN: true }),
    });
  const anyLimits: fc.Arbitrary<ZoomLimits> = fc
    .record({
      viewport: extent,
      translateExtent: extent,
      scale: fc.tuple(fc.double({ min: 0.05, max: 4, noNaN: true }), fc.double({ min: 1, max: 16, noNaN: true })),
    })
    .map(({ viewport: box, translateExtent, scale: [a, b] }) => ({ viewport: box, translateExtent, scaleExtent: [Math.min(a, a * b), a * b] as const }));
  const withinLimits = rawTransform.map((transform) => clampTransform(transform, limits));

  it('clampTransform is idempotent and lands within any limits', () => {
    fc.assert(
      fc.property(rawTransform, anyLimits, (transform, bounds) => {
        expectWithinLimits(clampTransform(transform, bounds), bounds);
      }),
      runs(200),
    );
  });

  it('zoomAbout keeps the figure point under the pointer fixed unless pressed against an edge', () => {
    fc.assert(
      fc.property(withinLimits, factor, viewPoint, (transform, by, about) => {
        const zoomed = zoomAbout(transform, by, about, limits);
        expectWithinLimits(zoomed);
        const [bx, by0] = invertPoint(transform, about);
        const [ax, ay] = invertPoint(zoomed, about);
        if (near(ax, bx, 1e-9) && near(ay, by0, 1e-9)) {
          return;
        }
        // It moved, so the clamp must have pushed the visible area back against the figure's edge.
        const [left, top] = invertPoint(zoomed, [viewport.x, viewport.y]);
        const [right, bottom] = invertPoint(zoomed, [viewport.x + viewport.width, viewport.y + viewport.height]);
        const edge = limits.translateExtent;
        const touching =
          near(left, edge.x) || near(top, edge.y) || near(right, edge.x + edge.width) || near(bottom, edge.y + edge.height);
        expect(touching).toBe(true);
      }),
      runs(200),
    );
  });

  it('zooming in about a point inside the viewport never needs clamping, so the point stays put', () => {
    const inside = fc.tuple(
      fc.double({ min: viewport.x, max: viewport.x + viewport.width, noNaN: true }),
      fc.double({ min: viewport.y, max: viewport.y + viewport.height, noNaN: true }),
    );
    fc.assert(
      fc.property(withinLimits, fc.double({ min: 1, max: 32, noNaN: true }), inside, (transform, by, about) => {
        const zoomed = zoomAbout(transform, by, about, limits);
        const [bx, byy] = invertPoint(transform, about);
        const [ax, ay] = invertPoint(zoomed, about);
        expect({ x: near(ax, bx), y: near(ay, byy) }).toEqual({ x: true, y: true });
      }),
      runs(200),
    );
  });

  it('interpolateTransform starts at `from`, ends exactly at `to`, and stays finite between', () => {
    fc.assert(
      fc.property(withinLimits, withinLimits, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), (from, to, ts) => {
        const path = interpolateTransform(from, to, viewport);
        expect(Number.isFinite(path.duration)).toBe(true);
        expect(path.duration).toBeGreaterThanOrEqual(0);
        const start = path(0);
        expect({ k: near(start.k, from.k), x: near(start.x, from.x, 1e-7), y: near(start.y, from.y, 1e-7) }).toEqual({ k: true, x: true, y: true });
        expect(path(1)).toBe(to);
        for (const t of [...ts, 0.25, 0.5, 0.75]) {
          const step = path(t);
          expect(finite(step)).toBe(true);
          expect(step.k).toBeGreaterThan(0);
        }
      }),
      runs(200),
    );
  });
});
