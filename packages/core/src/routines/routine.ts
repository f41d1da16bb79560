import type { Caution, Evidence, PanelStrings, SourceReference, TechniqueId } from '../content.js';

/** How firmly a step presses, on the glossary's scale: 1 is feather-light, 5 is deep. */
export type RoutinePressure = 1 | 2 | 3 | 4 | 5;

/** One step of a routine: where, how, how firmly and for how long. */
export interface RoutineStep {
  /** A region id of the atlas; the map zooms to it when the step is shown. */
  readonly region: string;
  readonly technique: TechniqueId;
  /** What to do, in a sentence or two. */
  readonly howTo: string;
  readonly pressure: RoutinePressure;
  /** How long the step lasts, in seconds; its timer counts this down. */
  readonly duration: number;
  /** What to watch for in this step; may be empty. */
  readonly cautions: readonly string[];
}

/**
 * A guided self-massage routine, such as one for a tension headache: its cautions come first, then
 * its steps, one at a time, with the map following.
 */
export interface Routine<SourceKey extends string = string> {
  /** A kebab-case id, stable across locales and releases, such as `tension-headache`. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** How well the routine as a whole is supported, said honestly in `evidenceNote`. */
  readonly evidence: Evidence;
  readonly evidenceNote: string;
  readonly sources: readonly SourceReference<SourceKey>[];
  /** Shown before the first step, with the not-medical-advice note. */
  readonly cautions: readonly Caution<SourceKey>[];
  readonly steps: readonly RoutineStep[];
}

/** A routine's words beyond its own, loaded with the routines. */
export interface RoutineStrings {
  /** "Step {step} of {count}". */
  readonly stepOf: string;
  readonly previous: string;
  readonly next: string;
  readonly start: string;
  readonly pause: string;
  /** Announced when a step's timer starts; `{region}` is its region's name. */
  readonly started: string;
  /** Announced when a step's timer runs out. */
  readonly ended: string;
  readonly pressure: string;
  readonly duration: string;
  readonly cautions: string;
}

/** A locale's routines by id with their words, loaded together the first time a routine is shown. */
export interface RoutinePack<SourceKey extends string = string> {
  readonly strings: RoutineStrings;
  readonly routines: { readonly [id: string]: Routine<SourceKey> };
}

/**
 * The routine a map shows, in its snapshot: `null` when it shows none (no `routine`, or an id the
 * pack does not have); `loading` while its code or the pack's routines load; `failed` when one of
 * them could not be loaded (`retryLoads` tries again); else the routine in the locale shown, the
 * step shown (from 0) and its timer.
 */
export type RoutineSnapshot =
  | { readonly status: 'loading' | 'failed' }
  | {
      readonly status: 'shown';
      readonly routine: Routine;
      readonly strings: RoutineStrings;
      /** The pack's panel strings: its evidence levels, source kinds, technique names and the disclaimer the routine ends with. */
      readonly panelStrings: PanelStrings;
      /** The step shown, from 0. */
      readonly step: number;
      readonly timer: 'idle' | 'running' | 'paused' | 'finished';
      /** The whole seconds left on the step's timer. */
      readonly timeLeft: number;
    };
