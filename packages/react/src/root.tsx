import {
  centroid,
  closePanel,
  createStore,
  findRegion,
  focusEdge,
  focusRegion,
  formatString,
  mergeContent,
  missingContent,
  validateContent,
  isViewId,
  moveFocus,
  readingOrder,
  selectRegion,
  setView,
  toggleRegion,
  type Atlas,
  type AtlasView,
  type BodyMapState,
  type ContentPack,
  type Direction,
  type Loadable,
  type PartialContentPack,
  type NavigationPoint,
  type ViewId,
} from '@bodymap/core';
import { atlas as defaultAtlas, locales as defaultLocales, type RegionId } from '@bodymap/content';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
} from 'react';
import { createStrictContext } from './create-context.js';
import { warnOnce } from './development.js';
import { useLoadable } from './use-loadable.js';

/** A region id of the default atlas, or any string for a custom atlas. */
export type RegionIdInput = RegionId | (string & {});

export type Theme = 'light' | 'dark' | 'auto';

export interface BodyMapContextValue {
  readonly atlas: Atlas;
  readonly content: ContentPack;
  readonly state: BodyMapState;
  /** The current view's geometry, or `null` while it loads. */
  readonly view: AtlasView | null;
  readonly viewFailed: boolean;
  readonly retryView: () => void;
  readonly navigation: readonly NavigationPoint[];
  /** The region that holds the map's single tab stop. */
  readonly tabStop: string | null;
  readonly ids: { readonly clip: string; readonly panel: string; readonly title: string };
  readonly svgRef: React.RefObject<SVGSVGElement | null>;
  readonly announcement: string;
  readonly label: (id: string) => string;
  readonly toggle: (id: string) => void;
  readonly close: (options?: { returnFocus?: boolean }) => void;
  readonly changeView: (view: ViewId) => void;
  readonly focus: (id: string) => void;
  readonly move: (direction: Direction | 'first' | 'last') => void;
}

const [BodyMapProvider, useBodyMapContext] = createStrictContext<BodyMapContextValue>('BodyMap.Root');
export { useBodyMapContext };

export interface BodyMapRootProps extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'content'> {
  /** The body artwork and its regions. @default the bundled atlas (front and back views) */
  atlas?: Atlas;
  /** The language of names, panels and interface text: a key of `locales`. @default 'en' */
  locale?: string;
  /** Content packs by locale, each given or loaded on demand. @default the bundled English and Spanish packs */
  locales?: Readonly<Record<string, Loadable<ContentPack>>>;
  /** Your own content, complete or partial, laid over the active locale's pack. */
  content?: ContentPack | PartialContentPack;
  /** The view shown, when controlled. */
  view?: ViewId;
  /** The view shown first, when uncontrolled. @default 'front' */
  defaultView?: ViewId;
  /** Called with the new view when the person switches views or selects a region drawn only in another. */
  onViewChange?: (view: ViewId) => void;
  /** The region whose panel is open (`null` for none), when controlled. */
  selectedRegion?: RegionIdInput | null;
  /** The region whose panel is open at first, when uncontrolled. @default null */
  defaultSelectedRegion?: RegionIdInput | null;
  /** Called with the newly selected region id, or `null` when the panel closes. */
  onSelectedRegionChange?: (region: RegionIdInput | null) => void;
  /** Colour scheme; `auto` follows the operating system. @default 'light' */
  theme?: Theme;
}

/**
 * Holds one map's state and provides it to the parts inside. Renders a `<div>`.
 * @selector [data-view] the view shown
 * @selector [data-theme] the colour scheme
 */
export const BodyMapRoot = forwardRef<HTMLDivElement, BodyMapRootProps>(function BodyMapRoot(
  {
    atlas = defaultAtlas as Atlas,
    locale = 'en',
    locales = defaultLocales as Readonly<Record<string, Loadable<ContentPack>>>,
    content: contentProp,
    view: viewProp,
    defaultView = 'front',
    onViewChange,
    selectedRegion: selectedProp,
    defaultSelectedRegion = null,
    onSelectedRegionChange,
    theme = 'light',
    className,
    children,
    ...divProps
  },
  forwardedRef,
) {
  const regions = atlas.regions;
  const content = useContent(locale, locales, contentProp, regions);
  const resolveView = useCallback((value: unknown, prop: string): ViewId | undefined => {
    if (value === undefined) {
      return undefined;
    }
    if (isViewId(value) && value in atlas.views) {
      return value;
    }
    warnOnce(`Unknown view "${String(value)}" in \`${prop}\`; it is ignored. Views: ${Object.keys(atlas.views).join(', ')}.`);
    return undefined;
  }, [atlas]);
  const resolveRegion = useCallback((value: string | null | undefined, prop: string): string | null | undefined => {
    if (value === undefined || value === null) {
      return value;
    }
    const region = findRegion(regions, value);
    if (!region) {
      warnOnce(`Unknown region id "${value}" in \`${prop}\`; it is ignored.`);
      return null;
    }
    return region.id;
  }, [regions]);

  useControlledWarning('view', viewProp);
  useControlledWarning('selectedRegion', selectedProp);

  const [store] = useState(() => {
    const initial: BodyMapState = { view: resolveView(defaultView, 'defaultView') ?? 'front', selectedRegion: null, focusedRegion: null };
    const selected = resolveRegion(defaultSelectedRegion, 'defaultSelectedRegion');
    return createStore(selected ? selectRegion(initial, selected, regions) : initial);
  });
  const stored = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  const controlledView = resolveView(viewProp, 'view');
  const controlledSelected = resolveRegion(selectedProp, 'selectedRegion');
  const state = useMemo<BodyMapState>(() => {
    const view = controlledView ?? stored.view;
    const selectedRegion = controlledSelected === undefined ? stored.selectedRegion : controlledSelected;
    return { view, selectedRegion, focusedRegion: stored.focusedRegion };
  }, [controlledView, controlledSelected, stored]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const callbacks = useRef({ onViewChange, onSelectedRegionChange });
  callbacks.current = { onViewChange, onSelectedRegionChange };

  const [announcement, setAnnouncement] = useState('');
  const label = useCallback(
    (id: string) => content.labels[id] ?? id,
    [content],
  );

  const commit = useCallback((next: BodyMapState) => {
    const current = stateRef.current;
    if (next.view !== current.view) {
      callbacks.current.onViewChange?.(next.view);
      setAnnouncement(formatString(content.strings.viewChanged, { view: content.strings.views[next.view] }));
    }
    if (next.selectedRegion !== current.selectedRegion) {
      callbacks.current.onSelectedRegionChange?.(next.selectedRegion);
      if (next.selectedRegion !== null) {
        setAnnouncement(formatString(content.strings.panelOpened, { region: label(next.selectedRegion) }));
      }
    }
    stateRef.current = next;
    store.setState(next);
  }, [content, label, store]);

  // A controlled selection in another view brings that view along, as a click on it would.
  useEffect(() => {
    const region = controlledSelected ? findRegion(regions, controlledSelected) : undefined;
    if (region && viewProp === undefined && !region.views.includes(stateRef.current.view) && region.views[0]) {
      commit({ ...stateRef.current, view: region.views[0], focusedRegion: region.id });
    }
  }, [controlledSelected, regions, viewProp, commit]);

  const loadable = atlas.views[state.view];
  const { state: viewLoad, retry: retryView } = useLoadable(loadable);
  const view = viewLoad?.status === 'loaded' ? viewLoad.value : null;

  const navigation = useMemo<NavigationPoint[]>(
    () => (view ? view.regions.map((shape) => ({ id: shape.region, point: centroid(shape.points) })) : []),
    [view],
  );
  const tabStop = useMemo(() => {
    const drawn = (id: string | null) => id !== null && navigation.some((point) => point.id === id);
    if (drawn(state.focusedRegion)) {
      return state.focusedRegion;
    }
    if (drawn(state.selectedRegion)) {
      return state.selectedRegion;
    }
    return readingOrder(navigation)[0] ?? null;
  }, [navigation, state.focusedRegion, state.selectedRegion]);

  const svgRef = useRef<SVGSVGElement | null>(null);
  const focusElement = useCallback((id: string | null) => {
    if (id !== null) {
      svgRef.current?.querySelector<SVGElement>(`[data-region="${id}"]`)?.focus();
    }
  }, []);

  const baseId = useId();
  const ids = useMemo(() => ({ clip: `${baseId}-clip`, panel: `${baseId}-panel`, title: `${baseId}-title` }), [baseId]);

  const value = useMemo<BodyMapContextValue>(() => ({
    atlas,
    content,
    state,
    view,
    viewFailed: viewLoad?.status === 'failed',
    retryView,
    navigation,
    tabStop,
    ids,
    svgRef,
    announcement,
    label,
    toggle: (id) => commit(toggleRegion(stateRef.current, id, regions)),
    close: ({ returnFocus = true } = {}) => {
      const open = stateRef.current.selectedRegion;
      commit(closePanel(stateRef.current));
      if (returnFocus) {
        focusElement(open);
      }
    },
    changeView: (next) => commit(setView(stateRef.current, next, regions)),
    focus: (id) => commit(focusRegion(stateRef.current, id)),
    move: (direction) => {
      const current = { ...stateRef.current, focusedRegion: tabStop };
      const next =
        direction === 'first' || direction === 'last'
          ? focusEdge(current, direction, navigation)
          : moveFocus(current, direction, navigation);
      commit(next);
      focusElement(next.focusedRegion);
    },
  }), [atlas, content, state, view, viewLoad, retryView, navigation, tabStop, ids, announcement, label, commit, regions, focusElement]);

  return (
    <BodyMapProvider value={value}>
      <div
        ref={forwardedRef}
        className={className ? `bodymap-root ${className}` : 'bodymap-root'}
        lang={content.locale}
        data-view={state.view}
        data-theme={theme}
        {...divProps}
        onKeyDown={(event) => {
          divProps.onKeyDown?.(event);
          if (!event.defaultPrevented && event.key === 'Escape' && stateRef.current.selectedRegion !== null) {
            event.preventDefault();
            value.close();
          }
        }}
      >
        {children}
      </div>
    </BodyMapProvider>
  );
});

function useControlledWarning(prop: string, value: unknown) {
  const wasControlled = useRef(value !== undefined);
  useEffect(() => {
    const isControlled = value !== undefined;
    if (wasControlled.current !== isControlled) {
      warnOnce(
        `\`${prop}\` changed from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${isControlled ? 'controlled' : 'uncontrolled'}. ` +
          'Pass a value (or `null`) for the whole life of the map, or never pass one.',
      );
      wasControlled.current = isControlled;
    }
  }, [prop, value]);
}

// Replaced by bundlers; see development.ts.
declare const process: { env: { NODE_ENV?: string } };

const fallbackLocale = 'en';

/**
 * The pack the map shows: the bundled English pack, under the active locale's pack (once loaded;
 * until then the last one shown), under the `content` prop. Gaps fall through to English.
 */
function useContent(
  locale: string,
  locales: Readonly<Record<string, Loadable<ContentPack>>>,
  override: ContentPack | PartialContentPack | undefined,
  regions: Atlas['regions'],
): ContentPack {
  const fallbackLoadable = locales[fallbackLocale];
  const fallback = (fallbackLoadable !== undefined && typeof fallbackLoadable !== 'function' ? fallbackLoadable : defaultLocales.en) as ContentPack;
  if (!(locale in locales)) {
    warnOnce(`Unknown locale "${locale}"; English is shown. Locales: ${Object.keys(locales).join(', ')}.`);
  }
  const { state } = useLoadable(locales[locale] ?? fallback);
  if (state?.status === 'failed') {
    warnOnce(`The "${locale}" content pack failed to load; English is shown.`);
  }
  const loaded = state?.status === 'loaded' ? state.value : undefined;
  const lastShown = useRef<ContentPack>(fallback);
  const active = loaded ?? lastShown.current;
  lastShown.current = active;
  return useMemo(() => {
    // A pack with a version is complete (perhaps for a custom atlas) and replaces the bundled one.
    const complete = override !== undefined && 'version' in override;
    const merged = complete ? override : mergeContent(mergeContent(fallback, active), override ?? {});
    if (process.env.NODE_ENV !== 'production') {
      warnAboutContent({ active, fallback, override, merged, complete, regionIds: regions.map((region) => region.id) });
    }
    return merged;
  }, [active, fallback, override, regions]);
}

function warnAboutContent({
  active,
  fallback,
  override,
  merged,
  complete,
  regionIds,
}: {
  active: ContentPack;
  fallback: ContentPack;
  override: ContentPack | PartialContentPack | undefined;
  merged: ContentPack;
  complete: boolean;
  regionIds: string[];
}) {
  if (!complete && active !== fallback) {
    const missing = missingContent(active, fallback);
    if (missing.length > 0) {
      warnOnce(`The "${active.locale}" content pack lacks ${missing.length} entries; English is shown for: ${missing.join(', ')}.`);
    }
  }
  if (override === undefined) {
    return;
  }
  // Strings are checked after merging (so a gap is filled, not reported); ids only where given.
  const issues = complete
    ? validateContent(override, { regionIds })
    : validateContent({ ...merged, labels: override.labels ?? {}, panels: override.panels ?? {} }, { regionIds, complete: false });
  if (issues.length > 0) {
    warnOnce(`The content passed to BodyMap has problems; the map shows what it can:\n${issues.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n')}`);
  }
}
