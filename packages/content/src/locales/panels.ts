import type { PanelContent } from '@bodymap/core';
import { regionIds, type RegionId } from '../atlas/regions.js';
import type { LocaleMessages } from '../panels/loaders.js';

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

/**
 * A locale's loader for every region, one per panel so that left and right share one load. The code that joins facts
 * and messages loads with the first panel opened, so that the first view holds only the loaders' names.
 */
export function panelsByRegion(messages: () => Promise<LocaleMessages>): Record<RegionId, PanelLoader> {
  const loaders = new Map<string, PanelLoader>();
  const loaderOf = (name: PanelName): PanelLoader => () =>
    Promise.all([import('../panels/loaders.js'), messages()]).then(([{ createPanelLoaders }, locale]) => createPanelLoaders(locale)[name]());
  return Object.fromEntries(
    regionIds.map((id) => {
      const name = id.replace(/-(left|right)(?=-|$)/, '') as PanelName;
      const loader = loaders.get(name) ?? loaderOf(name);
      loaders.set(name, loader);
      return [id, loader];
    }),
  ) as Record<RegionId, PanelLoader>;
}
