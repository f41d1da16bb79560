import { formatString, matchSymptoms, type BodyMapSnapshot, type Symptom } from '@bodymap/core';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import type { BodyMapContextValue } from './context.js';
import { partClass } from './part-class.js';

export interface SearchComboboxProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  // Handed over by `BodyMap.Search` rather than read here: a module of the first view imported from
  // this one would be split into a chunk of its own, which every first view would then download.
  readonly context: BodyMapContextValue;
}

/** Where the active option moves for a key, on a list of `count` options; `null` for a key the list leaves alone. */
function nextActive(key: string, active: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return active + 1 >= count ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The finder's combobox, loaded on demand by `BodyMap.Search`: the WAI-ARIA combobox pattern with
 * list autocomplete. Focus stays in the input; the active option is `aria-activedescendant`.
 */
export const SearchCombobox = forwardRef<HTMLDivElement, SearchComboboxProps>(function SearchCombobox({ className, context, ...divProps }, forwardedRef) {
  const { controller, ids, svgRef, openedWith } = context;
  // Only ever rendered in the browser, so the server's snapshot is never read.
  const useBodyMapState = <T,>(selector: (state: BodyMapSnapshot) => T): T =>
    useSyncExternalStore(controller.subscribe, () => selector(controller.getState()));
  const label = useBodyMapState((state) => state.content.strings.searchLabel);
  const loadFailed = useBodyMapState((state) => state.content.strings.loadFailed);
  const retryText = useBodyMapState((state) => state.content.strings.retry);
  const loadingText = useBodyMapState((state) => state.content.strings.loading);
  const pack = useBodyMapState((state) => state.symptoms);
  const status = useBodyMapState((state) => state.symptomsStatus);
  const chosen = useBodyMapState((state) => state.symptom);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // Down on an empty field lists every symptom, for whoever would rather browse than type.
  const [browsing, setBrowsing] = useState(false);
  const [active, setActive] = useState(-1);
  // Set when a choice opened a panel, so the region it opened is focused once it is drawn.
  const [focusPending, setFocusPending] = useState(false);

  // Once a finder is on the page, its code and symptoms load while the browser is idle.
  useEffect(() => controller.prefetchWhenIdle({ loaders: [() => Promise.resolve(controller.loadSymptoms())] }), [controller]);

  const options = useMemo<readonly Symptom[]>(
    () => (pack === null ? [] : browsing && query.trim() === '' ? pack.symptoms : matchSymptoms(pack.symptoms, query)),
    [pack, query, browsing],
  );
  const expanded = open && options.length > 0;
  const optionId = (symptom: Symptom) => `${ids.base}-symptom-${symptom.id}`;
  const listId = `${ids.base}-symptoms`;
  const inputId = `${ids.base}-search`;
  const activeOption = expanded ? options[active] : undefined;
  const noMatch = open && pack !== null && query.trim() !== '' && options.length === 0;

  // The chosen symptom's name stays in the field, in the locale shown, while it is chosen.
  const chosenName = pack?.symptoms.find((symptom) => symptom.id === chosen)?.name;
  useEffect(() => {
    if (chosenName !== undefined && !open) {
      setQuery(chosenName);
    }
  }, [chosenName]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the chosen symptom or its words change

  const selected = useBodyMapState((state) => state.selectedRegion);
  const drawn = useBodyMapState((state) => state.selectedRegion !== null && state.geometry?.placeOf.has(state.selectedRegion) === true);
  useLayoutEffect(() => {
    if (focusPending && drawn) {
      setFocusPending(false);
      if (selected !== null) {
        svgRef.current?.querySelector<SVGElement>(`[data-region="${selected}"]`)?.focus();
      }
    }
  }, [focusPending, drawn, selected, svgRef]);

  const choose = (symptom: Symptom) => {
    setQuery(symptom.name);
    setOpen(false);
    setActive(-1);
    // The region takes the focus, not its panel, so the map's arrow keys go on from there.
    openedWith.setState('pointer');
    controller.chooseSymptom(symptom.id);
    setFocusPending(true);
  };
  const clear = () => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    setBrowsing(false);
    if (controller.getState().symptom !== null) {
      controller.chooseSymptom(null);
    }
  };
  const startLoading = () => {
    if (controller.getState().symptomsStatus === 'idle') {
      controller.loadSymptoms();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) {
        setOpen(false);
        setActive(-1);
      } else {
        clear();
      }
      return;
    }
    if (event.key === 'Enter') {
      if (activeOption) {
        event.preventDefault();
        choose(activeOption);
      }
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !expanded) {
      event.preventDefault();
      startLoading();
      setBrowsing(true);
      setOpen(true);
      // Alt with Down opens the list without moving into it, as the pattern has it.
      const count = pack === null ? 0 : query.trim() === '' ? pack.symptoms.length : matchSymptoms(pack.symptoms, query).length;
      setActive(event.altKey ? -1 : event.key === 'ArrowDown' ? 0 : count - 1);
      return;
    }
    // Home and End move within the list only while an option is active; otherwise they move the caret.
    const move = expanded && (active >= 0 || event.key.startsWith('Arrow')) ? nextActive(event.key, active, options.length) : null;
    if (move !== null) {
      event.preventDefault();
      setActive(move);
    }
  };

  const rootClass = partClass('bodymap-search', className);
  return (
    <div ref={forwardedRef} className={rootClass} data-status={status} {...divProps}>
      <label className="bodymap-search-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="bodymap-search-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-busy={status === 'loading' ? true : undefined}
          value={query}
          onFocus={startLoading}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            const text = event.currentTarget.value;
            startLoading();
            setQuery(text);
            setOpen(true);
            setBrowsing(false);
            setActive(-1);
            if (text.trim() === '' && controller.getState().symptom !== null) {
              controller.chooseSymptom(null);
            }
          }}
        />
        {query !== '' && pack !== null && (
          <button type="button" className="bodymap-search-clear" aria-label={pack.strings.clear} onClick={clear}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <ul className="bodymap-search-options" id={listId} role="listbox" aria-label={pack?.strings.options ?? label} hidden={!expanded}>
        {expanded &&
          options.map((symptom, index) => (
            <li
              key={symptom.id}
              id={optionId(symptom)}
              role="option"
              aria-selected={index === active}
              data-active={index === active ? 'true' : undefined}
              // Keeps the focus in the field while the option is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(symptom)}
            >
              <span className="bodymap-search-name">{symptom.name}</span> <small className="bodymap-search-shows">{symptom.shows}</small>
            </li>
          ))}
      </ul>
      <p className="bodymap-search-message" role="status">
        {noMatch && pack !== null ? formatString(pack.strings.noMatch, { query: query.trim() }) : status === 'loading' && open ? loadingText : ''}
      </p>
      {status === 'failed' && (
        <p className="bodymap-search-failed" role="alert">
          {loadFailed}{' '}
          <button type="button" onClick={() => controller.loadSymptoms()}>
            {retryText}
          </button>
        </p>
      )}
    </div>
  );
});
