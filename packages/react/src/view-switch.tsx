import { readLoadable, type ViewId } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapViewSwitchProps = ComponentPropsWithoutRef<'div'>;

/**
 * A labelled group of toggle buttons, one per view of the atlas. Pointing at it or focusing it
 * starts loading the other views, so switching is instant.
 * @selector [data-state="on" | "off"] on each button: whether its view is shown
 */
export const BodyMapViewSwitch = forwardRef<HTMLDivElement, BodyMapViewSwitchProps>(function BodyMapViewSwitch(
  { className, onPointerEnter, onFocus, ...divProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.ViewSwitch');
  const { atlas } = controller;
  const shown = useBodyMapState((state) => state.view);
  const strings = useBodyMapState((state) => state.content.strings);
  const views = Object.keys(atlas.views) as ViewId[];
  const preload = () => {
    for (const view of views) {
      readLoadable(atlas.views[view]);
    }
  };
  return (
    <div
      ref={forwardedRef}
      role="group"
      aria-label={strings.viewSwitchLabel}
      className={partClass('bodymap-view-switch', className)}
      {...divProps}
      onPointerEnter={composeEventHandlers(onPointerEnter, preload)}
      onFocus={composeEventHandlers(onFocus, preload)}
    >
      {views.map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={shown === view}
          data-state={shown === view ? 'on' : 'off'}
          onClick={() => controller.setView(view)}
        >
          {strings.views[view]}
        </button>
      ))}
    </div>
  );
});
