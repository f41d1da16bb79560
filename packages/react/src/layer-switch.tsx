import { atlasLayers, layerView, readLoadable } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapLayerSwitchProps = ComponentPropsWithoutRef<'div'>;

/**
 * A labelled group of toggle buttons, one per layer the atlas draws: the body's areas and its
 * muscles. Renders nothing for an atlas with one layer, or in intake mode, whose printed figures
 * and list are of the areas. Pointing at it or focusing it starts
 * loading the other layers' drawing of the view shown, so switching is instant.
 * @selector [data-state="on" | "off"] on each button: whether its layer is shown
 */
export const BodyMapLayerSwitch = forwardRef<HTMLDivElement, BodyMapLayerSwitchProps>(function BodyMapLayerSwitch(
  { className, onPointerEnter, onFocus, ...divProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.LayerSwitch');
  const { atlas } = controller;
  const shown = useBodyMapState((state) => state.layer);
  const view = useBodyMapState((state) => state.view);
  const strings = useBodyMapState((state) => state.content.strings);
  const intake = useBodyMapState((state) => state.mode === 'intake');
  const drawn = atlasLayers(atlas);
  if (drawn.length < 2 || intake) {
    return null;
  }
  const preload = () => {
    for (const layer of drawn) {
      const loadable = layerView(atlas, view, layer);
      if (loadable !== undefined) {
        readLoadable(loadable);
      }
    }
  };
  return (
    <div
      ref={forwardedRef}
      role="group"
      aria-label={strings.layerSwitchLabel}
      className={partClass('bodymap-layer-switch', className)}
      {...divProps}
      onPointerEnter={composeEventHandlers(onPointerEnter, preload)}
      onFocus={composeEventHandlers(onFocus, preload)}
    >
      {drawn.map((layer) => (
        <button key={layer} type="button" aria-pressed={shown === layer} data-state={shown === layer ? 'on' : 'off'} onClick={() => controller.setLayer(layer)}>
          {strings.layers[layer]}
        </button>
      ))}
    </div>
  );
});
