import { centroid, smoothClosedPath, type AtlasView, type ViewBoxPoint } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';
import { back } from './back.js';
import { front } from './front.js';
import { atlas, regions, type RegionId } from './index.js';

type Point = [number, number];

// The silhouette as the renderer draws it: each smooth outline, sampled along its cubic segments.
function sampleOutline(outline: readonly ViewBoxPoint[]): Point[] {
  const numbers = (smoothClosedPath(outline).match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  const sampled: Point[] = [];
  let [x0 = 0, y0 = 0] = numbers;
  for (let index = 2; index + 5 < numbers.length; index += 6) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = numbers.slice(index, index + 6);
    for (let step = 0; step < 6; step += 1) {
      const t = step / 6;
      const u = 1 - t;
      sampled.push([
        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      ]);
    }
    [x0, y0] = [x3, y3];
  }
  return sampled;
}

// Where a horizontal line crosses a polygon's edges, so that many points on one row are tested at once.
function crossings(polygon: readonly Point[], y: number): number[] {
  const result: number[] = [];
  let previous = polygon[polygon.length - 1]!;
  for (const current of polygon) {
    if (current[1] > y !== previous[1] > y) {
      result.push(current[0] + ((previous[0] - current[0]) * (y - current[1])) / (previous[1] - current[1]));
    }
    previous = current;
  }
  return result;
}

const insideRow = (rowCrossings: readonly number[], x: number) =>
  rowCrossings.filter((crossing) => crossing > x).length % 2 === 1;

/**
 * Finds an axis-aligned square of the given side whose lattice points (every half unit, edges included) all
 * lie inside every polygon, then confirms its outline point by point with `polygonContains`.
 */
function findSquare(polygons: readonly (readonly Point[])[], side: number): Point | undefined {
  const step = 0.5;
  const [first] = polygons;
  const xs = first!.map(([x]) => x);
  const ys = first!.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  const columns = Math.floor((Math.max(...xs) - left) / step) + 1;
  const rows = Math.floor((Math.max(...ys) - top) / step) + 1;
  const size = side / step;
  // outside[row + 1][column + 1] counts lattice points outside any polygon in the rectangle up to there
  const outside = Array.from({ length: rows + 1 }, () => new Int32Array(columns + 1));
  for (let row = 0; row < rows; row += 1) {
    const rowCrossings = polygons.map((polygon) => crossings(polygon, top + row * step));
    for (let column = 0; column < columns; column += 1) {
      const x = left + column * step;
      const out = rowCrossings.every((line) => insideRow(line, x)) ? 0 : 1;
      outside[row + 1]![column + 1] = outside[row]![column + 1]! + outside[row + 1]![column]! - outside[row]![column]! + out;
    }
  }
  const count = (row: number, column: number) =>
    outside[row + size + 1]![column + size + 1]! -
    outside[row]![column + size + 1]! -
    outside[row + size + 1]![column]! +
    outside[row]![column]!;
  for (let row = 0; row + size < rows; row += 1) {
    for (let column = 0; column + size < columns; column += 1) {
      if (count(row, column) !== 0) {
        continue;
      }
      const corner: Point = [left + column * step, top + row * step];
      const outline: Point[] = [];
      for (let along = 0; along <= side; along += step) {
        outline.push(
          [corner[0] + along, corner[1]],
          [corner[0] + along, corner[1] + side],
          [corner[0], corner[1] + along],
          [corner[0] + side, corner[1] + along],
        );
      }
      if (outline.every((point) => polygons.every((polygon) => polygonContains(polygon as Point[], point)))) {
        return corner;
      }
    }
  }
  return undefined;
}

const sideOf = new Map(regions.map((region) => [region.id as RegionId, region.side]));

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
    for (const region of regions) {
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
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(atlas.viewBox.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(atlas.viewBox.height);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
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

  it('uses one coordinate space for both views', () => {
    expect(atlas.viewBox).toEqual({ x: 0, y: 0, width: 300, height: 640 });
  });
});
