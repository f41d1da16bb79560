export { BodyMap, type BodyMapProps } from './body-map.js';
export { BodyMapRoot, BodyMapRoot as Root, type BodyMapRootProps, type Theme, themes } from './root.js';
export { BodyMapFigure, BodyMapFigure as Figure, type BodyMapFigureProps } from './figure.js';
export { BodyMapViewport, BodyMapViewport as Viewport, type BodyMapViewportProps } from './viewport.js';
export { BodyMapSilhouette, BodyMapSilhouette as Silhouette, type BodyMapSilhouetteProps } from './silhouette.js';
export {
  BodyMapRegion,
  BodyMapRegion as Region,
  BodyMapRegions,
  BodyMapRegions as Regions,
  type BodyMapRegionProps,
  type BodyMapRegionsProps,
} from './region.js';
export {
  BodyMapHotspot,
  BodyMapHotspot as Hotspot,
  BodyMapHotspots,
  BodyMapHotspots as Hotspots,
  type BodyMapHotspotProps,
  type BodyMapHotspotsProps,
} from './hotspot.js';
export { BodyMapDetails, BodyMapDetails as Details, type BodyMapDetailsProps } from './details.js';
export { BodyMapReferrals, BodyMapReferrals as Referrals, type BodyMapReferralsProps } from './referrals.js';
export { BodyMapCaptions, BodyMapCaptions as Captions, type BodyMapCaptionsProps } from './captions.js';
export { BodyMapSideCues, BodyMapSideCues as SideCues, type BodyMapSideCuesProps } from './side-cues.js';
export { BodyMapZoomControls, BodyMapZoomControls as ZoomControls, type BodyMapZoomControlsProps } from './zoom-controls.js';
export { BodyMapPanel, BodyMapPanel as Panel, type BodyMapPanelProps } from './panel.js';
export {
  BodyMapPanelArrow,
  BodyMapPanelArrow as PanelArrow,
  BodyMapPanelBody,
  BodyMapPanelBody as PanelBody,
  BodyMapPanelClose,
  BodyMapPanelClose as PanelClose,
  BodyMapPanelDetailLink,
  BodyMapPanelDetailLink as PanelDetailLink,
  BodyMapPanelTitle,
  BodyMapPanelTitle as PanelTitle,
  type BodyMapPanelArrowProps,
  type BodyMapPanelBodyProps,
  type BodyMapPanelCloseProps,
  type BodyMapPanelDetailLinkProps,
  type BodyMapPanelTitleProps,
} from './panel-parts.js';
export { BodyMapLayerSwitch, BodyMapLayerSwitch as LayerSwitch, type BodyMapLayerSwitchProps } from './layer-switch.js';
export { BodyMapViewSwitch, BodyMapViewSwitch as ViewSwitch, type BodyMapViewSwitchProps } from './view-switch.js';
export { BodyMapLoadError, BodyMapLoadError as LoadError, type BodyMapLoadErrorProps } from './load-error.js';
export { BodyMapGestureHint, BodyMapGestureHint as GestureHint, type BodyMapGestureHintProps } from './gesture-hint.js';
export { BodyMapAnnouncer, BodyMapAnnouncer as Announcer, type BodyMapAnnouncerProps } from './announcer.js';
export { BodyMapSearch, BodyMapSearch as Search, type BodyMapSearchProps } from './search.js';
export {
  BodyMapFormField,
  BodyMapFormField as FormField,
  BodyMapIntakeInstructions,
  BodyMapIntakeInstructions as IntakeInstructions,
  BodyMapMarkEditor,
  BodyMapMarkEditor as MarkEditor,
  BodyMapMarkList,
  BodyMapMarkList as MarkList,
  BodyMapMarkNumbers,
  BodyMapMarkNumbers as MarkNumbers,
  BodyMapValidationMessage,
  BodyMapValidationMessage as ValidationMessage,
  type BodyMapFormFieldProps,
  type BodyMapIntakeInstructionsProps,
  type BodyMapMarkListProps,
  type BodyMapMarkNumbersProps,
  type BodyMapValidationMessageProps,
} from './intake-parts.js';
export { BodyMapRoutine, BodyMapRoutine as Routine, type BodyMapRoutineProps } from './routine.js';
export { useBodyMap, type BodyMapOptionProps, type RegionIdInput } from './use-body-map.js';
export { useUrlState, type UrlStateOption } from './url-state.js';
export { useBodyMapController, useBodyMapState } from './context.js';
export type { BodyMapController, BodyMapMark, BodyMapMarks, BodyMapMode, BodyMapSnapshot, LoadPart, PainQuality, RoutineSnapshot } from '@bodymap/core';
