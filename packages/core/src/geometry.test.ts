import { bounds, centroid, polygonPath, smoothClosedPath } from './geometry.js';
import { readLoadable, retryLoadable } from './loadable.js';

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
