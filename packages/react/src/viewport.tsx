import { smoothClosedPath, transformAttribute, transformPoint, viewBoxAttribute, type Direction } from '@bodymap/core';
import { forwardRef, useCallback, useEffect, useRef, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { preloadPanel } from './panel.js';
import { useBodyMapContext } from './root.js';
import { setRef } from './set-ref.js';
import { zoomStep, useZoomContext } from './zoom-context.js';
import type { ZoomGestures } from './zoom-gestures.js';

const arrowKeys: Record<string, Direction | 'first' | 'last'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

// `=` and `_` are `+` and `-` without Shift on many keyboards.
const zoomKeys: Record<string, number> = { '+': zoomStep, '=': zoomStep, '-': 1 / zoomStep, _: 1 / zoomStep };

// The events that can start a gesture before d3-zoom has loaded; each is replayed once it has.
const gestureStarts = ['wheel', 'mousedown', 'touchstart', 'dblclick'] as const;

export type BodyMapViewportProps = ComponentPropsWithoutRef<'svg'>;

/**
 * The `<svg>` that draws the current view, zoomed and panned. It is the map's single keyboard stop:
 * arrow keys move between regions by position, Home and End jump to the first and last, `+`, `-`
 * and `0` zoom in, out and back to the whole figure. Wheel, drag, pinch and double-tap zoom and
 * pan too; the code for those loads when the pointer or focus first comes to the map, and a
 * gesture begun before it arrives is played back to it, not lost.
 * @selector [data-view] the view drawn
 * @selector [data-zoomed] present while zoomed in
 * @selector [aria-busy] while the view's geometry loads
 */
export const BodyMapViewport = forwardRef<SVGSVGElement, BodyMapViewportProps>(function BodyMapViewport(
  { className, children, onKeyDown, ...svgProps },
  forwardedRef,
) {
  const { atlas, content, view, state, ids, svgRef, move, places, tabStop, entering } = useBodyMapContext('BodyMap.Viewport');
  const { transform, limits, zoomBy, reset, follow, setPixelsPerUnit } = useZoomContext('BodyMap.Viewport');
  const latest = useRef({ follow, transform });
  latest.current = { follow, transform };
  const gestures = useRef<ZoomGestures | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const mounted = useRef(false);

  const ref = useCallback(
    (node: SVGSVGElement | null) => {
      svgRef.current = node;
      setRef(forwardedRef, node);
    },
    [forwardedRef, svgRef],
  );

  const loadGestures = useCallback(() => {
    loading.current ??= import('./zoom-gestures.js').then(({ bindZoomGestures }) => {
      const svg = svgRef.current;
      if (mounted.current && svg && !gestures.current) {
        gestures.current = bindZoomGestures(svg, limits, (next) => latest.current.follow(next));
        gestures.current.sync(latest.current.transform);
      }
    });
    return loading.current;
  }, [limits, svgRef]);

  useEffect(() => {
    mounted.current = true;
    const svg = svgRef.current;
    if (!svg) {
      return;
    }
    // The SVG's own size, for things that keep a constant size on screen at any zoom.
    const measure = () => {
      const box = svg.getBoundingClientRect();
      const { width, height } = atlas.viewBox;
      if (box.width > 0 && box.height > 0) {
        setPixelsPerUnit(Math.min(box.width / width, box.height / height));
      }
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(svg);

    let pending: Event[] = [];
    let released = false;
    const early = (event: Event) => {
      if (gestures.current) {
        return;
      }
      if (event instanceof WheelEvent) {
        const { k } = latest.current.transform;
        const zoomsIn = event.deltaY < 0;
        if (zoomsIn ? k >= limits.scaleExtent[1] : k <= limits.scaleExtent[0]) {
          return; // d3 would let the page scroll too
        }
        event.preventDefault();
      }
      released = false;
      pending.push(event);
      void loadGestures().then(() => {
        const replay = pending;
        pending = [];
        for (const original of replay) {
          // A press already let go was a click, which the regions have handled.
          if (gestures.current && (!released || original.type === 'wheel' || original.type === 'dblclick')) {
            (original.target ?? svg).dispatchEvent(copyEvent(original));
          }
        }
      });
    };
    const release = () => {
      released = true;
    };
    for (const type of gestureStarts) {
      svg.addEventListener(type, early, { capture: true, passive: false });
    }
    window.addEventListener('mouseup', release, true);
    window.addEventListener('touchend', release, true);
    return () => {
      mounted.current = false;
      observer?.disconnect();
      for (const type of gestureStarts) {
        svg.removeEventListener(type, early, { capture: true });
      }
      window.removeEventListener('mouseup', release, true);
      window.removeEventListener('touchend', release, true);
      gestures.current?.destroy();
      gestures.current = null;
      loading.current = null;
    };
  }, [atlas.viewBox, limits, loadGestures, setPixelsPerUnit, svgRef]);

  useEffect(() => {
    gestures.current?.sync(transform);
  }, [transform]);

  const zoomed = transform.k > 1;
  return (
    <svg
      ref={ref}
      viewBox={viewBoxAttribute(atlas.viewBox)}
      role="group"
      aria-label={`${content.strings.mapLabel}, ${content.strings.views[state.view]}`}
      aria-busy={view === null || undefined}
      className={className ? `bodymap-viewport ${className}` : 'bodymap-viewport'}
      data-view={state.view}
      data-zoomed={zoomed || undefined}
      {...svgProps}
      onPointerEnter={(event) => {
        svgProps.onPointerEnter?.(event);
        void loadGestures();
        preloadPanel();
      }}
      onFocus={(event) => {
        svgProps.onFocus?.(event);
        void loadGestures();
        preloadPanel();
      }}
      onKeyDown={(event: KeyboardEvent<SVGSVGElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
          return;
        }
        const direction = arrowKeys[event.key];
        const factor = zoomKeys[event.key];
        if (direction) {
          event.preventDefault();
          move(direction);
        } else if (factor) {
          event.preventDefault();
          // Zoom about the focused region, so it stays where the eye is.
          const place = places.find((candidate) => candidate.id === tabStop);
          zoomBy(factor, place ? transformPoint(transform, place.point) : undefined);
        } else if (event.key === '0') {
          event.preventDefault();
          reset();
        }
      }}
    >
      {view && (
        <defs>
          <clipPath id={ids.clip}>
            {view.silhouette.map((outline, index) => (
              <path key={index} d={smoothClosedPath(outline)} />
            ))}
          </clipPath>
        </defs>
      )}
      {/* Keyed by view, so a view reached by zooming into a region plays its entrance once. */}
      <g key={state.view} className="bodymap-stage" data-entering={entering === state.view || undefined}>
        <g className="bodymap-scene" transform={zoomed || transform.x !== 0 || transform.y !== 0 ? transformAttribute(transform) : undefined}>
          {children}
        </g>
      </g>
    </svg>
  );
});

/** A copy of an input event that can be dispatched again, with the same position, keys and touches. */
function copyEvent(event: Event): Event {
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
