import { cautionKinds, contentVersion, evidenceLevels, findingDirections, sourceKinds, techniqueFits, techniqueIds } from './content.js';
import { layerIds, viewIds } from './region.js';
import { csvColumns } from './intake/csv.js';
import { painQualities } from './intake/marks.js';
import { isRecord } from './records.js';

/** One problem found in a content pack: where it is, and a sentence a person can act on. */
export interface ContentIssue {
  /** Path to the bad field, such as `panels["lower-back-left"].benefits[1].sources`. */
  readonly path: string;
  readonly message: string;
}

type Report = (path: string, message: string) => void;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

// Core has no DOM or Node globals, so no URL parser: an absolute http(s) address with a host is enough.
const isAddress = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(value);

const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));

const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

const stringKeys = [
  'mapLabel',
  'viewSwitchLabel',
  'searchLabel',
  'layerSwitchLabel',
  'showDetailView',
  'close',
  'loading',
  'loadFailed',
  'viewFailed',
  'localeFailed',
  'retry',
  'panelOpened',
  'viewChanged',
  'layerChanged',
] as const;

const nestedStringKeys = {
  views: viewIds,
  layers: layerIds,
  zoom: ['controls', 'in', 'out', 'reset', 'wheelHint', 'touchHint'],
  sides: ['left', 'right'],
  intake: ['mapLabel', 'required', 'failed'],
} as const;

// The panel's words (`ContentPack.panelStrings`): the top level's keys, then its groups'.
const panelStringKeys = ['benefits', 'findings', 'techniques', 'cautions', 'emergency', 'sources', 'sourcesFor', 'reviewedBy', 'disclaimer'] as const;
const panelStringGroups = {
  muscles: ['action', 'tension', 'deep', 'inArea'],
  claim: ['heading', 'notice', 'location', 'association'],
  evidence: evidenceLevels,
  directions: findingDirections,
  sourceKinds,
  fit: techniqueFits,
  glossary: ['about', 'pressure', 'pressureRange', 'duration', 'evidence'],
  techniqueNames: techniqueIds,
} as const;

// Intake mode's words (`ContentPack.intake`): the top level's keys, then its groups'.
const intakeKeys = [
  'instructions',
  'pain',
  'marked',
  'unmarked',
  'intensity',
  'intensityHint',
  'qualities',
  'note',
  'edit',
  'remove',
  'list',
  'empty',
  'tooFew',
  'tooMany',
  'figure',
] as const;
const intakeGroups = { csv: csvColumns, painQualities } as const;

export interface ValidateContentOptions {
  /** The ids of the atlas the pack is for; labels or panels for other ids are reported. */
  readonly regionIds: readonly string[];
  /** Report regions with no label or no panel. Off for a partial pack merged over a complete one. */
  readonly complete?: boolean;
}

/**
 * Checks a content pack (already parsed, of unknown shape) and lists every problem found. Panels
 * given as loaders are not loaded here; check each with {@link validatePanel} once it arrives.
 */
export function validateContent(pack: unknown, options: ValidateContentOptions): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  if (!isRecord(pack)) {
    report('', 'content pack must be an object');
    return issues;
  }
  if (pack.version !== contentVersion) {
    report('version', `content pack version ${quote(pack.version)} is not supported (expected ${contentVersion})`);
  }
  if (!isText(pack.locale)) {
    report('locale', 'content pack has no locale');
  }
  checkStrings(pack.strings, report);
  // Intake words that load on demand are checked by whoever loads them, as a panel's text is.
  if (pack.intake !== undefined && typeof pack.intake !== 'function') {
    if (isRecord(pack.intake)) {
      checkTexts(pack.intake, 'intake', intakeKeys, intakeGroups, report);
    } else {
      report('intake', 'intake must be an object of intake mode\'s words, or a loader of one');
    }
  }
  // Panel words that load on demand are checked by the panel that loads them.
  if (typeof pack.panelStrings !== 'function') {
    issues.push(...validatePanelStrings(pack.panelStrings));
  }
  if (pack.provenance !== undefined) {
    checkProvenance(pack.provenance, report);
  }
  if (pack.captions !== undefined) {
    if (!isRecord(pack.captions)) {
      report('captions', 'captions must be an object of texts by key');
    } else {
      for (const [key, text] of Object.entries(pack.captions)) {
        if (!isText(text)) {
          report(`captions[${JSON.stringify(key)}]`, `caption '${key}' is empty`);
        }
      }
    }
  }

  if (pack.sources !== undefined && typeof pack.sources !== 'function') {
    const eagerPanels = isRecord(pack.panels) ? Object.fromEntries(Object.entries(pack.panels).filter(([, panel]) => typeof panel !== 'function')) : {};
    issues.push(...validateSources(pack.sources, eagerPanels));
  }

  const known = new Set(options.regionIds);
  for (const key of ['labels', 'panels'] as const) {
    const entries = pack[key];
    if (!isRecord(entries)) {
      report(key, `content pack has no ${key}`);
      continue;
    }
    for (const [id, value] of Object.entries(entries)) {
      const path = `${key}[${JSON.stringify(id)}]`;
      if (!known.has(id)) {
        report(path, `unknown region id '${id}' in ${key}`);
      } else if (key === 'labels' && !isText(value)) {
        report(path, `region '${id}' has an empty label`);
      } else if (key === 'panels' && typeof value !== 'function') {
        issues.push(...validatePanel(id, value, path));
      }
    }
    if (options.complete ?? true) {
      for (const id of options.regionIds) {
        if (!(id in entries)) {
          report(`${key}[${JSON.stringify(id)}]`, `region '${id}' has no ${key === 'labels' ? 'label' : 'panel'}`);
        }
      }
    }
  }
  return issues;
}

function checkStrings(strings: unknown, report: Report) {
  if (!isRecord(strings)) {
    report('strings', 'content pack has no strings');
    return;
  }
  checkTexts(strings, 'strings', stringKeys, nestedStringKeys, report);
}

/** Reports each of `keys` (and each group's keys) that is not a text in `values`, under `path`. */
function checkTexts(values: Record<string, unknown>, path: string, keys: readonly string[], groups: Readonly<Record<string, readonly string[]>>, report: Report) {
  const name = path === 'strings' ? '' : `${path}.`;
  for (const key of keys) {
    if (!isText(values[key])) {
      report(`${path}.${key}`, `string '${name}${key}' is missing`);
    }
  }
  for (const [group, inner] of Object.entries(groups)) {
    const texts = values[group];
    for (const key of inner) {
      if (!isRecord(texts) || !isText(texts[key])) {
        report(`${path}.${group}.${key}`, `string '${name}${group}.${key}' is missing`);
      }
    }
  }
}

function checkProvenance(provenance: unknown, report: Report) {
  if (!isRecord(provenance)) {
    report('provenance', 'provenance must be an object with version, reviewed and changelog');
    return;
  }
  if (!isText(provenance.version)) {
    report('provenance.version', 'provenance has no version');
  }
  if (!isDate(provenance.reviewed)) {
    report('provenance.reviewed', `provenance's reviewed date ${quote(provenance.reviewed)} is not an ISO date (YYYY-MM-DD)`);
  }
  // A changelog that loads on demand is checked by whoever loads it, as a panel's text is.
  if (typeof provenance.changelog === 'function') {
    return;
  }
  checkList(provenance.changelog, 'provenance.changelog', 'changelog', report).forEach((entry, index) => {
    const at = `provenance.changelog[${index}]`;
    const name = `changelog entry ${index + 1}`;
    if (!isRecord(entry)) {
      report(at, `${name} must be an object`);
      return;
    }
    if (!isText(entry.version)) {
      report(`${at}.version`, `${name} has no version`);
    }
    if (!isDate(entry.date)) {
      report(`${at}.date`, `${name}'s date ${quote(entry.date)} is not an ISO date (YYYY-MM-DD)`);
    }
    if (!Array.isArray(entry.changes) || entry.changes.length === 0 || !entry.changes.every(isText)) {
      report(`${at}.changes`, `${name} needs a list of changes in words`);
    }
  });
}

/** Checks a pack's `panelStrings`, as given or once they have loaded. */
export function validatePanelStrings(panelStrings: unknown): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  if (isRecord(panelStrings)) {
    checkTexts(panelStrings, 'panelStrings', panelStringKeys, panelStringGroups, report);
  } else {
    report('panelStrings', 'content pack has no panel strings (an object of them, or a loader of one)');
  }
  return issues;
}

/** Checks one region's panel content; messages name the region. */
export function validatePanel(regionId: string, panel: unknown, path = `panels[${JSON.stringify(regionId)}]`): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (at, message) => issues.push({ path: at, message: `region '${regionId}': ${message}` });
  if (!isRecord(panel)) {
    report(path, 'panel must be an object');
    return issues;
  }
  if (!isText(panel.summary)) {
    report(`${path}.summary`, 'summary is missing');
  }
  if (panel.claim !== undefined) {
    checkTraditionalClaim(panel.claim, `${path}.claim`, report);
  }
  if (panel.anatomy !== undefined) {
    checkAnatomy(panel.anatomy, `${path}.anatomy`, report);
  }
  if (panel.reviewedBy !== undefined && !isText(panel.reviewedBy)) {
    report(`${path}.reviewedBy`, 'reviewedBy must name a role');
  }
  const benefits = checkList(panel.benefits, `${path}.benefits`, 'benefits', report);
  benefits.forEach((benefit, index) => {
    checkClaim(benefit, `${path}.benefits[${index}]`, `benefit ${index + 1}`, report, true);
  });
  if (panel.findings !== undefined) {
    checkList(panel.findings, `${path}.findings`, 'findings', report).forEach((finding, index) => {
      checkFinding(finding, `${path}.findings[${index}]`, `finding ${index + 1}`, report);
    });
  }

  const techniques = checkList(panel.techniques, `${path}.techniques`, 'techniques', report);
  const seen = new Set<unknown>();
  techniques.forEach((use, index) => {
    const at = `${path}.techniques[${index}]`;
    const name = `technique ${index + 1}`;
    if (!isRecord(use)) {
      report(at, `${name} must be an object`);
      return;
    }
    if (!(techniqueIds as readonly unknown[]).includes(use.technique)) {
      report(`${at}.technique`, `${name} has an unknown technique ${quote(use.technique)}`);
    } else if (seen.has(use.technique)) {
      report(`${at}.technique`, `technique ${quote(use.technique)} is listed twice`);
    }
    seen.add(use.technique);
    if (!(techniqueFits as readonly unknown[]).includes(use.fit)) {
      report(`${at}.fit`, `${name} has an unknown fit ${quote(use.fit)}`);
    }
    if (!isText(use.howTo)) {
      report(`${at}.howTo`, `${name} has no how-to`);
    }
  });

  const cautions = checkList(panel.cautions, `${path}.cautions`, 'cautions', report);
  cautions.forEach((caution, index) => {
    checkClaim(caution, `${path}.cautions[${index}]`, `caution ${index + 1}`, report, false);
    if (isRecord(caution) && caution.kind !== undefined && !(cautionKinds as readonly unknown[]).includes(caution.kind)) {
      report(`${path}.cautions[${index}].kind`, `caution ${index + 1} has an unknown kind ${quote(caution.kind)} (use ${cautionKinds.join(', ')})`);
    }
  });

  if (Array.isArray(panel.benefits) && Array.isArray(panel.cautions) && benefits.length === 0 && cautions.length === 0) {
    report(path, 'panel has neither benefits nor cautions');
  }
  return issues;
}

function checkTraditionalClaim(claim: unknown, path: string, report: Report) {
  if (!isRecord(claim)) {
    report(path, 'claim must be an object');
    return;
  }
  for (const field of ['location', 'association'] as const) {
    if (!isText(claim[field])) {
      report(`${path}.${field}`, `claim has no ${field}`);
    }
  }
}

function checkAnatomy(anatomy: unknown, path: string, report: Report) {
  if (!isRecord(anatomy)) {
    report(path, 'anatomy must be an object');
    return;
  }
  const described = { action: 'what the muscle does', tension: 'where tension in it is felt' } as const;
  for (const field of ['action', 'tension'] as const) {
    if (!isText(anatomy[field])) {
      report(`${path}.${field}`, `anatomy has no ${field} (${described[field]})`);
    }
  }
}

function checkFinding(finding: unknown, path: string, name: string, report: Report) {
  if (!isRecord(finding)) {
    report(path, `${name} must be an object`);
    return;
  }
  if (!isText(finding.text)) {
    report(`${path}.text`, `${name} has no text`);
  }
  if (!(findingDirections as readonly unknown[]).includes(finding.direction)) {
    report(`${path}.direction`, `${name} has an unknown direction ${quote(finding.direction)} (use ${findingDirections.join(', ')})`);
  }
  if (!Array.isArray(finding.sources) || finding.sources.length === 0) {
    report(`${path}.sources`, `${name} has no source`);
  } else {
    checkSources(finding.sources, `${path}.sources`, name, report);
  }
}

/**
 * A benefit (evidence and sources required) or a caution (both optional): an object with text, an
 * evidence level and sources.
 */
function checkClaim(claim: unknown, path: string, name: string, report: Report, required: boolean) {
  if (!isRecord(claim)) {
    report(path, `${name} must be an object`);
    return;
  }
  if (!isText(claim.text)) {
    report(`${path}.text`, `${name} has no text`);
  }
  checkEvidence(claim.evidence, `${path}.evidence`, name, report, required);
  if (required && (!Array.isArray(claim.sources) || claim.sources.length === 0)) {
    report(`${path}.sources`, `${name} has no source`);
  } else if (claim.sources !== undefined) {
    checkSources(claim.sources, `${path}.sources`, name, report);
  }
}

function checkList(value: unknown, path: string, name: string, report: Report): readonly unknown[] {
  if (!Array.isArray(value)) {
    report(path, `${name} must be a list`);
    return [];
  }
  return value;
}

function checkEvidence(value: unknown, path: string, name: string, report: Report, required: boolean) {
  if (value === undefined && !required) {
    return;
  }
  if (!(evidenceLevels as readonly unknown[]).includes(value)) {
    report(path, `${name} has an unknown evidence level ${quote(value)} (use ${evidenceLevels.join(', ')})`);
  }
}

function checkSources(sources: unknown, path: string, name: string, report: Report) {
  if (!Array.isArray(sources)) {
    report(path, `${name}'s sources must be a list`);
    return;
  }
  sources.forEach((source, index) => {
    const at = `${path}[${index}]`;
    if (typeof source === 'string') {
      if (!isText(source)) {
        report(at, `${name}, source ${index + 1} is an empty key`);
      }
      return;
    }
    checkSource(source, at, `${name}, source ${index + 1}`, report);
  });
}

function checkSource(source: unknown, path: string, name: string, report: Report) {
  if (!isRecord(source) || !isText(source.title)) {
    report(`${path}.title`, `${name} has no title`);
  }
  if (!isRecord(source) || !isAddress(source.url)) {
    report(`${path}.url`, `${name} has no valid address`);
  }
  if (!isRecord(source) || !(sourceKinds as readonly unknown[]).includes(source.kind)) {
    const kind = isRecord(source) && source.kind !== undefined ? ` (not ${quote(source.kind)})` : '';
    report(`${path}.kind`, `${name} needs a kind${kind}: ${sourceKinds.join(', ')}`);
  }
}

/**
 * Checks a pack's source list and that every key a panel cites is in it. Run it once the list
 * and the panels are loaded; keys are only known then.
 */
export function validateSources(
  sources: unknown,
  panels: Readonly<Record<string, unknown>>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  if (!isRecord(sources)) {
    report('sources', 'source list must be an object of sources by key');
    return issues;
  }
  for (const [key, source] of Object.entries(sources)) {
    checkSource(source, `sources[${JSON.stringify(key)}]`, `source '${key}'`, report);
  }
  for (const [region, panel] of Object.entries(panels)) {
    const panelRecord = isRecord(panel) ? panel : {};
    const lists = [
      ['benefits', 'benefit', panelRecord.benefits],
      ['cautions', 'caution', panelRecord.cautions],
      ['findings', 'finding', panelRecord.findings],
    ] as const;
    for (const [list, name, entries] of lists) {
      (Array.isArray(entries) ? entries : []).forEach((entry: unknown, index) => {
        const cited = isRecord(entry) && Array.isArray(entry.sources) ? entry.sources : [];
        cited.forEach((reference: unknown, sourceIndex) => {
          if (typeof reference === 'string' && !(reference in sources)) {
            report(
              `panels[${JSON.stringify(region)}].${list}[${index}].sources[${sourceIndex}]`,
              `region '${region}': ${name} ${index + 1} cites unknown source '${reference}'`,
            );
          }
        });
      });
    }
  }
  return issues;
}

/** Checks a technique glossary: every technique described, pressure within 1-5, sources given. */
export function validateGlossary(glossary: unknown): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  if (!isRecord(glossary)) {
    report('glossary', 'glossary must be an object of entries by technique');
    return issues;
  }
  for (const id of techniqueIds) {
    const entry = glossary[id];
    const path = `glossary.${id}`;
    const name = `technique '${id}'`;
    if (!isRecord(entry)) {
      report(path, `${name} has no glossary entry`);
      continue;
    }
    for (const field of ['description', 'duration', 'evidenceSummary'] as const) {
      if (!isText(entry[field])) {
        report(`${path}.${field}`, `${name} has no ${field}`);
      }
    }
    const pressure = entry.pressure;
    const inScale = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    if (!Array.isArray(pressure) || pressure.length !== 2 || !inScale(pressure[0]) || !inScale(pressure[1]) || pressure[0] > pressure[1]) {
      report(`${path}.pressure`, `${name} needs a pressure range [min, max] within 1 to 5`);
    }
    checkEvidence(entry.evidence, `${path}.evidence`, name, report, true);
    if (!Array.isArray(entry.sources) || entry.sources.length === 0) {
      report(`${path}.sources`, `${name} has no source`);
    } else {
      checkSources(entry.sources, `${path}.sources`, name, report);
    }
  }
  return issues;
}

/**
 * Checks one file of a translation's flat messages (`{ "benefits.cochrane-low-back": "…" }`)
 * against the same file in the reference language: every key it has, none it lacks, each keeping
 * the reference's `{placeholders}`. A missing key is shown in the reference language.
 */
export function validateMessages(messages: unknown, reference: Readonly<Record<string, string>>, path: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (key, message) => issues.push({ path: `${path}[${JSON.stringify(key)}]`, message });
  if (!isRecord(messages)) {
    return [{ path, message: 'messages must be an object of texts by key' }];
  }
  for (const [key, text] of Object.entries(reference)) {
    const translated = messages[key];
    if (!isText(translated)) {
      report(key, `message '${key}' is missing`);
      continue;
    }
    for (const placeholder of text.match(/\{\w+\}/g) ?? []) {
      if (!translated.includes(placeholder)) {
        report(key, `message '${key}' lacks the placeholder ${placeholder}`);
      }
    }
  }
  for (const key of Object.keys(messages)) {
    if (!Object.hasOwn(reference, key)) {
      report(key, `message '${key}' is not a key of the reference language`);
    }
  }
  return issues;
}
