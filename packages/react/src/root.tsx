import {
  clampTransform,
  closePanel,
  contentKind,
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
  readLoadable,
  readingOrder,
  regionPlaces,
  selectRegion,
  setTransform,
  setView,
  toggleRegion,
  unionBounds,
  zoomLimits,
  type Atlas,
  type AtlasView,
  type BodyMapState,
  type ContentPack,
  type Direction,
  type Loadable,
  type PartialContentPack,
  type RegionPlace,
  type ViewId,
  type ZoomTransform,
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
import { shown, warnOnce } from './development.js';
import { useLoadable } from './use-loadable.js';
import { ZoomProvider, useZoomController } from './zoom-context.js';

/** A region id of the default atlas, or any string for a custom atlas. */
export type RegionIdInput = RegionId | (string & {});

export type Theme = 'light' | 'dark' | 'auto';

/** Every colour scheme the stylesheet has. */
export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/** A part of the map that loads on demand and can fail to: a view's drawing, or a locale's pack. */
export type LoadPart = 'view' | 'locale';

export interface BodyMapContextValue {
  readonly atlas: Atlas;
  readonly content: ContentPack;
  /** The view, selection and focus; the zoom is in its own context, as it changes far more often. */
  readonly state: Omit<BodyMapState, 'transform'>;
  /** The current view's geometry, or `null` while it loads. */
  readonly view: AtlasView | null;
  /** What could not be loaded: the current view's drawing, the active locale's pack, or neither. */
  readonly failedLoads: readonly LoadPart[];
  /** Tries every failed load again. */
  readonly retryLoads: () => void;
  /** Where the current view draws each region and hotspot. */
  readonly places: readonly RegionPlace[];
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
  /** Goes to the view that shows a region in detail (the soles, from a foot), zooming into it first. */
  readonly showDetail: (id: string) => void;
  /** The view being entered by zooming into a region, while that transition plays. */
  readonly entering: ViewId | null;
  /** Whether the panel is in the document: its code loads on demand, so it can lag the selection. */
  readonly panelShown: boolean;
  readonly setPanelShown: (shown: boolean) => void;
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
  /** The zoom and pan (`{ k, x, y }` as d3-zoom has it, in viewBox units), when controlled. */
  transform?: ZoomTransform;
  /** The zoom and pan at first, when uncontrolled. @default { k: 1, x: 0, y: 0 } */
  defaultTransform?: ZoomTransform;
  /** Called with the new transform on every change: gestures, buttons, keys and animations. */
  onTransformChange?: (transform: ZoomTransform) => void;
  /**
   * A region id or alias, or a group such as `spine`, to zoom to: the map animates to fit it
   * whenever this changes (at once under reduced motion).
   */
  focusRegion?: string;
  /** Zoom to each region as it is selected. @default false */
  zoomToSelection?: boolean;
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
    transform: transformProp,
    defaultTransform,
    onTransformChange,
    focusRegion: focusTarget,
    zoomToSelection = false,
    className,
    children,
    ...divProps
  },
  forwardedRef,
) {
  const regions = atlas.regions;
  const { content, localeFailed, retryLocale } = useContent(locale, locales, contentProp, regions);
  const resolveView = useCallback((value: unknown, prop: string): ViewId | undefined => {
    if (value === undefined) {
      return undefined;
    }
    if (isViewId(value) && value in atlas.views) {
      return value;
    }
    warnOnce(`Unknown view ${shown(value)} in \`${prop}\`; it is ignored. Views: ${Object.keys(atlas.views).join(', ')}.`);
    return undefined;
  }, [atlas]);
  const resolveRegion = useCallback((value: string | null | undefined, prop: string): string | null | undefined => {
    if (value === undefined || value === null) {
      return value;
    }
    const region = typeof value === 'string' ? findRegion(regions, value) : undefined;
    if (!region) {
      warnOnce(`Unknown region id ${shown(value)} in \`${prop}\`; it is ignored.`);
      return null;
    }
    return region.id;
  }, [regions]);

  useControlledWarning('view', viewProp);
  useControlledWarning('selectedRegion', selectedProp);
  useControlledWarning('transform', transformProp);

  const limits = useMemo(() => zoomLimits(atlas.viewBox), [atlas.viewBox]);
  const [store] = useState(() => {
    const initial: BodyMapState = {
      view: resolveView(defaultView, 'defaultView') ?? 'front',
      selectedRegion: null,
      focusedRegion: null,
      transform: clampTransform(defaultTransform ?? { k: 1, x: 0, y: 0 }, limits),
    };
    const selected = resolveRegion(defaultSelectedRegion, 'defaultSelectedRegion');
    return createStore(selected ? selectRegion(initial, selected, regions) : initial);
  });
  const stored = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  const controlledView = resolveView(viewProp, 'view');
  const controlledSelected = resolveRegion(selectedProp, 'selectedRegion');
  const controlledTransform = useMemo(
    () => (transformProp === undefined ? undefined : clampTransform(transformProp, limits)),
    [transformProp?.k, transformProp?.x, transformProp?.y, limits], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const transform = controlledTransform ?? stored.transform;
  // The zoom changes many times a second while someone pans, so it is kept out of `state`: the parts
  // that only care about selection and view do not re-render with every frame.
  const state = useMemo<Omit<BodyMapState, 'transform'>>(() => {
    const view = controlledView ?? stored.view;
    const selectedRegion = controlledSelected === undefined ? stored.selectedRegion : controlledSelected;
    return { view, selectedRegion, focusedRegion: stored.focusedRegion };
  }, [controlledView, controlledSelected, stored.view, stored.selectedRegion, stored.focusedRegion]);

  const stateRef = useRef<BodyMapState>({ ...state, transform });
  stateRef.current = { ...state, transform };
  const callbacks = useRef({ onViewChange, onSelectedRegionChange, onTransformChange });
  callbacks.current = { onViewChange, onSelectedRegionChange, onTransformChange };

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
    if (next.transform !== current.transform) {
      callbacks.current.onTransformChange?.(next.transform);
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

  const places = useMemo(() => (view ? regionPlaces(view) : []), [view]);
  const tabStop = useMemo(() => {
    const drawn = (id: string | null) => id !== null && places.some((place) => place.id === id);
    if (drawn(state.focusedRegion)) {
      return state.focusedRegion;
    }
    if (drawn(state.selectedRegion)) {
      return state.selectedRegion;
    }
    return readingOrder(places)[0] ?? null;
  }, [places, state.focusedRegion, state.selectedRegion]);

  const zoom = useZoomController(
    limits,
    useCallback(() => stateRef.current.transform, []),
    useCallback((next: ZoomTransform) => commit(setTransform(stateRef.current, next)), [commit]),
    transform,
  );
  const { fit, reveal } = zoom;
  // The box to fit for a region id or alias, or for every region of a group, in the current view.
  const boxOf = useCallback(
    (target: string) => {
      const id = findRegion(regions, target)?.id;
      return unionBounds(places.filter((place) => place.id === id || (id === undefined && findRegion(regions, place.id)?.group === target)).map((place) => place.bounds));
    },
    [places, regions],
  );

  useEffect(() => {
    if (focusTarget === undefined || view === null) {
      return;
    }
    const box = typeof focusTarget === 'string' ? boxOf(focusTarget) : undefined;
    if (box) {
      fit(box);
    } else {
      warnOnce(`\`focusRegion\` ${shown(focusTarget)} is not a region or group drawn in the ${view.id} view; the zoom is left alone.`);
    }
  }, [focusTarget, view, boxOf, fit]);

  useEffect(() => {
    const box = zoomToSelection && state.selectedRegion !== null ? boxOf(state.selectedRegion) : undefined;
    if (box) {
      fit(box);
    }
  }, [zoomToSelection, state.selectedRegion, boxOf, fit]);

  const [entering, setEntering] = useState<ViewId | null>(null);
  const [panelShown, setPanelShown] = useState(false);
  // After a transition to another view, the tab stop of the new view takes focus once it is drawn.
  const focusOnArrival = useRef(false);

  const svgRef = useRef<SVGSVGElement | null>(null);
  const focusElement = useCallback((id: string | null) => {
    if (id !== null) {
      svgRef.current?.querySelector<SVGElement>(`[data-region="${id}"]`)?.focus();
    }
  }, []);

  useEffect(() => {
    if (focusOnArrival.current && view !== null && view.id === state.view) {
      focusOnArrival.current = false;
      focusElement(tabStop);
    }
  }, [view, state.view, tabStop, focusElement]);

  const baseId = useId();
  const ids = useMemo(() => ({ clip: `${baseId}-clip`, panel: `${baseId}-panel`, title: `${baseId}-title` }), [baseId]);

  const value = useMemo<BodyMapContextValue>(() => ({
    atlas,
    content,
    state,
    view,
    failedLoads: [
      ...(viewLoad?.status === 'failed' ? (['view'] as const) : []),
      ...(localeFailed ? (['locale'] as const) : []),
    ],
    retryLoads: () => {
      if (viewLoad?.status === 'failed') {
        retryView();
      }
      if (localeFailed) {
        retryLocale();
      }
    },
    places,
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
    changeView: (next) => {
      setEntering(null);
      commit(setView(stateRef.current, next, regions));
    },
    focus: (id) => commit(focusRegion(stateRef.current, id)),
    move: (direction) => {
      const current = { ...stateRef.current, focusedRegion: tabStop };
      const next =
        direction === 'first' || direction === 'last'
          ? focusEdge(current, direction, places)
          : moveFocus(current, direction, places);
      commit(next);
      focusElement(next.focusedRegion);
      const place = places.find((candidate) => candidate.id === next.focusedRegion);
      if (place) {
        reveal(place.point);
      }
    },
    showDetail: (id) => {
      const detailView = findRegion(regions, id)?.detailView;
      if (detailView === undefined || !(detailView in atlas.views)) {
        return;
      }
      readLoadable(atlas.views[detailView]!);
      commit(closePanel(stateRef.current));
      const go = () => {
        focusOnArrival.current = true;
        setEntering(detailView);
        commit(setView(stateRef.current, detailView, regions));
      };
      const box = boxOf(id);
      if (box) {
        fit(box, go);
      } else {
        go();
      }
    },
    entering,
    panelShown,
    setPanelShown,
  }), [atlas, content, localeFailed, retryLocale, state, view, viewLoad, retryView, places, tabStop, ids, announcement, label, commit, regions, focusElement, reveal, boxOf, fit, entering, panelShown]);

  return (
    <BodyMapProvider value={value}>
      <ZoomProvider value={zoom}>
        <div
          ref={forwardedRef}
          className={className ? `bodymap-root ${className}` : 'bodymap-root'}
          lang={content.locale}
          data-view={state.view}
          data-theme={resolveTheme(theme)}
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
      </ZoomProvider>
    </BodyMapProvider>
  );
});

function resolveTheme(theme: unknown): Theme {
  const known = themes.find((candidate) => candidate === theme);
  if (known === undefined) {
    warnOnce(`Unknown theme ${shown(theme)}; the light one is used. Themes: ${themes.join(', ')}.`);
  }
  return known ?? 'light';
}

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
): { content: ContentPack; localeFailed: boolean; retryLocale: () => void } {
  const fallbackLoadable = locales[fallbackLocale];
  const fallback = (fallbackLoadable !== undefined && typeof fallbackLoadable !== 'function' ? fallbackLoadable : defaultLocales.en) as ContentPack;
  const known = typeof locale === 'string' && Object.hasOwn(locales, locale);
  if (!known) {
    warnOnce(`Unknown locale ${shown(locale)}; English is shown. Locales: ${Object.keys(locales).join(', ')}.`);
  }
  const { state, retry } = useLoadable((known ? locales[locale] : undefined) ?? fallback);
  if (state?.status === 'failed') {
    warnOnce(`The ${shown(locale)} content pack failed to load; English is shown.`);
  }
  const loaded = state?.status === 'loaded' ? state.value : undefined;
  const lastShown = useRef<ContentPack>(fallback);
  const active = loaded ?? lastShown.current;
  lastShown.current = active;
  const content = useMemo(() => {
    const kind = override === undefined ? undefined : contentKind(override);
    if (kind === 'invalid') {
      warnOnce(`\`content\` must be a content pack object, not ${Array.isArray(override) ? 'an array' : typeof override}; it is ignored.`);
    }
    const usable = kind === 'invalid' ? undefined : override;
    // A complete pack (perhaps for a custom atlas) replaces the bundled one; only the interface
    // strings it lacks or gets wrong still come from English, so the map works.
    const complete = kind === 'complete';
    const base = complete
      ? { ...fallback, labels: {}, panels: {}, captions: {}, sources: undefined, glossary: undefined }
      : mergeContent(fallback, active);
    const merged = mergeContent(base, usable ?? {});
    if (process.env.NODE_ENV !== 'production') {
      warnAboutContent({ active, fallback, override: usable, merged, complete, regionIds: regions.map((region) => region.id) });
    }
    return merged;
  }, [active, fallback, override, regions]);
  return { content, localeFailed: state?.status === 'failed', retryLocale: retry };
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
