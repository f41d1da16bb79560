import { describeValue } from '../records.js';
import { defaultIntensity, isIntensity, isPainQuality, markOf, maxIntensity, maxNoteLength, minIntensity, painQualities, type BodyMapMark, type BodyMapMarks } from './marks.js';

// How marks change: the rules intake mode loads on demand (see mode.ts), apart from the model in
// marks.ts that a figure reads to draw them.

/** Marks `region` with the default intensity, or removes its mark when it has one. */
export function toggleMark<Id extends string>(marks: BodyMapMarks<Id>, region: Id): BodyMapMarks<Id> {
  return markOf(marks, region) ? removeMark(marks, region) : [...marks, { region, intensity: defaultIntensity, qualities: [], note: '' }];
}

export function removeMark<Id extends string>(marks: BodyMapMarks<Id>, region: Id): BodyMapMarks<Id> {
  return markOf(marks, region) ? marks.filter((mark) => mark.region !== region) : marks;
}

/**
 * Changes one region's mark, marking it first when it has none. Out-of-range or unknown values are
 * clamped or dropped rather than stored, so the value is always one that `parseMarks` accepts.
 */
export function updateMark<Id extends string>(
  marks: BodyMapMarks<Id>,
  region: Id,
  change: Partial<Omit<BodyMapMark<Id>, 'region'>>,
): BodyMapMarks<Id> {
  const current = markOf(marks, region) ?? { region, intensity: defaultIntensity, qualities: [], note: '' };
  const next: BodyMapMark<Id> = {
    region,
    intensity:
      change.intensity === undefined || !Number.isFinite(change.intensity)
        ? current.intensity
        : Math.min(maxIntensity, Math.max(minIntensity, Math.round(change.intensity))),
    qualities: change.qualities === undefined ? current.qualities : painQualities.filter((quality) => change.qualities!.includes(quality)),
    note: change.note === undefined ? current.note : String(change.note).slice(0, maxNoteLength),
  };
  if (
    markOf(marks, region) &&
    next.intensity === current.intensity &&
    next.note === current.note &&
    next.qualities.length === current.qualities.length &&
    next.qualities.every((quality, index) => quality === current.qualities[index])
  ) {
    return marks;
  }
  return markOf(marks, region) ? marks.map((mark) => (mark.region === region ? next : mark)) : [...marks, next];
}

export interface ParsedMarks<Id extends string> {
  readonly marks: BodyMapMarks<Id>;
  /** One sentence for each entry that was dropped or repaired, naming it. */
  readonly issues: readonly string[];
}

/**
 * Reads a value that came from outside (a form field's JSON, a URL, a saved draft, a prop) against
 * the regions an atlas knows. An entry that cannot be read is dropped and named; the rest are kept,
 * so one bad entry never loses a client's other marks.
 */
export function parseMarks<Id extends string>(value: unknown, isRegion: (id: string) => id is Id): ParsedMarks<Id> {
  const issues: string[] = [];
  let list = value;
  if (typeof value === 'string') {
    try {
      list = value.trim() === '' ? [] : JSON.parse(value);
    } catch {
      return { marks: [], issues: [`The marks ${describeValue(value)} are not JSON; none were read.`] };
    }
  }
  if (!Array.isArray(list)) {
    return { marks: [], issues: [`The marks must be an array, not ${describeValue(list)}; none were read.`] };
  }
  const marks: BodyMapMark<Id>[] = [];
  list.forEach((entry: unknown, index) => {
    const at = `Mark ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) {
      issues.push(`${at} is ${describeValue(entry)}, not an object; it was dropped.`);
      return;
    }
    const { region, intensity, qualities, note } = entry as Record<string, unknown>;
    if (typeof region !== 'string' || !isRegion(region)) {
      issues.push(`${at} names ${describeValue(region)}, which is not a region of this map; it was dropped.`);
      return;
    }
    if (marks.some((mark) => mark.region === region)) {
      issues.push(`${at} marks ${region} a second time; only the first mark was kept.`);
      return;
    }
    if (!isIntensity(intensity)) {
      issues.push(`${at} (${region}) has intensity ${describeValue(intensity)}, not a whole number from 1 to 10; it was dropped.`);
      return;
    }
    const known = Array.isArray(qualities) ? qualities.filter(isPainQuality) : [];
    if (qualities !== undefined && (!Array.isArray(qualities) || known.length !== qualities.length)) {
      issues.push(`${at} (${region}) has qualities ${describeValue(qualities)}; only ${known.length === 0 ? 'none' : known.join(', ')} were kept.`);
    }
    if (note !== undefined && typeof note !== 'string') {
      issues.push(`${at} (${region}) has a note ${describeValue(note)} that is not text; it was left out.`);
    }
    marks.push({
      region,
      intensity,
      qualities: painQualities.filter((quality) => known.includes(quality)),
      note: typeof note === 'string' ? note.slice(0, maxNoteLength) : '',
    });
  });
  return { marks, issues };
}

/** Why an intake form's value fails its constraints, in the terms of the browser's `ValidityState`. */
export type MarksInvalidity = 'valueMissing' | 'rangeUnderflow' | 'rangeOverflow';

export interface MarksConstraints {
  /** At least one region must be marked. */
  readonly required?: boolean | undefined;
  /** The fewest marked regions the form takes. */
  readonly min?: number | undefined;
  /** The most marked regions the form takes. */
  readonly max?: number | undefined;
}

/** The first constraint a value breaks, or `null` when it meets them all; an empty value breaks only `required`, as an empty text field breaks only its own. */
export function marksInvalidity(marks: BodyMapMarks, { required, min, max }: MarksConstraints): MarksInvalidity | null {
  if (marks.length === 0) {
    return required ? 'valueMissing' : null;
  }
  if (min !== undefined && Number.isFinite(min) && marks.length < min) {
    return 'rangeUnderflow';
  }
  if (max !== undefined && Number.isFinite(max) && marks.length > max) {
    return 'rangeOverflow';
  }
  return null;
}
