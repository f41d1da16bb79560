import type { ContentPack, Loadable } from '@bodymap/core';
import type { RegionId } from '../atlas/regions.js';
import { en } from './en/index.js';

/** The bundled content packs by locale: English is always present, the others load on demand. */
export const locales: { readonly en: ContentPack<RegionId> } & Readonly<Record<string, Loadable<ContentPack<RegionId>>>> = {
  en,
  es: () => import('./es/index.js').then((module) => module.es),
};
