import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { partClass } from './part-class.js';

export type BodyMapFigureProps = ComponentPropsWithoutRef<'div'>;

/**
 * The box around the viewport that the ready-made map lays out: as wide as the figure is drawn,
 * and the frame that `ZoomControls` and `GestureHint` sit over, in its corner and its middle. Put
 * those and the `Viewport` inside it to get the ready-made layout in a composition of your own.
 */
export const BodyMapFigure = forwardRef<HTMLDivElement, BodyMapFigureProps>(function BodyMapFigure({ className, ...divProps }, forwardedRef) {
  return <div ref={forwardedRef} className={partClass('bodymap-figure', className)} {...divProps} />;
});
