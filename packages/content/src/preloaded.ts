import { loadValue, type Atlas, type AtlasView, type ContentPack, type Loadable, type ViewId } from '@bodymap/core';
import { atlas } from './atlas/index.js';
import type { RegionId } from './atlas/regions.js';
import { locales } from './locales/index.js';

/** What {@link preloaded} loads ahead. */
export interface PreloadRequest {
  /** The views to draw at once, such as the one a page opens on. @default [] */
  readonly views?: readonly ViewId[];
  /** The locales whose packs (names, interface text, captions) to have at once. @default [] */
  readonly locales?: readonly string[];
}

/** The bundled content with the requested parts loaded: the `atlas` and `locales` props of a map. */
export interface Preloaded {
  readonly atlas: Atlas<RegionId>;
  readonly locales: typeof locales;
}

// One promise per request, so a component may call `preloaded` as it renders and hand it to
// React's `use()`: each render gets the same promise, and so the same atlas and packs.
const requests = new Map<string, Promise<Preloaded>>();

/**
 * The bundled atlas and locales with the given views and packs loaded in place, so that a server
 * renders them in full (every region drawn and named in that language) and the browser hydrates
 * the same HTML once it has them too. What was not asked for (the other views and locales, each
 * panel's text) still loads on demand. Rejects for a view or locale the bundled content lacks.
 */
export function preloaded(request: PreloadRequest = {}): Promise<Preloaded> {
  const views = [...new Set(request.views ?? [])].sort();
  const packs = [...new Set(request.locales ?? [])].sort();
  const key = JSON.stringify([views, packs]);
  const known = requests.get(key);
  if (known !== undefined) {
    return known;
  }
  // Started in a promise, so that an unknown name rejects rather than throws.
  const loading = Promise.resolve()
    .then(() =>
      Promise.all([
        Promise.all(views.map((view) => loadValue(required(atlas.views, view, 'view')).then((drawn) => [view, drawn] as const))),
        Promise.all(packs.map((locale) => loadValue(required(locales, locale, 'locale')).then((pack) => [locale, pack] as const))),
      ]),
    )
    .then(
      ([drawnViews, loadedPacks]): Preloaded => ({
        atlas: { ...atlas, views: { ...atlas.views, ...(Object.fromEntries(drawnViews) as Partial<Record<ViewId, AtlasView<RegionId>>>) } },
        locales: { ...locales, ...(Object.fromEntries(loadedPacks) as Record<string, ContentPack<RegionId>>) },
      }),
    );
  requests.set(key, loading);
  // A failed load (a dropped connection) is tried again by the next call.
  loading.catch(() => requests.delete(key));
  return loading;
}

function required<T>(from: Readonly<Partial<Record<string, Loadable<T>>>>, name: string, kind: 'view' | 'locale'): Loadable<T> {
  const loadable = Object.hasOwn(from, name) ? from[name] : undefined;
  if (loadable === undefined) {
    throw new Error(`preloaded: the bundled content has no ${kind} "${name}". ${kind === 'view' ? 'Views' : 'Locales'}: ${Object.keys(from).join(', ')}.`);
  }
  return loadable;
}
