import {
  findRegion,
  formatString,
  validatePanel,
  validatePanelStrings,
  type BodyMapController,
  type ContentIssue,
  type ContentPack,
  type Evidence,
  type TechniqueId,
  type PanelContent,
  type PanelStrings,
  type Source,
  type SourceReference,
} from '@bodymap/core';
import { useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useBodyMapController, useBodyMapState } from './context.js';
import { warnOnce } from './development.js';
import { partClass } from './part-class.js';
import { useLoadable } from './use-loadable.js';

interface PanelTextProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'content'> {
  region: string;
  content: ContentPack;
}

const noIssues: readonly ContentIssue[] = [];
// Checked once per panel and region, not each time a panel opens: both sides share one panel's text.
const checks = new WeakMap<PanelContent, Map<string, readonly ContentIssue[]>>();

// The panel's words, checked once per loaded value: every panel of every map shares them.
const wordChecks = new WeakMap<object, readonly ContentIssue[]>();

function checkedWords(words: unknown): readonly ContentIssue[] {
  if (typeof words !== 'object' || words === null) {
    return validatePanelStrings(words);
  }
  const known = wordChecks.get(words) ?? validatePanelStrings(words);
  wordChecks.set(words, known);
  return known;
}

function checked(region: string, panel: PanelContent): readonly ContentIssue[] {
  // A malformed pack may hand over anything at all, which only the check itself can judge.
  if (typeof panel !== 'object' || panel === null) {
    return validatePanel(region, panel);
  }
  const byRegion = checks.get(panel) ?? new Map<string, readonly ContentIssue[]>();
  checks.set(panel, byRegion);
  const known = byRegion.get(region) ?? validatePanel(region, panel);
  byRegion.set(region, known);
  return known;
}

/**
 * A panel's text, in the element that scrolls: a skeleton while it loads, a notice if it failed,
 * or its summary and sections. Every string renders as text.
 */
export function PanelText({ region, content, className, ...divProps }: PanelTextProps) {
  const bodyClass = partClass('bodymap-panel-body', className);
  const { strings } = content;
  const text = useLoadable(content.panels[region]);
  // A panel is never shown without its headings, badges and the disclaimer it ends with, so it waits for both.
  const shared = useLoadable(content.panelStrings);
  const { state } = text;
  const wordIssues = shared.state?.status === 'loaded' ? checkedWords(shared.state.value) : noIssues;
  if (wordIssues.length > 0) {
    warnOnce(`The content pack's panel strings are invalid, so its panels are not shown:\n${wordIssues.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n')}`);
  }
  const words = shared.state?.status === 'loaded' && wordIssues.length === 0 ? shared.state.value : undefined;
  const issues = state?.status === 'loaded' ? checked(region, state.value) : noIssues;
  if (issues.length > 0) {
    warnOnce(`Content for region "${region}" is invalid and is not shown:\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
  }
  const failed = [text, shared].filter((part) => part.state?.status === 'failed');
  if (state === undefined || state.status === 'failed' || failed.length > 0 || issues.length > 0 || wordIssues.length > 0) {
    const retry = failed.length > 0 ? () => failed.forEach((part) => part.retry()) : undefined;
    return (
      <div className={bodyClass} data-status="failed" {...divProps}>
        <LoadFailed content={content} onRetry={retry} />
        {words !== undefined && <p className="bodymap-panel-disclaimer">{words.disclaimer}</p>}
      </div>
    );
  }
  if (state.status === 'loading' || words === undefined) {
    return (
      <div className={bodyClass} data-status="loading" aria-busy="true" {...divProps}>
        <p className="bodymap-visually-hidden">{strings.loading}</p>
        <PanelSkeleton />
      </div>
    );
  }
  return <PanelSections region={region} panel={state.value} content={content} words={words} className={bodyClass} {...divProps} />;
}

/** Grey bars where the summary and the first sections will be, so the panel opens at about its size. */
function PanelSkeleton() {
  return (
    <div className="bodymap-panel-skeleton" aria-hidden="true">
      {['92%', '100%', '64%', 'heading', '88%', '96%', '72%', 'heading', '84%', '58%'].map((width, index) =>
        width === 'heading' ? <span key={index} data-heading="" /> : <span key={index} style={{ width }} />,
      )}
    </div>
  );
}

function PanelSections({
  region,
  panel,
  content,
  words,
  ...divProps
}: { region: string; panel: PanelContent; content: ContentPack; words: PanelStrings } & Omit<ComponentPropsWithoutRef<'div'>, 'content'>) {
  const controller = useBodyMapController();
  const model = findRegion(controller.atlas.regions, region);
  return (
    <div data-status="ready" {...divProps}>
      <p className="bodymap-panel-summary">{panel.summary}</p>
      {model?.depth === 'deep' && <p className="bodymap-muscle-depth">{words.muscles.deep}</p>}
      {panel.anatomy && (
        <section className="bodymap-panel-section" data-section="anatomy" aria-label={words.muscles.action}>
          <dl>
            <dt>{words.muscles.action}</dt>
            <dd>{panel.anatomy.action}</dd>
            <dt>{words.muscles.tension}</dt>
            <dd>{panel.anatomy.tension}</dd>
          </dl>
        </section>
      )}
      <SymptomNote region={region} content={content} words={words} />
      <MusclesInArea area={region} controller={controller} content={content} words={words} />
      {panel.claim && (
        <section className="bodymap-panel-section bodymap-claim" data-section="claim" aria-label={words.claim.heading}>
          <h3>{words.claim.heading}</h3>
          <p>{words.claim.notice}</p>
          <dl>
            <dt>{words.claim.location}</dt>
            <dd>{panel.claim.location}</dd>
            <dt>{words.claim.association}</dt>
            <dd>{panel.claim.association}</dd>
          </dl>
        </section>
      )}
      {panel.findings && panel.findings.length > 0 && (
        <section className="bodymap-panel-section" data-section="findings" aria-label={words.findings}>
          <h3>{words.findings}</h3>
          <LabelledList
            items={panel.findings}
            label={({ direction }) => (
              <span className="bodymap-direction" data-direction={direction}>
                {words.directions[direction]}
              </span>
            )}
            content={content} words={words}
          />
        </section>
      )}
      {panel.benefits.length > 0 && (
        <section className="bodymap-panel-section" aria-label={words.benefits}>
          <h3>{words.benefits}</h3>
          <LabelledList
            items={panel.benefits}
            label={({ evidence }) => <EvidenceBadge evidence={evidence} words={words} />}
            content={content} words={words}
          />
        </section>
      )}
      <ReferralNotes region={region} content={content} words={words} />
      {panel.techniques.length > 0 && (
        <section className="bodymap-panel-section" aria-label={words.techniques}>
          <h3>{words.techniques}</h3>
          <ul>
            {panel.techniques.map((use) => (
              <li key={use.technique}>
                <span className="bodymap-technique-name">{words.techniqueNames[use.technique]}</span>{' '}
                <span className="bodymap-fit" data-fit={use.fit}>
                  {words.fit[use.fit]}
                </span>{' '}
                {use.howTo}
                <GlossaryEntry technique={use.technique} content={content} words={words} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {panel.cautions.length > 0 && (
        <section className="bodymap-panel-section" data-section="cautions" aria-label={words.cautions}>
          <h3>{words.cautions}</h3>
          <ul>
            {panel.cautions.map((caution, index) => (
              <li key={index} data-kind={caution.kind}>
                {caution.kind === 'emergency' && (
                  <>
                    <span className="bodymap-caution-emergency">{words.emergency}</span>{' '}
                  </>
                )}
                {caution.text}
                {caution.sources && caution.sources.length > 0 && <Sources references={caution.sources} about={caution.text} content={content} words={words} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {panel.reviewedBy && <p className="bodymap-panel-reviewed">{formatString(words.reviewedBy, { role: panel.reviewedBy })}</p>}
      <p className="bodymap-panel-disclaimer">{words.disclaimer}</p>
    </div>
  );
}

/**
 * The muscles that lie in an area, each a button that shows the muscle layer with its panel open:
 * nothing for a muscle, or for an area of an atlas without muscles.
 */
function MusclesInArea({ area, controller, content, words }: { area: string; controller: BodyMapController; content: ContentPack; words: PanelStrings }) {
  const muscles = controller.atlas.regions.filter((model) => model.areaOf === area);
  if (muscles.length === 0) {
    return null;
  }
  return (
    <section className="bodymap-panel-section" data-section="muscles" aria-label={words.muscles.inArea}>
      <h3>{words.muscles.inArea}</h3>
      <ul className="bodymap-muscle-links">
        {muscles.map(({ id }) => (
          <li key={id}>
            <button type="button" onClick={() => controller.select(id)}>
              {content.labels[id] ?? id}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * While the region answers the symptom chosen in the finder, why, graded and sourced, under the
 * symptom's heading ("For headaches"), with what research found for the symptom as a whole.
 */
function SymptomNote({ region, content, words }: { region: string; content: ContentPack; words: PanelStrings }) {
  const symptom = useBodyMapState((state) =>
    state.matches.includes(region) ? state.symptoms?.symptoms.find((candidate) => candidate.id === state.symptom) : undefined,
  );
  const entry = symptom?.regions.find((candidate) => candidate.region === region);
  if (symptom === undefined || entry === undefined) {
    return null;
  }
  const statements = [{ text: entry.reason, evidence: entry.evidence, sources: entry.sources }, ...(symptom.finding ? [symptom.finding] : [])];
  return (
    <section className="bodymap-panel-section bodymap-symptom-note" data-section="symptom" aria-label={symptom.noteHeading}>
      <h3>{symptom.noteHeading}</h3>
      <LabelledList
        items={statements}
        label={({ evidence }) => <EvidenceBadge evidence={evidence} words={words} />}
        content={content} words={words}
      />
    </section>
  );
}

/** The notes of the referral patterns drawn from this region: what each says, its grade and its sources. */
function ReferralNotes({ region, content, words }: { region: string; content: ContentPack; words: PanelStrings }) {
  const referrals = useBodyMapState((state) => state.referrals);
  const pack = useBodyMapState((state) => state.referralNotes);
  // Filtered here rather than with core's `referralsFrom`, which would bring the picker's code into the panel's. A
  // midline region (the back of the head) opens both sides' patterns, which say the same: it is said once.
  const texts = new Map(
    (pack === null ? [] : referrals).flatMap(({ id, sources }) => {
      const note = sources.includes(region) ? pack?.notes[id] : undefined;
      return note ? [[note.text, note] as const] : [];
    }),
  );
  const notes = [...texts.values()];
  if (pack === null || notes.length === 0) {
    return null;
  }
  return (
    <section className="bodymap-panel-section bodymap-referral-notes" data-section="referrals" aria-label={pack.label}>
      <h3>{pack.label}</h3>
      <LabelledList
        items={notes}
        label={({ evidence }) => <EvidenceBadge evidence={evidence} words={words} />}
        content={content} words={words}
      />
    </section>
  );
}

/** A statement's evidence level, as a badge before it. */
function EvidenceBadge({ evidence, words }: { evidence: Evidence; words: PanelStrings }) {
  return (
    <span className="bodymap-evidence" data-evidence={evidence}>
      {words.evidence[evidence]}
    </span>
  );
}

interface Statement {
  readonly text: string;
  readonly sources: readonly SourceReference[];
}

/** Statements each marked with a label (a benefit's evidence level, a finding's direction) and followed by its sources. */
function LabelledList<Item extends Statement>({
  items,
  label,
  content,
  words,
}: {
  items: readonly Item[];
  label: (item: Item) => ReactNode;
  content: ContentPack;
  words: PanelStrings;
}) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          {label(item)} {item.text}
          <Sources references={item.sources} about={item.text} content={content} words={words} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A statement's sources behind a toggle named after the statement ("Sources for: …"), so no two share
 * a name. The list renders once opened: a panel has a dozen of these, and a closed one shows nothing.
 */
function Sources({ references, about, content, words }: { references: readonly SourceReference[]; about: string; content: ContentPack; words: PanelStrings }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="bodymap-sources" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={formatString(words.sourcesFor, { text: about })}>{words.sources}</summary>
      {open && <SourceList references={references} content={content} words={words} />}
    </details>
  );
}

function SourceList({ references, content, words }: { references: readonly SourceReference[]; content: ContentPack; words: PanelStrings }) {
  const citesByKey = references.some((reference) => typeof reference === 'string');
  // The pack's source list loads the first time someone opens a list that cites by key.
  const { state } = useLoadable(citesByKey ? content.sources : undefined);
  const registry = state?.status === 'loaded' ? state.value : undefined;
  const resolve = (reference: SourceReference): Source | string => {
    if (typeof reference !== 'string') {
      return reference;
    }
    const source = registry?.[reference];
    if (registry && !source) {
      warnOnce(`Unknown source "${reference}" cited in the content pack.`);
    }
    return source ?? reference;
  };
  if (citesByKey && state?.status === 'loading') {
    return <p>{content.strings.loading}</p>;
  }
  return (
    <ul>
      {references.map(resolve).map((source, index) => (
        <li key={index}>
          {typeof source === 'string' ? (
            source
          ) : (
            <>
              <span className="bodymap-source-kind">{words.sourceKinds[source.kind]}</span>{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A technique's glossary entry, behind a disclosure; the glossary loads the first time one opens. */
function GlossaryEntry({ technique, content, words }: { technique: TechniqueId; content: ContentPack; words: PanelStrings }) {
  const [open, setOpen] = useState(false);
  if (content.glossary === undefined) {
    return null;
  }
  return (
    <details className="bodymap-glossary" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{formatString(words.glossary.about, { technique: words.techniqueNames[technique] })}</summary>
      {open && <GlossaryText technique={technique} content={content} words={words} />}
    </details>
  );
}

function GlossaryText({ technique, content, words }: { technique: TechniqueId; content: ContentPack; words: PanelStrings }) {
  const { state, retry } = useLoadable(content.glossary);
  const entry = state?.status === 'loaded' ? state.value[technique] : undefined;
  return (
    <>
      {state?.status === 'loading' && <p>{content.strings.loading}</p>}
      {(state?.status === 'failed' || (state?.status === 'loaded' && !entry)) && (
        <LoadFailed content={content} onRetry={state.status === 'failed' ? retry : undefined} />
      )}
      {entry && (
        <>
          <p>{entry.description}</p>
          <dl>
            <dt>{words.glossary.pressure}</dt>
            <dd>
              <PressureMeter range={entry.pressure} />{' '}
              {formatString(words.glossary.pressureRange, { min: String(entry.pressure[0]), max: String(entry.pressure[1]) })}
            </dd>
            <dt>{words.glossary.duration}</dt>
            <dd>{entry.duration}</dd>
            <dt>{words.glossary.evidence}</dt>
            <dd>
              <EvidenceBadge evidence={entry.evidence} words={words} />{' '}
              {entry.evidenceSummary}
            </dd>
          </dl>
          <Sources references={entry.sources} about={entry.evidenceSummary} content={content} words={words} />
        </>
      )}
    </>
  );
}

/** Five dots, those within the pressure range filled; the range is also given in words beside it. */
function PressureMeter({ range: [min, max] }: { range: readonly [number, number] }) {
  return (
    <span className="bodymap-pressure" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((level) => (
        <span key={level} data-filled={level >= min && level <= max ? '' : undefined} />
      ))}
    </span>
  );
}

/** Says something could not be shown, with a retry when trying again can help. */
function LoadFailed({ content, onRetry }: { content: ContentPack; onRetry: (() => void) | undefined }) {
  return (
    <p>
      {content.strings.loadFailed}{' '}
      {onRetry && (
        <button type="button" className="bodymap-panel-retry" onClick={onRetry}>
          {content.strings.retry}
        </button>
      )}
    </p>
  );
}
