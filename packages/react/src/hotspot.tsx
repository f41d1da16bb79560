import { findRegion } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { warnOnce } from './development.js';
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
  const { atlas, content, view, state, tabStop, ids, label, toggle, focus } = useBodyMapContext('BodyMap.Hotspot');
  const { scale } = useZoomContext('BodyMap.Hotspot');
  const model = findRegion(atlas.regions, regionId);
  const spot = view?.hotspots?.find((candidate) => candidate.region === model?.id);
  if (!model) {
    warnOnce(`Unknown region id "${regionId}" passed to \`BodyMap.Hotspot\`; nothing is drawn for it.`);
    return null;
  }
  if (!spot) {
    return null;
  }
  const id = model.id;
  const selected = state.selectedRegion === id;
  const caption = spot.caption === undefined ? undefined : content.captions?.[spot.caption];
  const [x, y] = spot.point;
  return (
    <g
      ref={forwardedRef}
      // Drawn in CSS pixels about its point, whatever the zoom.
      transform={`translate(${x},${y}) scale(${1 / scale})`}
      role="button"
      tabIndex={tabStop === id ? 0 : -1}
      aria-label={label(id)}
      aria-expanded={selected}
      aria-controls={selected ? ids.panel : undefined}
      className={className ? `bodymap-hotspot ${className}` : 'bodymap-hotspot'}
      data-region={id}
      data-state={selected ? 'selected' : 'idle'}
      data-side={model.side}
      data-group={model.group}
      {...groupProps}
      onClick={composeEventHandlers(onClick, () => toggle(id))}
      onFocus={composeEventHandlers(onFocus, () => focus(id))}
      onKeyDown={composeEventHandlers(onKeyDown, (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle(id);
        }
      })}
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
