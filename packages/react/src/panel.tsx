import { readLoadable } from '@bodymap/core';
import { forwardRef, useEffect, useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext } from './root.js';
import { useLoadable } from './use-loadable.js';

export type BodyMapPanelProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'>;

// The panel and its positioning load when the pointer or focus first comes to the map (see the
// viewport), or at the latest with the first panel that opens: a page that only shows the map
// does not download them. Not `React.lazy`: a lazy component suspends on its first render even when
// its code is already here, and React then holds the panel back for 300 ms after the fallback.
const loadPopover = () => import('./panel-popover.js');

/** Starts loading the panel's code, so the first panel opens without waiting for it. */
export function preloadPanel(): void {
  readLoadable(loadPopover);
}

const subscribeToNothing = () => () => undefined;

/**
 * False on the server and while hydrating, true otherwise. The panel's code loads on demand, so
 * whether a server could render it would depend on earlier requests; it is left to the browser,
 * which opens it as soon as the map has hydrated.
 */
function useInBrowser(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

/**
 * The selected region's panel: a non-modal `role="dialog"` named after the region, positioned next
 * to the region's geometry and following it when the map resizes or scrolls. Escape, the close
 * button or a click outside closes it, and focus goes back to the region.
 * @selector [data-side="top" | "right" | "bottom" | "left"] the side of the region it sits on
 * @selector [data-status="loading" | "ready" | "failed"] whether its text has arrived
 */
export const BodyMapPanel = forwardRef<HTMLDivElement, BodyMapPanelProps>(function BodyMapPanel(props, forwardedRef) {
  const { state, places } = useBodyMapContext('BodyMap.Panel');
  const inBrowser = useInBrowser();
  const open = inBrowser && state.selectedRegion !== null && places.some((place) => place.id === state.selectedRegion);
  const { state: code, retry } = useLoadable(open ? loadPopover : undefined);
  // Code that failed to arrive (a dropped connection) is fetched again when another region is
  // chosen: only then, or a failure would retry itself in a loop while the connection is down.
  const failed = code?.status === 'failed';
  useEffect(() => {
    if (failed) {
      retry();
    }
  }, [state.selectedRegion]); // eslint-disable-line react-hooks/exhaustive-deps
  if (code?.status !== 'loaded') {
    return null;
  }
  const PanelPopover = code.value.default;
  return <PanelPopover ref={forwardedRef} {...props} />;
});
