import {
  clampTransform,
  fitBounds,
  interpolateTransform,
  invertPoint,
  transformPoint,
  zoomAbout,
  type Bounds,
  type ViewBoxPoint,
  type ZoomLimits,
  type ZoomTransform,
} from '@bodymap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createStrictContext } from './create-context.js';

export interface ZoomContextValue {
  readonly transform: ZoomTransform;
  readonly limits: ZoomLimits;
  /**
   * CSS pixels per viewBox unit at the current zoom: how large the figure is drawn. Things that
   * must keep their size on screen (hotspot targets, captions) divide by it.
   */
  readonly scale: number;
  /** Reports the SVG's own CSS pixels per viewBox unit, measured as it is laid out. */
  readonly setPixelsPerUnit: (value: number) => void;
  /** Zooms by a factor about a viewBox point (the middle of the view by default), animated. */
  readonly zoomBy: (factor: number, about?: ViewBoxPoint) => void;
  readonly reset: () => void;
  /** Applies a transform from a gesture at once, stopping any animation. */
  readonly follow: (transform: ZoomTransform) => void;
}

const [ZoomProvider, useZoomContext] = createStrictContext<ZoomContextValue>('BodyMap.Root');
export { ZoomProvider, useZoomContext };

/** The factor one press of a zoom button or key zooms by. */
export const zoomStep = 1.6;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

// Slow at both ends, so a move neither jolts into motion nor stops dead.
const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export interface ZoomController extends ZoomContextValue {
  /** Moves to a transform along van Wijk's zoom path, or at once when reduced motion is asked for. */
  readonly animateTo: (target: ZoomTransform, done?: () => void) => void;
  /** Animates to show a box (a region or a group) as large as fits, with a margin. */
  readonly fit: (box: Bounds, done?: () => void) => void;
  /** Pans, keeping the scale, just enough to bring a point well inside the view. */
  readonly reveal: (point: ViewBoxPoint) => void;
}

/**
 * The zoom half of a map's state: the transform lives in the map's store (read through `current`,
 * written through `apply`); this adds limits, animation and the measured size of the SVG.
 */
export function useZoomController(
  limits: ZoomLimits,
  current: () => ZoomTransform,
  apply: (transform: ZoomTransform) => void,
  transform: ZoomTransform,
): ZoomController {
  const [pixelsPerUnit, setPixelsPerUnit] = useState(1);
  const frame = useRef<number | null>(null);
  // Where the running animation is going: presses in quick succession build on it, not on wherever
  // the animation has got to.
  const goal = useRef<ZoomTransform | null>(null);
  const stop = useCallback(() => {
    if (frame.current !== null) {
      cancelAnimationFrame(frame.current);
      frame.current = null;
    }
    goal.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const animateTo = useCallback(
    (target: ZoomTransform, done?: () => void) => {
      stop();
      const to = clampTransform(target, limits);
      const from = current();
      if (prefersReducedMotion() || (from.k === to.k && from.x === to.x && from.y === to.y)) {
        apply(to);
        done?.();
        return;
      }
      goal.current = to;
      const path = interpolateTransform(from, to, limits.viewport);
      const duration = Math.min(900, Math.max(240, path.duration * 0.6));
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        // The smooth path may zoom out beyond the limits on a long move; it is kept within them.
        apply(clampTransform(path(easeInOut(t)), limits));
        if (t < 1) {
          frame.current = requestAnimationFrame(step);
        } else {
          frame.current = null;
          goal.current = null;
          done?.();
        }
      };
      frame.current = requestAnimationFrame(step);
    },
    [limits, current, apply, stop],
  );

  const actions = useMemo(() => {
    const centre: ViewBoxPoint = [limits.viewport.x + limits.viewport.width / 2, limits.viewport.y + limits.viewport.height / 2];
    return {
      zoomBy: (factor: number, about: ViewBoxPoint = centre) => animateTo(zoomAbout(goal.current ?? current(), factor, about, limits)),
      reset: () => animateTo({ k: 1, x: 0, y: 0 }),
      follow: (next: ZoomTransform) => {
        stop();
        // A gesture whose position could not be read (a synthetic event without one) moves nothing.
        if (Number.isFinite(next.k) && Number.isFinite(next.x) && Number.isFinite(next.y)) {
          apply(clampTransform(next, limits));
        }
      },
      animateTo,
      fit: (box: Bounds, done?: () => void) => {
        // A point (a hotspot) gets a neighbourhood around it; an area, a margin in proportion.
        const margin = Math.max(24, 0.12 * Math.max(box.width, box.height));
        animateTo(fitBounds(box, limits, margin), done);
      },
      reveal: (point: ViewBoxPoint) => {
        const now = current();
        const [x, y] = transformPoint(now, point);
        const { viewport } = limits;
        const inset = Math.min(viewport.width, viewport.height) * 0.12;
        const inside =
          x >= viewport.x + inset && x <= viewport.x + viewport.width - inset && y >= viewport.y + inset && y <= viewport.y + viewport.height - inset;
        if (!inside) {
          const [cx, cy] = invertPoint(now, centre);
          animateTo({ k: now.k, x: now.x + (cx - point[0]) * now.k, y: now.y + (cy - point[1]) * now.k });
        }
      },
    };
  }, [limits, animateTo, current, apply, stop]);

  return useMemo<ZoomController>(
    () => ({ ...actions, transform, limits, scale: transform.k * pixelsPerUnit, setPixelsPerUnit }),
    [actions, transform, limits, pixelsPerUnit],
  );
}
