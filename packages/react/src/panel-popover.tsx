import { hotspotTargetRadius, revealInside, transformBounds, type BodyMapController, type Bounds, type RegionPlace, type ZoomTransform } from '@bodymap/core';
import {
  arrow,
  autoUpdate,
  flip,
  FloatingArrow,
  FloatingFocusManager,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
  useMergeRefs,
  useRole,
  type FloatingContext,
  type Middleware,
  type MiddlewareState,
  type Padding,
  type ReferenceElement,
  type VirtualElement,
} from '@floating-ui/react';
import {
  createContext,
  forwardRef,
  memo,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { focusRegionElement, useBodyMapContext, useBodyMapState } from './context.js';
import { BodyMapMarkEditor } from './intake-parts.js';
import { PanelText } from './panel-body.js';
import {
  BodyMapPanelArrow,
  BodyMapPanelBody,
  BodyMapPanelClose,
  BodyMapPanelDetailLink,
  BodyMapPanelTitle,
  PanelProvider,
  usePanelContext,
  type BodyMapPanelArrowProps,
  type BodyMapPanelBodyProps,
  type PanelContextValue,
  type PanelLayout,
} from './panel-parts.js';
import type { BodyMapPanelProps } from './panel.js';
import { partClass } from './part-class.js';
import { screenRectToViewBox, viewBoxRectToScreen } from './screen-geometry.js';

/** Below this width of the map (CSS pixels), the panel is a sheet along the bottom of the viewport. */
export const sheetBreakpoint = 480;

/** How far a sheet is dragged down before letting go closes it. */
const swipeToClose = 64;

/** The room kept between the region and the sheet's edge, in CSS pixels. */
const sheetMargin = 12;

// The floating context changes with every position; only the arrow reads it, through this context,
// so moving the panel renders the arrow and nothing else inside it.
const FloatingState = createContext<FloatingContext | null>(null);

/**
 * The open panel itself, with the positioning code; loaded with the first panel that opens. Its
 * element stays in the document (hidden) once here, so opening a panel later renders its parts and
 * positions it, and placing it, which floating-ui keeps in state, renders only this component.
 */
const PanelPopover = forwardRef<HTMLDivElement, BodyMapPanelProps>(function PanelPopover({ layout = 'auto', children, ...divProps }, forwardedRef) {
  const { controller, svgRef, rootRef } = useBodyMapContext('BodyMap.Panel');
  const selected = useBodyMapState((state) => state.selectedRegion);
  const place = useBodyMapState((state) => (state.selectedRegion === null ? undefined : state.geometry?.placeOf.get(state.selectedRegion)));
  const narrow = useNarrowContainer(rootRef);
  const mode: PanelLayout = layout === 'inline' ? 'inline' : narrow ? 'sheet' : 'anchored';
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const close = useCallback(() => focusRegionElement(svgRef.current, controller.close()), [controller, svgRef]);
  const panel = useMemo<PanelContextValue | null>(
    () => (selected === null ? null : { region: selected, layout: mode, titleRef, close, Arrow: PanelArrowShape, Body: PanelBodyText }),
    [selected, mode, close],
  );
  // Created here, not in the positioned part below, so a new position leaves the parts inside alone.
  const content = panel && (
    <PanelProvider value={panel}>
      {mode === 'sheet' && <div className="bodymap-panel-handle" aria-hidden="true" />}
      {children ?? <DefaultParts />}
    </PanelProvider>
  );
  return (
    <PanelPosition ref={forwardedRef} place={selected === null ? undefined : place} mode={mode} titleRef={titleRef} divProps={divProps}>
      {content}
    </PanelPosition>
  );
});

/** The ready-made panel: the arrow, a header with the title and Close, the detail link and the text; in intake mode, the mark's editor in place of those two. */
const DefaultParts = memo(function DefaultParts() {
  const intake = useBodyMapState((state) => state.mode === 'intake');
  return (
    <>
      <BodyMapPanelArrow />
      <div className="bodymap-panel-header">
        <BodyMapPanelTitle />
        <BodyMapPanelClose />
      </div>
      {intake ? (
        <BodyMapMarkEditor />
      ) : (
        <>
          <BodyMapPanelDetailLink />
          <BodyMapPanelBody />
        </>
      )}
    </>
  );
});

interface PanelPositionProps {
  place: RegionPlace | undefined;
  mode: PanelLayout;
  titleRef: RefObject<HTMLHeadingElement | null>;
  divProps: Omit<BodyMapPanelProps, 'layout' | 'children'>;
  children: ReactNode;
}

const PanelPosition = forwardRef<HTMLDivElement, PanelPositionProps>(function PanelPosition(
  { place, mode, titleRef, divProps: { className, style, ...divProps }, children },
  forwardedRef,
) {
  const { controller, ids, svgRef, openedWith } = useBodyMapContext('BodyMap.Panel');
  const selected = useBodyMapState((state) => state.selectedRegion);
  const opener = useSyncExternalStore(openedWith.subscribe, openedWith.getState, openedWith.getState);
  const open = place !== undefined && selected !== null;
  const anchored = open && mode === 'anchored';
  // Open on the region's outer side, so the panel covers as little of the figure as it can, level
  // with the region's top: centred on a shoulder, a tall panel would be pushed up over the view switch.
  const { x: viewX, width: viewWidth } = controller.atlas.viewBox;
  const placement = place && place.point[0] < viewX + viewWidth / 2 - 1 ? 'left-start' : 'right-start';
  const { refs, floatingStyles, context, update, elements } = useFloating({
    open,
    onOpenChange(next, _event, reason) {
      if (!next) {
        const closed = controller.close();
        // Focus goes back to the region here: floating-ui returns it only to HTML elements, and a
        // region is SVG. A press elsewhere leaves focus where that press put it.
        if (reason === 'escape-key') {
          focusRegionElement(svgRef.current, closed);
        }
      }
    },
    placement,
    middleware,
    // Without this, floating-ui positions the panel at once, in a layout effect, whenever the
    // placement changes: in the tap that opens a panel on the region's other side, where it forces
    // the page's layout twice. positionEachFrame, below, starts positioning in the next frame.
    whileElementsMounted: positionedEachFrame,
  });
  // One reference for every region, reading the open one's geometry as it is measured: handing
  // floating-ui a new one would render once more each time a panel opens.
  useLayoutEffect(() => refs.setPositionReference(openRegionReference(svgRef, controller)), [refs, svgRef, controller]);
  const reference = elements.reference;
  // Started here, not by `whileElementsMounted`, so that it starts again for each region opened.
  const floating = elements.floating;
  useEffect(
    () => (anchored && floating && place && reference ? positionEachFrame(reference, floating, update) : undefined),
    [anchored, floating, place, reference, update],
  );
  // The region moves on screen with every zoom and pan.
  useEffect(
    () => (anchored ? controller.subscribe((state) => state.transform, () => update()) : undefined),
    [anchored, controller, update],
  );
  useRegionAboveSheet(open && mode === 'sheet', place, reference, floating);

  const dismiss = useDismiss(context, {
    // A press on a region toggles it or opens another; zooming is for looking closer at the open one.
    // A panel placed in the page stays until it is closed.
    outsidePress: mode === 'inline' ? false : (event) => !pressedPart(event, svgRef.current),
    // A click, not the press: a drag that pans the figure ends in no click (d3-zoom swallows it).
    outsidePressEvent: 'click',
  });
  const role = useRole(context, { role: 'dialog' });
  const { getFloatingProps } = useInteractions([dismiss, role]);
  // One ref callback for the element's life: a new one would hand floating-ui null and the element
  // again on every render, and each is a state change that commits once more.
  const setFloating = useCallback((node: HTMLElement | null) => refs.setFloating(node), [refs]);
  const floatingRef = useMergeRefs([setFloating, forwardedRef]);
  const swipe = useSwipeDown(mode === 'sheet', floating);

  return (
    <div
      {...getFloatingProps({ ...divProps, ...(mode === 'sheet' ? swipe : {}) })}
      ref={floatingRef}
      id={ids.panel}
      aria-labelledby={ids.title}
      hidden={!open}
      className={partClass('bodymap-panel', className)}
      data-layout={mode}
      data-side={anchored ? context.placement.split('-')[0] : undefined}
      style={mode === 'anchored' ? { ...floatingStyles, ...style } : style}
    >
      {open && (
        // Keyed by region, so opening another region's panel from the keyboard moves focus to its title too.
        // A panel opened by a pointer leaves focus on its region and needs no managing: enabled, the
        // manager reads the panel's layout for its focusable controls and marks every other element
        // of the page, in the tap that opens it, which on a phone's article page costs a third of the tap.
        <FloatingFocusManager
          key={selected}
          context={context}
          disabled={opener !== 'keyboard'}
          modal={false}
          initialFocus={titleRef}
          returnFocus={false}
          closeOnFocusOut={false}
        >
          <FloatingState.Provider value={anchored ? context : null}>{children}</FloatingState.Provider>
        </FloatingFocusManager>
      )}
    </div>
  );
});

// How far, in CSS pixels, a panel may step down past the map's controls and still sit beside its region.
const shortStep = 48;

/**
 * Keeps a panel off the map's own controls, the zoom buttons and the view switch: a panel level
 * with the head, beside the top of the figure, would hide them. It steps down past them when that
 * is a short step, and tries the region's other side first when it is not.
 */
const clearOfControls: Middleware = {
  name: 'clearOfControls',
  async fn({ x, y, placement, elements, rects, platform, strategy, middlewareData }) {
    const controls = [...(elements.floating.closest('.bodymap-root')?.querySelectorAll('.bodymap-zoom-controls, .bodymap-view-switch') ?? [])];
    // Measured as floating-ui measures a reference, so in the panel's own coordinates.
    const boxes = await Promise.all(
      controls.map(async (control) => (await platform.getElementRects({ reference: control, floating: elements.floating, strategy })).reference),
    );
    const covers = (top: number) =>
      boxes.filter((box) => x < box.x + box.width && box.x < x + rects.floating.width && top < box.y + box.height && box.y < top + rects.floating.height);
    if (covers(y).length === 0) {
      return {};
    }
    let top = y;
    for (let covered = covers(top); covered.length > 0; covered = covers(top)) {
      top = Math.max(...covered.map((box) => box.y + box.height)) + 8;
    }
    // A short step down keeps the panel beside its region and off the figure; a long one would
    // leave the region behind, so the other side is tried first.
    const side = placement.split('-')[0];
    const tried = middlewareData.clearOfControls as { mirrored?: boolean } | undefined;
    if (top - y > shortStep && tried?.mirrored !== true && (side === 'left' || side === 'right')) {
      return { data: { mirrored: true }, reset: { placement: side === 'right' ? 'left-start' : 'right-start' } };
    }
    return { y: top };
  },
};

/**
 * The room the panel keeps from the window's edges, and at the top from the view switch above the
 * figure too, when the switch is above the region: `shift` would otherwise push a tall panel up
 * over it.
 */
function edges({ elements }: MiddlewareState): Padding {
  const switchBottom = elements.floating.closest('.bodymap-root')?.querySelector('.bodymap-view-switch')?.getBoundingClientRect().bottom;
  const regionTop = elements.reference.getBoundingClientRect().top;
  const top = switchBottom === undefined ? 8 : Math.max(8, Math.min(switchBottom + 8, regionTop));
  return { top, right: 8, bottom: 8, left: 8 };
}

// The gap between a panel and its region, in CSS pixels.
const panelGap = 14;

/**
 * Sets the panel's distance from its region, as floating-ui's `offset` would, but as a position
 * rather than a step: `offset` skips its step when the arrow has moved the panel to reach a small
 * region, and a measurement started again after that (by `size`, when the panel's width changed)
 * lost the gap, leaving the panel against its region.
 */
const besideRegion: Middleware = {
  name: 'besideRegion',
  fn({ placement, rects: { reference, floating } }) {
    switch (placement.split('-')[0]) {
      case 'right':
        return { x: reference.x + reference.width + panelGap };
      case 'left':
        return { x: reference.x - floating.width - panelGap };
      case 'bottom':
        return { y: reference.y + reference.height + panelGap };
      default:
        return { y: reference.y - floating.height - panelGap };
    }
  },
};

const middleware: Middleware[] = [
  besideRegion,
  // Too tall for the room beside the region is shift's and size's to solve, not a reason to move
  // above or below it, where the panel would cover the view switch or run off the page.
  flip((state) => ({ fallbackAxisSideDirection: 'end', crossAxis: 'alignment', padding: edges(state) })),
  clearOfControls,
  size((state) => ({
    padding: edges(state),
    apply({ availableHeight, availableWidth, elements: { floating } }) {
      setStyleVariable(floating, '--bodymap-panel-available-height', `${Math.max(160, Math.floor(availableHeight))}px`);
      setStyleVariable(floating, '--bodymap-panel-available-width', `${Math.max(240, Math.floor(availableWidth))}px`);
    },
  })),
  // Across too: on a page too narrow for the panel beside its region, inside the window wins.
  shift((state) => ({ padding: edges(state), crossAxis: true })),
  // Found at each measurement, not held in a ref: the arrow is one of the parts, anywhere inside.
  arrow(({ elements }) => ({ element: elements.floating.querySelector('[data-panel-arrow]'), padding: 14 })),
];

/**
 * Sets a custom property unless it already has that value: setting one restyles the whole panel,
 * text and all, before floating-ui's next measurement of it, even when nothing changed.
 */
function setStyleVariable(element: HTMLElement, name: string, value: string) {
  if (element.style.getPropertyValue(name) !== value) {
    element.style.setProperty(name, value);
  }
}

/**
 * floating-ui's autoUpdate, started in the next frame rather than in the click that opened the
 * panel: the panel's shell renders at once, and its first measurement, like every later one, runs
 * once per frame, before that frame paints.
 */
function positionEachFrame(reference: ReferenceElement, floating: HTMLElement, update: () => void): () => void {
  let stop: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    stop = autoUpdate(reference, floating, update, { animationFrame: false });
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}

/** What floating-ui starts when the panel's elements mount: nothing, as positionEachFrame does that. */
const positionedEachFrame = () => () => undefined;

/** Whether a press landed on one of the map's regions or its zoom buttons, which never close the panel. */
function pressedPart(event: MouseEvent, svg: SVGSVGElement | null): boolean {
  // The path, not the target: inside a shadow root (the <body-map> element) a document listener
  // sees the host as the target of every press.
  const path = event.composedPath();
  const within = (selector: string) => path.some((node) => node instanceof Element && node.matches(selector));
  return (svg !== null && path.includes(svg) && within('[data-region]')) || within('.bodymap-zoom-controls');
}

// FloatingArrow asks for a ref; the arrow middleware finds the element itself at each measurement.
const ignoreArrowNode = () => undefined;

/** The arrow, drawn by floating-ui where its middleware puts it; only an anchored panel has one. */
function PanelArrowShape({ className, ...svgProps }: BodyMapPanelArrowProps) {
  const context = useContext(FloatingState);
  if (context === null) {
    return null;
  }
  return (
    <FloatingArrow
      {...svgProps}
      ref={ignoreArrowNode}
      data-panel-arrow=""
      context={context}
      width={16}
      height={8}
      tipRadius={1}
      strokeWidth={1}
      className={partClass('bodymap-panel-arrow', className)}
    />
  );
}

function PanelBodyText(props: BodyMapPanelBodyProps) {
  const { region } = usePanelContext('BodyMap.PanelBody');
  const content = useBodyMapState((state) => state.content);
  return <PanelText key={region} region={region} content={content} {...props} />;
}

/** Whether the map's root is narrower than {@link sheetBreakpoint}, kept by a ResizeObserver rather than read on a click. */
function useNarrowContainer(rootRef: RefObject<HTMLDivElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) {
        setNarrow(entry.contentRect.width < sheetBreakpoint);
      }
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [rootRef]);
  return narrow;
}

/**
 * Keeps the open region in sight above the sheet: scrolls the page up as far as it goes, then pans
 * the figure, or zooms in as far as panning needs (see `revealInside`). When the sheet
 * closes, the figure goes back to how it was, unless the person has zoomed or panned since.
 */
function useRegionAboveSheet(active: boolean, place: RegionPlace | undefined, reference: ReferenceElement | null, sheet: HTMLElement | null) {
  const { controller, svgRef } = useBodyMapContext('BodyMap.Panel');
  const moved = useRef<{ before: ZoomTransform; after: ZoomTransform } | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!active || !place || !reference || !sheet || !svg) {
      return;
    }
    // In the frame after the sheet's first: the tap paints its sheet first, with no layout forced
    // before that paint, and the page and figure move a frame later.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(reveal);
    });
    const reveal = () => {
      const sheetTop = sheet.getBoundingClientRect().top;
      const region = reference.getBoundingClientRect();
      // The page first, as far as it scrolls, keeping the region's top on screen; then the figure.
      const below = Math.ceil(region.bottom - (sheetTop - sheetMargin)) + 1;
      if (below > 1) {
        window.scrollBy({ top: Math.min(below, Math.max(0, Math.floor(region.top - sheetMargin))), behavior: 'instant' });
      }
      const shown = svg.getBoundingClientRect();
      const top = Math.max(shown.top, 0);
      const uncovered = { x: shown.left, y: top, width: shown.width, height: Math.min(shown.bottom, sheetTop) - top };
      const visible = uncovered.height > 0 ? screenRectToViewBox(svg, uncovered) : undefined;
      if (!visible) {
        return;
      }
      const { transform } = controller.getState();
      const padding = (sheetMargin * visible.width) / Math.max(uncovered.width, 1);
      const next = revealInside(transform, regionBounds(place, transform.k), visible, controller.limits, padding);
      if (next !== transform) {
        controller.setTransform(next);
        // As the controller holds it, so that a later zoom or pan by the person tells apart.
        moved.current = { before: moved.current?.before ?? transform, after: controller.getState().transform };
      }
    };
    return () => cancelAnimationFrame(frame);
  }, [active, place, reference, sheet, controller, svgRef]);
  useEffect(() => {
    if (active) {
      return;
    }
    const last = moved.current;
    moved.current = null;
    if (last && controller.getState().transform === last.after) {
      controller.setTransform(last.before);
    }
  }, [active, controller]);
}

/**
 * Swipe down to close a sheet: from its handle or its header, the sheet follows the finger, and
 * letting go past {@link swipeToClose} closes it; less, and it springs back. Written straight to
 * the sheet's style, so dragging renders nothing.
 */
function useSwipeDown(enabled: boolean, sheet: HTMLElement | null) {
  const { controller, svgRef } = useBodyMapContext('BodyMap.Panel');
  const start = useRef<{ y: number; pointer: number } | null>(null);
  return useMemo(() => {
    if (!enabled || !sheet) {
      return {};
    }
    const end = (event: ReactPointerEvent<HTMLDivElement>, closing: boolean) => {
      if (start.current?.pointer !== event.pointerId) {
        return;
      }
      start.current = null;
      sheet.style.removeProperty('translate');
      sheet.removeAttribute('data-dragging');
      if (closing) {
        focusRegionElement(svgRef.current, controller.close());
      }
    };
    return {
      onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
        const target = event.target instanceof Element ? event.target : null;
        if (!target?.closest('.bodymap-panel-handle, .bodymap-panel-header') || target.closest('button')) {
          return;
        }
        start.current = { y: event.clientY, pointer: event.pointerId };
        event.currentTarget.setPointerCapture(event.pointerId);
        sheet.setAttribute('data-dragging', '');
      },
      onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
        if (start.current?.pointer === event.pointerId) {
          sheet.style.setProperty('translate', `0 ${Math.max(0, event.clientY - start.current.y)}px`);
        }
      },
      onPointerUp(event: ReactPointerEvent<HTMLDivElement>) {
        end(event, start.current !== null && event.clientY - start.current.y > swipeToClose);
      },
      onPointerCancel(event: ReactPointerEvent<HTMLDivElement>) {
        end(event, false);
      },
    };
  }, [enabled, sheet, controller, svgRef]);
}

/** A region's box in viewBox units; a hotspot's is its target, which keeps its size on screen. */
function regionBounds(place: RegionPlace, scale: number): Bounds {
  const reach = place.bounds.width === 0 ? hotspotTargetRadius / scale : 0;
  return {
    x: place.bounds.x - reach,
    y: place.bounds.y - reach,
    width: place.bounds.width + 2 * reach,
    height: place.bounds.height + 2 * reach,
  };
}

/**
 * A virtual element for floating-ui from the open region's geometry in viewBox units, through the current
 * zoom, so the panel stays beside the drawn region however the map is zoomed, panned or resized.
 */
function openRegionReference(svgRef: RefObject<SVGSVGElement | null>, controller: BodyMapController): VirtualElement {
  return {
    getBoundingClientRect: () => {
      const svg = svgRef.current;
      const { transform, scale, selectedRegion, geometry } = controller.getState();
      const place = selectedRegion === null ? undefined : geometry?.placeOf.get(selectedRegion);
      return svg && place ? viewBoxRectToScreen(svg, transformBounds(transform, regionBounds(place, scale))) : new DOMRect();
    },
    get contextElement() {
      return svgRef.current ?? undefined;
    },
  };
}

export default PanelPopover;
