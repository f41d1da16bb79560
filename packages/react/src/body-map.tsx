import { forwardRef } from 'react';
import { BodyMapAnnouncer } from './announcer.js';
import { BodyMapDetails } from './details.js';
import { BodyMapPanel } from './panel.js';
import { BodyMapRegions } from './region.js';
import { BodyMapRoot, type BodyMapRootProps } from './root.js';
import { BodyMapSilhouette } from './silhouette.js';
import { BodyMapViewport } from './viewport.js';
import { BodyMapViewSwitch } from './view-switch.js';

export type BodyMapProps = Omit<BodyMapRootProps, 'children'>;

/**
 * The ready-made viewer: a view switch, the figure with every region, the region panel and the
 * announcements, composed only from the public primitives. Compose those yourself for another layout.
 */
export const BodyMap = forwardRef<HTMLDivElement, BodyMapProps>(function BodyMap(props, forwardedRef) {
  return (
    <BodyMapRoot ref={forwardedRef} {...props}>
      <BodyMapViewSwitch />
      <BodyMapViewport>
        <BodyMapSilhouette />
        <BodyMapRegions />
        <BodyMapDetails />
      </BodyMapViewport>
      <BodyMapPanel />
      <BodyMapAnnouncer />
    </BodyMapRoot>
  );
});
