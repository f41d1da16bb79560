import type { ContentPack, PanelStrings, Source, UiStrings } from './content.js';
import { loadValue, readLoadable, type Loadable } from './loadable.js';
import { isRecord } from './records.js';

type DeepPartial<T> = T extends string | number | readonly unknown[] | ((...args: never[]) => unknown)
  ? T
  : { readonly [Key in keyof T]?: DeepPartial<T[Key]> };

/**
 * Part of a content pack: any strings, labels, panel strings, panels, sources, glossary or intake words, laid
 * over a complete pack with {@link mergeContent}. It has no `version`: a pack with one is complete.
 */
export type PartialContentPack<Id extends string = string> = Omit<
  DeepPartial<ContentPack<Id>>,
  'version' | 'panels' | 'sources' | 'glossary' | 'intake' | 'referrals' | 'labels' | 'provenance' | 'symptoms' | 'routines' | 'panelStrings'
> &
  Pick<Partial<ContentPack<Id>>, 'panels' | 'sources' | 'glossary' | 'intake' | 'referrals' | 'labels' | 'provenance' | 'symptoms' | 'routines'> & {
    /** Any of the panel's words, given or loaded on demand; those it lacks come from the base. */
    readonly panelStrings?: Loadable<DeepPartial<PanelStrings>>;
  };

// Packs come from pages and files as well as from typed code, so a value of the wrong kind (a number
// for a label, a string where a group of strings belongs) is left out rather than trusted: the
// base's entry stays. Every leaf of these trees is a string.
function mergeRecords<T>(base: T, override: unknown): T {
  if (!isRecord(override)) {
    return base;
  }
  const merged: Record<string, unknown> = { ...(isRecord(base) ? base : {}) };
  for (const [key, value] of Object.entries(override)) {
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined;
    if (isRecord(current)) {
      merged[key] = mergeRecords(current, value);
    } else if (typeof value === 'string' && value.trim() !== '') {
      // An empty string is an untranslated entry, as `missingContent` counts it; a blank one would
      // leave a button without a name.
      merged[key] = value;
    }
  }
  return merged as T;
}

const isLoadable = (value: unknown) => typeof value === 'function' || isRecord(value);

// Merged string by string, as `strings` are; while either side loads on demand, so does the result,
// and a retry of it tries again whichever side failed.
function mergePanelStrings(base: Loadable<PanelStrings>, override: unknown): Loadable<PanelStrings> {
  if (typeof override !== 'function' && !isRecord(override)) {
    return base;
  }
  if (typeof base !== 'function' && typeof override !== 'function') {
    return mergeRecords(base, override);
  }
  return async () => {
    const [loaded, over] = await Promise.all([loadValue(base), loadValue(override as Loadable<unknown>)]);
    return mergeRecords(loaded, over);
  };
}

type SourceList = { readonly [key: string]: Source };

function mergeSources(base: Loadable<SourceList> | undefined, override: Loadable<SourceList> | undefined) {
  if (base === undefined || override === undefined) {
    return override ?? base;
  }
  const load = async (sources: Loadable<SourceList>) => {
    const state = readLoadable(sources);
    if (state.status === 'failed') {
      throw state.error;
    }
    return state.status === 'loaded' ? state.value : state.promise;
  };
  return async () => ({ ...(await load(base)), ...(await load(override)) });
}

/**
 * What a value passed as content is: a complete pack (it has a `version`, and replaces the bundled
 * one), a partial pack to lay over it, or not a pack at all (a string, a number, an array, `null`).
 */
export function contentKind(value: unknown): 'complete' | 'partial' | 'invalid' {
  if (!isRecord(value)) {
    return 'invalid';
  }
  return 'version' in value ? 'complete' : 'partial';
}

/**
 * Lays a partial pack over a complete one: strings, panel strings and labels are merged key by key, a panel, the
 * glossary, the intake words or the provenance given in the override replaces the base's, and source lists are combined. The result is
 * a complete pack, so anything the override lacks (a missing translation) or gives in the wrong form
 * comes from the base.
 */
export function mergeContent<Id extends string>(base: ContentPack<Id>, override: PartialContentPack<Id>): ContentPack<Id> {
  if (!isRecord(override)) {
    return base;
  }
  return {
    version: base.version,
    locale: typeof override.locale === 'string' && override.locale !== '' ? override.locale : base.locale,
    strings: mergeRecords<UiStrings>(base.strings, override.strings),
    labels: mergeRecords(base.labels, override.labels),
    captions: mergeRecords(base.captions, override.captions),
    panels: isRecord(override.panels) ? { ...base.panels, ...override.panels } : base.panels,
    sources: isLoadable(override.sources) ? mergeSources(base.sources, override.sources) : base.sources,
    glossary: isLoadable(override.glossary) ? override.glossary : base.glossary,
    intake: isLoadable(override.intake) ? override.intake : base.intake,
    // The finder's symptoms are replaced whole, as the glossary is: a symptom's words and regions go together.
    symptoms: isLoadable(override.symptoms) ? override.symptoms : base.symptoms,
    routines: isLoadable(override.routines) ? override.routines : base.routines,
    referrals: isLoadable(override.referrals) ? override.referrals : base.referrals,
    panelStrings: mergePanelStrings(base.panelStrings, override.panelStrings),
    // A host that reviewed the content records its own review; it never merges with the bundled one.
    provenance: isRecord(override.provenance) ? override.provenance : base.provenance,
  };
}

/**
 * The strings, labels, panel strings and panels that `reference` has and `pack` lacks, as paths
 * such as `panelStrings.fit.care` or `labels["knee-left"]`: what a translation is missing. Panel
 * strings are compared key by key where both packs have them at hand, and otherwise only for presence.
 */
export function missingContent(pack: PartialContentPack, reference: ContentPack): string[] {
  const missing: string[] = [];
  const walk = (expected: unknown, actual: unknown, path: string) => {
    if (isRecord(expected)) {
      for (const [key, value] of Object.entries(expected)) {
        const child = /^[a-z]\w*$/i.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
        walk(value, isRecord(actual) ? actual[key] : undefined, child);
      }
    } else if (actual === undefined || actual === '') {
      missing.push(path.replace(/^\./, ''));
    }
  };
  walk(reference.strings, pack.strings, '.strings');
  if (typeof reference.panelStrings !== 'function' && typeof pack.panelStrings !== 'function' && pack.panelStrings !== undefined) {
    walk(reference.panelStrings, pack.panelStrings, '.panelStrings');
  }
  walk(reference.captions ?? {}, pack.captions, '.captions');
  for (const key of ['labels', 'panels'] as const) {
    for (const id of Object.keys(reference[key])) {
      if (pack[key]?.[id as keyof typeof pack[typeof key]] === undefined) {
        missing.push(`${key}[${JSON.stringify(id)}]`);
      }
    }
  }
  for (const key of ['glossary', 'intake', 'panelStrings'] as const) {
    if (reference[key] !== undefined && pack[key] === undefined) {
      missing.push(key);
    }
  }
  return missing;
}
