import type { GestureHint, ViewBoxPoint, ZoomLimits, ZoomTransform } from '@bodymap/core';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';

export interface ZoomGestures {
  /** Tells d3 the transform the map now shows, so the next gesture starts from it. */
  sync(transform: ZoomTransform): void;
  /** Removes every listener d3 and this module added. */
  destroy(): void;
}

/** What the map's gestures are told and asked by the viewport. */
export interface ZoomGestureHandlers {
  /** Takes each transform a gesture moves to. */
  readonly onGesture: (transform: ZoomTransform) => void;
  /** Whether a wheel or a touch start is the map's; the rest d3 ignores, so the page scrolls. */
  readonly owns: (event: Event) => boolean;
  /** A double tap with one finger on the whole view, about a viewBox point. */
  readonly onDoubleTap: (point: ViewBoxPoint) => void;
  /** Shows the hint for a gesture left to the page that a person may have meant for the map, or hides it (`null`). */
  readonly onHint: (hint: GestureHint | null) => void;
}

// A tap is a touch that moves less than this (in CSS pixels), and a second one this soon after and
// this near the first makes a double tap: d3-zoom's own measures.
const tapDistance = 10;
const doubleTapDelay = 500;

// How far one finger at the whole view may stray sideways before it asks for two.
const sidewaysSlop = 24;

/**
 * The hints, for gestures the map leaves to the page where a person may have meant the map: a
 * plain wheel, and one finger dragged sideways at the whole view. Returns a function that removes
 * the listeners.
 */
function bindGestureHints(svg: SVGSVGElement, owns: (event: Event) => boolean, onHint: (hint: GestureHint | null) => void): () => void {
  let start: { x: number; y: number } | null = null;
  const wheel = (event: WheelEvent) => {
    if (!owns(event)) {
      onHint('wheel');
    }
  };
  const touchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    start = touch && !owns(event) ? { x: touch.clientX, y: touch.clientY } : null;
    if (event.touches.length > 1) {
      onHint(null);
    }
  };
  // A sideways drag with one finger neither scrolls the page (which pans only up and down over
  // the map) nor pans the whole view.
  const touchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (start && touch && event.touches.length === 1) {
      const dx = Math.abs(touch.clientX - start.x);
      if (dx > sidewaysSlop && dx > 2 * Math.abs(touch.clientY - start.y)) {
        start = null;
        onHint('touch');
      }
    }
  };
  svg.addEventListener('wheel', wheel, { passive: true });
  svg.addEventListener('touchstart', touchStart, { passive: true });
  svg.addEventListener('touchmove', touchMove, { passive: true });
  return () => {
    svg.removeEventListener('wheel', wheel);
    svg.removeEventListener('touchstart', touchStart);
    svg.removeEventListener('touchmove', touchMove);
  };
}

/**
 * Lets d3-zoom read wheel, drag, pinch and double-tap on the map's SVG, and hints at what zooms
 * when a gesture is left to the page. d3 only interprets: each gesture's transform goes to
 * `onGesture`, the store takes it, and React draws it. This is the one module that binds d3 to the
 * DOM, and it loads on first use (see the viewport).
 */
export function bindZoomGestures(svg: SVGSVGElement, limits: ZoomLimits, { onGesture, owns, onDoubleTap, onHint }: ZoomGestureHandlers): ZoomGestures {
  const { viewport, translateExtent, scaleExtent } = limits;
  // Before d3's own listeners, which stop the gestures d3 takes from reaching any later one: a
  // second finger still hides the hint.
  const unbindHints = bindGestureHints(svg, owns, onHint);
  // One finger on the whole view is the page's, so d3 never sees its taps; their double tap is
  // found here. The browser may also report it as a dblclick, which is then not zoomed on again.
  let press: { x: number; y: number } | null = null;
  let lastTap: { x: number; y: number; time: number } | null = null;
  let touchEnded = -Infinity;
  const touchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    press = touch && event.touches.length === 1 && !owns(event) ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const touchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (press && touch && Math.hypot(touch.clientX - press.x, touch.clientY - press.y) >= tapDistance) {
      press = null;
    }
  };
  const touchEnd = (event: TouchEvent) => {
    touchEnded = event.timeStamp;
    const touch = event.changedTouches[0];
    if (!press || !touch) {
      return;
    }
    const tap = { x: touch.clientX, y: touch.clientY, time: event.timeStamp };
    press = null;
    if (lastTap && tap.time - lastTap.time < doubleTapDelay && Math.hypot(tap.x - lastTap.x, tap.y - lastTap.y) < 2 * tapDistance) {
      lastTap = null;
      const [x, y] = pointer(touch, svg);
      onDoubleTap([x, y]);
    } else {
      lastTap = tap;
    }
  };
  const fromTouch = (event: Event) => event.type === 'dblclick' && event.timeStamp - touchEnded < doubleTapDelay;

  const behaviour = zoom<SVGSVGElement, unknown>()
    .extent([
      [viewport.x, viewport.y],
      [viewport.x + viewport.width, viewport.y + viewport.height],
    ])
    .scaleExtent([scaleExtent[0], scaleExtent[1]])
    .translateExtent([
      [translateExtent.x, translateExtent.y],
      [translateExtent.x + translateExtent.width, translateExtent.y + translateExtent.height],
    ])
    // d3's own rule (no Ctrl except to pinch-zoom with a wheel, main button only), a press must
    // come from a window, which d3 follows the drag on (events made up by scripts may have none),
    // the gesture must be the map's (d3-zoom's filter is where it lets the page have the rest),
    // and a double tap is zoomed on once.
    .filter(
      (event: MouseEvent) =>
        (!event.ctrlKey || event.type === 'wheel') &&
        !event.button &&
        (event.type === 'wheel' || event.view !== null) &&
        owns(event) &&
        !fromTouch(event),
    )
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      // Transforms d3 is told of through `sync` come back with no source event; only gestures go on.
      if (event.sourceEvent) {
        const { k, x, y } = event.transform;
        onGesture({ k, x, y });
      }
    });
  const selection = select(svg).call(behaviour);
  svg.addEventListener('touchstart', touchStart, { passive: true });
  svg.addEventListener('touchmove', touchMove, { passive: true });
  svg.addEventListener('touchend', touchEnd, { passive: true });
  return {
    sync({ k, x, y }) {
      const known = (svg as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom;
      if (known?.k !== k || known.x !== x || known.y !== y) {
        behaviour.transform(selection, zoomIdentity.translate(x, y).scale(k));
      }
    },
    destroy() {
      selection.on('.zoom', null);
      unbindHints();
      svg.removeEventListener('touchstart', touchStart);
      svg.removeEventListener('touchmove', touchMove);
      svg.removeEventListener('touchend', touchEnd);
    },
  };
}

/**
 * A copy of an input event that can be dispatched again, with the same position, keys and touches:
 * for the gestures begun before this module arrived, which the viewport plays back to it.
 */
export function copyEvent(event: Event): Event {
  if (typeof TouchEvent === 'function' && event instanceof TouchEvent) {
    return new TouchEvent(event.type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: event.view,
      touches: Array.from(event.touches),
      targetTouches: Array.from(event.targetTouches),
      changedTouches: Array.from(event.changedTouches),
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
    });
  }
  if (event instanceof WheelEvent) {
    return new WheelEvent(event.type, event);
  }
  if (event instanceof MouseEvent) {
    return new MouseEvent(event.type, event);
  }
  return new Event(event.type, event);
}
