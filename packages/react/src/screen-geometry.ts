import type { Bounds } from '@bodymap/core';

/**
 * Converts a rectangle in viewBox units to screen (client) pixels through the SVG's current
 * transformation matrix, so anything anchored to it follows resizing, scrolling and zoom.
 */
export function viewBoxRectToScreen(svg: SVGSVGElement, rect: Bounds): DOMRect {
  const matrix = svg.getScreenCTM();
  if (!matrix) {
    return new DOMRect();
  }
  const corners = [
    new DOMPoint(rect.x, rect.y),
    new DOMPoint(rect.x + rect.width, rect.y + rect.height),
  ].map((point) => point.matrixTransform(matrix));
  const [a, b] = corners as [DOMPoint, DOMPoint];
  return new DOMRect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
}
