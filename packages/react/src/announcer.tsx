import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapAnnouncerProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/** A visually hidden polite live region that tells screen-reader users when a panel opens or the view changes. */
export const BodyMapAnnouncer = forwardRef<HTMLDivElement, BodyMapAnnouncerProps>(function BodyMapAnnouncer(
  { className, ...divProps },
  forwardedRef,
) {
  const announcement = useBodyMapState((state) => state.announcement);
  return (
    <div
      ref={forwardedRef}
      role="status"
      aria-live="polite"
      className={partClass('bodymap-visually-hidden', className)}
      {...divProps}
    >
      {announcement}
    </div>
  );
});
