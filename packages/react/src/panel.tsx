import { bounds, centroid, validatePanel, type ContentPack, type PanelContent, type Source, type SourceReference } from '@bodymap/core';
import { arrow, autoUpdate, flip, offset, shift, size, useFloating, type Placement } from '@floating-ui/react-dom';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { warnOnce } from './development.js';
import { useBodyMapContext } from './root.js';
import { viewBoxRectToScreen } from './screen-geometry.js';
import { useLoadable } from './use-loadable.js';

// Layout effects warn during server rendering; the panel is never open there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export type BodyMapPanelProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'>;

/**
 * The selected region's panel: a non-modal `role="dialog"` named after the region, positioned next
 * to the region's geometry and following it when the map resizes or scrolls. Escape, the close
 * button or a click outside closes it, and focus goes back to the region.
 * @selector [data-side="top" | "right" | "bottom" | "left"] the side of the region it sits on
 * @selector [data-status="loading" | "ready" | "failed"] whether its text has arrived
 */
export const BodyMapPanel = forwardRef<HTMLDivElement, BodyMapPanelProps>(function BodyMapPanel(
  { className, style, ...divProps },
  forwardedRef,
) {
  const { atlas, content, view, state, ids, svgRef, label, close } = useBodyMapContext('BodyMap.Panel');
  const selected = state.selectedRegion;
  const shape = useMemo(() => view?.regions.find((candidate) => candidate.region === selected), [view, selected]);
  const open = selected !== null && shape !== undefined;
  const arrowRef = useRef<HTMLDivElement | null>(null);
  const floatingRef = useRef<HTMLDivElement | null>(null);

  // Open on the region's outer side, so the panel covers as little of the figure as it can.
  const { x: viewX, width: viewWidth } = atlas.viewBox;
  const outward = shape && centroid(shape.points)[0] < viewX + viewWidth / 2 - 1 ? 'left' : 'right';
  const { refs, floatingStyles, placement, middlewareData } = useFloating({
    open,
    placement: outward,
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(14),
      flip({ fallbackAxisSideDirection: 'end', padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.setProperty('--bodymap-panel-available-height', `${Math.max(200, Math.floor(availableHeight))}px`);
        },
      }),
      arrow({ element: arrowRef, padding: 14 }),
    ],
  });

  // The anchor is a virtual element built from the region's geometry in viewBox units, so the panel
  // stays beside the drawn region however the SVG is scaled or moved.
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    if (!open || !svg || !shape) {
      refs.setReference(null);
      return;
    }
    const rect = bounds(shape.points);
    refs.setReference({
      getBoundingClientRect: () => viewBoxRectToScreen(svg, rect),
      contextElement: svg,
    });
  }, [open, shape, refs, svgRef]);

  useEffect(() => {
    if (!open) {
      return;
    }
    // `click` rather than `pointerdown`: by then the browser has settled focus, so focus is only
    // taken back to the region when the click did not put it somewhere else.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!target || floatingRef.current?.contains(target)) {
        return;
      }
      if (svgRef.current?.contains(target) && target.closest('[data-region]')) {
        return;
      }
      const focusIsLost = document.activeElement === null || document.activeElement === document.body;
      close({ returnFocus: focusIsLost });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [open, close, svgRef]);

  if (!open || selected === null) {
    return null;
  }
  const side = sideOf(placement);
  const arrowOffset = middlewareData.arrow;
  return (
    <div
      ref={(node) => {
        floatingRef.current = node;
        refs.setFloating(node);
        if (typeof forwardedRef === 'function') {
          forwardedRef(node);
        } else if (forwardedRef) {
          forwardedRef.current = node;
        }
      }}
      id={ids.panel}
      role="dialog"
      aria-labelledby={ids.title}
      className={className ? `bodymap-panel ${className}` : 'bodymap-panel'}
      data-side={side}
      style={{ ...floatingStyles, ...style }}
      {...divProps}
    >
      <div
        ref={arrowRef}
        className="bodymap-panel-arrow"
        aria-hidden="true"
        style={{ left: arrowOffset?.x ?? undefined, top: arrowOffset?.y ?? undefined }}
      />
      <div className="bodymap-panel-content">
        <div className="bodymap-panel-header">
          <h2 id={ids.title} className="bodymap-panel-title">
            {label(selected)}
          </h2>
          <button type="button" className="bodymap-panel-close" aria-label={content.strings.close} onClick={() => close()}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
        <PanelBody key={selected} region={selected} content={content} />
      </div>
    </div>
  );
});

function sideOf(placement: Placement) {
  return placement.split('-')[0] as 'top' | 'right' | 'bottom' | 'left';
}

function PanelBody({ region, content }: { region: string; content: ContentPack }) {
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
        <p>{strings.loadFailed}</p>
        {state?.status === 'failed' && (
          <button type="button" className="bodymap-panel-retry" onClick={retry}>
            {strings.retry}
          </button>
        )}
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
      {panel.benefits.length > 0 && (
        <section className="bodymap-panel-section" aria-label={strings.benefits}>
          <h3>{strings.benefits}</h3>
          <ul>
            {panel.benefits.map((benefit, index) => (
              <li key={index}>
                <span className="bodymap-evidence" data-evidence={benefit.evidence}>
                  {strings.evidence[benefit.evidence]}
                </span>{' '}
                {benefit.text}
                <Sources references={benefit.sources} content={content} />
              </li>
            ))}
          </ul>
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
