import { peekLoadable, watchLoadable } from '@bodymap/core';
import { forwardRef, memo, useEffect, useLayoutEffect, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useBodyMapContext, useBodyMapState, useInBrowser } from './context.js';
import { useLoadable } from './use-loadable.js';

export interface BodyMapPanelProps extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children'> {
  /**
   * `auto` floats the panel beside its region, or makes it a sheet along the bottom of the viewport
   * when the map is narrower than 480 CSS pixels; `inline` leaves it where it is in the page, such
   * as a column beside the map, and a press outside does not close it. @default 'auto'
   */
  layout?: 'auto' | 'inline';
  /**
   * The panel's parts, for a panel of your own (`PanelTitle`, `PanelClose`, `PanelArrow`,
   * `PanelDetailLink`, `PanelBody`). @default an arrow, a header with the title and Close, the detail link and the body
   */
  children?: ReactNode;
}

// The panel and its positioning load ahead of the first tap (see the viewport), or at the latest
// with the first panel that opens. Not `React.lazy`: a lazy component suspends on its first render
// even when its code is already here, and React then holds the panel back for 300 ms after the
// fallback.
export const loadPopover = () => import('./panel-popover.js');
const watchPopover = (onChange: () => void) => watchLoadable(loadPopover, onChange);
const popoverArrived = () => peekLoadable(loadPopover)?.status === 'loaded';

/**
 * The selected region's panel: a non-modal `role="dialog"` named after the region, positioned next
 * to the region's geometry and following it when the map zooms, resizes or scrolls; on a map
 * narrower than 480 px, a sheet along the bottom of the viewport. Escape or Close closes it and
 * gives focus back to the region; so does a press outside, which leaves focus where it landed.
 * @selector [data-layout="anchored" | "sheet" | "inline"] where it is
 * @selector [data-side="top" | "right" | "bottom" | "left"] the side of the region an anchored panel sits on
 */
export const BodyMapPanel = forwardRef<HTMLDivElement, BodyMapPanelProps>(function BodyMapPanel(props, forwardedRef) {
  const { controller } = useBodyMapContext('BodyMap.Panel');
  const inBrowser = useInBrowser();
  const selected = useBodyMapState((state) => state.selectedRegion);
  const drawn = useBodyMapState((state) => state.selectedRegion !== null && state.geometry?.placeOf.has(state.selectedRegion) === true);
  const arrived = useSyncExternalStore(watchPopover, popoverArrived, () => false);
  // The code is read once it has arrived, loaded ahead (see the viewport) or by another map, and
  // from then on: the closed panel is mounted, hidden, before the first tap, which then opens it
  // in the same commit as the region that points at it, with nothing to mount.
  const { state: code, retry } = useLoadable(inBrowser && (drawn || arrived) ? loadPopover : undefined);
  // Code that failed to arrive (a dropped connection) is fetched again when another region is
  // chosen: only then, or a failure would retry itself in a loop while the connection is down.
  const failed = code?.status === 'failed';
  // A panel opened from outside (a host's value, a link) loads its text beside the code, not after it.
  useEffect(() => {
    if (selected !== null) {
      controller.prefetch({ regions: [selected] });
    }
  }, [controller, selected]);
  useEffect(() => {
    if (failed) {
      retry();
    }
  }, [selected]); // eslint-disable-line react-hooks/exhaustive-deps -- a retry on each new selection, not on each failure
  if (code?.status !== 'loaded' || !inBrowser) {
    return null;
  }
  const PanelPopover = code.value.default;
  return (
    <>
      <PanelPresence />
      {/* Always here once loaded, hidden while no panel is open: opening one then mounts nothing. */}
      <PanelPopover ref={forwardedRef} {...props} />
    </>
  );
});

/** Tells the regions the panel is in the document; only ever rendered in the browser, never on a server. */
const PanelPresence = memo(function PanelPresence() {
  const { panelPresent } = useBodyMapContext('BodyMap.Panel');
  useLayoutEffect(() => {
    panelPresent.setState(true);
    return () => panelPresent.setState(false);
  }, [panelPresent]);
  return null;
});
