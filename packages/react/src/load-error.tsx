import { formatString } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';

export type BodyMapLoadErrorProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * Says when the current view's drawing, the chosen language or (in intake mode) the code for marking could not be loaded (a dropped
 * connection, a missing file), with one button that tries again. Renders nothing otherwise. The
 * rest of the map keeps working meanwhile: the other views, and English text.
 * @selector [data-failed] what failed, space-separated: `view`, `locale`, `intake`
 */
export const BodyMapLoadError = forwardRef<HTMLDivElement, BodyMapLoadErrorProps>(function BodyMapLoadError(
  { className, ...divProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.LoadError');
  const failedLoads = useBodyMapState((state) => state.failedLoads);
  const strings = useBodyMapState((state) => state.content.strings);
  const view = useBodyMapState((state) => state.view);
  if (failedLoads.length === 0) {
    return null;
  }
  const messages = {
    view: formatString(strings.viewFailed, { view: strings.views[view] }),
    locale: strings.localeFailed,
    intake: strings.intake.failed,
  };
  return (
    <div
      ref={forwardedRef}
      role="alert"
      className={partClass('bodymap-load-error', className)}
      data-failed={failedLoads.join(' ')}
      {...divProps}
    >
      {failedLoads.map((part) => (
        <p key={part}>{messages[part]}</p>
      ))}
      <button type="button" onClick={controller.retryLoads}>
        {strings.retry}
      </button>
    </div>
  );
});
