/** How a pain feels, as a client picks it on an intake form. */
export const painQualities = ['aching', 'sharp', 'burning', 'tingling', 'numb', 'stiff', 'throbbing'] as const;
export type PainQuality = (typeof painQualities)[number];

/**
 * One marked region on an intake form. `intensity` is the 0–10 numeric rating scale without its
 * zero, which is what an unmarked region means: an integer from 1 to 10.
 */
export interface BodyMapMark<Id extends string = string> {
  readonly region: Id;
  readonly intensity: number;
  readonly qualities: readonly PainQuality[];
  readonly note: string;
}

/** An intake form's value: every marked region, once each, in the order they were marked. */
export type BodyMapMarks<Id extends string = string> = readonly BodyMapMark<Id>[];

export const minIntensity = 1;
export const maxIntensity = 10;
/** A mark made without saying how much it hurts starts in the middle of the scale. */
export const defaultIntensity = 5;
/** A note longer than this is cut: the value travels in a form field and into records. */
export const maxNoteLength = 500;

export function isPainQuality(value: unknown): value is PainQuality {
  return typeof value === 'string' && (painQualities as readonly string[]).includes(value);
}

export function isIntensity(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= minIntensity && (value as number) <= maxIntensity;
}

export function markOf<Id extends string>(marks: BodyMapMarks<Id>, region: Id): BodyMapMark<Id> | undefined {
  return marks.find((mark) => mark.region === region);
}
