import type { BodyMapController } from '@bodymap/core';
import { useEffect } from 'react';

/**
 * Whether the map keeps its state in the page's address: `true` uses the `bodymap` query parameter;
 * a string names the parameter, one per map when a page has several.
 */
export type UrlStateOption = boolean | string;

// Everything but this hook loads on demand: a map without `urlState` downloads none of it.
const loadUrlStateLink = () => import('./url-state-link.js');

/**
 * Keeps a map's view, layer, zoom, open panel (and, in intake mode, its marks) in the page's
 * address: on mount, in the browser, the state in the link is checked and applied, and from then
 * on each change replaces the link with `history.replaceState`. `BodyMap.Root` calls it with its
 * `urlState` prop; call it yourself beside `useBodyMap` to keep a map whose root you do not render.
 */
export function useUrlState(controller: BodyMapController, urlState: UrlStateOption | undefined): void {
  useEffect(() => {
    if (!urlState) {
      return;
    }
    const linked = loadUrlStateLink().then(
      ({ linkUrlState }) => linkUrlState(controller, urlState),
      // The browser's own message names the file that failed.
      (error: unknown) => controller.warn(String(error)),
    );
    // A map unmounted before the code arrived is linked and let go at once: the link's first read
    // changes nothing a remount would not do again.
    return () => {
      void linked.then((stop) => stop?.());
    };
  }, [controller, urlState]);
}
