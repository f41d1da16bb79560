import { formatString, type BodyMapController, type BodyMapSnapshot, type ContentPack, type PanelStrings, type Routine, type RoutineStep, type RoutineStrings, type SourceReference } from '@bodymap/core';
import { forwardRef, memo, useId, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { partClass } from './part-class.js';
import type { BodyMapRoutineProps } from './routine.js';

// The routine's parts, loaded only once a map shows a routine (see routine.tsx). Each reads its own
// slice: the timer re-renders each second it runs, the step when it changes, the introduction never.
// They take the controller from the part that loads them and import nothing of the package but core's
// formatting, so that loading them on demand splits nothing out of the first view's code.

/** A slice of the map's state, as `useBodyMapState` reads it. */
function useSlice<T>(controller: BodyMapController, selector: (state: BodyMapSnapshot) => T): T {
  return useSyncExternalStore(
    controller.subscribe,
    () => selector(controller.getState()),
    () => selector(controller.getServerState()),
  );
}

const shownRoutine = (state: BodyMapSnapshot) => (state.routine?.status === 'shown' ? state.routine : null);

/** A length in seconds in words of the locale: "45 seconds", "2 minutes", "1 min 30 sec". */
export function formatDuration(seconds: number, locale: string): string {
  const unit = (value: number, name: 'second' | 'minute', display: 'long' | 'short') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: display }).format(value);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) {
    return unit(rest, 'second', 'long');
  }
  return rest === 0 ? unit(minutes, 'minute', 'long') : `${unit(minutes, 'minute', 'short')} ${unit(rest, 'second', 'short')}`;
}

/** A timer's reading: minutes and seconds, as "1:05". */
export const formatClock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export interface RoutineViewProps extends BodyMapRoutineProps {
  readonly controller: BodyMapController;
  /** The map's drawing, where the step's region is outlined. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
}

export const RoutineView = forwardRef<HTMLElement, RoutineViewProps>(function RoutineView({ className, controller, svgRef, ...sectionProps }, forwardedRef) {
  const status = useSlice(controller, (state) => state.routine?.status ?? 'loading');
  const routine = useSlice(controller, (state) => shownRoutine(state)?.routine ?? null);
  const words = useSlice(controller, (state) => shownRoutine(state)?.strings ?? null);
  const panelWords = useSlice(controller, (state) => shownRoutine(state)?.panelStrings ?? null);
  const step = useSlice(controller, (state) => (state.routine?.status === 'shown' ? state.routine.step : 0));
  const content = useSlice(controller, (state) => state.content);
  const titleId = useId();
  const classes = partClass('bodymap-routine', className);
  if (status === 'failed') {
    return (
      <section ref={forwardedRef} className={classes} data-status="failed" {...sectionProps}>
        <div role="alert" className="bodymap-load-error">
          <p>{content.strings.loadFailed}</p>
          <button type="button" onClick={controller.retryLoads}>
            {content.strings.retry}
          </button>
        </div>
      </section>
    );
  }
  if (routine === null || words === null || panelWords === null) {
    return (
      <section ref={forwardedRef} className={classes} data-status="loading" aria-busy="true" {...sectionProps}>
        <p className="bodymap-routine-loading">{content.strings.loading}</p>
      </section>
    );
  }
  return (
    <section ref={forwardedRef} className={classes} data-status="shown" data-step={step} aria-labelledby={titleId} {...sectionProps}>
      <Introduction routine={routine} words={words} panelWords={panelWords} content={content} titleId={titleId} />
      <StepShown routine={routine} words={words} panelWords={panelWords} content={content} step={step} controller={controller} />
      <StepOutline controller={controller} svgRef={svgRef} region={routine.steps[step]?.region} />
      <PrintedSteps routine={routine} words={words} panelWords={panelWords} content={content} />
    </section>
  );
});

interface PartProps {
  readonly routine: Routine;
  readonly words: RoutineStrings;
  /** The pack's panel strings, which the controller has loaded with the routine's words. */
  readonly panelWords: PanelStrings;
  readonly content: ContentPack;
}

const Introduction = memo(function Introduction({ routine, words, panelWords, titleId }: PartProps & { readonly titleId: string }) {
  const cautionsId = useId();
  return (
    <div className="bodymap-routine-introduction">
      <h2 id={titleId} className="bodymap-routine-title">
        {routine.title}
      </h2>
      <p className="bodymap-routine-summary">{routine.summary}</p>
      <p className="bodymap-routine-evidence">
        <span className="bodymap-evidence" data-evidence={routine.evidence}>
          {panelWords.evidence[routine.evidence]}
        </span>{' '}
        {routine.evidenceNote}
      </p>
      <SourceList references={routine.sources} panelWords={panelWords} />
      {routine.cautions.length > 0 && (
        <section className="bodymap-routine-cautions" aria-labelledby={cautionsId}>
          <h3 id={cautionsId}>{words.cautions}</h3>
          <ul>
            {routine.cautions.map((caution) => (
              <li key={caution.text}>
                {caution.kind === 'emergency' && (
                  <>
                    <span className="bodymap-caution-emergency">{panelWords.emergency}</span>{' '}
                  </>
                )}
                {caution.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="bodymap-routine-disclaimer">{panelWords.disclaimer}</p>
    </div>
  );
});

/** The sources a routine cites, listed in full (a printed page keeps them); the controller has looked up those cited by key. */
function SourceList({ references, panelWords }: { readonly references: readonly SourceReference[]; readonly panelWords: PanelStrings }) {
  if (references.length === 0) {
    return null;
  }
  return (
    <div className="bodymap-routine-sources">
      <h3>{panelWords.sources}</h3>
      <ul>
        {references.map((source, index) => (
          <li key={index}>
            {typeof source === 'string' ? (
              source
            ) : (
              <>
                <span className="bodymap-source-kind">{panelWords.sourceKinds[source.kind]}</span>{' '}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What one step asks: region, technique, how-to, pressure, duration and cautions. */
function StepDetails({ step, words, panelWords, locale }: { readonly step: RoutineStep; readonly words: RoutineStrings; readonly panelWords: PanelStrings; readonly locale: string }) {
  return (
    <>
      <p className="bodymap-routine-technique">{panelWords.techniqueNames[step.technique]}</p>
      <p className="bodymap-routine-how-to">{step.howTo}</p>
      <dl className="bodymap-routine-measures">
        <div>
          <dt>{words.pressure}</dt>
          <dd>
            <span className="bodymap-routine-pressure" data-pressure={step.pressure}>
              {step.pressure}/5
            </span>
          </dd>
        </div>
        <div>
          <dt>{words.duration}</dt>
          <dd>{formatDuration(step.duration, locale)}</dd>
        </div>
      </dl>
      {step.cautions.length > 0 && (
        <ul className="bodymap-routine-step-cautions" aria-label={words.cautions}>
          {step.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const StepShown = memo(function StepShown({ routine, words, panelWords, content, step, controller }: PartProps & { readonly step: number; readonly controller: BodyMapController }) {
  const headingId = useId();
  const current = routine.steps[step];
  if (current === undefined) {
    return null;
  }
  const count = routine.steps.length;
  const first = step === 0;
  const last = step === count - 1;
  return (
    <section className="bodymap-routine-step" aria-labelledby={headingId}>
      <h3 id={headingId} className="bodymap-routine-step-heading">
        <span className="bodymap-routine-step-number">{formatString(words.stepOf, { step: String(step + 1), count: String(count) })}</span>{' '}
        <span className="bodymap-routine-step-region">{content.labels[current.region] ?? current.region}</span>
      </h3>
      <StepDetails step={current} words={words} panelWords={panelWords} locale={content.locale} />
      <StepTimer words={words} controller={controller} />
      {/* Not `disabled` at the ends: a disabled button drops the focus of the person who just pressed it. */}
      <div className="bodymap-routine-nav">
        <button type="button" className="bodymap-button" aria-disabled={first || undefined} onClick={() => controller.setRoutineStep('previous')}>
          {words.previous}
        </button>
        <button type="button" className="bodymap-button" aria-disabled={last || undefined} onClick={() => controller.setRoutineStep('next')}>
          {words.next}
        </button>
      </div>
    </section>
  );
});

/** The step's timer, the one part that re-renders as it counts. */
function StepTimer({ words, controller }: { readonly words: RoutineStrings; readonly controller: BodyMapController }) {
  const timer = useSlice(controller, (state) => (state.routine?.status === 'shown' ? state.routine.timer : 'idle'));
  const timeLeft = useSlice(controller, (state) => (state.routine?.status === 'shown' ? state.routine.timeLeft : 0));
  const running = timer === 'running';
  return (
    <div className="bodymap-routine-timer" data-timer={timer}>
      {/* A timer is not live: the start and end are said through the map's announcer, not each second. */}
      <span role="timer" aria-label={words.duration} className="bodymap-routine-clock">
        {formatClock(timeLeft)}
      </span>
      <button type="button" className="bodymap-button" onClick={running ? controller.pauseRoutineTimer : controller.startRoutineTimer}>
        {running ? words.pause : words.start}
      </button>
    </div>
  );
}

/** Every step at once, for the printed page only: hidden on screen, and shown by the print styles. */
const PrintedSteps = memo(function PrintedSteps({ routine, words, panelWords, content }: PartProps) {
  const count = String(routine.steps.length);
  return (
    <ol className="bodymap-routine-printed-steps" hidden>
      {routine.steps.map((step, index) => (
        <li key={index}>
          <h3>
            {formatString(words.stepOf, { step: String(index + 1), count })} {content.labels[step.region] ?? step.region}
          </h3>
          <StepDetails step={step} words={words} panelWords={panelWords} locale={content.locale} />
        </li>
      ))}
    </ol>
  );
});

/**
 * The step's region outlined on the figure, over the regions and under nothing a pointer needs: a
 * dashed line, so that it reads apart from a selected region's fill, in forced colours too. Drawn
 * into the zoomed scene, which each view renders anew, so it finds the scene again when the view changes.
 */
function StepOutline({ controller, svgRef, region }: { readonly controller: BodyMapController; readonly svgRef: RefObject<SVGSVGElement | null>; readonly region: string | undefined }) {
  const geometry = useSlice(controller, (state) => state.geometry);
  const [scene, setScene] = useState<{ readonly node: SVGGElement; readonly clip: string | undefined } | null>(null);
  useLayoutEffect(() => {
    const node = svgRef.current?.querySelector<SVGGElement>('.bodymap-scene') ?? null;
    setScene(node === null ? null : { node, clip: svgRef.current?.querySelector('clipPath')?.id });
  }, [svgRef, geometry]);
  const path = region === undefined ? undefined : geometry?.regions.get(region);
  if (scene === null || path === undefined || !scene.node.isConnected) {
    return null;
  }
  return createPortal(
    <path className="bodymap-routine-outline" d={path} clipPath={scene.clip === undefined ? undefined : `url(#${scene.clip})`} aria-hidden="true" />,
    scene.node,
  );
}
