import type { AtlasView, BodyMapState, ViewId } from '@bodymap/core';
import { useBodyMapContext } from './root.js';
import { useZoomContext } from './zoom-context.js';

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
  /** Zooms by a factor about the middle of the view, animated unless reduced motion is asked for. */
  readonly zoomBy: (factor: number) => void;
  readonly resetZoom: () => void;
}

/** Reads and drives the nearest `BodyMap.Root` from your own components. */
export function useBodyMap(): BodyMapApi {
  const { state, view, label, toggle, close, changeView } = useBodyMapContext('useBodyMap');
  const { transform, zoomBy, reset } = useZoomContext('useBodyMap');
  return {
    state: { ...state, transform },
    view,
    label,
    toggleRegion: toggle,
    closePanel: close,
    setView: changeView,
    zoomBy: (factor) => zoomBy(factor),
    resetZoom: reset,
  };
}
