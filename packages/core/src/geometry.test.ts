import { atlas } from '@bodymap/content';
import { curveCatmullRom, curveCatmullRomClosed, line } from 'd3-shape';
import fc from 'fast-check';
import type { AtlasView, ViewBoxPoint } from './atlas.js';
import { bounds, centroid, polygonPath, smoothClosedPath, smoothOpenPath } from './geometry.js';
import { readLoadable, retryLoadable } from './loadable.js';
import { viewIds } from './region.js';

// The reference: d3-shape's centripetal Catmull-Rom, which the map drew with before it wrote its own.
const d3Closed = (points: readonly ViewBoxPoint[]) => line<ViewBoxPoint>().curve(curveCatmullRomClosed.alpha(0.5)).digits(2)(points as ViewBoxPoint[]) ?? '';
const d3Open = (points: readonly ViewBoxPoint[]) => line<ViewBoxPoint>().curve(curveCatmullRom.alpha(0.5)).digits(2)(points as ViewBoxPoint[]) ?? '';

const square = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
] as const;

describe('geometry', () => {
  it('computes centroid and bounds in viewBox units', () => {
    expect(centroid(square)).toEqual([5, 5]);
    expect(bounds(square)).toEqual({ x: 0, y: 0, width: 10, height: 10 });
  });

  it('draws polygons with straight edges and outlines as smooth curves through every point', () => {
    expect(polygonPath(square)).toBe('M0,0L10,0L10,10L0,10Z');
    const smooth = smoothClosedPath(square);
    expect(smooth).toMatch(/^M[^C]+C/);
    const curveEnds = [...smooth.matchAll(/C(?:[-\d.]+,){4}([-\d.]+,[-\d.]+)/g)].map((match) => match[1]);
    expect(curveEnds.sort()).toEqual(['0,0', '0,10', '10,0', '10,10']);
  });
});

describe('smooth paths', () => {
  it('draw every outline and line of the bundled atlas exactly as d3-shape does', async () => {
    for (const id of viewIds) {
      const state = readLoadable(atlas.views[id]!);
      const view: AtlasView = state.status === 'loading' ? await state.promise : state.status === 'loaded' ? state.value : (undefined as never);
      for (const outline of view.silhouette) {
        expect(smoothClosedPath(outline)).toBe(d3Closed(outline));
      }
      for (const detail of view.details) {
        expect(detail.closed ? smoothClosedPath(detail.points) : smoothOpenPath(detail.points)).toBe((detail.closed ? d3Closed : d3Open)(detail.points));
      }
    }
  });

  it('match d3-shape for any points, repeated ones and fewer than three included', () => {
    const coordinate = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1000, max: 1000, noNaN: true }));
    const points = fc.array(fc.tuple(coordinate, coordinate), { maxLength: 12 }).chain((list) =>
      // Repeats, which the curve must step over without dividing by zero.
      fc.constantFrom(list, list.flatMap((point, index) => (index % 3 === 0 ? [point, point] : [point]))),
    );
    fc.assert(
      fc.property(points, (list) => {
        expect(smoothClosedPath(list)).toBe(d3Closed(list));
        expect(smoothOpenPath(list)).toBe(d3Open(list));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readLoadable', () => {
  it('returns present values at once and caches loaded ones per loader', async () => {
    expect(readLoadable(42)).toEqual({ status: 'loaded', value: 42 });
    const loader = vi.fn(() => Promise.resolve('text'));
    const first = readLoadable(loader);
    expect(first.status).toBe('loading');
    await (first.status === 'loading' ? first.promise : undefined);
    expect(readLoadable(loader)).toEqual({ status: 'loaded', value: 'text' });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('remembers a failure until retried', async () => {
    let attempts = 0;
    const loader = () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok'));
    const first = readLoadable(loader);
    await (first.status === 'loading' ? first.promise.catch(() => undefined) : undefined);
    expect(readLoadable(loader).status).toBe('failed');
    retryLoadable(loader);
    const second = readLoadable(loader);
    await (second.status === 'loading' ? second.promise : undefined);
    expect(readLoadable(loader)).toEqual({ status: 'loaded', value: 'ok' });
  });
});
