import { forwardRef } from 'react';
import { BodyMapAnnouncer } from './announcer.js';
import { BodyMapCaptions } from './captions.js';
import { BodyMapGestureHint } from './gesture-hint.js';
import { BodyMapHotspots } from './hotspot.js';
import { BodyMapFormField, BodyMapIntakeInstructions, BodyMapMarkList, BodyMapMarkNumbers, BodyMapValidationMessage } from './intake-parts.js';
import { BodyMapLayerSwitch } from './layer-switch.js';
import { BodyMapLoadError } from './load-error.js';
import { BodyMapZoomControls } from './zoom-controls.js';
import { BodyMapDetails } from './details.js';
import { BodyMapFigure } from './figure.js';
import { BodyMapPanel } from './panel.js';
import { BodyMapReferrals } from './referrals.js';
import { BodyMapRegions } from './region.js';
import { BodyMapRoot, type BodyMapRootProps } from './root.js';
import { BodyMapSearch } from './search.js';
import { BodyMapRoutine } from './routine.js';
import { BodyMapSideCues } from './side-cues.js';
import { BodyMapSilhouette } from './silhouette.js';
import { BodyMapViewport } from './viewport.js';
import { BodyMapViewSwitch } from './view-switch.js';

export interface BodyMapProps extends BodyMapRootProps {
  /** In intake mode, makes the map a form field of this name: see {@link BodyMapFormField}. */
  name?: string;
  /** In intake mode, the id of the form the field belongs to, when the map is not inside it. */
  form?: string;
  /** Shows the symptom finder (`BodyMap.Search`) above the figure. @default false */
  search?: boolean;
}

/**
 * The ready-made viewer: a view switch, a layer switch (areas or muscles), the figure with every region, hotspot and caption and the open region's referral patterns, zoom
 * buttons, the region panel, a notice when a part fails to load and the announcements, composed only from the public primitives.
 * Given a `routine`, it adds the routine below the figure (`BodyMap.Routine`), its step followed by the zoom.
 * In intake mode it adds a line on how to mark, the form's validation message, each mark's number
 * on the figure, the list of marks below it and, given a `name`, the form field.
 * Compose those yourself for another layout; `children` are added inside the root, after the
 * built-in parts (your own components reading the map through `useBodyMapState` and `useBodyMapController`).
 * With `search` it shows the symptom finder above the figure.
 * Each part carries a `part` name (`root`, `search`, `view-switch`, `layer-switch`, `load-error`, `figure`, `zoom-controls`,
 * `viewport`, `gesture-hint`, `panel`, `routine`, and in intake mode `instructions`, `validation` and `mark-list`), which the `<body-map>` element exposes to `::part()`.
 */
export const BodyMap = forwardRef<HTMLDivElement, BodyMapProps>(function BodyMap({ children, name, form, search, ...props }, forwardedRef) {
  return (
    <BodyMapRoot ref={forwardedRef} part="root" {...props}>
      <BodyMapViewSwitch part="view-switch" />
      <BodyMapLayerSwitch part="layer-switch" />
      <BodyMapIntakeInstructions part="instructions" />
      <BodyMapValidationMessage part="validation" />
      <BodyMapLoadError part="load-error" />
      {search && <BodyMapSearch part="search" />}
      <BodyMapFigure part="figure">
        {/* Before the figure in tab order, so Tab from a region goes on into its panel. */}
        <BodyMapZoomControls part="zoom-controls" />
        <BodyMapViewport part="viewport">
          <BodyMapSilhouette />
          <BodyMapRegions />
          <BodyMapDetails />
          <BodyMapReferrals />
          <BodyMapHotspots />
          <BodyMapCaptions />
          <BodyMapMarkNumbers />
          <BodyMapSideCues />
        </BodyMapViewport>
        <BodyMapGestureHint part="gesture-hint" />
      </BodyMapFigure>
      <BodyMapPanel part="panel" />
      <BodyMapMarkList part="mark-list" />
      <BodyMapRoutine part="routine" />
      {name !== undefined && <BodyMapFormField name={name} form={form} />}
      <BodyMapAnnouncer />
      {children}
    </BodyMapRoot>
  );
});
