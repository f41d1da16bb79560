import { formatString, type ContentPack } from '../content.js';
import type { Atlas } from '../atlas.js';
import type { BodyMapController } from '../create-body-map.js';
import type { Bounds } from '../geometry.js';
import type { Loadable, LoadState } from '../loadable.js';
import { describeValue } from '../records.js';
import type { SymptomPack } from './symptom.js';
import { validateSymptomPack } from './validate-symptoms.js';

/** What the finder needs of the controller it is part of. */
export interface FinderHost {
  /** Its actions and state: the finder opens a region as `select` does, and zooms as `zoomTo` does. */
  readonly controller: () => BodyMapController;
  /** The controller's options: its atlas (the controller itself is not ready while its first snapshot is made) and `defaultSymptom`. */
  readonly options: { readonly atlas: Atlas; readonly defaultSymptom?: string | null | undefined };
  /** Reads a loadable as the controller does, publishing again when it settles. */
  readonly read: <T>(loadable: Loadable<T>) => LoadState<T>;
  /** Forgets a failed load, so that the next read tries again. */
  readonly retry: (loadable: Loadable<unknown>) => void;
  readonly warn: (message: string) => void;
  readonly publish: () => void;
  /** The host's current props: a controlled `symptom` and `onSymptomChange`. */
  readonly props: () => { readonly symptom?: string | null | undefined; readonly onSymptomChange?: ((symptom: string | null) => void) | undefined };
  /** Says something to screen-reader users with the next publish. */
  readonly announce: (text: string) => void;
}

/** The finder's part of a snapshot. */
export interface FinderSnapshot {
  readonly symptom: string | null;
  readonly matches: readonly string[];
  readonly symptoms: SymptomPack | null;
  readonly symptomsStatus: 'loading' | 'loaded' | 'failed';
}

export interface FinderMode {
  /** The finder's part of the snapshot, for the content shown and the symptom chosen. */
  readonly snapshot: (content: ContentPack) => FinderSnapshot;
  /** Chooses a symptom (or none), once the symptoms have loaded: see `BodyMapController.chooseSymptom`. */
  readonly choose: (symptom: string | null, open?: boolean) => void;
  /** Starts loading the symptoms, or tries a failed load again. */
  readonly load: () => void;
}

const none: readonly string[] = [];

/** The finder's behaviour, made once its code has loaded, for one controller. */
export function createFinderMode(host: FinderHost): FinderMode {
  // A person's choice, shown while the host does not control the symptom.
  let chosen = host.options.defaultSymptom ?? null;
  const shown = () => {
    const { symptom } = host.props();
    return symptom === undefined ? chosen : symptom;
  };
  // By pack as loaded: each locale's is checked once, and its matches keep their identity.
  const checked = new WeakMap<SymptomPack, { pack: SymptomPack; matches: Map<string, readonly string[]> }>();
  const check = (given: SymptomPack) => {
    let known = checked.get(given);
    if (known === undefined) {
      const { pack, issues } = validateSymptomPack(given, host.options.atlas.regions.map((region) => region.id));
      if (issues.length > 0) {
        host.warn(`The symptom pack has entries that cannot be used:\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
      }
      const matches = new Map(pack.symptoms.map((symptom) => [symptom.id, [...new Set(symptom.regions.map((entry) => entry.region))]] as const));
      known = { pack, matches };
      checked.set(given, known);
    }
    return known;
  };
  const find = (pack: SymptomPack, symptom: string) => {
    const found = pack.symptoms.find((candidate) => candidate.id === symptom);
    if (found === undefined) {
      host.warn(`Unknown symptom id ${describeValue(symptom)}; it is ignored. Symptoms: ${pack.symptoms.map((candidate) => candidate.id).join(', ')}.`);
    }
    return found;
  };
  // The symptoms of the content last shown; the controller publishes before each action, so it is current.
  let symptoms: ContentPack['symptoms'];
  const packState = (): LoadState<SymptomPack> => {
    if (symptoms === undefined) {
      host.warn('The content pack has no `symptoms`; the finder has nothing to show.');
      return { status: 'failed', error: undefined };
    }
    return host.read(symptoms);
  };
  const onScreen = (box: Bounds) => {
    const { k, x, y } = host.controller().getState().transform;
    const { viewport } = host.controller().limits;
    return (
      box.x * k + x >= viewport.x &&
      box.y * k + y >= viewport.y &&
      (box.x + box.width) * k + x <= viewport.x + viewport.width &&
      (box.y + box.height) * k + y <= viewport.y + viewport.height
    );
  };
  const report = (symptom: string | null, announcement: string) => {
    const changed = symptom !== shown();
    chosen = symptom;
    host.announce(announcement);
    host.publish();
    if (changed) {
      host.props().onSymptomChange?.(symptom);
    }
  };
  function choose(symptom: string | null, open = true) {
    const state = packState();
    if (state.status === 'loading') {
      // After the controller's own watcher has published what loaded.
      state.promise.then(() => choose(symptom, open), () => undefined);
      return;
    }
    if (state.status === 'failed') {
      return;
    }
    const { pack, matches } = check(state.value);
    if (symptom === null) {
      report(null, pack.strings.cleared);
      return;
    }
    const found = find(pack, symptom);
    const regions = found ? (matches.get(found.id) ?? none) : none;
    const first = regions[0];
    if (found === undefined || first === undefined) {
      return;
    }
    if (open) {
      host.controller().select(first);
    }
    // What the map shows now: the layer of the first region, which comes along with it (an area's
    // muscles wait on the muscle layer, and are counted there only).
    const layerOf = (id: string) => host.options.atlas.regions.find((model) => model.id === id)?.layer ?? 'areas';
    const shownCount = regions.filter((id) => layerOf(id) === layerOf(first)).length;
    report(found.id, formatString(pack.strings.matched, { symptom: found.name, count: String(shownCount) }));
    const box = host.controller().getState().geometry?.placeOf.get(first)?.bounds;
    if (open && box !== undefined && !onScreen(box)) {
      host.controller().zoomTo(first);
    }
  }
  return {
    snapshot(content) {
      symptoms = content.symptoms;
      const symptom = shown();
      const state = packState();
      if (state.status !== 'loaded') {
        return { symptom, matches: none, symptoms: null, symptomsStatus: state.status };
      }
      const { pack, matches } = check(state.value);
      const found = symptom === null ? undefined : find(pack, symptom);
      return { symptom, matches: found ? (matches.get(found.id) ?? none) : none, symptoms: pack, symptomsStatus: 'loaded' };
    },
    choose,
    load() {
      if (symptoms !== undefined) {
        host.retry(symptoms);
      }
      // Publishing reads the symptoms, which starts their load.
      host.publish();
    },
  };
}
