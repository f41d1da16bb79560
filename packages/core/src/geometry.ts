import { polygonCentroid } from 'd3-polygon';
import { curveCatmullRom, curveCatmullRomClosed, line } from 'd3-shape';
import type { ViewBoxPoint } from './atlas.js';

const round = (value: number) => Math.round(value * 100) / 100;

const smoothClosed = line<ViewBoxPoint>().curve(curveCatmullRomClosed.alpha(0.5));
const smoothOpen = line<ViewBoxPoint>().curve(curveCatmullRom.alpha(0.5));

// Centripetal Catmull-Rom passes through every control point without loops or cusps, so an outline
// can be drawn by placing points on it.
export function smoothClosedPath(points: readonly ViewBoxPoint[]): string {
  return smoothClosed.digits(2)(points as ViewBoxPoint[]) ?? '';
}

export function smoothOpenPath(points: readonly ViewBoxPoint[]): string {
  return smoothOpen.digits(2)(points as ViewBoxPoint[]) ?? '';
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
