import type { AtlasDetail, RegionShape, ViewBoxPoint } from '@bodymap/core';

/** The body's midline. The artwork is drawn for the viewer's right (x > 150) and mirrored. */
const midline = 150;

/** Reads a flat list of coordinates, `x0, y0, x1, y1, ...`, as points. */
export function points(flat: readonly number[]): ViewBoxPoint[] {
  const result: ViewBoxPoint[] = [];
  for (let index = 1; index < flat.length; index += 2) {
    result.push([flat[index - 1]!, flat[index]!]);
  }
  return result;
}

/** Reflects points across the midline. Rounding keeps a mirrored vertex identical to the one it shares. */
export function mirror(shape: readonly ViewBoxPoint[]): ViewBoxPoint[] {
  return shape.map(([x, y]) => [Math.round((2 * midline - x) * 10) / 10, y]);
}

/** Completes a shape drawn from the midline round the viewer's right and back to the midline. */
export function symmetric(half: readonly ViewBoxPoint[]): ViewBoxPoint[] {
  return [...half, ...mirror(half.slice(1, -1).reverse())];
}

/** A region drawn on the viewer's right, and its mirror image: the same region on the person's other side. */
export function sides<Id extends string>(
  shape: readonly ViewBoxPoint[],
  onViewersRight: Id,
  onViewersLeft: Id,
): RegionShape<Id>[] {
  return [
    { region: onViewersRight, points: shape },
    { region: onViewersLeft, points: mirror(shape) },
  ];
}

/** A decorative line on the viewer's right, and its mirror image. */
export function mirrored(detail: AtlasDetail): AtlasDetail[] {
  return [detail, { ...detail, points: mirror(detail.points) }];
}

/** A small closed oval, for details such as a kneecap or a vertebra. */
export function oval(centerX: number, centerY: number, radiusX: number, radiusY: number): AtlasDetail {
  const round = (value: number) => Math.round(value * 10) / 10;
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((step) => (step * Math.PI) / 4);
  return {
    points: corners.map((angle) => [round(centerX + radiusX * Math.sin(angle)), round(centerY - radiusY * Math.cos(angle))]),
    closed: true,
  };
}
