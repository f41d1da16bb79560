import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useRegionButton } from './region.js';
import { useBodyMapContext, type RegionIdInput } from './root.js';
import { useZoomContext } from './zoom-context.js';

/** Radius of a hotspot's target in CSS pixels: 24 across, at every zoom. */
export const hotspotTargetRadius = 12;

/** How large the figure must be drawn (CSS pixels per viewBox unit) before hotspot names show. */
const captionScale = 3;

export interface BodyMapHotspotProps extends Omit<ComponentPropsWithoutRef<'g'>, 'id'> {
  /** The region to draw; it renders nothing in a view that does not show it as a hotspot. */
  region: RegionIdInput;
}

/**
 * A region drawn as a point (a reflexology point): a `<g>` with `role="button"`, named after the
 * region, that behaves like {@link BodyMapRegion}. Its target stays 24 CSS pixels across at every
 * zoom, and its short name shows beside it once zooming in has made room.
 * @selector [data-region] the region id
 * @selector [data-state="idle" | "selected"] whether its panel is open
 * @selector [data-side="left" | "right" | "midline"] the person's side
 * @selector [data-group] the group, such as `reflexology`
 */
export const BodyMapHotspot = forwardRef<SVGGElement, BodyMapHotspotProps>(function BodyMapHotspot(
  { region: regionId, className, onClick, onKeyDown, onFocus, ...groupProps },
  forwardedRef,
) {
  const { content, view } = useBodyMapContext('BodyMap.Hotspot');
  const { scale } = useZoomContext('BodyMap.Hotspot');
  const button = useRegionButton<SVGGElement>(regionId, 'BodyMap.Hotspot', { onClick, onFocus, onKeyDown });
  const spot = view?.hotspots?.find((candidate) => candidate.region === button?.id);
  if (!button || !spot) {
    return null;
  }
  const caption = spot.caption === undefined ? undefined : content.captions?.[spot.caption];
  const [x, y] = spot.point;
  return (
    <g
      ref={forwardedRef}
      // Drawn in CSS pixels about its point, whatever the zoom.
      transform={`translate(${x},${y}) scale(${1 / scale})`}
      className={className ? `bodymap-hotspot ${className}` : 'bodymap-hotspot'}
      {...button.props}
      {...groupProps}
    >
      <circle className="bodymap-hotspot-target" r={hotspotTargetRadius} />
      <circle className="bodymap-hotspot-dot" r={5} />
      {caption !== undefined && scale >= captionScale && (
        <text className="bodymap-hotspot-caption" x={9} dy="0.35em" aria-hidden="true">
          {caption}
        </text>
      )}
    </g>
  );
});

export type BodyMapHotspotsProps = ComponentPropsWithoutRef<'g'>;

/** A `<g>` holding a {@link BodyMapHotspot} for every hotspot the current view draws. */
export const BodyMapHotspots = forwardRef<SVGGElement, BodyMapHotspotsProps>(function BodyMapHotspots(
  { className, ...groupProps },
  forwardedRef,
) {
  const { view } = useBodyMapContext('BodyMap.Hotspots');
  return (
    <g ref={forwardedRef} className={className ? `bodymap-hotspots ${className}` : 'bodymap-hotspots'} {...groupProps}>
      {view?.hotspots?.map((spot) => <BodyMapHotspot key={spot.region} region={spot.region} />)}
    </g>
  );
});
