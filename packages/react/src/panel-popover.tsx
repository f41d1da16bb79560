import { findRegion, formatString, transformBounds, type Bounds, type RegionPlace } from '@bodymap/core';
import { arrow, autoUpdate, computePosition, flip, offset, shift, size, type Placement, type VirtualElement } from '@floating-ui/react-dom';
import { forwardRef, useEffect, useLayoutEffect, useRef } from 'react';
import { focusRegionElement, useBodyMapContext, useBodyMapState } from './context.js';
import { hotspotTargetRadius } from './hotspot.js';
import { PanelBody } from './panel-body.js';
import type { BodyMapPanelProps } from './panel.js';
import { viewBoxRectToScreen } from './screen-geometry.js';
import { setRef } from './set-ref.js';

/**
 * The open panel itself, with the positioning code; loaded with the first panel that opens. Its
 * position is written to the DOM as floating-ui computes it, not kept in React state: placing the
 * panel, and keeping it beside its region while the map zooms, renders nothing.
 */
const PanelPopover = forwardRef<HTMLDivElement, BodyMapPanelProps>(function PanelPopover(
  { className, style, ...divProps },
  forwardedRef,
) {
  const { controller, ids, svgRef } = useBodyMapContext('BodyMap.Panel');
  const selected = useBodyMapState((state) => state.selectedRegion);
  const place = useBodyMapState((state) => (state.selectedRegion === null ? undefined : state.geometry?.placeOf.get(state.selectedRegion)));
  const content = useBodyMapState((state) => state.content);
  const open = selected !== null && place !== undefined;
  const arrowRef = useRef<HTMLDivElement | null>(null);
  const floatingRef = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const floating = floatingRef.current;
    if (!open || !svg || !floating || !place) {
      return;
    }
    const reference = regionReference(svg, place, () => controller.getState());
    // Open on the region's outer side, so the panel covers as little of the figure as it can, level
    // with the region's top: centred on a shoulder, a tall panel would be pushed up over the view
    // switch. Flipping to `-end` keeps it level with the bottom of a region low on the page.
    const { x: viewX, width: viewWidth } = controller.atlas.viewBox;
    const placement: Placement = place.point[0] < viewX + viewWidth / 2 - 1 ? 'left-start' : 'right-start';
    let live = true;
    const update = async () => {
      const position = await computePosition(reference, floating, {
        placement,
        middleware: [
          offset(14),
          // Too tall for the room beside the region is shift's and size's to solve, not a reason to move
          // above or below it, where the panel would cover the view switch or run off the page.
          flip({ fallbackAxisSideDirection: 'end', crossAxis: 'alignment', padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.setProperty('--bodymap-panel-available-height', `${Math.max(200, Math.floor(availableHeight))}px`);
            },
          }),
          ...(arrowRef.current ? [arrow({ element: arrowRef.current, padding: 14 })] : []),
        ],
      });
      if (!live) {
        return;
      }
      const ratio = globalThis.devicePixelRatio || 1;
      const round = (value: number) => Math.round(value * ratio) / ratio;
      floating.style.transform = `translate(${round(position.x)}px, ${round(position.y)}px)`;
      floating.dataset.side = position.placement.split('-')[0];
      const tip = position.middlewareData.arrow;
      if (arrowRef.current && tip) {
        arrowRef.current.style.left = tip.x === undefined ? '' : `${tip.x}px`;
        arrowRef.current.style.top = tip.y === undefined ? '' : `${tip.y}px`;
      }
    };
    const stopAutoUpdate = autoUpdate(reference, floating, () => void update());
    // The region moves on screen with every zoom and pan.
    const stopFollowing = controller.subscribe((state) => state.transform, () => void update());
    return () => {
      live = false;
      stopAutoUpdate();
      stopFollowing();
    };
  }, [open, place, controller, svgRef]);

  useEffect(() => {
    if (!open) {
      return;
    }
    // `click` rather than `pointerdown`: by then the browser has settled focus, so focus is only
    // taken back to the region when the click did not put it somewhere else.
    const onClick = (event: MouseEvent) => {
      // The path, not the target: inside a shadow root (the <body-map> element) a document
      // listener sees the host as the target of every click.
      const path = event.composedPath();
      const within = (selector: string) => path.some((node) => node instanceof Element && node.matches(selector));
      const floating = floatingRef.current;
      if (floating && path.includes(floating)) {
        return;
      }
      // A region's own click toggles it; zooming is for looking closer at the open one.
      const svg = svgRef.current;
      if ((svg && path.includes(svg) && within('[data-region]')) || within('.bodymap-zoom-controls')) {
        return;
      }
      const focusIsLost = document.activeElement === null || document.activeElement === document.body;
      const closed = controller.close();
      if (focusIsLost) {
        focusRegionElement(svg, closed);
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [open, controller, svgRef]);

  if (!open || selected === null) {
    return null;
  }
  const detailView = findRegion(controller.atlas.regions, selected)?.detailView;
  return (
    <div
      ref={(node) => {
        floatingRef.current = node;
        setRef(forwardedRef, node);
      }}
      id={ids.panel}
      role="dialog"
      aria-labelledby={ids.title}
      className={className ? `bodymap-panel ${className}` : 'bodymap-panel'}
      style={{ position: 'absolute', left: 0, top: 0, ...style }}
      {...divProps}
    >
      <div ref={arrowRef} className="bodymap-panel-arrow" aria-hidden="true" />
      <div className="bodymap-panel-content">
        <div className="bodymap-panel-header">
          <h2 id={ids.title} className="bodymap-panel-title">
            {content.labels[selected] ?? selected}
          </h2>
          <button
            type="button"
            className="bodymap-panel-close"
            aria-label={content.strings.close}
            onClick={() => focusRegionElement(svgRef.current, controller.close())}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
        {detailView !== undefined && (
          <button type="button" className="bodymap-panel-detail" onClick={() => controller.showDetail(selected)}>
            {formatString(content.strings.showDetailView, { view: content.strings.views[detailView] })}
          </button>
        )}
        <PanelBody key={selected} region={selected} content={content} />
      </div>
    </div>
  );
});

/**
 * A virtual element for floating-ui from a region's geometry in viewBox units, through the current
 * zoom, so the panel stays beside the drawn region however the map is zoomed, panned or resized.
 */
function regionReference(svg: SVGSVGElement, place: RegionPlace, state: () => { transform: Parameters<typeof transformBounds>[0]; scale: number }): VirtualElement {
  return {
    getBoundingClientRect: () => {
      const { transform, scale } = state();
      // A hotspot's box is its target, which keeps its size on screen.
      const reach = place.bounds.width === 0 ? hotspotTargetRadius / scale : 0;
      const box: Bounds = {
        x: place.bounds.x - reach,
        y: place.bounds.y - reach,
        width: place.bounds.width + 2 * reach,
        height: place.bounds.height + 2 * reach,
      };
      return viewBoxRectToScreen(svg, transformBounds(transform, box));
    },
    contextElement: svg,
  };
}

export default PanelPopover;
