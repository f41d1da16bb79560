import type { Evidence, FinderStrings, Symptom, SymptomPack, SymptomRegion } from '@bodymap/core';
import type { RegionId } from '../atlas/regions.js';
import type { SourceKey } from '../sources.js';

// A symptom's facts are written once, for every locale; its words are one file per locale, keyed by
// the symptom's id and, inside it, by the id of each reason a region answers it.

/**
 * Why one or more regions answer a symptom, as facts: the two sides of a pair share one reason,
 * whose text is the locale's word for its id.
 */
export interface SymptomReasonFacts {
  readonly id: string;
  /** Most useful first; each becomes a region of the symptom in this order. */
  readonly regions: readonly RegionId[];
  readonly evidence: Evidence;
  readonly sources: readonly SourceKey[];
}

export interface SymptomFacts {
  readonly id: string;
  /** The grade and sources of what research found for the symptom as a whole, worded per locale. */
  readonly finding?: { readonly evidence: Evidence; readonly sources: readonly SourceKey[] };
  /** Most useful first: the first region of the first reason is the one the map focuses. */
  readonly reasons: readonly SymptomReasonFacts[];
}

/** A symptom's words in one locale. */
export interface SymptomWords {
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly shows: string;
  readonly noteHeading: string;
  readonly finding?: string;
  /** The text of each reason, by its id. */
  readonly reasons: Readonly<Record<string, string>>;
}

/** A locale's file of symptom words: the finder's strings, then each symptom's words by id. */
export interface SymptomLocaleWords {
  readonly strings: FinderStrings;
  readonly symptoms: Readonly<Record<string, SymptomWords>>;
}

/**
 * A locale's symptom pack from the symptoms' facts and that locale's words. A word the locale lacks
 * comes out empty rather than borrowed from another locale, so that each locale loads only its own
 * file; the content tests require every word.
 */
export function joinSymptoms(facts: readonly SymptomFacts[], words: SymptomLocaleWords): SymptomPack<SourceKey> {
  const joinSymptom = (symptom: SymptomFacts): Symptom<SourceKey> => {
    const own = words.symptoms[symptom.id];
    const regions = symptom.reasons.flatMap((reason) =>
      reason.regions.map(
        (region): SymptomRegion<SourceKey> => ({
          region,
          reason: own?.reasons[reason.id] ?? '',
          evidence: reason.evidence,
          sources: reason.sources,
        }),
      ),
    );
    return {
      id: symptom.id,
      name: own?.name ?? '',
      synonyms: own?.synonyms ?? [],
      shows: own?.shows ?? '',
      noteHeading: own?.noteHeading ?? '',
      ...(symptom.finding && { finding: { text: own?.finding ?? '', ...symptom.finding } }),
      regions,
    };
  };
  return { strings: words.strings, symptoms: facts.map(joinSymptom) };
}

/** Every word a symptom's facts call for, as paths such as `reasons.<id>`. */
export function symptomWordKeys(symptom: SymptomFacts): string[] {
  return [
    'name',
    'synonyms',
    'shows',
    'noteHeading',
    ...(symptom.finding ? ['finding'] : []),
    ...symptom.reasons.map((reason) => `reasons.${reason.id}`),
  ];
}
