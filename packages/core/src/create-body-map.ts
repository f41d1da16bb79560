import type { Atlas, ViewBoxPoint } from './atlas.js';
import { atlasLayers, layerView, unionBounds } from './atlas.js';
import { formatString, type ContentPack, type IntakeStrings, type UiStrings } from './content.js';
import { smoothClosedPath, type Bounds } from './geometry.js';
import { readLoadable, retryLoadable, type Loadable, type LoadState } from './loadable.js';
import type { PartialContentPack } from './merge-content.js';
import type { MarksConstraints, MarksInvalidity } from './intake/change-marks.js';
import type { BodyMapMark, BodyMapMarks } from './intake/marks.js';
import type { IntakeHost, IntakeMode, IntakeSnapshot } from './intake/mode.js';
import type { FinderMode } from './finder/finder-mode.js';
import type { SymptomPack } from './finder/symptom.js';
import type { Direction } from './navigation.js';
import type { RoutineSnapshot } from './routines/routine.js';
import type { RoutineMode, StepChange } from './routines/routine-mode.js';
import type { ReferralsSnapshot } from './referrals.js';
import { describeValue, isRecord } from './records.js';
import { findRegion, isLayerId, isViewId, layerOf, type LayerId, type ViewId } from './region.js';
import { resolveContent } from './resolve-content.js';
import {
  closePanel,
  focusEdge,
  focusRegion,
  moveFocus,
  selectRegion,
  setLayer,
  setTransform,
  setView,
  toggleRegion,
  type BodyMapState,
} from './store.js';
import { viewGeometry, type ViewGeometry } from './view-geometry.js';
import {
  clampTransform,
  fitBounds,
  identityTransform,
  invertPoint,
  maxZoom,
  separatingFactor,
  tapSpacing,
  transformPoint,
  zoomAbout,
  zoomLimits,
  type ZoomLimits,
  type ZoomTransform,
} from './zoom.js';

/** What the zoom animation needs from its surroundings, injected so that it runs (and is tested) anywhere. */
export interface BodyMapPlatform {
  /** The current time in milliseconds, on the same clock as `requestFrame`'s argument. */
  now(): number;
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
  /** Whether moves should happen at once rather than animate. */
  prefersReducedMotion(): boolean;
  /**
   * Calls back when the page is next idle, for loads ahead of need, and returns a function that
   * calls it off; without it, nothing is loaded ahead on idle.
   */
  readonly requestIdle?: (callback: () => void) => () => void;
}

// Core builds without the DOM library; these are the browser's globals the default platform uses.
interface BrowserGlobals {
  readonly performance: { now(): number };
  requestAnimationFrame(callback: (time: number) => void): number;
  cancelAnimationFrame(handle: number): void;
  readonly matchMedia?: (query: string) => { readonly matches: boolean };
  readonly requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  readonly cancelIdleCallback?: (handle: number) => void;
  setTimeout(callback: () => void, delay: number): number;
  clearTimeout(handle: number): void;
}
declare const console: { warn(message: string): void };
// Replaced by bundlers: development-only checks behind it are left out of production builds.
declare const process: { env: { NODE_ENV?: string } };
const browser = () => globalThis as unknown as BrowserGlobals;
const idleTimeout = 3000;
const idleFallbackDelay = 1000;

/** The browser's clock, animation frames and motion preference, each looked up only when used. */
export const browserPlatform: BodyMapPlatform = {
  now: () => browser().performance.now(),
  requestFrame: (callback) => browser().requestAnimationFrame(callback),
  cancelFrame: (handle) => browser().cancelAnimationFrame(handle),
  prefersReducedMotion: () => browser().matchMedia?.('(prefers-reduced-motion: reduce)').matches === true,
  // Some browsers (Safari) have no idle callback; a second after the call stands in for it. The timeout bounds the
  // wait on a page that is never idle.
  requestIdle: (callback) => {
    const globals = browser();
    if (globals.requestIdleCallback && globals.cancelIdleCallback) {
      const handle = globals.requestIdleCallback(callback, { timeout: idleTimeout });
      return () => globals.cancelIdleCallback?.(handle);
    }
    const handle = globals.setTimeout(callback, idleFallbackDelay);
    return () => globals.clearTimeout(handle);
  },
};

/** An input the map could not use and ignored, for a binding that words its own message. */
export interface InputIssue {
  readonly input: 'view' | 'layer' | 'region' | 'locale';
  readonly value: unknown;
  /** The values it could have been (every region id, for a region). */
  readonly expected: readonly string[];
}

/** What {@link BodyMapController.prefetch} loads ahead of need. */
export interface PrefetchRequest {
  /** Regions (ids or aliases) whose panel text to load, in the language shown. */
  readonly regions?: readonly string[] | undefined;
  /** Load the text of every panel in the view shown, too. @default false */
  readonly view?: boolean | undefined;
  /** Other things to load alongside, such as a binding's panel and gesture code. */
  readonly loaders?: readonly (() => Promise<unknown>)[] | undefined;
}

/** Every {@link BodyMapMode}, for checking a mode given as text (an attribute, a URL). */
export const bodyMapModes = ['explore', 'intake'] as const;
/**
 * What the map is for: `explore` opens a region's panel about massaging it; `intake` makes the
 * figure a form control on which a client marks where it hurts, and how much.
 */
export type BodyMapMode = (typeof bodyMapModes)[number];

/**
 * A part of the map that loads on demand and can fail to: a view's drawing, a locale's pack, or (in
 * intake mode) intake mode's code or words.
 */
export type LoadPart = 'view' | 'locale' | 'intake';

/**
 * Intake mode's code, which a map in intake mode loads on demand, once per page, beside the pack's
 * intake words: a host (or a test) that awaits `readLoadable(loadIntakeMode)` has the code ready.
 */
export const loadIntakeMode = () => import('./intake/mode.js').then((module) => module.createIntakeMode);
/**
 * Routines' code, which a map showing a routine loads on demand, once per page, beside the pack's
 * routines: a host (or a test) that awaits `readLoadable(loadRoutineMode)` has the code ready.
 */
export const loadRoutineMode = () => import('./routines/routine-mode.js').then((module) => module.createRoutineMode);
/** The code that picks the referral patterns to draw, loaded with them the first time a panel opens. */
export const loadReferrals = () => import('./referrals.js');
type ReferralCode = Awaited<ReturnType<typeof loadReferrals>>;
const noReferrals: ReferralsSnapshot = { referrals: [], referralNotes: null };

/** Where intake mode's code and words are: both loaded (and intake mode made), one failed, or loading. */
type IntakeLoad =
  | { readonly status: 'loaded'; readonly value: { readonly mode: IntakeMode; readonly words: IntakeStrings } }
  | { readonly status: 'loading'; readonly promise: Promise<unknown> }
  | { readonly status: 'failed' };
/** The finder's code, which loads the first time a finder is used or a symptom is chosen, beside the pack's symptoms. */
export const loadFinder = () => import('./finder/finder-mode.js').then((module) => module.createFinderMode);
/**
 * The zoom animation's path (`interpolateTransform`, on d3-interpolate), which only an animated zoom
 * needs: a binding loads it ahead of the first gesture, and a zoom asked for before it arrives plays
 * once it has. A host (or a test) that awaits `loadValue(loadZoomPath)` has it ready.
 */
export const loadZoomPath = () => import('./zoom-path.js').then((module) => module.interpolateTransform);
type ZoomPath = Awaited<ReturnType<typeof loadZoomPath>>;
const routineLoading: RoutineSnapshot = { status: 'loading' };
const routineFailed: RoutineSnapshot = { status: 'failed' };
const outsideIntake: IntakeSnapshot = { value: [], invalidity: null, validationMessage: '', validationShown: false };
// While intake mode's code loads nothing can be marked yet, so a required form cannot be sent empty.
const noMatches: readonly string[] = [];
const loadingRequired = (strings: UiStrings): IntakeSnapshot => ({ ...outsideIntake, invalidity: 'valueMissing', validationMessage: strings.intake.required });

/** Everything a renderer needs to draw a map, derived from its state; a new object on every change. */
export interface BodyMapSnapshot extends BodyMapState, ReferralsSnapshot {
  /** The region that holds the map's single tab stop. */
  readonly tabStop: string | null;
  /** The current view's geometry, or `null` while it loads (or failed to). */
  readonly geometry: ViewGeometry | null;
  /** The content shown: the fallback, the active locale's pack and the host's content, merged. */
  readonly content: ContentPack;
  /** What could not be loaded: the current view's drawing, the active locale's pack, or neither. */
  readonly failedLoads: readonly LoadPart[];
  /** The last thing worth telling a screen-reader user: a panel opened, the view changed. */
  readonly announcement: string;
  /** The view being entered by zooming into a region, while that transition plays. */
  readonly entering: ViewId | null;
  /**
   * CSS pixels per viewBox unit at the current zoom: how large the figure is drawn. Things that
   * keep their size on screen (hotspot targets, captions) divide by it.
   */
  readonly scale: number;
  /** The gesture hint showing, after a gesture the map left to the page, or `null`. */
  readonly gestureHint: GestureHint | null;
  readonly mode: BodyMapMode;
  /** The marked regions, in intake mode (and empty until its rules have loaded, and in explore mode). */
  readonly value: BodyMapMarks;
  /** Intake mode's words in the locale shown, once they have loaded with its code; else `null`. */
  readonly intakeStrings: IntakeStrings | null;
  /** The form constraint the value breaks, in intake mode, or `null`. */
  readonly invalidity: MarksInvalidity | null;
  /** What the form says of that constraint, in the locale shown; empty while the value is valid. */
  readonly validationMessage: string;
  /**
   * Whether the map shows its validation message: from a submission the value stopped (see
   * `reportValidity`) until the value is valid or is reset, as `:user-invalid` works.
   */
  readonly validationShown: boolean;
  /** The symptom chosen in the finder (or the host's), or `null`; `null` also until the finder's code has loaded. */
  readonly symptom: string | null;
  /** The regions answering the chosen symptom, most useful first (known ids only); empty without one. */
  readonly matches: readonly string[];
  /** The finder's symptoms and words in the locale shown, checked, once they have loaded; else `null`. */
  readonly symptoms: SymptomPack | null;
  /** Where the finder's code and symptoms are: not asked for yet (`idle`), `loading`, `loaded` or `failed`. */
  readonly symptomsStatus: 'idle' | 'loading' | 'loaded' | 'failed';
  /** The routine shown, with its step and timer, or `null` for none: see {@link RoutineSnapshot}. */
  readonly routine: RoutineSnapshot | null;
}

/**
 * A hint that a gesture needs something more to zoom the map: Ctrl or ⌘ with the wheel, or two
 * fingers on a touch screen.
 */
export type GestureHint = 'wheel' | 'touch';

/** How long a gesture hint stays, in milliseconds, unless a gesture on the map ends it sooner. */
export const gestureHintDuration = 2500;

/** The values a host may control; each is controlled while it is not `undefined`. */
export interface BodyMapControlledValues {
  /** The view shown. */
  readonly view?: ViewId | undefined;
  /** The layer shown: the body's areas or its muscles. */
  readonly layer?: LayerId | undefined;
  /** The region whose panel is open, or `null` for none. */
  readonly selectedRegion?: string | null | undefined;
  /** The zoom and pan, in viewBox units. */
  readonly transform?: ZoomTransform | undefined;
  /** The marked regions, in intake mode; entries that cannot be read are named and dropped. */
  readonly value?: BodyMapMarks | undefined;
  /** The symptom chosen in the finder, or `null` for none. */
  readonly symptom?: string | null | undefined;
}

/** What {@link BodyMapController.sync} takes: the host's current props, all of them every time. */
export interface BodyMapSyncOptions extends BodyMapControlledValues, MarksConstraints {
  /** The language of names, panels and interface text: a key of `locales`. @default 'en' */
  readonly locale?: string | undefined;
  /** Content packs by locale, each given or loaded on demand. */
  readonly locales?: Readonly<Record<string, Loadable<ContentPack>>> | undefined;
  /** The host's own content, complete or partial, laid over the active locale's pack. */
  readonly content?: ContentPack | PartialContentPack | undefined;
  /** A region id or alias, or a group such as `spine`, to zoom to whenever it changes. */
  readonly zoomTo?: string | undefined;
  /** Zoom to each region as it is selected. @default false */
  readonly zoomToSelection?: boolean | undefined;
  /** What the map is for. @default 'explore' */
  readonly mode?: BodyMapMode | undefined;
  /** Called when a person's action changes the marks, with all of them. */
  readonly onValueChange?: ((value: BodyMapMarks) => void) | undefined;
  /** Called when a person's action changes the view. */
  readonly onViewChange?: ((view: ViewId) => void) | undefined;
  /** Called when a person's action changes the layer (with the toggle, or by opening a muscle from an area's panel). */
  readonly onLayerChange?: ((layer: LayerId) => void) | undefined;
  /** Called when a person's action opens a panel (with its region id) or closes it (`null`). */
  readonly onSelectedRegionChange?: ((region: string | null) => void) | undefined;
  /** Called with every transform the map moves to itself: gestures, buttons, keys and animations. */
  readonly onTransformChange?: ((transform: ZoomTransform) => void) | undefined;
  /** Called when a person chooses a symptom in the finder (with its id) or clears it (`null`). */
  readonly onSymptomChange?: ((symptom: string | null) => void) | undefined;
  /** The id of a routine of the pack to walk through beside the map, such as `tension-headache`. */
  readonly routine?: string | undefined;
  /** The routine's step shown (from 0), when controlled. */
  readonly routineStep?: number | undefined;
  /** Called with the new step (from 0) when a person moves to another step of the routine. */
  readonly onRoutineStepChange?: ((step: number) => void) | undefined;
}

export interface BodyMapOptions extends BodyMapSyncOptions {
  /** The body artwork and its regions; fixed for the controller's life. */
  readonly atlas: Atlas;
  /** Content packs by locale. */
  readonly locales: Readonly<Record<string, Loadable<ContentPack>>>;
  /**
   * The complete pack whose text fills every gap when `locales.en` is missing or loads on demand;
   * an English pack in `locales` is the fallback otherwise.
   */
  readonly fallback?: ContentPack | undefined;
  /** The view shown first, when uncontrolled. @default 'front' */
  readonly defaultView?: ViewId | undefined;
  /** The layer shown first, when uncontrolled. @default 'areas' */
  readonly defaultLayer?: LayerId | undefined;
  /** The region whose panel is open at first, when uncontrolled. @default null */
  readonly defaultSelectedRegion?: string | null | undefined;
  /** The zoom and pan at first, when uncontrolled. @default { k: 1, x: 0, y: 0 } */
  readonly defaultTransform?: ZoomTransform | undefined;
  /** The marked regions at first, when uncontrolled; a form's reset returns to them. @default [] */
  readonly defaultValue?: BodyMapMarks | undefined;
  /** The symptom chosen at first, when uncontrolled; its symptoms load at once. @default null */
  readonly defaultSymptom?: string | null | undefined;
  /** The routine's step shown at first (from 0), when uncontrolled. @default 0 */
  readonly defaultRoutineStep?: number | undefined;
  /** Clock, frames and motion preference. @default the browser's */
  readonly platform?: BodyMapPlatform | undefined;
  /**
   * Where the map names what it ignores (an unknown id, view or locale, malformed content, a load
   * that failed); each message once. @default `console.warn`
   */
  readonly warn?: ((message: string, issue?: InputIssue) => void) | undefined;
}

/** The map's behaviour without a DOM or a framework: its state, the actions on it and its change events. */
export interface BodyMapController {
  readonly atlas: Atlas;
  readonly limits: ZoomLimits;
  readonly getState: () => BodyMapSnapshot;
  /**
   * The state as a server renders it: anything loaded on demand (a view, a locale) counts as still
   * loading, since a server cannot know what the browser has. Hydration starts from it.
   */
  readonly getServerState: () => BodyMapSnapshot;
  /**
   * `subscribe(listener)` calls `listener` after every change; `subscribe(selector, listener)`
   * calls it with the new and previous values when the selected value changes (by `Object.is`).
   */
  readonly subscribe: {
    (listener: () => void): () => void;
    <T>(selector: (state: BodyMapSnapshot) => T, listener: (value: T, previous: T) => void): () => void;
  };

  /** Opens a region's panel (by id or alias), switching to a view that draws it when needed; false for an unknown region. */
  readonly select: (region: string) => boolean;
  /**
   * Opens a region's panel, or closes it when it is open already. In intake mode it marks the
   * region, or removes its mark; a pointer's press also opens the mark's editor (the panel), while
   * a key's leaves the focus on the figure, where digits set the intensity.
   */
  readonly toggle: (region: string, via?: 'pointer' | 'keyboard') => void;
  /** Changes a region's mark (its intensity, qualities or note), marking it first when it has none. */
  readonly setMark: (region: string, change: Partial<Omit<BodyMapMark, 'region'>>) => void;
  /** Removes a region's mark, closing its editor. */
  readonly removeMark: (region: string) => void;
  /**
   * Replaces the marks with a host's own, such as a saved draft or a form's restored state: an
   * array of marks or their JSON. Entries that cannot be read are named and dropped. Like a value
   * passed in, it fires no `onValueChange`; an open editor whose mark is gone closes.
   */
  readonly setValue: (value: BodyMapMarks | string) => void;
  /** Returns the marks to the default value, as a form's reset does, and hides the validation message. */
  readonly resetValue: () => void;
  /**
   * Checks the value against the form's constraints, as a form's submission does: when it breaks
   * one, the map shows why and announces it. Returns whether the value is valid.
   */
  readonly reportValidity: () => boolean;
  /** Closes the panel; returns the region whose panel it was, if any. */
  readonly close: () => string | null;
  readonly setView: (view: ViewId) => void;
  /**
   * Shows a layer of the atlas. A layer whose regions are small (the muscles) is zoomed into until
   * each holds a 24 px target, about the open region or the first one in reading order.
   */
  readonly setLayer: (layer: LayerId) => void;
  /** Gives a region the tab stop. */
  readonly focus: (region: string) => void;
  /** Moves the tab stop by position, or to the first or last region; returns the region it lands on. */
  readonly move: (direction: Direction | 'first' | 'last') => string | null;
  /** Zooms by a factor about a viewBox point (the middle of the view by default), animated. */
  readonly zoomBy: (factor: number, about?: ViewBoxPoint) => void;
  /** Animates to fit a region (id or alias) or a group drawn in the current view; false when there is none. */
  readonly zoomTo: (target: string, done?: () => void) => boolean;
  readonly resetZoom: () => void;
  /** Applies a transform at once (a gesture's), within the limits, stopping any animation. */
  readonly setTransform: (transform: ZoomTransform) => void;
  /** Goes to the view that shows a region in detail (the soles, from a foot), zooming into it first. */
  readonly showDetail: (region: string) => void;
  /** Tries every failed load again. */
  readonly retryLoads: () => void;
  /**
   * A tap (a touch, not a click or a key) on a region. A hotspot whose neighbour lies closer than
   * one target across ({@link tapSpacing} CSS pixels) is zoomed into until the two stand apart, and
   * returns `'zoomed'`; any other region toggles as with `toggle`, and returns `'toggled'`.
   */
  readonly tap: (region: string) => 'zoomed' | 'toggled';
  /** Shows a gesture hint for a while (or hides it, with `null`). */
  readonly showGestureHint: (hint: GestureHint | null) => void;
  /**
   * Starts, all at once, the loads that opening a panel would wait for: the given regions' panel
   * text (or the whole view's) and the given loaders. Each starts once per page (a failed one is
   * tried again); an unknown region is ignored.
   */
  readonly prefetch: (request: PrefetchRequest) => void;
  /**
   * Calls `prefetch(request)` when the page is next idle, through the platform's `requestIdle`;
   * returns a function that cancels it. Does nothing on a platform without idle callbacks.
   */
  readonly prefetchWhenIdle: (request: PrefetchRequest) => () => void;
  /** Reports how many CSS pixels one viewBox unit takes at scale 1, as the drawing is laid out. */
  readonly measure: (pixelsPerUnit: number) => void;
  /** A region's name in the content shown. */
  readonly label: (region: string) => string;
  /** Shows another step of the routine (a step from 0, or the next or previous one), zooming to its region. */
  readonly setRoutineStep: (change: StepChange) => void;
  /** Starts the step's timer (again from the start once it has run out), announcing it. */
  readonly startRoutineTimer: () => void;
  readonly pauseRoutineTimer: () => void;
  /** Applies the host's current props: controlled values, locale, content and callbacks. */
  readonly sync: (options: BodyMapSyncOptions) => void;
  /** Names something the map ignored through its `warn` option, once per message: for a binding's own inputs, such as a link's. */
  readonly warn: (message: string, issue?: InputIssue) => void;
  /**
   * Chooses a symptom by id: marks the regions answering it (`matches`), announces how many, opens
   * the first one's panel (bringing its view and layer along) with the tab stop, and zooms to it
   * when it is off screen. `null` clears the matches. An unknown id is warned of and ignored. Waits
   * for the finder's code and symptoms when they have not loaded yet. With `{ open: false }` it only
   * marks the matches, leaving the panel and zoom as they are, as a link that names its own panel does.
   */
  readonly chooseSymptom: (symptom: string | null, options?: { readonly open?: boolean }) => void;
  /** Starts loading the finder's code and symptoms, as using a finder does; a failed load is tried again. */
  readonly loadSymptoms: () => void;
}

const fallbackLocale = 'en';

// Slow at both ends, so a move neither jolts into motion nor stops dead.
const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

const sameTransform = (a: ZoomTransform, b: ZoomTransform) => a.k === b.k && a.x === b.x && a.y === b.y;

/**
 * Creates a map's controller: the one place its rules live. Bindings (React, the `<body-map>`
 * element) render its state, call its actions on a person's input and `sync` the host's props.
 * Change events fire for what the controller does itself, never for values a host syncs in.
 */
export function createBodyMap(options: BodyMapOptions): BodyMapController {
  const { atlas } = options;
  const regions = atlas.regions;
  const regionIds = regions.map((region) => region.id);
  const platform = options.platform ?? browserPlatform;
  const limits = zoomLimits(atlas.viewBox);
  const centre: ViewBoxPoint = [limits.viewport.x + limits.viewport.width / 2, limits.viewport.y + limits.viewport.height / 2];
  const warned = new Set<string>();
  const warn = (message: string, issue?: InputIssue) => {
    if (!warned.has(message)) {
      warned.add(message);
      (options.warn ?? ((text: string) => console.warn(`[bodymap] ${text}`)))(message, issue);
    }
  };

  const knownView = (value: unknown, where: string): ViewId | undefined => {
    if (value === undefined) {
      return undefined;
    }
    if (isViewId(value) && value in atlas.views) {
      return value;
    }
    const expected = Object.keys(atlas.views);
    warn(`Unknown view ${describeValue(value)} in \`${where}\`; it is ignored. Views: ${expected.join(', ')}.`, { input: 'view', value, expected });
    return undefined;
  };
  const layersDrawn = atlasLayers(atlas);
  const knownLayer = (value: unknown, where: string): LayerId | undefined => {
    if (value === undefined) {
      return undefined;
    }
    if (isLayerId(value) && layersDrawn.includes(value)) {
      return value;
    }
    warn(`Unknown layer ${describeValue(value)} in \`${where}\`; it is ignored. Layers: ${layersDrawn.join(', ')}.`, { input: 'layer', value, expected: layersDrawn });
    return undefined;
  };
  const knownRegion = (value: unknown, where: string): string | null => {
    const region = typeof value === 'string' ? findRegion(regions, value) : undefined;
    if (!region) {
      warn(`Unknown region id ${describeValue(value)} in \`${where}\`; it is ignored.`, { input: 'region', value, expected: regionIds });
      return null;
    }
    return region.id;
  };
  const knownTransform = (value: unknown): ZoomTransform | undefined =>
    isRecord(value) && [value.k, value.x, value.y].every(Number.isFinite) ? clampTransform(value as unknown as ZoomTransform, limits) : undefined;

  let props: BodyMapSyncOptions = {};
  let finderWanted = options.defaultSymptom != null;
  let controlled: BodyMapControlledValues = {};
  let internal: BodyMapState = {
    view: knownView(options.defaultView, 'defaultView') ?? 'front',
    layer: knownLayer(options.defaultLayer, 'defaultLayer') ?? 'areas',
    selectedRegion: null,
    focusedRegion: null,
    transform: knownTransform(options.defaultTransform) ?? identityTransform,
  };
  let announcement = '';
  let entering: ViewId | null = null;
  let pixelsPerUnit = 1;
  let gestureHint: GestureHint | null = null;
  let referralsOf: ReturnType<ReferralCode['createReferrals']> | undefined;
  const person = (): BodyMapState => ({
    view: controlled.view ?? internal.view,
    layer: controlled.layer ?? internal.layer,
    selectedRegion: controlled.selectedRegion === undefined ? internal.selectedRegion : controlled.selectedRegion,
    focusedRegion: internal.focusedRegion,
    transform: controlled.transform ?? internal.transform,
  });

  // Loads settle whenever they do; each one in flight is watched once, and any settling rebuilds.
  const watched = new WeakSet<Promise<unknown>>();
  const read = <T>(loadable: Loadable<T>): LoadState<T> => {
    const state = readLoadable(loadable);
    if (state.status === 'loading' && !watched.has(state.promise)) {
      watched.add(state.promise);
      state.promise.then(publish, publish);
    }
    return state;
  };

  const locales = () => props.locales ?? options.locales;
  const english = options.locales[fallbackLocale];
  const given = english !== undefined && typeof english !== 'function' ? english : options.fallback;
  if (given === undefined) {
    throw new Error('createBodyMap needs a complete fallback content pack: an English pack as `locales.en`, or `fallback`.');
  }
  const fallback: ContentPack = given;
  const localeLoadable = (): Loadable<ContentPack> | undefined => {
    const locale = props.locale ?? fallbackLocale;
    if (!(typeof locale === 'string' && Object.hasOwn(locales(), locale))) {
      const expected = Object.keys(locales());
      warn(`Unknown locale ${describeValue(locale)}; English is shown. Locales: ${expected.join(', ')}.`, { input: 'locale', value: locale, expected });
      return undefined;
    }
    return locales()[locale];
  };

  // The active pack stays what was last shown while another locale loads.
  let lastActive = fallback;
  // By active pack, so that the server's English and the browser's loaded locale each keep one object.
  const resolved = new WeakMap<ContentPack, { override: unknown; content: ContentPack }>();
  const contentFor = (active: ContentPack): ContentPack => {
    const known = resolved.get(active);
    if (known !== undefined && known.override === props.content) {
      return known.content;
    }
    const { content, issues } = resolveContent({ fallback, active, override: props.content, regionIds });
    for (const issue of issues) {
      warn(issue);
    }
    resolved.set(active, { override: props.content, content });
    return content;
  };

  function derive(server: boolean): BodyMapSnapshot {
    const state = person();
    const viewLoadable = layerView(atlas, state.view, state.layer);
    const onDemand = (loadable: unknown) => server && typeof loadable === 'function';
    const viewState = viewLoadable === undefined || onDemand(viewLoadable) ? undefined : read(viewLoadable);
    const geometry = viewState?.status === 'loaded' ? viewGeometry(viewState.value) : null;

    const localePack = localeLoadable();
    let active = fallback;
    let localeFailed = false;
    if (localePack !== undefined && !onDemand(localePack)) {
      const localeState = read(localePack);
      localeFailed = localeState.status === 'failed';
      if (localeFailed) {
        warn(`The ${describeValue(props.locale)} content pack failed to load; English is shown.`);
      }
      active = localeState.status === 'loaded' ? localeState.value : localeFailed ? fallback : lastActive;
    }
    if (!server) {
      lastActive = active;
    }
    const content = contentFor(active);

    const drawn = (id: string | null) => id !== null && geometry?.placeOf.has(id) === true;
    const tabStop = drawn(state.focusedRegion)
      ? state.focusedRegion
      : drawn(state.selectedRegion)
        ? state.selectedRegion
        : (geometry?.readingOrder[0] ?? null);
    const mode: BodyMapMode = props.mode === 'intake' ? 'intake' : 'explore';
    const intakeState = mode === 'intake' ? intakeLoad(content, onDemand) : undefined;
    const failed: LoadPart[] = [
      ...(viewState?.status === 'failed' ? (['view'] as const) : []),
      ...(localeFailed ? (['locale'] as const) : []),
      ...(intakeState?.status === 'failed' ? (['intake'] as const) : []),
    ];
    const known = server ? serverSnapshot : snapshot;
    const intake = intakeState?.status === 'loaded' ? intakeState.value : null;
    const finderCode = finderWanted && !server ? read(loadFinder) : undefined;
    if (finderCode?.status === 'loaded') {
      finder ??= finderCode.value({ controller: () => controller, options, read, retry: retryLoadable, warn, publish, props: () => props, announce: (text) => (announcement = text) });
    }
    const finderPart: Pick<BodyMapSnapshot, 'symptom' | 'matches' | 'symptoms' | 'symptomsStatus'> = finder && !server ? finder.snapshot(content) : { symptom: null, matches: noMatches, symptoms: null, symptomsStatus: finderCode?.status ?? 'idle' };
    // Referral patterns are drawn while a panel is open or a symptom marks regions (in intake mode the panel is a
    // mark's editor, so never): their code, drawings and words load together the first time one is wanted.
    const wantsReferrals = state.selectedRegion !== null || finderPart.matches.length > 0;
    const [code] = (!server && mode === 'explore' && wantsReferrals && atlas.referrals ? [loadReferrals, atlas.referrals, content.referrals].map((loadable) => loadable && read(loadable)) : []) as [LoadState<ReferralCode>?];
    return {
      ...state,
      tabStop,
      geometry,
      content,
      failedLoads: known !== undefined && known.failedLoads.join() === failed.join() ? known.failedLoads : failed,
      announcement,
      entering,
      scale: state.transform.k * pixelsPerUnit,
      gestureHint,
      mode,
      intakeStrings: intake?.words ?? null,
      ...(intake !== null ? intake.mode.snapshot(content.strings, intake.words) : mode === 'intake' && props.required ? loadingRequired(content.strings) : outsideIntake),
      ...finderPart,
      routine: props.routine === undefined ? null : routineLoad(content, server),
      ...(code?.status === 'loaded' ? (referralsOf ??= code.value.createReferrals({ atlas, regionIds, read, warn, smooth: smoothClosedPath, empty: noReferrals.referrals }))({ ...state, matches: finderPart.matches }, content) : noReferrals),
    };
  }

  const listeners = new Set<() => void>();
  // Both are set before the controller is returned; until then nothing publishes.
  let snapshot = undefined as unknown as BodyMapSnapshot;
  let serverSnapshot: BodyMapSnapshot | undefined;
  let geometryShown: ViewGeometry | null = null;
  let ready = false;

  function publish() {
    if (!ready) {
      return;
    }
    const previous = snapshot;
    const next = derive(false);
    const keys = Object.keys(next) as (keyof BodyMapSnapshot)[];
    if (keys.every((key) => Object.is(next[key], previous[key]))) {
      return;
    }
    snapshot = next;
    serverSnapshot = undefined;
    for (const listener of [...listeners]) {
      listener();
    }
    if (next.geometry !== geometryShown) {
      geometryShown = next.geometry;
      // A target to zoom to is fitted again in each view it is drawn in, once that view is there.
      if (next.geometry !== null && props.zoomTo !== undefined) {
        zoomToTarget(props.zoomTo, 'zoomTo');
      } else if (next.geometry !== null) {
        zoomToTargetScale(next.geometry);
      }
    }
    followRoutine();
  }

  /** Makes a change of the controller's own (an action, an animation frame) and reports it. */
  function commit(next: BodyMapState) {
    const current = person();
    internal = next;
    const viewChanged = next.view !== current.view;
    const layerChanged = next.layer !== current.layer;
    const selectionChanged = next.selectedRegion !== current.selectedRegion;
    const transformChanged = !sameTransform(next.transform, current.transform);
    const { strings } = snapshot.content;
    if (viewChanged) {
      announcement = formatString(strings.viewChanged, { view: strings.views[next.view] });
    } else if (layerChanged) {
      announcement = formatString(strings.layerChanged, { layer: strings.layers[next.layer] });
    }
    // In intake mode the editor opens on a mark, which is announced itself.
    if (selectionChanged && next.selectedRegion !== null && props.mode !== 'intake') {
      announcement = formatString(strings.panelOpened, { region: label(next.selectedRegion) });
    }
    publish();
    // After publishing, so that a host reacting to an event (by syncing a controlled value) reads
    // the state it caused.
    if (viewChanged) {
      props.onViewChange?.(next.view);
    }
    if (layerChanged) {
      props.onLayerChange?.(next.layer);
    }
    if (selectionChanged) {
      props.onSelectedRegionChange?.(next.selectedRegion);
      if (props.zoomToSelection && next.selectedRegion !== null) {
        zoomToTarget(next.selectedRegion);
      }
    }
    if (transformChanged) {
      props.onTransformChange?.(next.transform);
    }
  }

  // Intake mode, made once its code and words have loaded; a person's action made while they load
  // waits for them.
  let intake: IntakeMode | null = null;
  const intakeOf = (create: (host: IntakeHost) => IntakeMode): IntakeMode =>
    (intake ??= create({
      props: () => props,
      defaultValue: options.defaultValue,
      isRegion: (id): id is string => regionIds.includes(id),
      warn,
      label,
      strings: () => snapshot.content.strings,
      // Read only once they have loaded, which is when intake mode acts at all.
      words: () => snapshot.intakeStrings!,
      announce: (text) => {
        announcement = text;
      },
      openEditor: (region) => commit(selectRegion(person(), region, regions)),
      closeEditor: (region) => {
        if (region === undefined || person().selectedRegion === region) {
          commit(closePanel(person()));
        } else {
          publish();
        }
      },
      publish,
    }));
  /** Intake mode's code and the words of `content`, loaded (and intake mode made) or not yet. */
  function intakeLoad(content: ContentPack, onDemand: (loadable: unknown) => boolean): IntakeLoad {
    const words = content.intake;
    if (words === undefined) {
      return { status: 'failed' };
    }
    if (onDemand(loadIntakeMode) || onDemand(words)) {
      return { status: 'loading', promise: Promise.resolve() };
    }
    const states = [read(loadIntakeMode), read(words)] as const;
    const [code, text] = states;
    if (code.status === 'loaded' && text.status === 'loaded') {
      return { status: 'loaded', value: { mode: intakeOf(code.value), words: text.value } };
    }
    const failed = states.find((state) => state.status === 'failed');
    return failed ?? { status: 'loading', promise: Promise.all(states.flatMap((state) => (state.status === 'loading' ? [state.promise] : []))) };
  }
  // The finder's code loads the first time a finder is used or a symptom is given, then keeps the finder's part of the snapshot.
  let finder: FinderMode | undefined;
  const withFinder = (action: (mode: FinderMode) => void) => {
    finderWanted = true;
    // Code that failed to arrive is fetched again: the finder's retry comes through here.
    retryLoadable(loadFinder);
    const code = read(loadFinder);
    publish();
    if (finder) {
      action(finder);
    } else if (code.status === 'loading') {
      code.promise.then(() => withFinder(action), () => undefined);
    }
  };

  // Routines, made once their code has loaded; they read the pack's routines themselves.
  let routines: RoutineMode | null = null;
  function followRoutine() {
    routines?.follow();
  }
  function routineLoad(content: ContentPack, server: boolean): RoutineSnapshot | null {
    const code = server ? undefined : read(loadRoutineMode);
    if (code?.status !== 'loaded') {
      return code?.status === 'failed' ? routineFailed : routineLoading;
    }
    routines ??= code.value({
      props: () => props,
      options,
      platform,
      regions,
      warn,
      label,
      read,
      publish,
      person,
      commit,
      rules: { findRegion, layerOf, setLayer, setView, focusRegion },
      zoomTo: (target) => zoomToTarget(target),
      announce: (text) => {
        announcement = text;
      },
    });
    return routines.snapshot(content, server);
  }
  const withIntake = (action: (mode: IntakeMode) => void) => {
    const state = intakeLoad(snapshot.content, () => false);
    if (state.status === 'loaded') {
      action(state.value.mode);
    } else if (state.status === 'loading') {
      // Acted on with the state of then, which `publish` has made from the loads.
      state.promise.then(() => withIntake(action), () => undefined);
    }
  };

  // The zoom animation. `goal` is where a running (or waiting) animation is going: presses in quick
  // succession build on it, not on wherever the animation has got to.
  let frame: number | null = null;
  let goal: ZoomTransform | null = null;
  // Counts the animations asked for and stopped, so that a path arriving late plays only the latest.
  let animations = 0;
  function stop() {
    if (frame !== null) {
      platform.cancelFrame(frame);
      frame = null;
    }
    goal = null;
    animations += 1;
  }
  function applyTransform(transform: ZoomTransform) {
    commit(setTransform(person(), transform));
  }
  function jumpTo(to: ZoomTransform, done?: () => void) {
    goal = null;
    applyTransform(to);
    done?.();
  }
  function play(interpolateTransform: ZoomPath, to: ZoomTransform, done?: () => void) {
    // From wherever the map is when the path arrives: a host may have moved it meanwhile.
    const from = person().transform;
    if (sameTransform(from, to)) {
      jumpTo(to, done);
      return;
    }
    const path = interpolateTransform(from, to, limits.viewport);
    const duration = Math.min(900, Math.max(240, path.duration * 0.6));
    const start = platform.now();
    const step = (time: number) => {
      const t = Math.min(1, Math.max(0, (time - start) / duration));
      // The smooth path may zoom out beyond the limits on a long move; it is kept within them.
      applyTransform(clampTransform(path(easeInOut(t)), limits));
      if (t < 1) {
        frame = platform.requestFrame(step);
      } else {
        frame = null;
        goal = null;
        done?.();
      }
    };
    frame = platform.requestFrame(step);
  }
  function animateTo(target: ZoomTransform, done?: () => void) {
    stop();
    const to = clampTransform(target, limits);
    if (platform.prefersReducedMotion() || sameTransform(person().transform, to)) {
      jumpTo(to, done);
      return;
    }
    goal = to;
    const code = readLoadable(loadZoomPath);
    if (code.status === 'loaded') {
      play(code.value, to, done);
    } else if (code.status === 'failed') {
      // Without the path a zoom still arrives, at once.
      jumpTo(to, done);
    } else {
      // A gesture, or another zoom, meanwhile takes over from this one.
      const asked = animations;
      code.promise.then(
        (interpolateTransform) => {
          if (asked === animations) {
            play(interpolateTransform, to, done);
          }
        },
        () => {
          if (asked === animations) {
            jumpTo(to, done);
          }
        },
      );
    }
  }

  // The box to fit for a region id or alias, or for every region of a group, in the current view.
  function boxOf(target: string): Bounds | undefined {
    const places = snapshot.geometry?.places ?? [];
    const id = findRegion(regions, target)?.id;
    return unionBounds(
      places.filter((place) => place.id === id || (id === undefined && findRegion(regions, place.id)?.group === target)).map((place) => place.bounds),
    );
  }
  function fit(box: Bounds, done?: () => void) {
    // A point (a hotspot) gets a neighbourhood around it; an area, a margin in proportion.
    const margin = Math.max(24, 0.12 * Math.max(box.width, box.height));
    animateTo(fitBounds(box, limits, margin), done);
  }
  function zoomToTarget(target: unknown, where?: string, done?: () => void): boolean {
    const box = typeof target === 'string' ? boxOf(target) : undefined;
    if (box) {
      fit(box, done);
      return true;
    }
    if (where !== undefined && snapshot.geometry !== null) {
      warn(`\`${where}\` ${describeValue(target)} is not a region or group drawn in the ${snapshot.view} view; the zoom is left alone.`);
    }
    return false;
  }
  // A view whose regions are small is drawn large enough for a 24 px target in each, about the
  // region that holds the tab stop; a host's transform is left alone.
  function zoomToTargetScale(geometry: ViewGeometry) {
    const { targetScale } = geometry.view;
    const now = person().transform;
    const region = snapshot.tabStop;
    const place = region === null ? undefined : geometry.placeOf.get(region);
    if (targetScale === undefined || controlled.transform !== undefined || place === undefined || now.k * pixelsPerUnit >= targetScale) {
      return;
    }
    const k = Math.min(maxZoom, targetScale / pixelsPerUnit);
    const [cx, cy] = centre;
    animateTo(clampTransform({ k, x: cx - place.point[0] * k, y: cy - place.point[1] * k }, limits));
  }

  // Pans, keeping the scale, just enough to bring a point well inside the view.
  function reveal(point: ViewBoxPoint) {
    const now = person().transform;
    const [x, y] = transformPoint(now, point);
    const { viewport } = limits;
    const inset = Math.min(viewport.width, viewport.height) * 0.12;
    const inside = x >= viewport.x + inset && x <= viewport.x + viewport.width - inset && y >= viewport.y + inset && y <= viewport.y + viewport.height - inset;
    if (!inside) {
      const [cx, cy] = invertPoint(now, centre);
      animateTo({ k: now.k, x: now.x + (cx - point[0]) * now.k, y: now.y + (cy - point[1]) * now.k });
    }
  }

  // The hint goes after a while, timed by animation frames so that the platform's clock rules it.
  let hintFrame: number | null = null;
  function showHint(hint: GestureHint | null) {
    if (hintFrame !== null) {
      platform.cancelFrame(hintFrame);
      hintFrame = null;
    }
    if (gestureHint !== hint) {
      gestureHint = hint;
      publish();
    }
    if (hint !== null) {
      const shown = platform.now();
      const wait = (time: number) => {
        if (time - shown >= gestureHintDuration) {
          hintFrame = null;
          showHint(null);
        } else {
          hintFrame = platform.requestFrame(wait);
        }
      };
      hintFrame = platform.requestFrame(wait);
    }
  }

  function prefetch({ regions: named = [], view = false, loaders = [] }: PrefetchRequest) {
    const { panels } = snapshot.content;
    const wanted = view ? [...named, ...(snapshot.geometry?.places.map((place) => place.id) ?? [])] : named;
    const known = wanted.flatMap((target) => findRegion(regions, target)?.id ?? []);
    const texts = known.flatMap((id) => {
      const panel = panels[id];
      return typeof panel === 'function' ? [panel] : [];
    });
    // Every panel waits for the panel's words, so they load beside the first region's text, even
    // one the pack has at hand.
    const { panelStrings } = snapshot.content;
    const words = known.length > 0 && typeof panelStrings === 'function' ? [panelStrings] : [];
    for (const loader of [...texts, ...words, ...loaders]) {
      // A prefetch that failed (a dropped connection) would leave the panel showing the failure.
      retryLoadable(loader);
      readLoadable(loader);
    }
  }

  function label(region: string): string {
    return snapshot.content.labels[region] ?? region;
  }

  function sync(next: BodyMapSyncOptions) {
    const before = person();
    const previous = props;
    props = next;
    const view = knownView(next.view, 'view');
    const layer = knownLayer(next.layer, 'layer');
    const selectedRegion =
      next.selectedRegion === undefined || next.selectedRegion === null ? next.selectedRegion : knownRegion(next.selectedRegion, 'selectedRegion');
    const transform = next.transform === undefined ? undefined : knownTransform(next.transform);
    // A block of its own, so that a production build drops the check's words with it.
    if (process.env.NODE_ENV !== 'production') {
      for (const key of ['view', 'layer', 'selectedRegion', 'transform', 'value', 'symptom', 'routineStep'] as const) {
        if (ready && (previous[key] === undefined) !== (next[key] === undefined)) {
          warn(
            `\`${key}\` changed from ${previous[key] === undefined ? 'uncontrolled' : 'controlled'} to ${next[key] === undefined ? 'uncontrolled' : 'controlled'}. ` +
              'Pass a value (or `null`) for the whole life of the map, or never pass one.',
          );
        }
      }
    }
    controlled = { view, layer, selectedRegion, transform };
    finderWanted ||= next.symptom != null;

    // The host's values keep view and selection consistent, as a person's choices would: a view
    // that does not draw the open region closes its panel, and a selection drawn only in another
    // view brings that view along, unless the host controls the view too.
    if (view !== undefined && view !== before.view) {
      internal = setView({ ...internal, view: before.view }, view, regions);
    }
    if (layer !== undefined && layer !== before.layer) {
      internal = setLayer({ ...internal, layer: before.layer }, layer, regions);
    }
    const region = selectedRegion ? findRegion(regions, selectedRegion) : undefined;
    if (region && selectedRegion !== before.selectedRegion && view === undefined && !region.views.includes(internal.view) && region.views[0]) {
      internal = { ...internal, view: region.views[0], focusedRegion: region.id, transform: identityTransform };
    }
    if (region && selectedRegion !== before.selectedRegion && layer === undefined && layerOf(region) !== internal.layer) {
      internal = { ...internal, layer: layerOf(region), focusedRegion: region.id, transform: identityTransform };
    }
    if (ready) {
      const geometryBefore = geometryShown;
      publish();
      // A new view fits the target as it is drawn (see `publish`); otherwise a new target is fitted here.
      if (next.zoomTo !== undefined && next.zoomTo !== previous.zoomTo && geometryShown === geometryBefore) {
        zoomToTarget(next.zoomTo, 'zoomTo');
      }
      if (next.zoomToSelection && selectedRegion && selectedRegion !== before.selectedRegion) {
        zoomToTarget(selectedRegion);
      }
    }
  }

  sync(options);
  const initialSelection =
    options.defaultSelectedRegion === undefined || options.defaultSelectedRegion === null
      ? null
      : knownRegion(options.defaultSelectedRegion, 'defaultSelectedRegion');
  if (initialSelection !== null) {
    internal = selectRegion(internal, initialSelection, regions);
  }
  snapshot = derive(false);
  geometryShown = snapshot.geometry;
  ready = true;
  if (snapshot.geometry !== null && props.zoomTo !== undefined) {
    zoomToTarget(props.zoomTo, 'zoomTo');
  }
  // A routine given with its code and words at hand shows its first step's region now.
  followRoutine();

  function subscribe(...args: [() => void] | [(state: BodyMapSnapshot) => unknown, (value: unknown, previous: unknown) => void]) {
    let listener: () => void;
    if (args.length === 1) {
      listener = args[0];
    } else {
      const [selector, onChange] = args;
      let last = selector(snapshot);
      listener = () => {
        const value = selector(snapshot);
        if (!Object.is(value, last)) {
          const previous = last;
          last = value;
          onChange(value, previous);
        }
      };
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  const controller: BodyMapController = {
    atlas,
    limits,
    getState: () => snapshot,
    getServerState: () => (serverSnapshot ??= derive(true)),
    subscribe,
    select(region) {
      const id = knownRegion(region, 'select');
      if (id !== null) {
        commit(selectRegion(person(), id, regions));
      }
      return id !== null;
    },
    toggle(region, via = 'pointer') {
      const id = knownRegion(region, 'toggle');
      if (id === null) {
        return;
      }
      if (props.mode !== 'intake') {
        commit(toggleRegion(person(), id, regions));
        return;
      }
      withIntake((mode) => mode.toggle(id, via));
    },
    setMark(region, change) {
      const id = knownRegion(region, 'setMark');
      if (id !== null) {
        withIntake((mode) => mode.setMark(id, change));
      }
    },
    removeMark(region) {
      const id = knownRegion(region, 'removeMark');
      if (id !== null) {
        withIntake((mode) => mode.removeMark(id));
      }
    },
    setValue(value) {
      withIntake((mode) => {
        const marks = mode.setValue(value);
        // A host's value, so no change events, as with `sync`: the editor of a mark it left out closes quietly.
        const open = internal.selectedRegion;
        if (open !== null && !marks.some((mark) => mark.region === open)) {
          internal = closePanel(internal);
        }
        publish();
      });
    },
    resetValue() {
      intake?.resetValue();
    },
    reportValidity() {
      return intake?.reportValidity() ?? true;
    },
    close() {
      const open = person().selectedRegion;
      commit(closePanel(person()));
      return open;
    },
    setView(view) {
      if (knownView(view, 'setView') !== undefined) {
        entering = null;
        commit(setView(person(), view, regions));
      }
    },
    setLayer(layer) {
      if (knownLayer(layer, 'setLayer') !== undefined) {
        commit(setLayer(person(), layer, regions));
      }
    },
    focus(region) {
      const id = knownRegion(region, 'focus');
      if (id !== null) {
        commit(focusRegion(person(), id));
      }
    },
    move(direction) {
      const { geometry, tabStop } = snapshot;
      if (geometry === null) {
        return null;
      }
      const current = { ...person(), focusedRegion: tabStop };
      const next =
        direction === 'first' || direction === 'last' ? focusEdge(current, direction, geometry.places) : moveFocus(current, direction, geometry.places);
      commit(next);
      const place = next.focusedRegion === null ? undefined : geometry.placeOf.get(next.focusedRegion);
      if (place) {
        reveal(place.point);
      }
      return next.focusedRegion;
    },
    zoomBy(factor, about = centre) {
      animateTo(zoomAbout(goal ?? person().transform, factor, about, limits));
    },
    zoomTo: (target, done) => zoomToTarget(target, 'zoomTo', done),
    resetZoom() {
      animateTo(identityTransform);
    },
    setTransform(transform) {
      stop();
      // A gesture the map took is the next gesture: the hint has done its work.
      showHint(null);
      // A gesture whose position could not be read (a synthetic event without one) moves nothing.
      const usable = knownTransform(transform);
      if (usable) {
        applyTransform(usable);
      }
    },
    showDetail(region) {
      const detailView = findRegion(regions, region)?.detailView;
      const loadable = detailView === undefined ? undefined : layerView(atlas, detailView, person().layer);
      if (detailView === undefined || loadable === undefined) {
        return;
      }
      read(loadable);
      commit(closePanel(person()));
      const go = () => {
        entering = detailView;
        commit(setView(person(), detailView, regions));
      };
      const box = boxOf(region);
      if (box) {
        fit(box, go);
      } else {
        go();
      }
    },
    retryLoads() {
      const { view, layer } = person();
      const viewLoadable = layerView(atlas, view, layer);
      const localePack = localeLoadable();
      const intakeParts = props.mode === 'intake' ? [loadIntakeMode, snapshot.content.intake] : [];
      const routineParts = props.routine === undefined ? [] : [loadRoutineMode, snapshot.content.routines, snapshot.content.panelStrings];
      for (const loadable of [viewLoadable, localePack, ...intakeParts, ...routineParts]) {
        if (loadable !== undefined) {
          retryLoadable(loadable);
        }
      }
      publish();
    },
    tap(region) {
      const id = knownRegion(region, 'tap');
      const hotspots = snapshot.geometry?.view.hotspots ?? [];
      const spot = hotspots.find((candidate) => candidate.region === id);
      // Judged at the zoom being reached, so a tap during the zoom-in does not zoom again.
      const now = goal ?? person().transform;
      const factor = spot ? separatingFactor(spot.point, hotspots.map((candidate) => candidate.point), now.k * pixelsPerUnit, tapSpacing) : 1;
      if (spot && factor > 1 && now.k < maxZoom) {
        // A half again more than just apart, so that a finger lands clearly on one point.
        animateTo(zoomAbout(now, factor * 1.5, transformPoint(now, spot.point), limits));
        return 'zoomed';
      }
      if (id !== null) {
        controller.toggle(id, 'pointer');
      }
      return 'toggled';
    },
    showGestureHint: showHint,
    prefetch,
    prefetchWhenIdle: (request) => platform.requestIdle?.(() => prefetch(request)) ?? (() => undefined),
    measure(value) {
      if (Number.isFinite(value) && value > 0 && value !== pixelsPerUnit) {
        pixelsPerUnit = value;
        publish();
      }
    },
    label,
    setRoutineStep: (change) => routines?.go(change),
    startRoutineTimer: () => routines?.start(),
    pauseRoutineTimer: () => routines?.pause(),
    sync,
    warn,
    chooseSymptom: (symptom, { open = true } = {}) => withFinder((mode) => mode.choose(symptom, open)),
    loadSymptoms: () => withFinder((mode) => mode.load()),
  };
  return controller;
}
