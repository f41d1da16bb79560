import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext } from './root.js';
import { useZoomContext } from './zoom-context.js';

export type BodyMapCaptionsProps = ComponentPropsWithoutRef<'g'>;

/**
 * Short texts on the figure (the vertebra ranges beside the spine, each foot's name under its sole),
 * each shown once the figure is drawn large enough to make room for it. Drawn at a constant size on
 * screen; decorative, since every region already carries its full name.
 */
export const BodyMapCaptions = forwardRef<SVGGElement, BodyMapCaptionsProps>(function BodyMapCaptions(
  { className, ...groupProps },
  forwardedRef,
) {
  const { view, content } = useBodyMapContext('BodyMap.Captions');
  const { scale } = useZoomContext('BodyMap.Captions');
  return (
    <g ref={forwardedRef} aria-hidden="true" className={className ? `bodymap-captions ${className}` : 'bodymap-captions'} {...groupProps}>
      {view?.captions?.map(({ key, at: [x, y], anchor = 'start', minScale = 0 }) => {
        const text = content.captions?.[key];
        return text === undefined || scale < minScale ? null : (
          <text key={key} transform={`translate(${x},${y}) scale(${1 / scale})`} textAnchor={anchor} dy="0.35em">
            {text}
          </text>
        );
      })}
    </g>
  );
});
