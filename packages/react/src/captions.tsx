import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';

export type BodyMapCaptionsProps = ComponentPropsWithoutRef<'g'>;

/** How large the figure must be drawn (CSS pixels per viewBox unit) before hotspot names show. */
const hotspotCaptionScale = 3;

/**
 * Short texts on the figure (the vertebra ranges beside the spine, each foot's name under its sole,
 * each hotspot's short name beside it), each shown once the figure is drawn large enough to make room
 * for it. Drawn at a constant size on screen; decorative, since every region already carries its full
 * name.
 */
export const BodyMapCaptions = forwardRef<SVGGElement, BodyMapCaptionsProps>(function BodyMapCaptions(
  { className, ...groupProps },
  forwardedRef,
) {
  const captions = useBodyMapState((state) => state.geometry?.view.captions);
  const texts = useBodyMapState((state) => state.content.captions);
  // The keys of the captions there is room for, as one string: zooming re-renders this part only
  // when a caption appears or goes.
  const shown = useBodyMapState((state) =>
    (captions ?? [])
      .filter(({ minScale = 0 }) => state.scale >= minScale)
      .map(({ key }) => key)
      .join(' '),
  ).split(' ');
  // Beside its hotspot but outside it: a short name inside the button would be visible text that
  // its accessible name ("Left sole reflexology point: heart") does not contain.
  const hotspots = useBodyMapState((state) => (state.scale >= hotspotCaptionScale ? state.geometry?.view.hotspots : undefined));
  return (
    <g ref={forwardedRef} aria-hidden="true" className={className ? `bodymap-captions ${className}` : 'bodymap-captions'} {...groupProps}>
      {captions?.map(({ key, at: [x, y], anchor = 'start' }) => {
        const text = texts?.[key];
        return text === undefined || !shown.includes(key) ? null : (
          <g key={key} transform={`translate(${x},${y})`}>
            <text className="bodymap-constant-size" textAnchor={anchor} dy="0.35em">
              {text}
            </text>
          </g>
        );
      })}
      {hotspots?.map(({ region, point: [x, y], caption }) => {
        const text = caption === undefined ? undefined : texts?.[caption];
        return text === undefined ? null : (
          <g key={region} transform={`translate(${x},${y})`}>
            <g className="bodymap-constant-size">
              <text className="bodymap-hotspot-caption" x={9} dy="0.35em">
                {text}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
});
