import type { Bounds } from '@bodymap/core';

function mapRect(rect: Bounds, matrix: DOMMatrix): Bounds {
  const [a, b] = [new DOMPoint(rect.x, rect.y), new DOMPoint(rect.x + rect.width, rect.y + rect.height)].map((point) =>
    point.matrixTransform(matrix),
  ) as [DOMPoint, DOMPoint];
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}

/**
 * Converts a rectangle in viewBox units to screen (client) pixels through the SVG's current
 * transformation matrix, so anything anchored to it follows resizing, scrolling and zoom.
 */
export function viewBoxRectToScreen(svg: SVGSVGElement, rect: Bounds): DOMRect {
  const matrix = svg.getScreenCTM();
  if (!matrix) {
    return new DOMRect();
  }
  const { x, y, width, height } = mapRect(rect, matrix);
  return new DOMRect(x, y, width, height);
}

/** The other way: a rectangle of the screen in the SVG's viewBox units, or undefined without layout. */
export function screenRectToViewBox(svg: SVGSVGElement, rect: Bounds): Bounds | undefined {
  const matrix = svg.getScreenCTM();
  return matrix ? mapRect(rect, matrix.inverse()) : undefined;
}
