import { forwardRef, lazy, Suspense, useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapContext } from './root.js';

export type BodyMapPanelProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'>;

// The panel and its positioning load when the pointer or focus first comes to the map (see the
// viewport), or at the latest with the first panel that opens: a page that only shows the map
// does not download them.
const loadPopover = () => import('./panel-popover.js');
const PanelPopover = lazy(loadPopover);

/** Starts loading the panel's code, so the first panel opens without waiting for it. */
export function preloadPanel(): void {
  void loadPopover();
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
  return open ? (
    <Suspense fallback={null}>
      <PanelPopover ref={forwardedRef} {...props} />
    </Suspense>
  ) : null;
});
