import { findRegion, formatString, transformBounds, type Bounds } from '@bodymap/core';
import { arrow, autoUpdate, flip, offset, shift, size, useFloating, type Placement } from '@floating-ui/react-dom';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useBodyMapContext } from './root.js';
import { viewBoxRectToScreen } from './screen-geometry.js';
import { setRef } from './set-ref.js';
import { PanelBody } from './panel-body.js';
import type { BodyMapPanelProps } from './panel.js';
import { hotspotTargetRadius } from './hotspot.js';
import { useZoomContext } from './zoom-context.js';


/** The open panel itself, with the positioning code; loaded with the first panel that opens. */
const PanelPopover = forwardRef<HTMLDivElement, BodyMapPanelProps>(function PanelPopover(
  { className, style, ...divProps },
  forwardedRef,
) {
  const { atlas, content, state, places, ids, svgRef, label, close, showDetail, setPanelShown } = useBodyMapContext('BodyMap.Panel');
  const { transform, scale } = useZoomContext('BodyMap.Panel');
  const selected = state.selectedRegion;
  const place = useMemo(() => places.find((candidate) => candidate.id === selected), [places, selected]);
  const open = selected !== null && place !== undefined;
  const arrowRef = useRef<HTMLDivElement | null>(null);
  const floatingRef = useRef<HTMLDivElement | null>(null);

  // Open on the region's outer side, so the panel covers as little of the figure as it can, level
  // with the region's top: centred on a shoulder, a tall panel would be pushed up over the view
  // switch. Flipping to `-end` keeps it level with the bottom of a region low on the page.
  const { x: viewX, width: viewWidth } = atlas.viewBox;
  const outward = place && place.point[0] < viewX + viewWidth / 2 - 1 ? 'left-start' : 'right-start';
  const { refs, floatingStyles, placement, middlewareData, update } = useFloating({
    open,
    placement: outward,
    whileElementsMounted: autoUpdate,
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
      arrow({ element: arrowRef, padding: 14 }),
    ],
  });

  // The anchor is a virtual element built from the region's geometry in viewBox units, through the
  // zoom, so the panel stays beside the drawn region however the map is zoomed, panned or resized.
  const zoom = useRef({ transform, scale });
  zoom.current = { transform, scale };
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!open || !svg || !place) {
      refs.setReference(null);
      return;
    }
    refs.setReference({
      getBoundingClientRect: () => {
        const { transform: now, scale: size } = zoom.current;
        // A hotspot's box is its target, which keeps its size on screen.
        const reach = place.bounds.width === 0 ? hotspotTargetRadius / size : 0;
        const box: Bounds = { x: place.bounds.x - reach, y: place.bounds.y - reach, width: place.bounds.width + 2 * reach, height: place.bounds.height + 2 * reach };
        return viewBoxRectToScreen(svg, transformBounds(now, box));
      },
      contextElement: svg,
    });
  }, [open, place, refs, svgRef]);

  useEffect(() => {
    if (open) {
      void update();
    }
  }, [open, transform, update]);

  useLayoutEffect(() => {
    setPanelShown(open);
    return () => setPanelShown(false);
  }, [open, setPanelShown]);

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
      close({ returnFocus: focusIsLost });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [open, close, svgRef]);

  if (!open || selected === null) {
    return null;
  }
  const side = sideOf(placement);
  const detailView = findRegion(atlas.regions, selected)?.detailView;
  const arrowOffset = middlewareData.arrow;
  return (
    <div
      ref={(node) => {
        floatingRef.current = node;
        refs.setFloating(node);
        setRef(forwardedRef, node);
      }}
      id={ids.panel}
      role="dialog"
      aria-labelledby={ids.title}
      className={className ? `bodymap-panel ${className}` : 'bodymap-panel'}
      data-side={side}
      style={{ ...floatingStyles, ...style }}
      {...divProps}
    >
      <div
        ref={arrowRef}
        className="bodymap-panel-arrow"
        aria-hidden="true"
        style={{ left: arrowOffset?.x ?? undefined, top: arrowOffset?.y ?? undefined }}
      />
      <div className="bodymap-panel-content">
        <div className="bodymap-panel-header">
          <h2 id={ids.title} className="bodymap-panel-title">
            {label(selected)}
          </h2>
          <button type="button" className="bodymap-panel-close" aria-label={content.strings.close} onClick={() => close()}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
        {detailView !== undefined && (
          <button type="button" className="bodymap-panel-detail" onClick={() => showDetail(selected)}>
            {formatString(content.strings.showDetailView, { view: content.strings.views[detailView] })}
          </button>
        )}
        <PanelBody key={selected} region={selected} content={content} />
      </div>
    </div>
  );
});

function sideOf(placement: Placement) {
  return placement.split('-')[0] as 'top' | 'right' | 'bottom' | 'left';
}

export default PanelPopover;
