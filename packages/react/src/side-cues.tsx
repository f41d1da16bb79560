import { sideCues, sideCueViews, type ViewId } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export interface BodyMapSideCuesProps extends ComponentPropsWithoutRef<'g'> {
  /**
   * The views that show the marks; the soles leave them out, since each foot is named under its sole.
   * @default sideCueViews, ['front', 'back']
   */
  views?: readonly ViewId[];
}

/**
 * Marks for the person's own left and right ("L" and "R" in English) beside the figure: on the
 * viewer's right for the person's left in the front view, on the viewer's left in the back view.
 * Drawn at a constant size on screen; hidden from screen readers, since each region's name says its side.
 * @selector [data-side="left" | "right"] on each mark, the person's side it names
 */
export const BodyMapSideCues = forwardRef<SVGGElement, BodyMapSideCuesProps>(function BodyMapSideCues(
  { className, views = sideCueViews, ...groupProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.SideCues');
  const geometry = useBodyMapState((state) => state.geometry);
  const marks = useBodyMapState((state) => state.content.strings.sides);
  const cues = geometry && views.includes(geometry.view.id) ? sideCues(geometry, controller.atlas.regions) : [];
  return (
    <g ref={forwardedRef} aria-hidden="true" className={partClass('bodymap-side-cues', className)} {...groupProps}>
      {cues.map(({ side, point: [x, y] }) => (
        <g key={side} transform={`translate(${x},${y})`} data-side={side}>
          <text className="bodymap-constant-size" textAnchor="middle" dy="0.35em">
            {marks[side]}
          </text>
        </g>
      ))}
    </g>
  );
});
