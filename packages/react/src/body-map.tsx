import { forwardRef } from 'react';
import { BodyMapAnnouncer } from './announcer.js';
import { BodyMapCaptions } from './captions.js';
import { BodyMapHotspots } from './hotspot.js';
import { BodyMapZoomControls } from './zoom-controls.js';
import { BodyMapDetails } from './details.js';
import { BodyMapPanel } from './panel.js';
import { BodyMapRegions } from './region.js';
import { BodyMapRoot, type BodyMapRootProps } from './root.js';
import { BodyMapSilhouette } from './silhouette.js';
import { BodyMapViewport } from './viewport.js';
import { BodyMapViewSwitch } from './view-switch.js';

export type BodyMapProps = Omit<BodyMapRootProps, 'children'>;

/**
 * The ready-made viewer: a view switch, the figure with every region, hotspot and caption, zoom
 * buttons, the region panel and the announcements, composed only from the public primitives. Compose those yourself for another layout.
 */
export const BodyMap = forwardRef<HTMLDivElement, BodyMapProps>(function BodyMap(props, forwardedRef) {
  return (
    <BodyMapRoot ref={forwardedRef} {...props}>
      <BodyMapViewSwitch />
      <div className="bodymap-figure">
        {/* Before the figure in tab order, so Tab from a region goes on into its panel. */}
        <BodyMapZoomControls />
        <BodyMapViewport>
          <BodyMapSilhouette />
          <BodyMapRegions />
          <BodyMapDetails />
          <BodyMapHotspots />
          <BodyMapCaptions />
        </BodyMapViewport>
      </div>
      <BodyMapPanel />
      <BodyMapAnnouncer />
    </BodyMapRoot>
  );
});
