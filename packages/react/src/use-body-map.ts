import type { AtlasView, BodyMapState, ViewId } from '@bodymap/core';
import { useBodyMapContext } from './root.js';

export interface BodyMapApi {
  readonly state: BodyMapState;
  /** The current view's geometry, or `null` while it loads. */
  readonly view: AtlasView | null;
  /** The region's name in the active locale. */
  readonly label: (region: string) => string;
  /** Opens a region's panel, or closes it when it is already open. */
  readonly toggleRegion: (region: string) => void;
  readonly closePanel: () => void;
  readonly setView: (view: ViewId) => void;
}

/** Reads and drives the nearest `BodyMap.Root` from your own components. */
export function useBodyMap(): BodyMapApi {
  const { state, view, label, toggle, close, changeView } = useBodyMapContext('useBodyMap');
  return { state, view, label, toggleRegion: toggle, closePanel: close, setView: changeView };
}
