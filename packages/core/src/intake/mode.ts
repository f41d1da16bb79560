import { formatString, type IntakeStrings, type UiStrings } from '../content.js';
import { marksInvalidity, parseMarks, removeMark, toggleMark, updateMark, type MarksConstraints, type MarksInvalidity } from './change-marks.js';
import { markOf, type BodyMapMark, type BodyMapMarks } from './marks.js';

/** What intake mode needs of the controller it is part of. */
export interface IntakeHost {
  /** The host's current props: the controlled `value`, `onValueChange` and the constraints. */
  readonly props: () => MarksConstraints & {
    readonly value?: unknown;
    readonly onValueChange?: ((value: BodyMapMarks) => void) | undefined;
  };
  readonly defaultValue: unknown;
  readonly isRegion: (id: string) => id is string;
  readonly warn: (message: string) => void;
  readonly label: (region: string) => string;
  /** The words shown now: the interface's, and intake mode's own. */
  readonly strings: () => UiStrings;
  readonly words: () => IntakeStrings;
  /** Says something to screen-reader users; shown with the next publish. */
  readonly announce: (text: string) => void;
  readonly openEditor: (region: string) => void;
  /** Closes the editor, when it is open on `region` (or on any region); either way the state is published. */
  readonly closeEditor: (region?: string) => void;
  readonly publish: () => void;
}

/** Intake mode's part of a snapshot. */
export interface IntakeSnapshot {
  readonly value: BodyMapMarks;
  readonly invalidity: MarksInvalidity | null;
  readonly validationMessage: string;
  readonly validationShown: boolean;
}

export interface IntakeMode {
  /** Intake mode's part of the snapshot, in the words of the content being shown. */
  readonly snapshot: (strings: UiStrings, words: IntakeStrings) => IntakeSnapshot;
  readonly toggle: (region: string, via: 'pointer' | 'keyboard') => void;
  readonly setMark: (region: string, change: Partial<Omit<BodyMapMark, 'region'>>) => void;
  readonly removeMark: (region: string) => void;
  /** Replaces the marks with a host's own, which is no person's change: nothing is reported or published. Returns the marks read. */
  readonly setValue: (value: unknown) => BodyMapMarks;
  readonly resetValue: () => void;
  readonly reportValidity: () => boolean;
}

// One empty value for every map without a default: a new one on each snapshot would be a change
// of the value every time, re-rendering whatever reads it.
const noMarks: BodyMapMarks = [];

/**
 * The controller's intake mode: the marks, their constraints and their announcements. The
 * controller loads this on demand, the first time a map is in intake mode, so that a map that only
 * explores never downloads it.
 */
export function createIntakeMode(host: IntakeHost): IntakeMode {
  // Values from outside are read once: the default once, a controlled value once per object the
  // host passes, each issue named once.
  const read = new Map<'value' | 'defaultValue', { raw: unknown; marks: BodyMapMarks }>();
  const known = (raw: unknown, where: 'value' | 'defaultValue'): BodyMapMarks => {
    const last = read.get(where);
    if (last !== undefined && last.raw === raw) {
      return last.marks;
    }
    const { marks, issues } = parseMarks(raw, host.isRegion);
    for (const issue of issues) {
      host.warn(`\`${where}\`: ${issue}`);
    }
    read.set(where, { raw, marks });
    return marks;
  };
  const defaultValue = () => (host.defaultValue === undefined ? noMarks : known(host.defaultValue, 'defaultValue'));
  // `undefined` until a person's action after the last reset: the default.
  let internal: BodyMapMarks | undefined;
  const current = () => {
    const controlled = host.props().value;
    return controlled !== undefined ? known(controlled, 'value') : (internal ?? defaultValue());
  };
  let validationShown = false;

  /** Makes a change to the marks and reports it, as the controller's `commit` does a state's. */
  function change(next: BodyMapMarks, region: string) {
    if (next === current()) {
      return;
    }
    internal = next;
    const mark = markOf(next, region);
    const words = host.words();
    host.announce(
      mark
        ? formatString(words.marked, { region: host.label(region), intensity: String(mark.intensity) })
        : formatString(words.unmarked, { region: host.label(region) }),
    );
    if (mark) {
      host.publish();
    } else {
      host.closeEditor(region);
    }
    host.props().onValueChange?.(next);
  }

  function snapshot(strings: UiStrings, words: IntakeStrings): IntakeSnapshot {
    const value = current();
    const props = host.props();
    const invalidity = marksInvalidity(value, props);
    const template = invalidity === 'valueMissing' ? strings.intake.required : invalidity === 'rangeUnderflow' ? words.tooFew : words.tooMany;
    return {
      value,
      invalidity,
      validationMessage: invalidity === null ? '' : formatString(template, { min: String(props.min), max: String(props.max) }),
      validationShown: validationShown && invalidity !== null,
    };
  }

  return {
    snapshot,
    toggle(region, via) {
      const next = toggleMark(current(), region);
      // The editor opens before the value is reported, so a host reading the state sees both.
      if (via === 'pointer' && markOf(next, region)) {
        host.openEditor(region);
      }
      change(next, region);
    },
    setMark: (region, update) => change(updateMark(current(), region, update), region),
    removeMark: (region) => change(removeMark(current(), region), region),
    setValue(value) {
      internal = known(value, 'value');
      return internal;
    },
    resetValue() {
      validationShown = false;
      const before = current();
      internal = undefined;
      const after = defaultValue();
      if (before === after) {
        host.publish();
        return;
      }
      host.announce('');
      host.closeEditor();
      host.props().onValueChange?.(after);
    },
    reportValidity() {
      const { invalidity, validationMessage } = snapshot(host.strings(), host.words());
      if (invalidity === null) {
        return true;
      }
      validationShown = true;
      host.announce(validationMessage);
      host.publish();
      return false;
    },
  };
}
