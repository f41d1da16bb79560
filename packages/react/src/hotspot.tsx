import { hotspotDotRadius, hotspotTargetRadius } from '@bodymap/core';
import { forwardRef, memo, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';
import { useRegionButton } from './region.js';
import type { RegionIdInput } from './use-body-map.js';

export interface BodyMapHotspotProps extends Omit<ComponentPropsWithoutRef<'g'>, 'id'> {
  /** The region to draw; it renders nothing in a view that does not show it as a hotspot. */
  region: RegionIdInput;
}

/**
 * A region drawn as a point (a reflexology point): a `<g>` with `role="button"`, named after the
 * region, that behaves like {@link BodyMapRegion}. Its target stays 24 CSS pixels across at every
 * zoom (the viewport's `--bodymap-unit` scales it, so zooming re-renders no hotspot); its short
 * name is one of the {@link BodyMapCaptions}. A tap on a point crowded by another zooms in
 * until they stand apart (see the controller's `tap`); a click, a key or a screen reader's
 * activation selects at once.
 * @selector [data-region] the region id
 * @selector [data-state="idle" | "selected"] whether its panel is open
 * @selector [data-side="left" | "right" | "midline"] the person's side
 * @selector [data-group] the group, such as `reflexology`
 */
export const BodyMapHotspot = memo(
  forwardRef<SVGGElement, BodyMapHotspotProps>(function BodyMapHotspot(
    { region: regionId, className, onClick, onKeyDown, onFocus, onPointerDown, ...groupProps },
    forwardedRef,
  ) {
    const { controller } = useBodyMapContext('BodyMap.Hotspot');
    // The kind of pointer that pressed last: only a finger's tap is imprecise enough to zoom first.
    const pointer = useRef<string | null>(null);
    const button = useRegionButton<SVGGElement>(regionId, 'BodyMap.Hotspot', {
      // A click with no press count comes from a key or an assistive technology, never a finger.
      onClick: composeEventHandlers(onClick, (event) => {
        if (pointer.current === 'touch' && event.detail > 0) {
          event.preventDefault();
          // The press focused the point; the tab stop follows it, as a click's selection would move it.
          controller.focus(regionId);
          controller.tap(regionId);
        }
      }),
      onFocus,
      onKeyDown,
      onPointerDown: composeEventHandlers(onPointerDown, (event) => {
        pointer.current = event.pointerType;
      }),
    });
    const spot = useBodyMapState((state) => state.geometry?.view.hotspots?.find((candidate) => candidate.region === button?.id));
    if (!button || !spot) {
      return null;
    }
    const [x, y] = spot.point;
    return (
      <g
        ref={forwardedRef}
        transform={`translate(${x},${y})`}
        className={partClass('bodymap-hotspot', className)}
        {...button.props}
        {...groupProps}
      >
        <g className="bodymap-constant-size">
          <circle className="bodymap-hotspot-target" r={hotspotTargetRadius} />
          <circle className="bodymap-hotspot-dot" r={hotspotDotRadius} />
        </g>
        {button.description}
      </g>
    );
  }),
);

export type BodyMapHotspotsProps = ComponentPropsWithoutRef<'g'>;

/** A `<g>` holding a {@link BodyMapHotspot} for every hotspot the current view draws. */
export const BodyMapHotspots = forwardRef<SVGGElement, BodyMapHotspotsProps>(function BodyMapHotspots(
  { className, ...groupProps },
  forwardedRef,
) {
  const hotspots = useBodyMapState((state) => state.geometry?.view.hotspots);
  return (
    <g ref={forwardedRef} className={partClass('bodymap-hotspots', className)} {...groupProps}>
      {hotspots?.map((spot) => <BodyMapHotspot key={spot.region} region={spot.region} />)}
    </g>
  );
});
