import { bounds, centroid } from '@bodymap/core';
import { arrow, autoUpdate, flip, offset, shift, size, useFloating, type Placement } from '@floating-ui/react-dom';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext } from './root.js';
import { viewBoxRectToScreen } from './screen-geometry.js';
import { setRef } from './set-ref.js';
import { PanelBody } from './panel-body.js';

// Layout effects warn during server rendering; the panel is never open there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export type BodyMapPanelProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'>;

/**
 * The selected region's panel: a non-modal `role="dialog"` named after the region, positioned next
 * to the region's geometry and following it when the map resizes or scrolls. Escape, the close
 * button or a click outside closes it, and focus goes back to the region.
 * @selector [data-side="top" | "right" | "bottom" | "left"] the side of the region it sits on
 * @selector [data-status="loading" | "ready" | "failed"] whether its text has arrived
 */
export const BodyMapPanel = forwardRef<HTMLDivElement, BodyMapPanelProps>(function BodyMapPanel(
  { className, style, ...divProps },
  forwardedRef,
) {
  const { atlas, content, view, state, ids, svgRef, label, close } = useBodyMapContext('BodyMap.Panel');
  const selected = state.selectedRegion;
  const shape = useMemo(() => view?.regions.find((candidate) => candidate.region === selected), [view, selected]);
  const open = selected !== null && shape !== undefined;
  const arrowRef = useRef<HTMLDivElement | null>(null);
  const floatingRef = useRef<HTMLDivElement | null>(null);

  // Open on the region's outer side, so the panel covers as little of the figure as it can.
  const { x: viewX, width: viewWidth } = atlas.viewBox;
  const outward = shape && centroid(shape.points)[0] < viewX + viewWidth / 2 - 1 ? 'left' : 'right';
  const { refs, floatingStyles, placement, middlewareData } = useFloating({
    open,
    placement: outward,
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(14),
      flip({ fallbackAxisSideDirection: 'end', padding: 8 }),
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

  // The anchor is a virtual element built from the region's geometry in viewBox units, so the panel
  // stays beside the drawn region however the SVG is scaled or moved.
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    if (!open || !svg || !shape) {
      refs.setReference(null);
      return;
    }
    const rect = bounds(shape.points);
    refs.setReference({
      getBoundingClientRect: () => viewBoxRectToScreen(svg, rect),
      contextElement: svg,
    });
  }, [open, shape, refs, svgRef]);

  useEffect(() => {
    if (!open) {
      return;
    }
    // `click` rather than `pointerdown`: by then the browser has settled focus, so focus is only
    // taken back to the region when the click did not put it somewhere else.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!target || floatingRef.current?.contains(target)) {
        return;
      }
      if (svgRef.current?.contains(target) && target.closest('[data-region]')) {
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
        <PanelBody key={selected} region={selected} content={content} />
      </div>
    </div>
  );
});

function sideOf(placement: Placement) {
  return placement.split('-')[0] as 'top' | 'right' | 'bottom' | 'left';
}
