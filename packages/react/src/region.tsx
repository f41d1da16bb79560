import { findRegion, polygonPath } from '@bodymap/core';
import {
  forwardRef,
  useMemo,
  type ComponentPropsWithoutRef,
  type FocusEventHandler,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type MouseEventHandler,
} from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { shown, warnOnce } from './development.js';
import { useBodyMapContext, type RegionIdInput } from './root.js';

/** The handlers a region's element may be given; the map's own run after them unless they prevent the default. */
interface RegionHandlers<Element> {
  onClick?: MouseEventHandler<Element> | undefined;
  onFocus?: FocusEventHandler<Element> | undefined;
  onKeyDown?: KeyboardEventHandler<Element> | undefined;
}

/**
 * What makes an element one of the map's regions, whether drawn as an area or a point: a toggle
 * button named after the region, holding the roving tab stop, with its state as data attributes.
 */
export function useRegionButton<Element extends SVGElement>(regionId: string, part: string, handlers: RegionHandlers<Element>) {
  const { atlas, state, tabStop, ids, label, toggle, focus, panelShown } = useBodyMapContext(part);
  const model = findRegion(atlas.regions, regionId);
  if (!model) {
    warnOnce(`Unknown region id ${shown(regionId)} passed to \`${part}\`; nothing is drawn for it.`);
    return undefined;
  }
  const id = model.id;
  const selected = state.selectedRegion === id;
  return {
    id,
    props: {
      role: 'button',
      tabIndex: tabStop === id ? 0 : -1,
      'aria-label': label(id),
      'aria-expanded': selected,
      // Only once the panel is there to point at.
      'aria-controls': selected && panelShown ? ids.panel : undefined,
      'data-region': id,
      'data-state': selected ? 'selected' : 'idle',
      'data-side': model.side,
      'data-group': model.group,
      onClick: composeEventHandlers(handlers.onClick, () => toggle(id)),
      onFocus: composeEventHandlers(handlers.onFocus, () => focus(id)),
      onKeyDown: composeEventHandlers(handlers.onKeyDown, (event: KeyboardEvent<Element>) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle(id);
        }
      }),
    },
  } as const;
}

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
  const { view, ids } = useBodyMapContext('BodyMap.Region');
  const button = useRegionButton<SVGPathElement>(regionId, 'BodyMap.Region', { onClick, onFocus, onKeyDown });
  const shape = useMemo(() => view?.regions.find((candidate) => candidate.region === button?.id), [view, button?.id]);
  const d = useMemo(() => (shape ? polygonPath(shape.points) : ''), [shape]);
  if (!button || !shape) {
    return null;
  }
  return (
    <path
      ref={forwardedRef}
      d={d}
      clipPath={`url(#${ids.clip})`}
      className={className ? `bodymap-region ${className}` : 'bodymap-region'}
      {...button.props}
      {...pathProps}
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
