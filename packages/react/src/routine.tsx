import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext, useBodyMapState, useInBrowser } from './context.js';
import { useLoadable } from './use-loadable.js';

// The routine's parts load with the first map that shows a routine, so a map without one never
// downloads them.
const loadRoutineView = () => import('./routine-view.js');

export type BodyMapRoutineProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * The routine the map's `routine` names, walked through one step at a time while the map zooms to
 * each step's region: first its title, summary, evidence (graded, with its sources), cautions and
 * the not-medical-advice note; then "Step 2 of 6" with the step's region, technique, how-to,
 * pressure (1–5), duration and cautions, Previous and Next buttons, and a `role="timer"` counting
 * the step down with Start and Pause. Printed, it is the routine's text with every step listed.
 * Renders nothing without a `routine`. The timer's start and end are said through the map's
 * announcer (`BodyMap.Announcer`).
 * @selector [data-status="loading" | "failed" | "shown"] where the routine's text is
 * @selector [data-step] the step shown, from 0
 * @selector [data-timer="idle" | "running" | "paused" | "finished"] the step's timer
 * @selector [data-evidence] the routine's evidence level, on its badge
 */
export const BodyMapRoutine = forwardRef<HTMLElement, BodyMapRoutineProps>(function BodyMapRoutine({ className, ...props }, forwardedRef) {
  const { controller, svgRef } = useBodyMapContext('BodyMap.Routine');
  const shown = useBodyMapState((state) => state.routine !== null);
  const inBrowser = useInBrowser();
  const { state, retry } = useLoadable(shown && inBrowser ? loadRoutineView : undefined);
  const strings = useBodyMapState((state) => state.content.strings);
  if (state?.status === 'failed') {
    return (
      <p role="alert" className="bodymap-load-error" data-status="failed">
        {strings.loadFailed}{' '}
        <button type="button" onClick={retry}>
          {strings.retry}
        </button>
      </p>
    );
  }
  if (state?.status !== 'loaded') {
    return null;
  }
  const { RoutineView } = state.value;
  return <RoutineView ref={forwardedRef} className={className} controller={controller} svgRef={svgRef} {...props} />;
});
