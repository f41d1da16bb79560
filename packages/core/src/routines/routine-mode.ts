import { formatString, type ContentPack, type Source, type SourceReference } from '../content.js';
import type { BodyMapPlatform } from '../create-body-map.js';
import type { Loadable, LoadState } from '../loadable.js';
import { describeValue } from '../records.js';
import type { findRegion, layerOf, RegionModel } from '../region.js';
import type { BodyMapState, focusRegion, setLayer, setView } from '../store.js';
import type { Routine, RoutinePack, RoutineSnapshot } from './routine.js';
import { initialRoutineState, reduceRoutine, routineTimeLeft, type RoutineAction, type RoutineState } from './routine-state.js';
import { validateRoutinePack } from './validate-routines.js';

/** What routines need of the controller they are part of. */
export interface RoutineHost {
  /** The host's current props: the routine asked for and its step triple. */
  readonly props: () => {
    readonly routine?: string | undefined;
    readonly routineStep?: number | undefined;
    readonly onRoutineStepChange?: ((step: number) => void) | undefined;
  };
  readonly options: { readonly defaultRoutineStep?: unknown };
  readonly platform: BodyMapPlatform;
  readonly regions: readonly RegionModel[];
  readonly warn: (message: string) => void;
  readonly label: (region: string) => string;
  /** Reads a loadable, publishing once it settles. */
  readonly read: <T>(loadable: Loadable<T>) => LoadState<T>;
  readonly publish: () => void;
  /** The map's state as a person sees it, and a change of the controller's own to it (reported as any action's). */
  readonly person: () => BodyMapState;
  readonly commit: (next: BodyMapState) => void;
  // The store's and atlas's rules, handed over rather than imported: an import from here would split
  // them out of the controller's own code, into files of their own that every first view then loads.
  readonly rules: {
    readonly findRegion: typeof findRegion;
    readonly layerOf: typeof layerOf;
    readonly setLayer: typeof setLayer;
    readonly setView: typeof setView;
    readonly focusRegion: typeof focusRegion;
  };
  /** Fits the zoom to a region drawn in the view shown; false while it is not drawn (its view loading). */
  readonly zoomTo: (region: string) => boolean;
  /** Says something to screen-reader users; shown with the next publish. */
  readonly announce: (text: string) => void;
}

export type StepChange = number | 'next' | 'previous';

export interface RoutineMode {
  /**
   * The routine shown, in the words of the content shown: its routines (checked once per pack) and
   * its sources list, for sources cited by key. On a server anything loaded on demand is loading.
   */
  readonly snapshot: (content: ContentPack, server: boolean) => RoutineSnapshot | null;
  /** After each publish: a step newly shown brings its region into view, once that view is drawn. */
  readonly follow: () => void;
  readonly go: (change: StepChange) => void;
  readonly start: () => void;
  readonly pause: () => void;
}

const isStep = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The controller's routines: the step shown and its timer, which counts down on the platform's
 * clock and frames and says when it starts and ends, never each second. The controller loads this
 * on demand, the first time a map shows a routine, so that a map without one never downloads it.
 */
const loading: RoutineSnapshot = { status: 'loading' };
const failed: RoutineSnapshot = { status: 'failed' };

export function createRoutineMode(host: RoutineHost): RoutineMode {
  const { platform, regions } = host;
  const regionIds = regions.map((region) => region.id);
  const checked = new WeakMap<RoutinePack, RoutinePack | null>();
  const checkedPack = (pack: RoutinePack) => {
    if (!checked.has(pack)) {
      const { pack: usable, issues } = validateRoutinePack(pack, regionIds);
      for (const issue of issues) {
        host.warn(`${issue.path}: ${issue.message}`);
      }
      checked.set(pack, usable);
    }
    return checked.get(pack) ?? null;
  };

  let state: RoutineState = initialRoutineState;
  let durations: readonly number[] = [];
  let pack: RoutinePack | null = null;
  let last: RoutineSnapshot | null = null;
  let frame: number | null = null;
  let followed: string | null = null;
  let zoomed = false;

  const dispatch = (action: RoutineAction) => {
    state = reduceRoutine(state, action, durations);
  };
  /** The step a host's `routineStep` asks for, bounded by the routine, warning once about one out of bounds. */
  const wanted = (value: unknown, where: string): number | undefined => {
    if (value === undefined) {
      return undefined;
    }
    const lastStep = durations.length - 1;
    if (!isStep(value)) {
      host.warn(`\`${where}\` ${describeValue(value)} is not a step number (0, 1, 2…); it is ignored.`);
      return undefined;
    }
    if (value > lastStep) {
      host.warn(`\`${where}\` ${value} is past the last step of '${state.routine}' (${lastStep}); the last step is shown.`);
    }
    return Math.min(value, lastStep);
  };

  // A routine with its sources given in full, made again only when the routine or the list changes.
  let cited: { routine: Routine; registry: unknown; resolved: Routine } | null = null;
  function withSources(routine: Routine, sources: Loadable<{ readonly [key: string]: Source }> | undefined): Routine {
    const byKey = (references: readonly SourceReference[] | undefined) => references?.some((reference) => typeof reference === 'string') === true;
    if (!byKey(routine.sources) && !routine.cautions.some((caution) => byKey(caution.sources))) {
      return routine;
    }
    const state = sources === undefined ? undefined : host.read(sources);
    const registry = state?.status === 'loaded' ? state.value : undefined;
    if (cited?.routine === routine && cited.registry === registry) {
      return cited.resolved;
    }
    const resolve = (references: readonly SourceReference[] | undefined) =>
      references?.map((reference) => {
        if (typeof reference !== 'string' || registry === undefined) {
          return reference;
        }
        const source = registry[reference];
        if (source === undefined) {
          host.warn(`Routine '${routine.id}' cites an unknown source '${reference}'.`);
        }
        return source ?? reference;
      });
    const resolved = { ...routine, sources: resolve(routine.sources) ?? [], cautions: routine.cautions.map((caution) => ({ ...caution, sources: resolve(caution.sources) })) };
    cited = { routine, registry, resolved };
    return resolved;
  }

  function snapshot(content: ContentPack, server: boolean): RoutineSnapshot | null {
    const words = content.routines;
    const text = words === undefined || (server && typeof words === 'function') ? undefined : host.read(words);
    // A routine, like a panel, is never shown without the panel's words: its badges, technique names and the disclaimer it ends with.
    const shared = server && typeof content.panelStrings === 'function' ? undefined : host.read(content.panelStrings);
    if (text?.status !== 'loaded' || shared?.status !== 'loaded') {
      return words === undefined || text?.status === 'failed' || shared?.status === 'failed' ? failed : loading;
    }
    const panelStrings = shared.value;
    pack = checkedPack(text.value);
    const sources = server && typeof content.sources === 'function' ? undefined : content.sources;
    const { routine: id, routineStep } = host.props();
    const known = id === undefined ? undefined : pack?.routines[id];
    const routine = known === undefined ? undefined : withSources(known, sources);
    if (routine === undefined || pack === null) {
      const known = Object.keys(pack?.routines ?? {});
      host.warn(`Unknown routine ${describeValue(id)} in \`routine\`; no routine is shown. Routines: ${known.join(', ') || 'none'}.`);
      return null;
    }
    durations = routine.steps.map((step) => step.duration);
    if (state.routine !== id) {
      dispatch({ type: 'start-routine', routine: id! });
      const first = wanted(host.options.defaultRoutineStep, 'defaultRoutineStep');
      if (first !== undefined) {
        dispatch({ type: 'go-to-step', step: first });
      }
    }
    // A host's step, when it controls the step; a new one starts its timer afresh, as any move does.
    const controlled = wanted(routineStep, 'routineStep');
    if (controlled !== undefined && controlled !== state.step) {
      dispatch({ type: 'go-to-step', step: controlled });
    }
    const timeLeft = routineTimeLeft(state, durations, platform.now());
    const { step, timer } = state;
    if (
      last?.status === 'shown' &&
      last.routine === routine &&
      last.strings === pack.strings &&
      last.panelStrings === panelStrings &&
      last.step === step &&
      last.timer === timer.status &&
      last.timeLeft === timeLeft
    ) {
      return last;
    }
    last = { status: 'shown', routine, strings: pack.strings, panelStrings, step, timer: timer.status, timeLeft };
    return last;
  }

  const shown = () => {
    const routine = pack?.routines[host.props().routine ?? ''];
    return routine !== undefined && state.routine === routine.id ? routine : undefined;
  };
  const region = () => shown()?.steps[state.step]?.region;

  /** Shows a region: the layer and view that draw it, with the tab stop on it. */
  function show(id: string) {
    const { findRegion, layerOf, setLayer, setView, focusRegion } = host.rules;
    const region = findRegion(regions, id)!;
    const layered = setLayer(host.person(), layerOf(region), regions);
    const view = region.views.includes(layered.view) ? layered.view : (region.views[0] ?? layered.view);
    host.commit(focusRegion(setView(layered, view, regions), region.id));
  }

  function follow() {
    const current = region();
    if (current === undefined) {
      followed = null;
      return;
    }
    const key = `${state.routine} ${state.step}`;
    if (key !== followed) {
      followed = key;
      zoomed = false;
      show(current);
      // Said over the view's change that `show` may have announced: the step is the news.
      const stepOf = formatString(pack!.strings.stepOf, { step: String(state.step + 1), count: String(durations.length) });
      host.announce(`${stepOf}: ${host.label(current)}`);
      host.publish();
    }
    if (!zoomed) {
      zoomed = host.zoomTo(current);
    }
  }

  function tick(time: number) {
    frame = null;
    if (state.timer.status !== 'running' || shown() === undefined) {
      return;
    }
    state = reduceRoutine(state, { type: 'tick', now: time }, durations);
    if (state.timer.status === 'finished') {
      host.announce(formatString(pack!.strings.ended, { region: host.label(region()!) }));
    } else {
      frame = platform.requestFrame(tick);
    }
    // Publishes only when the whole seconds shown change: the snapshot is the same object otherwise.
    host.publish();
  }
  const stopFrames = () => {
    if (frame !== null) {
      platform.cancelFrame(frame);
      frame = null;
    }
  };

  return {
    snapshot,
    follow,
    go(change) {
      if (shown() === undefined) {
        return;
      }
      const before = state;
      dispatch(change === 'next' ? { type: 'next' } : change === 'previous' ? { type: 'previous' } : { type: 'go-to-step', step: change });
      if (state.step === before.step) {
        state = before;
        return;
      }
      const { routineStep, onRoutineStepChange } = host.props();
      const step = state.step;
      // A controlled step moves only when the host passes the new one back.
      if (routineStep === undefined) {
        stopFrames();
      } else {
        state = before;
      }
      host.publish();
      onRoutineStepChange?.(step);
    },
    start() {
      const current = region();
      if (current === undefined || state.timer.status === 'running') {
        return;
      }
      dispatch({ type: 'start-timer', now: platform.now() });
      host.announce(formatString(pack!.strings.started, { region: host.label(current) }));
      host.publish();
      frame = platform.requestFrame(tick);
    },
    pause() {
      if (state.timer.status !== 'running') {
        return;
      }
      stopFrames();
      dispatch({ type: 'pause-timer', now: platform.now() });
      host.publish();
    },
  };
}
