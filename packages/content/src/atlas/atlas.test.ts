import { centroid, layerOf, smoothClosedPath, smoothOpenPath, type AtlasView, type RegionModel } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';
import { expectInViewBox, findSquare, sampleOutline, samplePath, type Point } from '../../../../tests/unit/geometry-checks.ts';
import { back } from './back.js';
import { front } from './front.js';
import { atlas, regions, type RegionId } from './index.js';


const sideOf = new Map(regions.map((region) => [region.id, region.side]));

describe.each([
  ['front', front],
  ['back', back],
] as const)('the %s view', (viewId, view: AtlasView<RegionId>) => {
  const silhouette = view.silhouette.map(sampleOutline);
  const insideBody = (point: Point) => silhouette.some((outline) => polygonContains(outline, point));
  const shapes = view.regions.map((shape) => ({ id: shape.region, polygon: shape.points as Point[] }));

  it('is the view the atlas names', () => {
    expect(view.id).toBe(viewId);
  });

  it('draws exactly the regions that belong to it, once each', () => {
    // The muscle layer's regions are drawn by that layer's own views (muscles/).
    for (const region of regions.filter((model: RegionModel<RegionId>) => layerOf(model) === 'areas')) {
      const count = view.regions.filter((shape) => shape.region === region.id).length;
      expect({ id: region.id, count }).toEqual({
        id: region.id,
        count: (region.views as readonly string[]).includes(viewId) ? 1 : 0,
      });
    }
    expect(view.regions.every((shape) => sideOf.has(shape.region))).toBe(true);
  });

  it('keeps every point in the viewBox, rounded to a tenth of a unit', () => {
    const points = [...view.silhouette.flat(), ...view.regions.flatMap((shape) => shape.points)];
    expectInViewBox(points, atlas.viewBox);
  });

  it('answers every click on the body with exactly one region', () => {
    const gaps: Point[] = [];
    const overlaps: string[] = [];
    let sampled = 0;
    // The lattice is offset by a quarter unit so that no sample sits exactly on a seam.
    for (let y = 0.25; y < atlas.viewBox.height; y += 2) {
      for (let x = 0.25; x < atlas.viewBox.width; x += 2) {
        if (!insideBody([x, y])) {
          continue;
        }
        sampled += 1;
        const hits = shapes.filter((shape) => polygonContains(shape.polygon, [x, y]));
        if (hits.length === 0) {
          gaps.push([x, y]);
        } else if (hits.length > 1) {
          overlaps.push(`${x},${y}: ${hits.map((hit) => hit.id).join(' + ')}`);
        }
      }
    }
    expect(sampled).toBeGreaterThan(5000);
    expect(gaps).toEqual([]);
    expect(overlaps).toEqual([]);
  });

  it("draws each side on the person's side: left on the viewer's right from the front, on the viewer's left from the back", () => {
    for (const shape of view.regions) {
      const side = sideOf.get(shape.region);
      const [x] = centroid(shape.points);
      if (side === 'midline') {
        expect({ id: shape.region, offset: Math.abs(x - 150) < 1 }).toEqual({ id: shape.region, offset: true });
        continue;
      }
      const onViewersRight = x > 150;
      const expected = viewId === 'front' ? side === 'left' : side === 'right';
      expect({ id: shape.region, onViewersRight }).toEqual({ id: shape.region, onViewersRight: expected });
    }
  });

  it('draws every decorative line inside the body', () => {
    const outside = view.details.flatMap((detail, index) =>
      samplePath(detail.closed ? smoothClosedPath(detail.points) : smoothOpenPath(detail.points))
        .filter((point) => !insideBody(point))
        .map(([x, y]) => `detail ${index} at ${x.toFixed(1)},${y.toFixed(1)}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives every region room for a 24 by 24 target inside the body', () => {
    for (const shape of shapes) {
      const inside = silhouette.map((outline) => findSquare([shape.polygon, outline], 24)).find(Boolean);
      expect({ id: shape.id, fits: inside !== undefined }).toEqual({ id: shape.id, fits: true });
    }
  });
});

describe('the atlas', () => {
  it('shows the front at once and loads the back on demand', async () => {
    expect(atlas.views.front).toBe(front);
    expect(typeof atlas.views.back).toBe('function');
    const loadBack = atlas.views.back as () => Promise<AtlasView<RegionId>>;
    await expect(loadBack()).resolves.toBe(back);
  });

  it('outlines the body alike from the front and from behind, but for the feet', () => {
    const [frontOutline] = front.silhouette;
    const [backOutline] = back.silhouette;
    const aboveTheAnkles = (outline: typeof frontOutline) => outline!.filter(([, y]) => y <= 584);
    expect(aboveTheAnkles(backOutline)).toEqual(aboveTheAnkles(frontOutline));
    expect(backOutline).not.toEqual(frontOutline);
  });

  it('uses one coordinate space for both views', () => {
    expect(atlas.viewBox).toEqual({ x: 0, y: 0, width: 300, height: 640 });
  });
});
