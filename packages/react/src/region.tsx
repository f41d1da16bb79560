import { findRegion, polygonPath } from '@bodymap/core';
import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { warnOnce } from './development.js';
import { useBodyMapContext, type RegionIdInput } from './root.js';

export interface BodyMapRegionProps extends Omit<ComponentPropsWithoutRef<'path'>, 'id' | 'd'> {
  /** The region to draw; it renders nothing in a view that does not show it. */
  region: RegionIdInput;
}

/**
 * One region of the body as a `<path>` with `role="button"`, named after the region. Clicking it,
 * or pressing Enter or Space, opens its panel; pressing again closes it.
 * @selector [data-region] the region id
 * @selector [data-state="idle" | "selected"] whether its panel is open
 * @selector [data-side="left" | "right" | "midline"] the person's side
 * @selector [data-group] the group, such as `back` or `spine`
 */
export const BodyMapRegion = forwardRef<SVGPathElement, BodyMapRegionProps>(function BodyMapRegion(
  { region: regionId, className, onClick, onKeyDown, onFocus, ...pathProps },
  forwardedRef,
) {
  const { atlas, view, state, tabStop, ids, label, toggle, focus } = useBodyMapContext('BodyMap.Region');
  const model = findRegion(atlas.regions, regionId);
  const shape = useMemo(() => view?.regions.find((candidate) => candidate.region === model?.id), [view, model]);
  const d = useMemo(() => (shape ? polygonPath(shape.points) : ''), [shape]);
  if (!model) {
    warnOnce(`Unknown region id "${regionId}" passed to \`BodyMap.Region\`; nothing is drawn for it.`);
    return null;
  }
  if (!shape) {
    return null;
  }
  const id = model.id;
  const selected = state.selectedRegion === id;
  return (
    <path
      ref={forwardedRef}
      d={d}
      clipPath={`url(#${ids.clip})`}
      role="button"
      tabIndex={tabStop === id ? 0 : -1}
      aria-label={label(id)}
      aria-expanded={selected}
      aria-controls={selected ? ids.panel : undefined}
      className={className ? `bodymap-region ${className}` : 'bodymap-region'}
      data-region={id}
      data-state={selected ? 'selected' : 'idle'}
      data-side={model.side}
      data-group={model.group}
      {...pathProps}
      onClick={composeEventHandlers(onClick, () => toggle(id))}
      onFocus={composeEventHandlers(onFocus, () => focus(id))}
      onKeyDown={composeEventHandlers(onKeyDown, (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle(id);
        }
      })}
    />
  );
});

export type BodyMapRegionsProps = ComponentPropsWithoutRef<'g'>;

/** A `<g>` holding a {@link BodyMapRegion} for every region the current view draws. */
export const BodyMapRegions = forwardRef<SVGGElement, BodyMapRegionsProps>(function BodyMapRegions(
  { className, ...groupProps },
  forwardedRef,
) {
  const { view } = useBodyMapContext('BodyMap.Regions');
  return (
    <g ref={forwardedRef} className={className ? `bodymap-regions ${className}` : 'bodymap-regions'} {...groupProps}>
      {view?.regions.map((shape) => <BodyMapRegion key={shape.region} region={shape.region} />)}
    </g>
  );
});
