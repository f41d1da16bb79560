import {
  decodeUrlState,
  describeUrlStateIssues,
  encodeUrlState,
  type BodyMapController,
  type BodyMapSnapshot,
  type UrlState,
  type UrlStateIssue,
} from '@bodymap/core';

// The part of `urlState` that reads and writes the address, loaded the first time a map keeps its
// state in the link (see url-state.ts), so a map without it downloads none of this.

/** The query parameter `urlState` uses when it is `true`. */
export const defaultUrlStateParameter = 'bodymap';

/** What the link needs of the page: its address, its history and its frames; a test passes its own. */
export interface UrlStateWindow {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: { readonly state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
}

/** The value of one query parameter, decoded as a browser reads a form's, or `null` when it is absent. */
export function readParameter(search: string, parameter: string): string | null {
  return new URLSearchParams(search).get(parameter);
}

// `,` and `:` separate a value's parts and are allowed as they are in a query, so the link reads
// `zoom:2,-300,-120` rather than `zoom%3A2%2C-300%2C-120`.
const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
const decodeName = (segment: string) => {
  const name = segment.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
};

/**
 * `search` with one parameter set to `value` (or removed, for an empty value), in the place it had:
 * every other parameter is kept exactly as it was written.
 */
export function withParameter(search: string, parameter: string, value: string): string {
  const segments = search.replace(/^\?/, '').split('&').filter((segment) => segment !== '');
  const written = `${encodeURIComponent(parameter)}=${encodeValue(value)}`;
  let placed = false;
  const next = segments.flatMap((segment) => {
    if (decodeName(segment) !== parameter) {
      return [segment];
    }
    if (placed || value === '') {
      return [];
    }
    placed = true;
    return [written];
  });
  if (!placed && value !== '') {
    next.push(written);
  }
  return next.length === 0 ? '' : `?${next.join('&')}`;
}

/** What a link keeps of the map as it is now; `carried` holds what the link gave that the map cannot show yet. */
function urlStateOf(state: BodyMapSnapshot, carried: UrlState): UrlState {
  // Until intake mode's rules have loaded the map holds no marks, and the link's are still to come.
  const intakeReady = state.mode === 'intake' && state.intakeStrings !== null;
  return {
    view: state.view,
    layer: state.layer,
    transform: state.transform,
    region: state.selectedRegion ?? undefined,
    ...finderAndRoutineOf(state, carried),
    marks: intakeReady ? state.value : state.mode === 'intake' ? carried.marks : undefined,
  };
}

/**
 * The finder's chosen symptom and the routine's step. A link's own are kept as they came until the
 * finder's symptoms (or the routine) have loaded, so a link read before then passes them on.
 */
function finderAndRoutineOf(state: BodyMapSnapshot, carried: UrlState): Pick<UrlState, 'symptom' | 'routine'> {
  const { routine } = state;
  return {
    symptom: state.symptomsStatus === 'loaded' ? (state.symptom ?? undefined) : carried.symptom,
    routine: routine?.status === 'shown' ? { id: routine.routine.id, step: routine.step } : carried.routine,
  };
}

/**
 * Applies the finder's symptom and the routine's step from a link. The symptom only marks its
 * regions: the link names its own panel and zoom. The step is the routine's the map shows, once it
 * has loaded; a link to another routine keeps its step for the map that shows that one.
 */
function applyFinderAndRoutine(controller: BodyMapController, state: UrlState): UrlState {
  if (state.symptom !== undefined) {
    controller.chooseSymptom(state.symptom, { open: false });
  }
  const wanted = state.routine;
  if (wanted !== undefined) {
    // Whether the routine has settled: shown (and so stepped), failed, or not shown at all.
    const settled = () => {
      const { routine } = controller.getState();
      if (routine?.status === 'shown' && routine.routine.id === wanted.id) {
        controller.setRoutineStep(wanted.step);
      }
      return routine?.status !== 'loading';
    };
    if (!settled()) {
      const stop = controller.subscribe(() => {
        if (settled()) {
          stop();
        }
      });
    }
  }
  return { symptom: state.symptom, routine: state.routine };
}

/** Puts a link's state on the map through the controller's own actions, in an order that keeps each. */
function applyUrlState(controller: BodyMapController, state: UrlState, issues: UrlStateIssue[]): UrlState {
  if (state.layer !== undefined) {
    controller.setLayer(state.layer);
  }
  if (state.view !== undefined) {
    controller.setView(state.view);
  }
  // Selecting a region drawn in another view or layer brings it along at the whole figure, so the
  // zoom comes last.
  if (state.region !== undefined) {
    controller.select(state.region);
  }
  if (state.transform !== undefined) {
    controller.setTransform(state.transform);
  }
  const carried = applyFinderAndRoutine(controller, state);
  if (state.marks === undefined) {
    return carried;
  }
  if (controller.getState().mode !== 'intake') {
    issues.push({ field: 'marks', value: `${state.marks.length}`, reason: 'marks are read only in intake mode' });
    return carried;
  }
  controller.setValue(state.marks);
  return { ...carried, marks: state.marks };
}

/**
 * Keeps a map's state in one query parameter of the page's address: reads it once, checking it as
 * any input (what it cannot use is named in one warning and left out), applies it, then writes each
 * change back with `history.replaceState`, so the history does not grow. A change is written once it
 * has settled (a frame without another), so a zoom animation writes once, at its end. `name` is
 * the parameter's, or `true` for {@link defaultUrlStateParameter}; one that names none is warned of and nothing is kept. Returns the function that
 * stops it.
 */
export function linkUrlState(controller: BodyMapController, name: unknown, page: UrlStateWindow = window): () => void {
  const parameter = name === true ? defaultUrlStateParameter : typeof name === 'string' ? name.trim() : '';
  if (parameter === '') {
    controller.warn(`\`urlState\` ${JSON.stringify(name) ?? typeof name} names no query parameter; the map is not kept in the link. Pass true or a name such as "map-2".`);
    return () => undefined;
  }
  const given = readParameter(page.location.search, parameter);
  let carried: UrlState = {};
  if (given !== null) {
    const { state, issues } = decodeUrlState(given, { atlas: controller.atlas });
    const found = [...issues];
    carried = applyUrlState(controller, state, found);
    if (found.length > 0) {
      controller.warn(describeUrlStateIssues(parameter, found));
    }
  }
  const encode = () => encodeUrlState(urlStateOf(controller.getState(), carried));
  // What the address says: a link's own value is rewritten once the map has settled on it (cleaned of
  // what it could not use); without one, the address changes only once the person changes the map.
  let written = given ?? encode();
  let candidate: string | null = null;
  let frame: number | null = null;
  const settle = () => {
    const next = encode();
    if (next !== candidate) {
      candidate = next;
      frame = page.requestAnimationFrame(settle);
      return;
    }
    frame = null;
    candidate = null;
    if (next !== written) {
      written = next;
      const { pathname, search, hash } = page.location;
      // The history entry's own state is kept: routers keep theirs there.
      page.history.replaceState(page.history.state, '', `${pathname}${withParameter(search, parameter, next)}${hash}`);
    }
  };
  // The first check only notes the value: a frame's callbacks run in the order they were asked for,
  // so this one can run before the animation's step of that same frame, and a value seen in two
  // checks running has lasted a whole frame.
  const watch = () => {
    if (frame === null) {
      candidate = null;
      frame = page.requestAnimationFrame(settle);
    }
  };
  const unsubscribe = controller.subscribe(watch);
  if (given !== null) {
    watch();
  }
  return () => {
    unsubscribe();
    if (frame !== null) {
      page.cancelAnimationFrame(frame);
    }
  };
}
