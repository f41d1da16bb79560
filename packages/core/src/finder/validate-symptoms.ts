import { evidenceLevels, sourceKinds, type Evidence, type SourceReference } from '../content.js';
import { isRecord } from '../records.js';
import type { ContentIssue } from '../validate-content.js';
import type { FinderStrings, Symptom, SymptomFinding, SymptomPack, SymptomRegion } from './symptom.js';

/** A symptom pack with what was wrong in it: the pack holds only the entries that could be used. */
export interface CheckedSymptomPack {
  readonly pack: SymptomPack;
  readonly issues: readonly ContentIssue[];
}

// Words a pack left out are shown in English rather than as nothing, so the finder still works.
const englishStrings: FinderStrings = {
  options: 'Symptoms',
  noMatch: 'Nothing found for “{query}”.',
  matched: '{symptom}: {count} areas shown',
  cleared: 'Symptom cleared',
  clear: 'Clear the symptom',
};
const stringKeys = Object.keys(englishStrings) as (keyof FinderStrings)[];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isEvidence = (value: unknown): value is Evidence => (evidenceLevels as readonly unknown[]).includes(value);
const isSource = (value: unknown): value is SourceReference =>
  isText(value) ||
  (isRecord(value) && isText(value.title) && typeof value.url === 'string' && /^https?:\/\/\S+$/i.test(value.url) && (sourceKinds as readonly unknown[]).includes(value.kind));
const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

type Report = (path: string, message: string) => void;

// A graded statement (a region's reason, a finding) needs its text, a known grade and a source.
function gradeIssue(entry: Record<string, unknown>, textKey: string): string | null {
  if (!isText(entry[textKey])) {
    return `has no ${textKey}`;
  }
  if (!isEvidence(entry.evidence)) {
    return `has an unknown evidence level ${quote(entry.evidence)} (use ${evidenceLevels.join(', ')})`;
  }
  if (!Array.isArray(entry.sources) || entry.sources.length === 0 || !entry.sources.every(isSource)) {
    return 'needs at least one source, each a key or a title, an address and a kind';
  }
  return null;
}

function checkRegion(entry: unknown, path: string, regionIds: ReadonlySet<string>, report: Report): SymptomRegion | null {
  if (!isRecord(entry) || typeof entry.region !== 'string' || !regionIds.has(entry.region)) {
    report(`${path}.region`, `names an unknown region ${quote(isRecord(entry) ? entry.region : entry)}; it is left out`);
    return null;
  }
  const issue = gradeIssue(entry, 'reason');
  if (issue !== null) {
    report(path, `${issue}; it is left out`);
    return null;
  }
  return entry as unknown as SymptomRegion;
}

function checkSymptom(entry: unknown, path: string, seen: Set<string>, regionIds: ReadonlySet<string>, report: Report): Symptom | null {
  if (!isRecord(entry) || typeof entry.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) {
    report(`${path}.id`, `needs a kebab-case id (not ${quote(isRecord(entry) ? entry.id : entry)}); the symptom is left out`);
    return null;
  }
  const at = `symptoms["${entry.id}"]`;
  if (seen.has(entry.id)) {
    report(at, 'is listed twice; the second is left out');
    return null;
  }
  const missing = (['name', 'shows', 'noteHeading'] as const).find((key) => !isText(entry[key]));
  if (missing !== undefined) {
    report(`${at}.${missing}`, `has no ${missing}; the symptom is left out`);
    return null;
  }
  const synonyms = Array.isArray(entry.synonyms) ? entry.synonyms.filter(isText) : [];
  if (!Array.isArray(entry.synonyms) || synonyms.length !== entry.synonyms.length) {
    report(`${at}.synonyms`, 'must be a list of words; the others are left out');
  }
  const listed: readonly unknown[] = Array.isArray(entry.regions) ? entry.regions : [];
  const regions = listed.flatMap((region, index) => checkRegion(region, `${at}.regions[${index}]`, regionIds, report) ?? []);
  if (regions.length === 0) {
    report(`${at}.regions`, 'names no region of the atlas; the symptom is left out');
    return null;
  }
  seen.add(entry.id);
  let finding: SymptomFinding | undefined;
  if (entry.finding !== undefined) {
    const issue = isRecord(entry.finding) ? gradeIssue(entry.finding, 'text') : 'must be an object';
    if (issue === null) {
      finding = entry.finding as unknown as SymptomFinding;
    } else {
      report(`${at}.finding`, `${issue}; it is left out`);
    }
  }
  const { finding: _given, ...symptom } = entry as unknown as Symptom;
  return { ...symptom, synonyms, regions, ...(finding ? { finding } : {}) };
}

/**
 * Checks a locale's symptom pack against the atlas: a symptom without an id, a name, what it shows
 * or a note heading, a region the atlas does not have, an unknown evidence level or a reason
 * without text or a source is named and left out, and the rest is used.
 */
export function validateSymptomPack(pack: unknown, regionIds: readonly string[]): CheckedSymptomPack {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message: `\`${path}\` ${message}.` });
  const given = isRecord(pack) && isRecord(pack.strings) ? pack.strings : {};
  const strings = Object.fromEntries(
    stringKeys.map((key) => {
      if (isText(given[key])) {
        return [key, given[key]];
      }
      report(`strings.${key}`, 'is missing; the English words are shown');
      return [key, englishStrings[key]];
    }),
  ) as unknown as FinderStrings;
  if (!isRecord(pack) || !Array.isArray(pack.symptoms)) {
    report('symptoms', 'must be a list');
  }
  const entries: readonly unknown[] = isRecord(pack) && Array.isArray(pack.symptoms) ? pack.symptoms : [];
  const known = new Set(regionIds);
  const seen = new Set<string>();
  const symptoms = entries.flatMap((entry, index) => checkSymptom(entry, `symptoms[${index}]`, seen, known, report) ?? []);
  return { pack: { strings, symptoms }, issues };
}
