import { cautionKinds, evidenceLevels, sourceKinds, techniqueIds, type Caution, type SourceReference } from '../content.js';
import { isRecord } from '../records.js';
import type { ContentIssue } from '../validate-content.js';
import type { Routine, RoutinePack, RoutineStep, RoutineStrings } from './routine.js';

const routineStringKeys = ['stepOf', 'previous', 'next', 'start', 'pause', 'started', 'ended', 'pressure', 'duration', 'cautions'] as const satisfies readonly (keyof RoutineStrings)[];

/** The longest step a routine may have, in seconds: past an hour, a number is a mistake rather than a step. */
export const maxRoutineStepDuration = 3600;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));
const includes = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** What {@link validateRoutinePack} found: the part of the pack that can be shown, and what was dropped, each named. */
export interface RoutinePackCheck {
  /** The routines and steps that are whole; `null` when the pack cannot be used at all (its words missing). */
  readonly pack: RoutinePack | null;
  readonly issues: readonly ContentIssue[];
}

/**
 * Checks a locale's routines before they are shown. A step with an unknown region, a pressure
 * outside 1–5, a duration that is not a whole number of seconds from 1 to an hour, an unknown
 * technique or no how-to is named and dropped; so is a routine with no title, summary, evidence or
 * whole step left, and a source or caution that cannot be read. Without all of its words the pack
 * is dropped whole.
 */
export function validateRoutinePack(pack: unknown, regionIds: readonly string[]): RoutinePackCheck {
  const issues: ContentIssue[] = [];
  const report = (path: string, message: string) => {
    issues.push({ path, message });
  };
  if (!isRecord(pack)) {
    report('routines', `The routines pack must be an object with \`strings\` and \`routines\`; got ${quote(pack)}. No routine can be shown.`);
    return { pack: null, issues };
  }
  const strings = isRecord(pack.strings) ? pack.strings : {};
  const missing = routineStringKeys.filter((key) => !isText(strings[key]));
  if (missing.length > 0) {
    report('routines.strings', `The routines’ words lack ${missing.map((key) => `\`${key}\``).join(', ')}. No routine can be shown.`);
    return { pack: null, issues };
  }
  const routines: Record<string, Routine> = {};
  const given = isRecord(pack.routines) ? pack.routines : {};
  if (!isRecord(pack.routines)) {
    report('routines.routines', 'The routines pack has no `routines` object; it holds no routine.');
  }
  for (const [id, routine] of Object.entries(given)) {
    const checked = checkRoutine(id, routine, `routines.routines[${JSON.stringify(id)}]`, regionIds, report);
    if (checked !== null) {
      routines[id] = checked;
    }
  }
  return { pack: { strings: strings as unknown as RoutineStrings, routines }, issues };
}

type Report = (path: string, message: string) => void;

function checkRoutine(id: string, routine: unknown, path: string, regionIds: readonly string[], report: Report): Routine | null {
  if (!isRecord(routine)) {
    report(path, `Routine ${quote(id)} is not an object; it is dropped.`);
    return null;
  }
  const missing = (['title', 'summary', 'evidenceNote'] as const).filter((key) => !isText(routine[key]));
  if (routine.id !== id) {
    report(`${path}.id`, `Routine ${quote(id)} names itself ${quote(routine.id)}; its key and its id must be the same. It is dropped.`);
    return null;
  }
  if (missing.length > 0) {
    report(path, `Routine ${quote(id)} has no ${missing.map((key) => `\`${key}\``).join(', ')}; it is dropped.`);
    return null;
  }
  if (!includes(evidenceLevels, routine.evidence)) {
    report(`${path}.evidence`, `Routine ${quote(id)} has evidence ${quote(routine.evidence)}; it must be one of ${evidenceLevels.join(', ')}. It is dropped.`);
    return null;
  }
  const steps = (Array.isArray(routine.steps) ? routine.steps : []).flatMap((step: unknown, index) => {
    const checked = checkStep(step, `${path}.steps[${index}]`, regionIds, report);
    return checked === null ? [] : [checked];
  });
  if (steps.length === 0) {
    report(`${path}.steps`, `Routine ${quote(id)} has no step that can be shown; it is dropped.`);
    return null;
  }
  const cautions = (Array.isArray(routine.cautions) ? routine.cautions : []).flatMap((caution: unknown, index) => {
    const where = `${path}.cautions[${index}]`;
    if (!isRecord(caution) || !isText(caution.text)) {
      report(where, 'A caution needs its `text`; it is dropped.');
      return [];
    }
    if (caution.kind !== undefined && !includes(cautionKinds, caution.kind)) {
      report(`${where}.kind`, `Caution kind ${quote(caution.kind)} is not one of ${cautionKinds.join(', ')}; it is dropped.`);
      return [];
    }
    return [{ ...caution, sources: checkSources(caution.sources, `${where}.sources`, report) } as Caution];
  });
  return { ...(routine as unknown as Routine), steps, cautions, sources: checkSources(routine.sources, `${path}.sources`, report) };
}

function checkStep(step: unknown, path: string, regionIds: readonly string[], report: Report): RoutineStep | null {
  if (!isRecord(step)) {
    report(path, 'A step must be an object; it is dropped.');
    return null;
  }
  const problems = [
    ...(regionIds.includes(step.region as string) ? [] : [`an unknown region ${quote(step.region)}`]),
    ...(includes(techniqueIds, step.technique) ? [] : [`an unknown technique ${quote(step.technique)}`]),
    ...(isText(step.howTo) ? [] : ['no `howTo` text']),
    ...(Number.isInteger(step.pressure) && (step.pressure as number) >= 1 && (step.pressure as number) <= 5 ? [] : [`pressure ${quote(step.pressure)}, not a whole number from 1 to 5`]),
    ...(Number.isInteger(step.duration) && (step.duration as number) >= 1 && (step.duration as number) <= maxRoutineStepDuration
      ? []
      : [`duration ${quote(step.duration)}, not a whole number of seconds from 1 to ${maxRoutineStepDuration}`]),
  ];
  if (problems.length > 0) {
    report(path, `A step has ${problems.join(', ')}; it is dropped.`);
    return null;
  }
  const cautions = Array.isArray(step.cautions) ? step.cautions : [];
  const kept = cautions.filter(isText);
  if (kept.length !== cautions.length || (step.cautions !== undefined && !Array.isArray(step.cautions))) {
    report(`${path}.cautions`, 'A step’s cautions must be a list of non-empty texts; the others are dropped.');
  }
  return { ...(step as unknown as RoutineStep), cautions: kept };
}

function checkSources(sources: unknown, path: string, report: Report): readonly SourceReference[] {
  if (sources === undefined) {
    return [];
  }
  const list = Array.isArray(sources) ? sources : [];
  const kept = list.filter(
    (source: unknown) =>
      isText(source) || (isRecord(source) && isText(source.title) && typeof source.url === 'string' && /^https?:\/\/\S+$/.test(source.url) && includes(sourceKinds, source.kind)),
  ) as SourceReference[];
  if (kept.length !== list.length || !Array.isArray(sources)) {
    report(path, 'A source must be a key of the pack’s sources, or a title, an `https:` address and a kind; the others are dropped.');
  }
  return kept;
}
