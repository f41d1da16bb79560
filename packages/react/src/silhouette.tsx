import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapSilhouetteProps = ComponentPropsWithoutRef<'g'>;

/** The body's outline and skin, drawn beneath the regions. Decorative: hidden from assistive technology. */
export const BodyMapSilhouette = forwardRef<SVGGElement, BodyMapSilhouetteProps>(function BodyMapSilhouette(
  { className, ...groupProps },
  forwardedRef,
) {
  const paths = useBodyMapState((state) => state.geometry?.silhouette) ?? [];
  return (
    <g
      ref={forwardedRef}
      aria-hidden="true"
      className={partClass('bodymap-silhouette', className)}
      {...groupProps}
    >
      {/* Every outline is stroked before any is filled, so where a limb overlaps the trunk the
          inner edge is painted over and only the outer contour of the union shows. */}
      {paths.map((d, index) => (
        <path key={`outline-${index}`} d={d} className="bodymap-silhouette-outline" />
      ))}
      {paths.map((d, index) => (
        <path key={`fill-${index}`} d={d} className="bodymap-silhouette-fill" />
      ))}
    </g>
  );
});
