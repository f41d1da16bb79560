import { atlas, locales } from '@bodymap/content';
import fc from 'fast-check';
import { layerView } from './atlas.js';
import { createBodyMap, loadZoomPath, type BodyMapPlatform, type BodyMapSnapshot } from './create-body-map.js';
import { loadValue, readLoadable } from './loadable.js';
import { layerIds, viewIds, type LayerId, type ViewId } from './region.js';
import { clampTransform, zoomLimits, type ZoomTransform } from './zoom.js';

const limits = zoomLimits(atlas.viewBox);
const knownIds: readonly string[] = atlas.regions.map((region) => region.id);
const aliases = atlas.regions.flatMap((region) => region.aliases ?? []);
const anyId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownIds) },
  { weight: 1, arbitrary: fc.constantFrom(...aliases, 'spine', 'reflexology') },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '__proto__', 'constructor', 'front')) },
);
const anyView = fc.oneof({ weight: 5, arbitrary: fc.constantFrom<string>(...viewIds) }, { weight: 1, arbitrary: fc.constantFrom('side', '') });
const anyTransform = fc.record({
  k: fc.oneof(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.constant(Number.NaN)),
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
});

type Action =
  | { readonly kind: 'select' | 'toggle' | 'focus' | 'zoomTo' | 'showDetail'; readonly id: string }
  | { readonly kind: 'close' | 'resetZoom' }
  | { readonly kind: 'setView'; readonly view: string }
  | { readonly kind: 'setLayer'; readonly layer: string }
  | { readonly kind: 'move'; readonly direction: 'up' | 'down' | 'left' | 'right' | 'first' | 'last' }
  | { readonly kind: 'zoomBy'; readonly factor: number }
  | { readonly kind: 'setTransform'; readonly transform: ZoomTransform }
  | { readonly kind: 'frames'; readonly count: number }
  | { readonly kind: 'sync'; readonly selectedRegion: string | null | undefined };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constantFrom('select' as const, 'toggle' as const, 'focus' as const, 'zoomTo' as const, 'showDetail' as const), id: anyId }),
  fc.record({ kind: fc.constantFrom('close' as const, 'resetZoom' as const) }),
  fc.record({ kind: fc.constant('setView' as const), view: anyView }),
  fc.record({ kind: fc.constant('setLayer' as const), layer: fc.constantFrom<string>(...layerIds, 'bones') }),
  fc.record({ kind: fc.constant('move' as const), direction: fc.constantFrom('up' as const, 'down' as const, 'left' as const, 'right' as const, 'first' as const, 'last' as const) }),
  fc.record({ kind: fc.constant('zoomBy' as const), factor: fc.double({ min: 1 / 16, max: 16, noNaN: true }) }),
  fc.record({ kind: fc.constant('setTransform' as const), transform: anyTransform }),
  fc.record({ kind: fc.constant('frames' as const), count: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('sync' as const), selectedRegion: fc.option(fc.option(anyId, { nil: null }), { nil: undefined }) }),
);

// Every view of every layer loaded before the runs, so each action sees its geometry at once, and
// the zoom animation's path, so each zoom animates frame by frame.
beforeAll(async () => {
  for (const views of [atlas.views, atlas.layers?.muscles ?? {}]) {
    for (const id of viewIds) {
      const state = readLoadable(views[id]!);
      if (state.status === 'loading') {
        await state.promise;
      }
    }
  }
  await loadValue(loadZoomPath);
});

function frames() {
  let time = 0;
  let queue: ((time: number) => void)[] = [];
  const platform: BodyMapPlatform = {
    now: () => time,
    requestFrame: (callback) => queue.push(callback),
    cancelFrame: (handle) => {
      queue[handle - 1] = () => undefined;
    },
    prefersReducedMotion: () => false,
  };
  const run = (count: number) => {
    for (let index = 0; index < count; index++) {
      time += 16;
      const due = queue;
      queue = [];
      due.forEach((frame) => frame(time));
    }
  };
  return { platform, run };
}

describe('createBodyMap under random actions', () => {
  it('keeps its state consistent and fires an event for each change it makes, and only then', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const clock = frames();
        const seen: { view: ViewId[]; layer: LayerId[]; selected: (string | null)[] } = { view: [], layer: [], selected: [] };
        const callbacks = {
          onViewChange: (view: ViewId) => seen.view.push(view),
          onLayerChange: (layer: LayerId) => seen.layer.push(layer),
          onSelectedRegionChange: (region: string | null) => seen.selected.push(region),
        };
        const map = createBodyMap({
          atlas: atlas,
          locales: locales,
          platform: clock.platform,
          warn: () => undefined,
          ...callbacks,
        });
        let synced = false;
        for (const step of actions) {
          const before: BodyMapSnapshot = map.getState();
          seen.view = [];
          seen.layer = [];
          seen.selected = [];
          switch (step.kind) {
            case 'select':
            case 'toggle':
            case 'focus':
            case 'showDetail':
              map[step.kind](step.id);
              break;
            case 'zoomTo':
              map.zoomTo(step.id);
              break;
            case 'close':
              map.close();
              break;
            case 'resetZoom':
              map.resetZoom();
              break;
            case 'setView':
              map.setView(step.view as ViewId);
              break;
            case 'setLayer':
              map.setLayer(step.layer as LayerId);
              break;
            case 'move':
              map.move(step.direction);
              break;
            case 'zoomBy':
              map.zoomBy(step.factor);
              break;
            case 'setTransform':
              map.setTransform(step.transform);
              break;
            case 'frames':
              clock.run(step.count);
              break;
            case 'sync':
              // Once controlled, a selection stays controlled: flipping is a host's mistake, warned of elsewhere.
              synced ||= step.selectedRegion !== undefined;
              map.sync({ ...callbacks, selectedRegion: synced ? (step.selectedRegion ?? null) : undefined });
              break;
            default:
              step satisfies never;
          }
          const after = map.getState();
          const { geometry } = after;
          // The view and layer are ones the atlas has, drawn (all views are loaded here).
          expect(viewIds).toContain(after.view);
          expect(layerIds).toContain(after.layer);
          expect(geometry?.view.id).toBe(after.view);
          const drawing = readLoadable(layerView(atlas, after.view, after.layer)!);
          expect(drawing.status === 'loaded' && geometry?.view === drawing.value).toBe(true);
          // A selection is a region's own id; the tab stop is a region the view draws.
          expect(after.selectedRegion === null || knownIds.includes(after.selectedRegion)).toBe(true);
          expect(after.tabStop !== null && geometry!.placeOf.has(after.tabStop)).toBe(true);
          // The zoom stays within its limits.
          expect(after.transform.k).toBeGreaterThanOrEqual(1);
          expect(after.transform.k).toBeLessThanOrEqual(8);
          const again = clampTransform(after.transform, limits);
          expect(Math.abs(again.x - after.transform.x) + Math.abs(again.y - after.transform.y)).toBeLessThan(1e-6);
          // Events: one per change the controller made, none for what the host synced in.
          if (step.kind === 'sync') {
            expect(seen).toEqual({ view: [], layer: [], selected: [] });
          } else {
            expect(seen.view).toEqual(after.view === before.view ? [] : [after.view]);
            expect(seen.layer).toEqual(after.layer === before.layer ? [] : [after.layer]);
            if (synced) {
              // A controlled selection changes only when the host says so; the event is the request.
              expect(seen.selected.length).toBeLessThanOrEqual(1);
            } else {
              expect(seen.selected).toEqual(after.selectedRegion === before.selectedRegion ? [] : [after.selectedRegion]);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
