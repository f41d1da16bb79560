import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapDetailsProps = ComponentPropsWithoutRef<'g'>;

/** Decorative anatomy lines drawn over the regions; they never take a click or a name. */
export const BodyMapDetails = forwardRef<SVGGElement, BodyMapDetailsProps>(function BodyMapDetails(
  { className, ...groupProps },
  forwardedRef,
) {
  const paths = useBodyMapState((state) => state.geometry?.details) ?? [];
  return (
    <g
      ref={forwardedRef}
      aria-hidden="true"
      className={partClass('bodymap-details', className)}
      {...groupProps}
    >
      {paths.map((d, index) => (
        <path key={index} d={d} />
      ))}
    </g>
  );
});
