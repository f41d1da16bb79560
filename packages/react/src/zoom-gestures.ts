import type { ZoomLimits, ZoomTransform } from '@bodymap/core';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';

export interface ZoomGestures {
  /** Tells d3 the transform the map now shows, so the next gesture starts from it. */
  sync(transform: ZoomTransform): void;
  /** Removes every listener d3 added. */
  destroy(): void;
}

/**
 * Lets d3-zoom read wheel, drag, pinch and double-tap on the map's SVG. d3 only interprets: each
 * gesture's transform goes to `onGesture`, the store takes it, and React draws it. This is the one
 * module that binds d3 to the DOM, and it loads on first use (see the viewport).
 */
export function bindZoomGestures(
  svg: SVGSVGElement,
  limits: ZoomLimits,
  onGesture: (transform: ZoomTransform) => void,
): ZoomGestures {
  const { viewport, translateExtent, scaleExtent } = limits;
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
    // d3's own rule (no Ctrl except to pinch-zoom with a wheel, main button only), and a press must
    // come from a window, which d3 follows the drag on: events made up by scripts may have none.
    .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button && (event.type === 'wheel' || event.view !== null))
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      // Transforms d3 is told of through `sync` come back with no source event; only gestures go on.
      if (event.sourceEvent) {
        const { k, x, y } = event.transform;
        onGesture({ k, x, y });
      }
    });
  const selection = select(svg).call(behaviour);
  return {
    sync({ k, x, y }) {
      const known = (svg as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom;
      if (known?.k !== k || known.x !== x || known.y !== y) {
        behaviour.transform(selection, zoomIdentity.translate(x, y).scale(k));
      }
    },
    destroy() {
      selection.on('.zoom', null);
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
