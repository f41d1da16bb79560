import type { ViewBoxPoint } from './atlas.js';
import type { Bounds } from './geometry.js';

/**
 * A zoom as d3-zoom defines it, immutable: a point `p` of the figure is drawn at `p * k + (x, y)`
 * in the SVG's own (viewBox) coordinate space.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const identityTransform: ZoomTransform = { k: 1, x: 0, y: 0 };

export interface ZoomLimits {
  /** The visible area, in viewBox units: normally the whole viewBox. */
  readonly viewport: Bounds;
  /** Smallest and largest scale. */
  readonly scaleExtent: readonly [min: number, max: number];
  /** The area that must stay in reach: panning stops at its edges, so the figure is never lost. */
  readonly translateExtent: Bounds;
}

/** The factor one press of a zoom button or key zooms by. */
export const zoomStep = 1.6;

/** The largest zoom the map allows: enough to read the spine's vertebrae and separate every reflexology point. */
export const maxZoom = 8;

/** The usual limits: from the whole figure to {@link maxZoom}, panning never past the edges of the view. */
export function zoomLimits(viewBox: Bounds): ZoomLimits {
  return { viewport: viewBox, scaleExtent: [1, maxZoom], translateExtent: viewBox };
}

/** Where a transform draws a figure point. */
export function transformPoint({ k, x, y }: ZoomTransform, [px, py]: ViewBoxPoint): ViewBoxPoint {
  return [px * k + x, py * k + y];
}

/** The figure point a transform draws at a viewport point. */
export function invertPoint({ k, x, y }: ZoomTransform, [px, py]: ViewBoxPoint): ViewBoxPoint {
  return [(px - x) / k, (py - y) / k];
}

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));

/**
 * Brings a transform within the limits: scale into its extent, then translation so that the
 * viewport never shows beyond the translate extent (centring when the extent is the smaller),
 * the same rule as d3-zoom's default constraint, so the two never disagree.
 */
export function clampTransform(transform: ZoomTransform, { viewport, scaleExtent, translateExtent }: ZoomLimits): ZoomTransform {
  const k = clamp(transform.k, scaleExtent);
  const scaled = { ...transform, k };
  const [left, top] = invertPoint(scaled, [viewport.x, viewport.y]);
  const [right, bottom] = invertPoint(scaled, [viewport.x + viewport.width, viewport.y + viewport.height]);
  const dx0 = left - translateExtent.x;
  const dx1 = right - (translateExtent.x + translateExtent.width);
  const dy0 = top - translateExtent.y;
  const dy1 = bottom - (translateExtent.y + translateExtent.height);
  const shiftX = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const shiftY = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  return { k, x: transform.x + shiftX * k, y: transform.y + shiftY * k };
}

/** Scales by `factor` about a viewport point (the centre, for buttons and keys), within the limits. */
export function zoomAbout(transform: ZoomTransform, factor: number, point: ViewBoxPoint, limits: ZoomLimits): ZoomTransform {
  const k = clamp(transform.k * factor, limits.scaleExtent);
  const [fx, fy] = invertPoint(transform, point);
  return clampTransform({ k, x: point[0] - fx * k, y: point[1] - fy * k }, limits);
}

/** The transform that shows `bounds` as large as fits in the viewport, centred, with `padding` around it. */
export function fitBounds(bounds: Bounds, limits: ZoomLimits, padding = 0): ZoomTransform {
  const { viewport } = limits;
  const k = clamp(
    Math.min(viewport.width / (bounds.width + 2 * padding), viewport.height / (bounds.height + 2 * padding)),
    limits.scaleExtent,
  );
  const centreX = bounds.x + bounds.width / 2;
  const centreY = bounds.y + bounds.height / 2;
  return clampTransform(
    { k, x: viewport.x + viewport.width / 2 - centreX * k, y: viewport.y + viewport.height / 2 - centreY * k },
    limits,
  );
}

/** Where a transform draws a figure rectangle. */
export function transformBounds({ k, x, y }: ZoomTransform, rect: Bounds): Bounds {
  return { x: rect.x * k + x, y: rect.y * k + y, width: rect.width * k, height: rect.height * k };
}

/** The SVG `transform` attribute for a zoom transform. */
export function transformAttribute({ k, x, y }: ZoomTransform): string {
  return `translate(${x},${y}) scale(${k})`;
}

/**
 * Who a gesture on the map belongs to, the page (to scroll it) or the map (to zoom and pan it):
 * a wheel turned over the map, or the fingers that touch it.
 */
export type GestureStart =
  | {
      readonly kind: 'wheel';
      /** Ctrl or ⌘ held, as a trackpad's pinch also reports itself. */
      readonly modifier: boolean;
      /** Whether the page around the map can scroll at all. */
      readonly pageScrolls: boolean;
    }
  | { readonly kind: 'touch'; readonly fingers: number };

/**
 * The page owns scrolling until the map is zoomed: at scale 1 one finger and a plain wheel scroll
 * the page; two fingers, a wheel with Ctrl or ⌘, or a wheel in a page with nothing to scroll zoom
 * the map. Once zoomed in, the map owns every gesture on it, so one finger pans it.
 */
export function gestureOwner(start: GestureStart, transform: ZoomTransform): 'map' | 'page' {
  if (transform.k > 1) {
    return 'map';
  }
  switch (start.kind) {
    case 'wheel':
      return start.modifier || !start.pageScrolls ? 'map' : 'page';
    case 'touch':
      return start.fingers > 1 ? 'map' : 'page';
    default:
      return start satisfies never;
  }
}

/** Closest two hotspot centres may be on screen, in CSS pixels, before a tap among them is ambiguous: one target across. */
export const tapSpacing = 24;

/**
 * How much to zoom in so that `point`'s nearest neighbour among `others` sits `spacing` CSS pixels
 * away, drawn at `scale` CSS pixels per viewBox unit; 1 when it already does (or has none).
 */
export function separatingFactor(point: ViewBoxPoint, others: readonly ViewBoxPoint[], scale: number, spacing: number): number {
  let nearest = Infinity;
  for (const [x, y] of others) {
    const distance = Math.hypot(x - point[0], y - point[1]);
    if (distance > 0 && distance < nearest) {
      nearest = distance;
    }
  }
  return Math.max(1, spacing / (nearest * scale));
}

/**
 * The transform that shows `bounds` inside `visible`, the part of the viewport that something laid
 * over the map (a bottom sheet) leaves uncovered, both in viewBox units: the current transform when
 * it already does; otherwise panned to the middle of `visible`, zooming in only as far as the
 * limits need before they let it pan that far, and never so far that `bounds` outgrows `visible`.
 */
export function revealInside(transform: ZoomTransform, bounds: Bounds, visible: Bounds, limits: ZoomLimits, padding = 0): ZoomTransform {
  const shows = (candidate: ZoomTransform) => {
    const shown = transformBounds(candidate, bounds);
    return (
      shown.x >= visible.x + padding - 0.5 &&
      shown.y >= visible.y + padding - 0.5 &&
      shown.x + shown.width <= visible.x + visible.width - padding + 0.5 &&
      shown.y + shown.height <= visible.y + visible.height - padding + 0.5
    );
  };
  if (shows(transform)) {
    return transform;
  }
  const centreX = bounds.x + bounds.width / 2;
  const centreY = bounds.y + bounds.height / 2;
  const middleX = visible.x + visible.width / 2;
  const middleY = visible.y + visible.height / 2;
  const centredAt = (k: number) => clampTransform({ k, x: middleX - centreX * k, y: middleY - centreY * k }, limits);
  const largest = Math.min(
    limits.scaleExtent[1],
    (visible.width - 2 * padding) / Math.max(bounds.width, 1e-6),
    (visible.height - 2 * padding) / Math.max(bounds.height, 1e-6),
  );
  let best = centredAt(transform.k);
  // Each step zooms in by 5 %: fine enough that the figure is not zoomed much past what is needed.
  for (let k = transform.k; k <= largest; k *= 1.05) {
    best = centredAt(k);
    if (shows(best)) {
      return best;
    }
  }
  return best;
}
