import type { PanelContent } from '@bodymap/core';
import { regionIds, type RegionId } from '../atlas/regions.js';
import { facts, messageFiles, type LocaleMessages } from '../panels/files.js';

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
 * A locale's loader for every region, one per panel so that left and right share one load. A
 * panel's facts and words start loading at once, beside the code that joins them (which asks for
 * the same modules and is handed these), so that opening a panel costs one round trip, not two;
 * the joining code itself loads with the first panel opened, keeping the first view to the names.
 */
export function panelsByRegion(messages: LocaleMessages): Record<RegionId, PanelLoader> {
  const loaders = new Map<string, PanelLoader>();
  const loaderOf = (name: PanelName): PanelLoader => () => {
    const early = [...(name in facts ? [facts[name as keyof typeof facts]()] : []), ...messageFiles(name).map((file) => messages[file]())];
    // A failure shows through the joining code's own request for the same module.
    for (const load of early) {
      load.catch(() => undefined);
    }
    return import('../panels/loaders.js').then(({ createPanelLoaders }) => createPanelLoaders(messages)[name]());
  };
  return Object.fromEntries(
    regionIds.map((id) => {
      const name = id.replace(/-(left|right)(?=-|$)/, '') as PanelName;
      const loader = loaders.get(name) ?? loaderOf(name);
      loaders.set(name, loader);
      return [id, loader];
    }),
  ) as Record<RegionId, PanelLoader>;
}
