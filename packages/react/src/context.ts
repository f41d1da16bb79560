import type { BodyMapController, BodyMapSnapshot, Store } from '@bodymap/core';
import { useSyncExternalStore } from 'react';
import { createStrictContext } from './create-context.js';

/** What every part of one map shares. Nothing in it changes while the map lives, so reading it re-renders nothing. */
export interface BodyMapContextValue {
  readonly controller: BodyMapController;
  /** Ids unique to this map instance. */
  readonly ids: {
    /** What the others start with, for ids made per region. */
    readonly base: string;
    readonly clip: string;
    readonly panel: string;
    readonly title: string;
    /** The intake form's validation message. */
    readonly validation: string;
  };
  readonly svgRef: React.RefObject<SVGSVGElement | null>;
  /**
   * Whether the panel is in the document: its code loads on demand, so it can lag the selection,
   * and a region points at it with `aria-controls` only once it is there.
   */
  readonly panelPresent: Store<boolean>;
  /**
   * How the latest panel was asked for, set by the region before it toggles: a key or an assistive
   * technology's activation moves focus to the panel's title, a mouse click or a tap leaves it on the region.
   */
  readonly openedWith: Store<PanelOpener>;
  /** The root's `<div>`: the panel becomes a bottom sheet when it is narrow. */
  readonly rootRef: React.RefObject<HTMLDivElement | null>;
}

export type PanelOpener = 'pointer' | 'keyboard';

const [BodyMapProvider, useBodyMapContext] = createStrictContext<BodyMapContextValue>('BodyMap.Root');
export { BodyMapProvider, useBodyMapContext };

/** A slice of a controller's state, re-rendering only when that slice changes (by `Object.is`). */
export function useControllerState<T>(controller: BodyMapController, selector: (state: BodyMapSnapshot) => T): T {
  return useSyncExternalStore(
    controller.subscribe,
    () => selector(controller.getState()),
    () => selector(controller.getServerState()),
  );
}

/**
 * Reads a slice of the nearest map's state. The component re-renders only when what `selector`
 * returns changes, so return a primitive or a value the state already holds, never a new object.
 */
export function useBodyMapState<T>(selector: (state: BodyMapSnapshot) => T): T {
  return useControllerState(useBodyMapContext('useBodyMapState').controller, selector);
}

/** The nearest map's controller, for your own parts: its actions, `getState()` and `subscribe()`. */
export function useBodyMapController(): BodyMapController {
  return useBodyMapContext('useBodyMapController').controller;
}

const subscribeToNothing = () => () => undefined;

/**
 * False on the server and while hydrating, true otherwise: for what only a browser can do (run a
 * layout effect, open a panel whose code loads on demand) without the server's and the first
 * browser render disagreeing.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

/** Moves the document's focus to a region's element, as keyboard moves and closing a panel do. */
export function focusRegionElement(svg: SVGSVGElement | null, id: string | null): void {
  if (id !== null) {
    svg?.querySelector<SVGElement>(`[data-region="${id}"]`)?.focus();
  }
}
