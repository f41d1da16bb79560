import type { CautionKind, Evidence, Routine, RoutinePack, RoutinePressure, RoutineStrings, TechniqueId } from '@bodymap/core';
import type { RegionId } from '../atlas/regions.js';
import type { SourceKey } from '../sources.js';

// A routine's facts are written once, for every locale; its words are one file per locale, keyed by
// the routine's id and, inside it, by the ids of its cautions and steps.

/** A caution shown before a routine's first step, as facts: its text is the locale's word for its id. */
export interface RoutineCautionFacts {
  readonly id: string;
  readonly kind: CautionKind;
  readonly evidence: Evidence;
  readonly sources: readonly SourceKey[];
}

/** One step as facts: where, with which technique, how firmly and for how long. */
export interface RoutineStepFacts {
  /** Names the step's how-to among the locale's words; unique within its routine. */
  readonly id: string;
  readonly region: RegionId;
  readonly technique: TechniqueId;
  readonly pressure: RoutinePressure;
  /** In seconds. */
  readonly duration: number;
  /** Ids of the routine's step cautions that apply to this step. */
  readonly cautions: readonly string[];
}

export interface RoutineFacts {
  readonly id: string;
  readonly evidence: Evidence;
  readonly sources: readonly SourceKey[];
  readonly cautions: readonly RoutineCautionFacts[];
  readonly steps: readonly RoutineStepFacts[];
}

/** A routine's words in one locale. */
export interface RoutineWords {
  readonly title: string;
  readonly summary: string;
  readonly evidenceNote: string;
  /** The text of each caution shown before the first step, by the caution's id. */
  readonly cautions: Readonly<Record<string, string>>;
  /** Each step's how-to, by the step's id. */
  readonly steps: Readonly<Record<string, string>>;
  /** The text of each caution a step may show, by its id; several steps may share one. */
  readonly stepCautions: Readonly<Record<string, string>>;
}

/** A locale's file of routine words: the routine part's strings, then each routine's words by id. */
export interface RoutineLocaleWords {
  readonly strings: RoutineStrings;
  readonly routines: Readonly<Record<string, RoutineWords>>;
}

/**
 * A locale's routine pack from the routines' facts and that locale's words. A word the locale lacks
 * comes out empty rather than borrowed from another locale, so that each locale loads only its own
 * file; the content tests require every word.
 */
export function joinRoutines(facts: readonly RoutineFacts[], words: RoutineLocaleWords): RoutinePack<SourceKey> {
  const joinRoutine = (routine: RoutineFacts): Routine<SourceKey> => {
    const own = words.routines[routine.id];
    return {
      id: routine.id,
      title: own?.title ?? '',
      summary: own?.summary ?? '',
      evidence: routine.evidence,
      evidenceNote: own?.evidenceNote ?? '',
      sources: routine.sources,
      cautions: routine.cautions.map(({ id, ...caution }) => ({ ...caution, text: own?.cautions[id] ?? '' })),
      steps: routine.steps.map((step) => ({
        region: step.region,
        technique: step.technique,
        howTo: own?.steps[step.id] ?? '',
        pressure: step.pressure,
        duration: step.duration,
        cautions: step.cautions.map((id) => own?.stepCautions[id] ?? ''),
      })),
    };
  };
  return {
    strings: words.strings,
    routines: Object.fromEntries(facts.map((routine) => [routine.id, joinRoutine(routine)])),
  };
}

/** Every word a routine's facts call for, as paths such as `cautions.<id>` and `steps.<id>`. */
export function routineWordKeys(routine: RoutineFacts): string[] {
  const stepCautions = [...new Set(routine.steps.flatMap((step) => step.cautions))];
  return [
    'title',
    'summary',
    'evidenceNote',
    ...routine.cautions.map((caution) => `cautions.${caution.id}`),
    ...routine.steps.map((step) => `steps.${step.id}`),
    ...stepCautions.map((id) => `stepCautions.${id}`),
  ];
}
