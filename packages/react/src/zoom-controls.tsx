import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { zoomStep } from '@bodymap/core';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapZoomControlsProps = ComponentPropsWithoutRef<'div'>;

const icons = {
  in: 'M8 3v10M3 8h10',
  out: 'M3 8h10',
  reset: 'M3 6V3h3M13 6V3h-3M3 10v3h3M13 10v3h-3',
};

/**
 * Zoom in, zoom out and back to the whole figure, as a labelled group of buttons. A button that can
 * do nothing more says so with `aria-disabled` and keeps its focus.
 */
export const BodyMapZoomControls = forwardRef<HTMLDivElement, BodyMapZoomControlsProps>(function BodyMapZoomControls(
  { className, ...divProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.ZoomControls');
  const [min, max] = controller.limits.scaleExtent;
  const strings = useBodyMapState((state) => state.content.strings.zoom);
  // Only whether each button can act, so zooming re-renders the buttons when one reaches a limit.
  const atMax = useBodyMapState((state) => state.transform.k >= max);
  const atMin = useBodyMapState((state) => state.transform.k <= min);
  const whole = useBodyMapState(({ transform }) => transform.k <= min && transform.x === 0 && transform.y === 0);
  const buttons = [
    { name: 'in', label: strings.in, disabled: atMax, act: () => controller.zoomBy(zoomStep) },
    { name: 'out', label: strings.out, disabled: atMin, act: () => controller.zoomBy(1 / zoomStep) },
    { name: 'reset', label: strings.reset, disabled: whole, act: () => controller.resetZoom() },
  ] as const;
  return (
    <div
      ref={forwardedRef}
      role="group"
      aria-label={strings.controls}
      className={partClass('bodymap-zoom-controls', className)}
      {...divProps}
    >
      {buttons.map(({ name, label, disabled, act }) => (
        <button
          key={name}
          type="button"
          aria-label={label}
          title={label}
          aria-disabled={disabled || undefined}
          data-action={name}
          onClick={() => {
            if (!disabled) {
              act();
            }
          }}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={icons[name]} />
          </svg>
        </button>
      ))}
    </div>
  );
});
