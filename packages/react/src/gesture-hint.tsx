import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapGestureHintProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * A short line over the figure after a gesture the map left to the page, saying how to zoom it
 * instead: Ctrl or ⌘ with the wheel, two fingers on a touch screen. It goes after a moment or at
 * the next gesture on the map. It never takes focus and is hidden from screen readers: their users
 * move through the map with its keys and buttons, not these gestures, and a line spoken at every
 * scroll past the map would only interrupt their reading.
 * @selector [data-hint="wheel" | "touch"] the gesture it answers
 */
export const BodyMapGestureHint = forwardRef<HTMLDivElement, BodyMapGestureHintProps>(function BodyMapGestureHint(
  { className, ...divProps },
  forwardedRef,
) {
  const hint = useBodyMapState((state) => state.gestureHint);
  const text = useBodyMapState((state) => (hint === null ? undefined : state.content.strings.zoom[hint === 'wheel' ? 'wheelHint' : 'touchHint']));
  if (hint === null) {
    return null;
  }
  return (
    <div
      ref={forwardedRef}
      aria-hidden="true"
      className={partClass('bodymap-gesture-hint', className)}
      data-hint={hint}
      {...divProps}
    >
      {text}
    </div>
  );
});
