import type { ContentProvenance } from '@bodymap/core';

/**
 * The bundled content's own version and history, shared by every locale. `reviewed` is the date of
 * the last editorial review against the sources; the pack has had no clinical review (see the
 * Content docs for how a clinic records its own).
 */
export const provenance = {
  version: '5',
  reviewed: '2026-12-04',
  // Read by people and record-keeping, never by the map: loaded on first use, not with the first view.
  changelog: () => import('./changelog.js').then((module) => module.changelog),
} satisfies ContentProvenance;
