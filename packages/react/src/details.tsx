import { smoothClosedPath, smoothOpenPath } from '@bodymap/core';
import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext } from './root.js';

export type BodyMapDetailsProps = ComponentPropsWithoutRef<'g'>;

/** Decorative anatomy lines drawn over the regions; they never take a click or a name. */
export const BodyMapDetails = forwardRef<SVGGElement, BodyMapDetailsProps>(function BodyMapDetails(
  { className, ...groupProps },
  forwardedRef,
) {
  const { view } = useBodyMapContext('BodyMap.Details');
  const paths = useMemo(
    () => view?.details.map((detail) => (detail.closed ? smoothClosedPath(detail.points) : smoothOpenPath(detail.points))) ?? [],
    [view],
  );
  return (
    <g
      ref={forwardedRef}
      aria-hidden="true"
      className={className ? `bodymap-details ${className}` : 'bodymap-details'}
      {...groupProps}
    >
      {paths.map((d, index) => (
        <path key={index} d={d} />
      ))}
    </g>
  );
});
