import type { Evidence, GradedStatement, SourceReference } from '../content.js';

/**
 * Why one region answers a symptom, shown in that region's panel under the symptom's `noteHeading`
 * while the symptom is chosen, with its own grade.
 */
export interface SymptomRegion<SourceKey extends string = string> {
  /** A region id of the atlas. */
  readonly region: string;
  readonly reason: string;
  readonly evidence: Evidence;
  readonly sources: readonly SourceReference<SourceKey>[];
}

/**
 * Something a visitor feels ("I get headaches"), with the regions where massage is used for it.
 * Symptoms are content: each locale's pack words them, and its synonyms are what the finder
 * matches, with case, accents and punctuation ignored.
 */
export interface Symptom<SourceKey extends string = string> {
  /** A kebab-case id, stable across locales and releases, such as `tension-headache`. */
  readonly id: string;
  /** The symptom as the finder lists it: "Tension headache". */
  readonly name: string;
  /** Other words people use for it, in this locale: "headache", "head pressure". */
  readonly synonyms: readonly string[];
  /** What the map will show when it is chosen, in a few words: "Temples, neck, shoulders". */
  readonly shows: string;
  /** The heading of its note in each matching region's panel: "For headaches". */
  readonly noteHeading: string;
  /**
   * What research found for the symptom as a whole, shown beside the matches, such as that massage
   * did not beat a sham treatment for how often tension headaches come.
   */
  readonly finding?: SymptomFinding<SourceKey>;
  /** The regions that answer it, most useful first; the first is focused when it is chosen. */
  readonly regions: readonly SymptomRegion<SourceKey>[];
}

/** A finding about a symptom as a whole, graded like a region's reason. */
export type SymptomFinding<SourceKey extends string = string> = GradedStatement<SourceKey>;

/** The finder's words beyond its label, loaded with the symptoms. */
export interface FinderStrings {
  /** The listbox's name. */
  readonly options: string;
  /** Shown when nothing matches; `{query}` is what was typed. */
  readonly noMatch: string;
  /** Announced when a symptom is chosen; `{symptom}` is its name, `{count}` how many regions answer it. */
  readonly matched: string;
  /** Announced when the matches are cleared. */
  readonly cleared: string;
  /** The name of the button that clears the query and the matches. */
  readonly clear: string;
}

/** A locale's symptoms with the finder's words, loaded together the first time a finder is used. */
export interface SymptomPack<SourceKey extends string = string> {
  readonly strings: FinderStrings;
  readonly symptoms: readonly Symptom<SourceKey>[];
}
