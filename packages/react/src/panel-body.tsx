import {
  formatString,
  type Benefit,
  validatePanel,
  type ContentPack,
  type TechniqueId,
  type PanelContent,
  type Source,
  type SourceReference,
} from '@bodymap/core';
import { useMemo, useState } from 'react';
import { warnOnce } from './development.js';
import { useLoadable } from './use-loadable.js';

/** A panel's text: loading, failed, or its summary and sections. Every string renders as text. */
export function PanelBody({ region, content }: { region: string; content: ContentPack }) {
  const { strings } = content;
  const { state, retry } = useLoadable(content.panels[region]);
  const issues = useMemo(
    () => (state?.status === 'loaded' ? validatePanel(region, state.value) : []),
    [region, state],
  );
  if (issues.length > 0) {
    warnOnce(`Content for region "${region}" is invalid and is not shown:\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
  }
  if (state === undefined || state.status === 'failed' || issues.length > 0) {
    return (
      <div className="bodymap-panel-body" data-status="failed">
        <LoadFailed content={content} onRetry={state?.status === 'failed' ? retry : undefined} />
        <p className="bodymap-panel-disclaimer">{strings.disclaimer}</p>
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <div className="bodymap-panel-body" data-status="loading" aria-busy="true">
        <p>{strings.loading}</p>
      </div>
    );
  }
  return <PanelSections panel={state.value} content={content} />;
}

function PanelSections({ panel, content }: { panel: PanelContent; content: ContentPack }) {
  const { strings, techniques } = content;
  return (
    <div className="bodymap-panel-body" data-status="ready">
      <p className="bodymap-panel-summary">{panel.summary}</p>
      {panel.claim && (
        <section className="bodymap-panel-section bodymap-claim" data-section="claim" aria-label={strings.claim.heading}>
          <h3>{strings.claim.heading}</h3>
          <p>{strings.claim.notice}</p>
          <dl>
            <dt>{strings.claim.location}</dt>
            <dd>{panel.claim.location}</dd>
            <dt>{strings.claim.association}</dt>
            <dd>{panel.claim.association}</dd>
          </dl>
          <h4>{strings.claim.findings}</h4>
          <GradedList items={panel.claim.findings} content={content} />
        </section>
      )}
      {panel.benefits.length > 0 && (
        <section className="bodymap-panel-section" aria-label={strings.benefits}>
          <h3>{strings.benefits}</h3>
          <GradedList items={panel.benefits} content={content} />
        </section>
      )}
      {panel.techniques.length > 0 && (
        <section className="bodymap-panel-section" aria-label={strings.techniques}>
          <h3>{strings.techniques}</h3>
          <ul>
            {panel.techniques.map((use) => (
              <li key={use.technique}>
                <span className="bodymap-technique-name">{techniques[use.technique].name}</span>{' '}
                <span className="bodymap-fit" data-fit={use.fit}>
                  {strings.fit[use.fit]}
                </span>{' '}
                {use.howTo}
                <GlossaryEntry technique={use.technique} content={content} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {panel.cautions.length > 0 && (
        <section className="bodymap-panel-section" data-section="cautions" aria-label={strings.cautions}>
          <h3>{strings.cautions}</h3>
          <ul>
            {panel.cautions.map((caution, index) => (
              <li key={index}>
                {caution.text}
                {caution.sources && caution.sources.length > 0 && <Sources references={caution.sources} content={content} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="bodymap-panel-disclaimer">{strings.disclaimer}</p>
    </div>
  );
}

/** Statements each marked with its evidence level and followed by its sources. */
function GradedList({ items, content }: { items: readonly Benefit[]; content: ContentPack }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          <span className="bodymap-evidence" data-evidence={item.evidence}>
            {content.strings.evidence[item.evidence]}
          </span>{' '}
          {item.text}
          <Sources references={item.sources} content={content} />
        </li>
      ))}
    </ul>
  );
}

function Sources({ references, content }: { references: readonly SourceReference[]; content: ContentPack }) {
  const [open, setOpen] = useState(false);
  const citesByKey = references.some((reference) => typeof reference === 'string');
  // The pack's source list loads the first time someone opens a list that cites by key.
  const { state } = useLoadable(open && citesByKey ? content.sources : undefined);
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
  return (
    <details className="bodymap-sources" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{content.strings.sources}</summary>
      {open && citesByKey && state?.status === 'loading' ? (
        <p>{content.strings.loading}</p>
      ) : (
        <ul>
          {references.map(resolve).map((source, index) => (
            <li key={index}>
              {typeof source === 'string' ? (
                source
              ) : (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** A technique's glossary entry, behind a disclosure; the glossary loads the first time one opens. */
function GlossaryEntry({ technique, content }: { technique: TechniqueId; content: ContentPack }) {
  const [open, setOpen] = useState(false);
  const { state, retry } = useLoadable(open ? content.glossary : undefined);
  const { strings } = content;
  if (content.glossary === undefined) {
    return null;
  }
  const entry = state?.status === 'loaded' ? state.value[technique] : undefined;
  return (
    <details className="bodymap-glossary" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{strings.glossary.about}</summary>
      {state?.status === 'loading' && <p>{strings.loading}</p>}
      {(state?.status === 'failed' || (state?.status === 'loaded' && !entry)) && (
        <LoadFailed content={content} onRetry={state.status === 'failed' ? retry : undefined} />
      )}
      {entry && (
        <>
          <p>{entry.description}</p>
          <dl>
            <dt>{strings.glossary.pressure}</dt>
            <dd>
              <PressureMeter range={entry.pressure} />{' '}
              {formatString(strings.glossary.pressureRange, { min: String(entry.pressure[0]), max: String(entry.pressure[1]) })}
            </dd>
            <dt>{strings.glossary.duration}</dt>
            <dd>{entry.duration}</dd>
            <dt>{strings.glossary.evidence}</dt>
            <dd>
              <span className="bodymap-evidence" data-evidence={entry.evidence}>
                {strings.evidence[entry.evidence]}
              </span>{' '}
              {entry.evidenceSummary}
            </dd>
          </dl>
          <Sources references={entry.sources} content={content} />
        </>
      )}
    </details>
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
