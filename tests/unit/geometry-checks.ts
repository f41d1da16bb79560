// Geometry checks shared by the atlas tests: sampling smoothed outlines, scanning rows of a
// polygon, and finding a square target inside regions.
import { smoothClosedPath, type ViewBoxPoint } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';

export type Point = [number, number];

/** A smoothed path as the renderer draws it, sampled along its cubic segments. */
export function samplePath(path: string): Point[] {
  const numbers = (path.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  const sampled: Point[] = [];
  let [x0 = 0, y0 = 0] = numbers;
  for (let index = 2; index + 5 < numbers.length; index += 6) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = numbers.slice(index, index + 6);
    for (let step = 0; step < 8; step += 1) {
      const t = step / 8;
      const u = 1 - t;
      sampled.push([
        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      ]);
    }
    [x0, y0] = [x3, y3];
  }
  sampled.push([x0, y0]);
  return sampled;
}

/** The silhouette outline as the renderer draws it. */
export const sampleOutline = (outline: readonly ViewBoxPoint[]): Point[] => samplePath(smoothClosedPath(outline));

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
export function findSquare(polygons: readonly (readonly Point[])[], side: number): Point | undefined {
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

/** Every point lies in the view box and is rounded to a tenth of a unit, as the artwork is written. */
export function expectInViewBox(points: readonly (readonly [number, number])[], viewBox: { readonly width: number; readonly height: number }) {
  for (const [x, y] of points) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(viewBox.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(viewBox.height);
    expect(Math.round(x * 10) / 10).toBe(x);
    expect(Math.round(y * 10) / 10).toBe(y);
  }
}
