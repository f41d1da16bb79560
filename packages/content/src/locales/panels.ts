import type { PanelContent } from '@bodymap/core';
import { regionIds, type RegionId } from '../atlas/regions.js';

type Side = 'left' | 'right';

/**
 * A panel's name: the region id without its side (`foot-sole-left-toes` gives `foot-sole-toes`), since both sides of
 * a region share one panel.
 */
export type PanelName = RegionId extends infer Id
  ? Id extends `${infer Before}-${Side}-${infer After}`
    ? `${Before}-${After}`
    : Id extends `${infer Base}-${Side}`
      ? Base
      : Id
  : never;

export type PanelLoader = () => Promise<PanelContent>;

/** Maps every region to its panel's loader, so that left and right share one load. */
export function panelsByRegion(loaders: Readonly<Record<PanelName, PanelLoader>>): Record<RegionId, PanelLoader> {
  return Object.fromEntries(
    regionIds.map((id) => [id, loaders[id.replace(/-(left|right)(?=-|$)/, '') as PanelName]]),
  ) as Record<RegionId, PanelLoader>;
}
