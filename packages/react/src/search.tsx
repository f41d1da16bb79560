import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext, useInBrowser } from './context.js';
import { useLoadable } from './use-loadable.js';

// The finder's combobox and matching load when a finder is first drawn, so a map without one
// downloads none of it; the symptoms themselves wait for the first focus or keystroke.
const loadSearch = () => import('./search-combobox.js');

export type BodyMapSearchProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The symptom finder: a labelled combobox (`role="combobox"` with a `role="listbox"` of
 * `role="option"` symptoms, as the WAI-ARIA pattern with list autocomplete has it). Typing lists the
 * symptoms whose name or synonyms match, with case and accents ignored; choosing one marks the
 * regions that answer it (`data-match="true"`), announces how many, and opens and focuses the first.
 * Escape on a closed list, clearing the query or its clear button removes the matches.
 * @selector [data-status="idle" | "loading" | "loaded" | "failed"] where the symptoms are
 */
export const BodyMapSearch = forwardRef<HTMLDivElement, BodyMapSearchProps>(function BodyMapSearch(props, forwardedRef) {
  const context = useBodyMapContext('BodyMap.Search');
  const { state } = useLoadable(useInBrowser() ? loadSearch : undefined);
  if (state?.status !== 'loaded') {
    return null;
  }
  const { SearchCombobox } = state.value;
  return <SearchCombobox ref={forwardedRef} context={context} {...props} />;
});
