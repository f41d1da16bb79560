import { loadZoomPath } from './create-body-map.js';
import { loadValue } from './loadable.js';
import {
  clampTransform,
  fitBounds,
  gestureOwner,
  identityTransform,
  invertPoint,
  separatingFactor,
  tapSpacing,
  revealInside,
  transformAttribute,
  transformBounds,
  transformPoint,
  zoomAbout,
  zoomLimits,
  type ZoomLimits,
  type ZoomTransform,
} from './zoom.js';

const viewport = { x: 0, y: 0, width: 300, height: 640 };
const limits: ZoomLimits = zoomLimits(viewport);

const visible = (transform: ZoomTransform, bounds: { x: number; y: number; width: number; height: number }) => {
  const [left, top] = transformPoint(transform, [bounds.x, bounds.y]);
  const [right, bottom] = transformPoint(transform, [bounds.x + bounds.width, bounds.y + bounds.height]);
  return { left, top, right, bottom };
};

describe('transformPoint and invertPoint', () => {
  it('are inverse', () => {
    const transform = { k: 2.5, x: -40, y: 12 };
    expect(invertPoint(transform, transformPoint(transform, [33, 71]))).toEqual([33, 71]);
    expect(transformAttribute(transform)).toBe('translate(-40,12) scale(2.5)');
    expect(transformBounds(transform, { x: 10, y: 20, width: 4, height: 6 })).toEqual({ x: -15, y: 62, width: 10, height: 15 });
  });
});

describe('zoomLimits', () => {
  it('runs from the whole view to eight times, panning within the view', () => {
    expect(limits).toEqual({ viewport, scaleExtent: [1, 8], translateExtent: viewport });
  });
});

describe('clampTransform', () => {
  it('keeps scale within its extent', () => {
    expect(clampTransform({ k: 0.2, x: 0, y: 0 }, limits).k).toBe(1);
    expect(clampTransform({ k: 30, x: 0, y: 0 }, limits).k).toBe(8);
  });

  it('stops panning at the edge of the figure, so it is never lost', () => {
    expect(clampTransform({ k: 1, x: 500, y: -900 }, limits)).toEqual(identityTransform);
    const zoomed = clampTransform({ k: 4, x: 200, y: 200 }, limits);
    const [left, top] = invertPoint(zoomed, [0, 0]);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    const panned = clampTransform({ k: 4, x: -5000, y: -5000 }, limits);
    const [right, bottom] = invertPoint(panned, [300, 640]);
    expect(right).toBeCloseTo(300);
    expect(bottom).toBeCloseTo(640);
  });

  it('leaves a transform that is already within the limits unchanged', () => {
    const transform = { k: 2, x: -100, y: -300 };
    expect(clampTransform(transform, limits)).toEqual(transform);
  });
});

describe('zoomAbout', () => {
  it('keeps the point it zooms about in place', () => {
    const centre = [150, 320] as const;
    const before = invertPoint(identityTransform, centre);
    const zoomed = zoomAbout(identityTransform, 2, centre, limits);
    expect(zoomed.k).toBe(2);
    expect(invertPoint(zoomed, centre)).toEqual(before);
  });

  it('does not zoom past the limits', () => {
    expect(zoomAbout({ k: 7, x: -900, y: -2000 }, 2, [150, 320], limits).k).toBe(8);
    expect(zoomAbout(identityTransform, 0.5, [150, 320], limits)).toEqual(identityTransform);
  });
});

describe('fitBounds', () => {
  it('brings a region fully into view, centred and as large as fits', () => {
    const spine = { x: 137, y: 141, width: 26, height: 105 };
    const fitted = fitBounds(spine, limits, 10);
    const shown = visible(fitted, spine);
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(300);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(640);
    expect((shown.left + shown.right) / 2).toBeCloseTo(150);
    expect((shown.top + shown.bottom) / 2).toBeCloseTo(320);
    expect(fitted.k).toBeCloseTo(Math.min(300 / 46, 640 / 125));
  });

  it('stops at the largest scale for a tiny target', () => {
    expect(fitBounds({ x: 100, y: 100, width: 2, height: 2 }, limits).k).toBe(8);
  });
});

describe('revealInside', () => {
  // A sheet over the lower half of the viewport leaves its top half uncovered.
  const above = { x: 0, y: 0, width: 300, height: 320 };
  const inside = (transform: ZoomTransform, bounds: { x: number; y: number; width: number; height: number }) => {
    const shown = visible(transform, bounds);
    return shown.left >= 0 && shown.right <= 300 && shown.top >= 0 && shown.bottom <= 320;
  };

  it('keeps the transform when the region is already in sight', () => {
    const head = { x: 130, y: 20, width: 40, height: 50 };
    expect(revealInside(identityTransform, head, above, limits, 8)).toBe(identityTransform);
  });

  it('zooms in just enough to pan a low region above the sheet, and no further', () => {
    const knee = { x: 90, y: 480, width: 40, height: 40 };
    const revealed = revealInside(identityTransform, knee, above, limits, 8);
    expect(inside(revealed, knee)).toBe(true);
    expect(revealed.k).toBeGreaterThan(1);
    // A step less zoom cannot pan the knee that high within the limits.
    const smaller = revealed.k / 1.05;
    expect(inside(clampTransform({ k: smaller, x: 150 - 110 * smaller, y: 160 - 500 * smaller }, limits), knee)).toBe(false);
  });

  it('zooms in just enough when the limits do not let it pan that far, and no further', () => {
    // Only the left half is uncovered; at scale 1 the figure cannot move sideways at all.
    const left = { x: 0, y: 0, width: 150, height: 640 };
    const hand = { x: 150, y: 300, width: 30, height: 40 };
    const revealed = revealInside(identityTransform, hand, left, limits, 4);
    expect(visible(revealed, hand).right).toBeLessThanOrEqual(146.5);
    expect(revealed.k).toBeGreaterThan(1);
    // At one step less zoom the limits stop the hand short of the uncovered half.
    const smaller = revealed.k / 1.05;
    const less = clampTransform({ k: smaller, x: 75 - 165 * smaller, y: 320 - 320 * smaller }, limits);
    expect(visible(less, hand).right).toBeGreaterThan(146.5);
  });

  it('pans without zooming when the figure is already zoomed far enough', () => {
    const knee = { x: 90, y: 480, width: 40, height: 40 };
    const zoomed = { k: 3, x: -150, y: -600 };
    const revealed = revealInside(zoomed, knee, above, limits, 8);
    expect(revealed.k).toBe(3);
    expect(inside(revealed, knee)).toBe(true);
  });

  it('never zooms a region larger than the room left for it', () => {
    const leg = { x: 80, y: 340, width: 60, height: 290 };
    const revealed = revealInside(identityTransform, leg, above, limits, 8);
    expect(visible(revealed, leg).bottom - visible(revealed, leg).top).toBeLessThanOrEqual(320);
  });
});

describe('interpolateTransform', () => {
  const from = identityTransform;
  const to = fitBounds({ x: 40, y: 560, width: 40, height: 60 }, limits);
  let interpolateTransform: Awaited<ReturnType<typeof loadZoomPath>>;
  beforeAll(async () => {
    interpolateTransform = await loadValue(loadZoomPath);
  });

  it('starts at one transform, ends exactly at the other, and takes time in proportion', () => {
    const interpolate = interpolateTransform(from, to, viewport);
    expect(interpolate(0).k).toBeCloseTo(1);
    expect(interpolate(0).x).toBeCloseTo(0);
    expect(interpolate(1)).toBe(to);
    expect(interpolate.duration).toBeGreaterThan(0);
    const short = interpolateTransform(to, { ...to, x: to.x + 1 }, viewport);
    expect(short.duration).toBeLessThan(interpolate.duration);
  });

  it('zooms steadily in towards the target without overshooting it', () => {
    const interpolate = interpolateTransform(from, to, viewport);
    const scales = [0.25, 0.5, 0.75].map((t) => interpolate(t).k);
    for (const k of scales) {
      expect(k).toBeGreaterThan(0);
      expect(k).toBeLessThanOrEqual(to.k + 1e-9);
    }
  });
});

describe('gestureOwner', () => {
  const whole = identityTransform;
  const zoomed = { k: 1.2, x: -10, y: -10 };

  it('leaves one finger to the page at the whole view, and gives two to the map', () => {
    expect(gestureOwner({ kind: 'touch', fingers: 1 }, whole)).toBe('page');
    expect(gestureOwner({ kind: 'touch', fingers: 2 }, whole)).toBe('map');
  });

  it('leaves a plain wheel to a page that scrolls, and gives the map a wheel with Ctrl or ⌘ or in a page that does not', () => {
    expect(gestureOwner({ kind: 'wheel', modifier: false, pageScrolls: true }, whole)).toBe('page');
    expect(gestureOwner({ kind: 'wheel', modifier: true, pageScrolls: true }, whole)).toBe('map');
    expect(gestureOwner({ kind: 'wheel', modifier: false, pageScrolls: false }, whole)).toBe('map');
  });

  it('gives the map every gesture once it is zoomed in', () => {
    expect(gestureOwner({ kind: 'touch', fingers: 1 }, zoomed)).toBe('map');
    expect(gestureOwner({ kind: 'wheel', modifier: false, pageScrolls: true }, zoomed)).toBe('map');
  });
});

describe('separatingFactor', () => {
  const point = [100, 100] as const;

  it('is how much to zoom so that the nearest neighbour sits the given spacing away', () => {
    // The nearest is 8 units away, drawn at 1.5 px a unit: 12 px, half of 24.
    expect(separatingFactor(point, [point, [108, 100], [100, 130]], 1.5, tapSpacing)).toBeCloseTo(2, 10);
  });

  it('is 1 when the neighbours are far enough already, or there are none', () => {
    expect(separatingFactor(point, [point, [130, 100]], 1, tapSpacing)).toBe(1);
    expect(separatingFactor(point, [point], 1, tapSpacing)).toBe(1);
  });
});
