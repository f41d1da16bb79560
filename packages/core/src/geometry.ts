import { polygonCentroid } from 'd3-polygon';
import type { ViewBoxPoint } from './atlas.js';

// A view's paths are built once per page, on its first render, mostly before the engine has
// optimised this code: index access rather than array destructuring (which runs the iterator
// protocol), and few temporary arrays, keep that first pass short.
const round = (value: number) => Math.round(value * 100) / 100;

// The same text as `String(round(value))`, written through `toFixed`: String() goes through the
// engine's number-to-string caches, which a view's few thousand coordinates grow to their full size
// (about 110 kB in Chromium) for the rest of the page's life; toFixed leaves them alone. The zeros
// are trimmed by hand: a regular expression here doubled the time a view's first paths take.
function number(value: number): string {
  const text = round(value).toFixed(2);
  // From 1e21 on, toFixed writes what String() would.
  if (text[text.length - 3] !== '.') {
    return text;
  }
  return text.endsWith('00') ? text.slice(0, -3) : text.endsWith('0') ? text.slice(0, -1) : text;
}

const at = (point: ViewBoxPoint) => `${number(point[0])},${number(point[1])}`;

// The centripetal parameterisation (alpha 0.5): a chord's length to the power 2 × alpha, the square
// of the length to the power alpha that weights each span.
function chordSquared(from: ViewBoxPoint | undefined, to: ViewBoxPoint | undefined): number {
  if (from === undefined || to === undefined) {
    return 0;
  }
  const dx = from[0] - to[0];
  const dy = from[1] - to[1];
  return Math.pow(dx * dx + dy * dy, 0.5);
}

/**
 * The cubic Bézier of one centripetal Catmull-Rom span from `b` to `c`, with the points either side
 * (`a` before, `d` after; missing at an open curve's ends) as Barry and Goldman's formulation gives
 * it. These are the same numbers d3-shape's `curveCatmullRom.alpha(0.5)` writes, without its path
 * machinery in the first view's code.
 */
function span(a: ViewBoxPoint | undefined, b: ViewBoxPoint, c: ViewBoxPoint, d: ViewBoxPoint | undefined): string {
  const l01Squared = chordSquared(a, b);
  const l12Squared = chordSquared(b, c);
  const l23Squared = chordSquared(c, d);
  const l01 = Math.sqrt(l01Squared);
  const l12 = Math.sqrt(l12Squared);
  const l23 = Math.sqrt(l23Squared);
  // Each point is written once, and only when it is used: formatting numbers is most of the time a
  // view's first paths take.
  const end = at(c);
  let first: string;
  if (a !== undefined && l01 > 1e-12) {
    const weight = 2 * l01Squared + 3 * l01 * l12 + l12Squared;
    const scale = 3 * l01 * (l01 + l12);
    first = `${number((b[0] * weight - a[0] * l12Squared + c[0] * l01Squared) / scale)},${number((b[1] * weight - a[1] * l12Squared + c[1] * l01Squared) / scale)}`;
  } else {
    first = at(b);
  }
  let second = end;
  if (d !== undefined && l23 > 1e-12) {
    const weight = 2 * l23Squared + 3 * l23 * l12 + l12Squared;
    const scale = 3 * l23 * (l23 + l12);
    second = `${number((c[0] * weight + b[0] * l23Squared - d[0] * l12Squared) / scale)},${number((c[1] * weight + b[1] * l23Squared - d[1] * l12Squared) / scale)}`;
  }
  return `C${first},${second},${end}`;
}

// Centripetal Catmull-Rom passes through every control point without loops or cusps, so an outline
// can be drawn by placing points on it.
export function smoothClosedPath(points: readonly ViewBoxPoint[]): string {
  const count = points.length;
  if (count < 3) {
    return count === 0 ? '' : count === 1 ? `M${at(points[0]!)}Z` : `M${at(points[1]!)}L${at(points[0]!)}Z`;
  }
  const point = (index: number) => points[index % count]!;
  const path = [`M${at(points[1]!)}`];
  for (let index = 1; index <= count; index++) {
    path.push(span(point(index - 1), point(index), point(index + 1), point(index + 2)));
  }
  return path.join('');
}

export function smoothOpenPath(points: readonly ViewBoxPoint[]): string {
  const count = points.length;
  if (count < 3) {
    return count === 0 ? '' : `M${at(points[0]!)}${count === 2 ? `L${at(points[1]!)}` : 'Z'}`;
  }
  const path = [`M${at(points[0]!)}`];
  for (let index = 0; index < count - 1; index++) {
    path.push(span(points[index - 1], points[index]!, points[index + 1]!, points[index + 2]));
  }
  return path.join('');
}

export function polygonPath(points: readonly ViewBoxPoint[]): string {
  if (points.length === 0) {
    return '';
  }
  const path = [`M${at(points[0]!)}`];
  for (let index = 1; index < points.length; index++) {
    path.push(`L${at(points[index]!)}`);
  }
  path.push('Z');
  return path.join('');
}

export function centroid(points: readonly ViewBoxPoint[]): ViewBoxPoint {
  return polygonCentroid(points as [number, number][]);
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
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!;
    minX = Math.min(minX, point[0]);
    minY = Math.min(minY, point[1]);
    maxX = Math.max(maxX, point[0]);
    maxY = Math.max(maxY, point[1]);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * A hotspot's target radius in CSS pixels (24 across, a touch target, at every zoom) and its dot's:
 * the figure's own sizes, apart from the colours in `figureStyle`, which only a record needs.
 */
export const hotspotTargetRadius = 12;
export const hotspotDotRadius = 5;
