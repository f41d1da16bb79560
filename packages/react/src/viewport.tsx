import { smoothClosedPath, viewBoxAttribute, type Direction } from '@bodymap/core';
import { forwardRef, useCallback, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { useBodyMapContext } from './root.js';
import { setRef } from './set-ref.js';

const arrowKeys: Record<string, Direction | 'first' | 'last'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

export type BodyMapViewportProps = ComponentPropsWithoutRef<'svg'>;

/**
 * The `<svg>` that draws the current view. It is the map's single keyboard stop: arrow keys move
 * between regions by position, Home and End jump to the first and last. It also holds the clip path
 * that trims every region to the body's outline, for painting and for hit-testing alike.
 * @selector [data-view] the view drawn
 * @selector [aria-busy] while the view's geometry loads
 */
export const BodyMapViewport = forwardRef<SVGSVGElement, BodyMapViewportProps>(function BodyMapViewport(
  { className, children, onKeyDown, ...svgProps },
  forwardedRef,
) {
  const { atlas, content, view, state, ids, svgRef, move } = useBodyMapContext('BodyMap.Viewport');
  const ref = useCallback(
    (node: SVGSVGElement | null) => {
      svgRef.current = node;
      setRef(forwardedRef, node);
    },
    [forwardedRef, svgRef],
  );
  return (
    <svg
      ref={ref}
      viewBox={viewBoxAttribute(atlas.viewBox)}
      role="group"
      aria-label={`${content.strings.mapLabel}, ${content.strings.views[state.view]}`}
      aria-busy={view === null || undefined}
      className={className ? `bodymap-viewport ${className}` : 'bodymap-viewport'}
      data-view={state.view}
      {...svgProps}
      onKeyDown={(event: KeyboardEvent<SVGSVGElement>) => {
        onKeyDown?.(event);
        const direction = arrowKeys[event.key];
        if (!event.defaultPrevented && direction && !event.altKey && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          move(direction);
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
      {children}
    </svg>
  );
});
