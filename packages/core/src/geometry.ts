import { polygonCentroid } from 'd3-polygon';
import type { ViewBoxPoint } from './atlas.js';

const round = (value: number) => Math.round(value * 100) / 100;
const at = ([x, y]: ViewBoxPoint) => `${round(x)},${round(y)}`;

// The centripetal parameterisation (alpha 0.5): a chord's length to the power alpha, and squared.
function chord(from: ViewBoxPoint | undefined, to: ViewBoxPoint | undefined): readonly [power: number, squared: number] {
  if (from === undefined || to === undefined) {
    return [0, 0];
  }
  const dx = from[0] - to[0];
  const dy = from[1] - to[1];
  const squared = Math.pow(dx * dx + dy * dy, 0.5);
  return [Math.sqrt(squared), squared];
}

/**
 * The cubic Bézier of one centripetal Catmull-Rom span from `b` to `c`, with the points either side
 * (`a` before, `d` after; missing at an open curve's ends) as Barry and Goldman's formulation gives
 * it. These are the same numbers d3-shape's `curveCatmullRom.alpha(0.5)` writes, without its path
 * machinery in the first view's code.
 */
function span(a: ViewBoxPoint | undefined, b: ViewBoxPoint, c: ViewBoxPoint, d: ViewBoxPoint | undefined): string {
  const [l01, l01Squared] = chord(a, b);
  const [l12, l12Squared] = chord(b, c);
  const [l23, l23Squared] = chord(c, d);
  let first: ViewBoxPoint = b;
  let second: ViewBoxPoint = c;
  if (a !== undefined && l01 > 1e-12) {
    const weight = 2 * l01Squared + 3 * l01 * l12 + l12Squared;
    const scale = 3 * l01 * (l01 + l12);
    first = [(b[0] * weight - a[0] * l12Squared + c[0] * l01Squared) / scale, (b[1] * weight - a[1] * l12Squared + c[1] * l01Squared) / scale];
  }
  if (d !== undefined && l23 > 1e-12) {
    const weight = 2 * l23Squared + 3 * l23 * l12 + l12Squared;
    const scale = 3 * l23 * (l23 + l12);
    second = [(c[0] * weight + b[0] * l23Squared - d[0] * l12Squared) / scale, (c[1] * weight + b[1] * l23Squared - d[1] * l12Squared) / scale];
  }
  return `C${at(first)},${at(second)},${at(c)}`;
}

// Centripetal Catmull-Rom passes through every control point without loops or cusps, so an outline
// can be drawn by placing points on it.
export function smoothClosedPath(points: readonly ViewBoxPoint[]): string {
  const count = points.length;
  if (count < 3) {
    return count === 0 ? '' : count === 1 ? `M${at(points[0]!)}Z` : `M${at(points[1]!)}L${at(points[0]!)}Z`;
  }
  const point = (index: number) => points[index % count]!;
  let path = `M${at(points[1]!)}`;
  for (let index = 1; index <= count; index++) {
    path += span(point(index - 1), point(index), point(index + 1), point(index + 2));
  }
  return path;
}

export function smoothOpenPath(points: readonly ViewBoxPoint[]): string {
  const count = points.length;
  if (count < 3) {
    return count === 0 ? '' : `M${at(points[0]!)}${count === 2 ? `L${at(points[1]!)}` : 'Z'}`;
  }
  let path = `M${at(points[0]!)}`;
  for (let index = 0; index < count - 1; index++) {
    path += span(points[index - 1], points[index]!, points[index + 1]!, points[index + 2]);
  }
  return path;
}

export function polygonPath(points: readonly ViewBoxPoint[]): string {
  return points.length === 0
    ? ''
    : `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

export function centroid(points: readonly ViewBoxPoint[]): ViewBoxPoint {
  const [x, y] = polygonCentroid(points as [number, number][]);
  return [x, y];
}

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function bounds(points: readonly ViewBoxPoint[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
