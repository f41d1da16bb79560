import {
  gestureOwner,
  loadValue,
  loadZoomPath,
  transformAttribute,
  transformPoint,
  viewBoxAttribute,
  zoomStep,
  type BodyMapController,
  type Direction,
  type ViewGeometry,
} from '@bodymap/core';
import { forwardRef, useCallback, useEffect, useMemo, useRef, type ComponentPropsWithoutRef, type CSSProperties, type KeyboardEvent } from 'react';
import { focusRegionElement, useBodyMapContext, useBodyMapState } from './context.js';
import { loadPopover } from './panel.js';
import { partClass } from './part-class.js';
import { setRef } from './set-ref.js';
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

/** Whether the page around a node can scroll: the document, or a scrolling box the node is in. */
function pageScrolls(node: Element): boolean {
  for (let box: Element | null = node; box; box = box.parentElement ?? ((box.getRootNode() as ShadowRoot).host || null)) {
    const { overflowY } = getComputedStyle(box);
    if (box.scrollHeight > box.clientHeight && (overflowY === 'auto' || overflowY === 'scroll' || box === box.ownerDocument.scrollingElement)) {
      return true;
    }
  }
  return false;
}

/** Whether the map takes a wheel or a touch on `svg`, by the controller's rule; any other input it takes. */
function mapOwns(controller: BodyMapController, svg: SVGSVGElement, event: Event): boolean {
  const { transform } = controller.getState();
  if (event.type === 'wheel') {
    const { ctrlKey, metaKey } = event as WheelEvent;
    return gestureOwner({ kind: 'wheel', modifier: ctrlKey || metaKey, pageScrolls: pageScrolls(svg) }, transform) === 'map';
  }
  if (event.type === 'touchstart') {
    return gestureOwner({ kind: 'touch', fingers: (event as TouchEvent).touches.length }, transform) === 'map';
  }
  return true;
}

// One request per page, shared by every map and by the loads ahead of the first tap.
const loadZoomGestures = () => import('./zoom-gestures.js');

// On a touch screen the press is the first sign of a tap, too late for its text. A reader who stays
// this long with the map in sight has stopped on it rather than scrolling past, and is likely to
// tap: the view's panel texts load then. A pointer that can hover gives each region's text its own
// head start instead, and a visitor saving data gets only what they open.
const lingerMs = 1000;
const loadsViewAhead = () =>
  globalThis.matchMedia?.('(any-hover: hover)').matches !== true &&
  (globalThis.navigator as (Navigator & { connection?: { saveData?: boolean } }) | undefined)?.connection?.saveData !== true;

export type BodyMapViewportProps = ComponentPropsWithoutRef<'svg'>;

/**
 * The `<svg>` that draws the current view, zoomed and panned. It is the map's single keyboard stop:
 * arrow keys move between regions by position, Home and End jump to the first and last, `+`, `-`
 * and `0` zoom in, out and back to the whole figure. Wheel, drag, pinch and double-tap zoom and
 * pan too, but the page keeps its scrolling until the map is zoomed: at the whole view one finger
 * and a plain wheel scroll the page, and the gesture hint says what zooms. The code for gestures
 * (with their hints) and the zoom animation's path load ahead of the first tap, when the map comes
 * near the screen or the page is idle, and a gesture begun before the gestures arrive is played
 * back to them, not lost. A region's panel text loads when a pointer comes over it, presses it or
 * focus reaches it, and on a touch screen the view's texts load once the map has stayed in sight
 * for a second. It sets `--bodymap-unit`, the size of one CSS pixel in the figure's units at the
 * current zoom, for parts that keep their size on screen.
 * @selector [data-view] the view drawn
 * @selector [data-layer="areas" | "muscles"] the layer drawn
 * @selector [data-zoomed] present while zoomed in
 * @selector [aria-busy] while the view's geometry loads
 */
export const BodyMapViewport = forwardRef<SVGSVGElement, BodyMapViewportProps>(function BodyMapViewport(
  { className, children, onKeyDown, ...svgProps },
  forwardedRef,
) {
  const { controller, ids, svgRef } = useBodyMapContext('BodyMap.Viewport');
  const { atlas, limits } = controller;
  const geometry = useBodyMapState((state) => state.geometry);
  const view = useBodyMapState((state) => state.view);
  const layer = useBodyMapState((state) => state.layer);
  const strings = useBodyMapState((state) => state.content.strings);
  const intake = useBodyMapState((state) => state.mode === 'intake');
  const invalid = useBodyMapState((state) => state.validationShown);
  const transform = useBodyMapState((state) => state.transform);
  const scale = useBodyMapState((state) => state.scale);
  const entering = useBodyMapState((state) => state.entering);
  const gestures = useRef<ZoomGestures | null>(null);
  const loading = useRef<Promise<typeof import('./zoom-gestures.js')> | null>(null);
  const mounted = useRef(false);

  const ref = useCallback(
    (node: SVGSVGElement | null) => {
      svgRef.current = node;
      setRef(forwardedRef, node);
    },
    [forwardedRef, svgRef],
  );

  const loadGestures = useCallback(() => {
    loading.current ??= loadValue(loadZoomGestures).then((module) => {
      const svg = svgRef.current;
      if (mounted.current && svg && !gestures.current) {
        gestures.current = module.bindZoomGestures(svg, limits, {
          onGesture: controller.setTransform,
          owns: (event) => mapOwns(controller, svg, event),
          // As d3 zooms on a double click: twice as large, about the point.
          onDoubleTap: (point) => controller.zoomBy(2, point),
          onHint: controller.showGestureHint,
        });
        gestures.current.sync(controller.getState().transform);
      }
      return module;
    });
    return loading.current;
  }, [controller, limits, svgRef]);

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
        controller.measure(Math.min(box.width / width, box.height / height));
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
      if (!mapOwns(controller, svg, event)) {
        return; // the page's: nothing to play back
      }
      if (event instanceof WheelEvent) {
        const { k } = controller.getState().transform;
        const zoomsIn = event.deltaY < 0;
        if (zoomsIn ? k >= limits.scaleExtent[1] : k <= limits.scaleExtent[0]) {
          return; // d3 would let the page scroll too
        }
        event.preventDefault();
      }
      released = false;
      pending.push(event);
      void loadGestures().then(({ copyEvent }) => {
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
  }, [atlas.viewBox, controller, limits, loadGestures, svgRef]);

  useEffect(() => {
    gestures.current?.sync(transform);
  }, [transform]);

  // What a first tap waits for loads ahead, all at once: the panel's code, the gestures (with their
  // hints) and the zoom animation's path when the map first comes near the screen or the page is
  // idle, whichever is first; the view's texts once the map has stayed in sight a while; a region's
  // text when a pointer comes to it, presses it or focus reaches it. Effects never run on a server.
  const loaders = useMemo(() => [loadPopover, () => loadGestures(), loadZoomPath], [loadGestures]);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) {
      return;
    }
    const cancelIdle = controller.prefetchWhenIdle({ loaders });
    let observer: IntersectionObserver | undefined;
    const ahead = () => {
      cancelIdle();
      observer?.disconnect();
      controller.prefetch({ loaders });
    };
    let linger: ReturnType<typeof setTimeout> | undefined;
    let lingering: IntersectionObserver | undefined;
    if (typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && ahead(), { rootMargin: '200px 0px' });
      observer.observe(svg);
      if (loadsViewAhead()) {
        lingering = new IntersectionObserver(
          (entries) => {
            clearTimeout(linger);
            linger = entries.some((entry) => entry.isIntersecting)
              ? setTimeout(() => {
                  lingering?.disconnect();
                  controller.prefetch({ view: true, loaders });
                }, lingerMs)
              : undefined;
          },
          { threshold: 0.3 },
        );
        lingering.observe(svg);
      }
    }
    const intent = (event: Event) => {
      const region = event.target instanceof Element ? event.target.closest('[data-region]')?.getAttribute('data-region') : null;
      if (region) {
        controller.prefetch({ regions: [region], loaders });
      }
    };
    const intents = ['pointerover', 'pointerdown'] as const;
    for (const type of intents) {
      svg.addEventListener(type, intent, true);
    }
    // Focus is heard on the document (or the shadow root): Chromium makes an <svg> with a focus
    // listener of its own a tab stop.
    const root = svg.getRootNode();
    const focusIntent = (event: Event) => {
      if (event.target instanceof Node && svg.contains(event.target)) {
        intent(event);
      }
    };
    root.addEventListener('focusin', focusIntent, true);
    return () => {
      cancelIdle();
      observer?.disconnect();
      lingering?.disconnect();
      clearTimeout(linger);
      for (const type of intents) {
        svg.removeEventListener(type, intent, true);
      }
      root.removeEventListener('focusin', focusIntent, true);
    };
  }, [controller, loaders, svgRef]);

  // After zooming into a region to reach its detail view, the new view's tab stop takes focus once
  // it is drawn, once.
  const arrived = useRef<ViewGeometry | null>(null);
  useEffect(() => {
    if (entering !== null && geometry !== null && geometry.view.id === entering && arrived.current !== geometry) {
      arrived.current = geometry;
      focusRegionElement(svgRef.current, controller.getState().tabStop);
    }
  }, [controller, entering, geometry, svgRef]);

  const zoomed = transform.k > 1;
  return (
    <svg
      ref={ref}
      viewBox={viewBoxAttribute(atlas.viewBox)}
      role="group"
      aria-label={`${intake ? strings.intake.mapLabel : strings.mapLabel}, ${strings.views[view]}${layer === 'areas' ? '' : `, ${strings.layers[layer]}`}`}
      aria-busy={geometry === null || undefined}
      // A stopped submission's message describes the figure, which the focus returns to.
      aria-describedby={invalid ? ids.validation : undefined}
      className={partClass('bodymap-viewport', className)}
      data-view={view}
      data-layer={layer}
      data-zoomed={zoomed || undefined}
      {...svgProps}
      style={{ '--bodymap-unit': 1 / scale, ...svgProps.style } as CSSProperties}
      onPointerEnter={(event) => {
        svgProps.onPointerEnter?.(event);
        controller.prefetch({ loaders });
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
          focusRegionElement(svgRef.current, controller.move(direction));
        } else if (factor) {
          event.preventDefault();
          // Zoom about the focused region, so it stays where the eye is.
          const { geometry: drawn, tabStop, transform: now } = controller.getState();
          const place = tabStop === null ? undefined : drawn?.placeOf.get(tabStop);
          controller.zoomBy(factor, place ? transformPoint(now, place.point) : undefined);
        } else if (event.key === '0') {
          event.preventDefault();
          controller.resetZoom();
        }
      }}
    >
      {geometry && (
        <defs>
          <clipPath id={ids.clip}>
            {geometry.silhouette.map((d, index) => (
              <path key={index} d={d} />
            ))}
          </clipPath>
        </defs>
      )}
      {/* Keyed by view, so a view reached by zooming into a region plays its entrance once. */}
      <g key={view} className="bodymap-stage" data-entering={entering === view || undefined}>
        <g className="bodymap-scene" transform={zoomed || transform.x !== 0 || transform.y !== 0 ? transformAttribute(transform) : undefined}>
          {children}
        </g>
      </g>
    </svg>
  );
});
