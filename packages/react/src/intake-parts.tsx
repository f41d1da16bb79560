import { forwardRef, type ComponentPropsWithoutRef, type ComponentType, type RefAttributes } from 'react';
import { useBodyMapState, useInBrowser } from './context.js';
import type { FormFieldProps } from './intake.js';
import { useLoadable } from './use-loadable.js';

// Intake mode's parts load with the first map in intake mode, so a map that only explores never
// downloads them; each renders nothing until they are here, and nothing in explore mode.
const loadIntake = () => import('./intake.js');
type IntakeModule = Awaited<ReturnType<typeof loadIntake>>;
type IntakePartName = 'MarkList' | 'MarkNumbers' | 'ValidationMessage' | 'Instructions' | 'FormField' | 'MarkEditor';

function useIntakeCode(): IntakeModule | null {
  const intake = useBodyMapState((state) => state.mode === 'intake');
  // The words load beside the code, through the controller.
  const worded = useBodyMapState((state) => state.intakeStrings !== null);
  const inBrowser = useInBrowser();
  const { state } = useLoadable(intake && inBrowser ? loadIntake : undefined);
  return state?.status === 'loaded' && worded ? state.value : null;
}

/** A part that renders intake mode's code of that name once it is here; the ref reaches the part's element. */
function intakePart<Element, Props extends object>(name: IntakePartName, displayName: string) {
  const Part = forwardRef<Element, Props>(function IntakePart(props, forwardedRef) {
    const code = useIntakeCode();
    if (code === null) {
      return null;
    }
    const Loaded = code[name] as unknown as ComponentType<Props & RefAttributes<Element>>;
    return <Loaded ref={forwardedRef} {...(props as Props)} />;
  });
  Part.displayName = displayName;
  return Part;
}

export type BodyMapMarkListProps = ComponentPropsWithoutRef<'div'>;

/**
 * In intake mode, every marked region with its intensity, qualities and note, each with an edit
 * button (which opens the region's mark editor and moves focus into it) and a remove button: the
 * marks as a list, for whoever would rather not use the figure.
 * @selector li[data-region] a marked region's entry
 * @selector [data-intensity] its intensity, 1–10
 */
export const BodyMapMarkList = intakePart<HTMLDivElement, BodyMapMarkListProps>('MarkList', 'BodyMap.MarkList');

export type BodyMapMarkNumbersProps = ComponentPropsWithoutRef<'g'>;

/** In intake mode, each mark's intensity drawn on its region, once the figure is drawn large enough for it to fit; inside the viewport. */
export const BodyMapMarkNumbers = intakePart<SVGGElement, BodyMapMarkNumbersProps>('MarkNumbers', 'BodyMap.MarkNumbers');

export type BodyMapValidationMessageProps = ComponentPropsWithoutRef<'p'>;

/** In intake mode, why the form did not take the marks (none, too few, too many), from a stopped submission until they are right. */
export const BodyMapValidationMessage = intakePart<HTMLParagraphElement, BodyMapValidationMessageProps>('ValidationMessage', 'BodyMap.ValidationMessage');

export type BodyMapIntakeInstructionsProps = ComponentPropsWithoutRef<'p'>;

/** In intake mode, one line on how to mark the figure. */
export const BodyMapIntakeInstructions = intakePart<HTMLParagraphElement, BodyMapIntakeInstructionsProps>('Instructions', 'BodyMap.IntakeInstructions');

export type BodyMapFormFieldProps = FormFieldProps;

/**
 * In intake mode, the marks as a field of the form around the map (or the one `form` names): its
 * data carries them as JSON under `name`; `required`, `min` and `max` (the map's own props) stop a
 * submission with the map's message; the form's reset returns the marks to `defaultValue`.
 */
export const BodyMapFormField = intakePart<HTMLInputElement, BodyMapFormFieldProps>('FormField', 'BodyMap.FormField');

/** The open mark's editor, inside the panel: intensity, qualities, a note and a remove button. */
export const BodyMapMarkEditor = intakePart<HTMLDivElement, object>('MarkEditor', 'BodyMap.MarkEditor');
