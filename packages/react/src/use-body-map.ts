import {
  createBodyMap,
  type Atlas,
  type BodyMapController,
  type BodyMapMarks,
  type BodyMapMode,
  type BodyMapSyncOptions,
  type ContentPack,
  type LayerId,
  type Loadable,
  type PartialContentPack,
  type ViewId,
  type ZoomTransform,
} from '@bodymap/core';
import { atlas as defaultAtlas, locales as defaultLocales, type RegionId } from '@bodymap/content';
import { useEffect, useLayoutEffect, useState } from 'react';
import { warnOnce } from './development.js';

// Replaced by bundlers, so development-only warnings leave production builds; see development.ts.
declare const process: { env: { NODE_ENV?: string } };

/** A region id of the default atlas, or any string for a custom atlas. */
export type RegionIdInput = RegionId | (string & {});

/** A map's options, as props of `BodyMap.Root` or arguments of {@link useBodyMap}. */
export interface BodyMapOptionProps {
  /**
   * A controller you created (`createBodyMap` or `useBodyMap`) and drive yourself. The map then
   * takes its state from it, and ignores the other options here.
   */
  controller?: BodyMapController;
  /** The body artwork and its regions, fixed for the map's life. @default the bundled atlas (front, back and soles) */
  atlas?: Atlas;
  /** The language of names, panels and interface text: a key of `locales`. @default 'en' */
  locale?: string;
  /** Content packs by locale, each given or loaded on demand. @default the bundled English and Spanish packs */
  locales?: Readonly<Record<string, Loadable<ContentPack>>>;
  /** Your own content, complete or partial, laid over the active locale's pack. */
  content?: ContentPack | PartialContentPack;
  /** The view shown, when controlled. */
  view?: ViewId;
  /** The view shown first, when uncontrolled. @default 'front' */
  defaultView?: ViewId;
  /** Called with the new view when the person switches views or selects a region drawn only in another. */
  onViewChange?: (view: ViewId) => void;
  /** The layer shown, when controlled: the body's `areas`, or its `muscles`. */
  layer?: LayerId;
  /** The layer shown first, when uncontrolled. @default 'areas' */
  defaultLayer?: LayerId;
  /** Called with the new layer when the person switches layers or opens a muscle from an area's panel. */
  onLayerChange?: (layer: LayerId) => void;
  /** The region whose panel is open (`null` for none), when controlled. */
  selectedRegion?: RegionIdInput | null;
  /** The region whose panel is open at first, when uncontrolled. @default null */
  defaultSelectedRegion?: RegionIdInput | null;
  /** Called with the newly selected region id, or `null` when the panel closes. */
  onSelectedRegionChange?: (region: RegionIdInput | null) => void;
  /** The zoom and pan (`{ k, x, y }` as d3-zoom has it, in viewBox units), when controlled. */
  transform?: ZoomTransform;
  /** The zoom and pan at first, when uncontrolled. @default { k: 1, x: 0, y: 0 } */
  defaultTransform?: ZoomTransform;
  /** Called with the new transform on every change: gestures, buttons, keys and animations. */
  onTransformChange?: (transform: ZoomTransform) => void;
  /**
   * A region id or alias, or a group such as `spine`, to zoom to: the map animates to fit it
   * whenever this changes (at once under reduced motion).
   */
  zoomTo?: string;
  /** Zoom to each region as it is selected. @default false */
  zoomToSelection?: boolean;
  /**
   * What the map is for: `explore` opens a panel about massaging a region; `intake` makes it a form
   * control on which a client marks where it hurts, each mark with an intensity from 1 to 10.
   * @default 'explore'
   */
  mode?: BodyMapMode;
  /** The marks, in intake mode, when controlled. */
  value?: BodyMapMarks<RegionIdInput>;
  /** The marks at first, when uncontrolled; a form's reset returns to them. @default [] */
  defaultValue?: BodyMapMarks<RegionIdInput>;
  /** Called with every mark when the person marks a region, changes a mark or removes one. */
  onValueChange?: (value: BodyMapMarks<RegionIdInput>) => void;
  /** In intake mode, a form with no marks fails validation. @default false */
  required?: boolean;
  /** In intake mode, the fewest regions a form takes marked (an empty map is left to `required`). */
  min?: number;
  /** In intake mode, the most regions a form takes marked. */
  max?: number;
  /** The symptom chosen in the finder (its id, or `null` for none), when controlled. */
  symptom?: string | null;
  /** The symptom chosen at first, when uncontrolled: its regions are marked once the symptoms load. @default null */
  defaultSymptom?: string | null;
  /** Called with the symptom's id when the person chooses one in the finder, or `null` when they clear it. */
  onSymptomChange?: (symptom: string | null) => void;
  /**
   * The id of a routine of the content pack to walk through beside the map, such as
   * `tension-headache`: its code and text load only then, and each step zooms the map to its region.
   */
  routine?: string;
  /** The routine's step shown (from 0), when controlled. */
  routineStep?: number;
  /** The routine's step shown at first (from 0), when uncontrolled. @default 0 */
  defaultRoutineStep?: number;
  /** Called with the new step (from 0) when the person moves to another step of the routine. */
  onRoutineStepChange?: (step: number) => void;
}

// A layout effect, so a controlled value reaches the parts before the browser paints; on a server
// effects never run, and React 18 warns about a layout effect there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

// The options a host may change while the map lives; the others count only when it is created.
const syncKeys = [
  'view',
  'layer',
  'selectedRegion',
  'transform',
  'locale',
  'locales',
  'content',
  'zoomTo',
  'zoomToSelection',
  'onViewChange',
  'onLayerChange',
  'onSelectedRegionChange',
  'onTransformChange',
  'mode',
  'value',
  'onValueChange',
  'required',
  'min',
  'max',
  'symptom',
  'onSymptomChange',
  'routine',
  'routineStep',
  'onRoutineStepChange',
] as const satisfies readonly (keyof BodyMapSyncOptions & keyof BodyMapOptionProps)[];
const optionKeys: readonly string[] = [...syncKeys, 'controller', 'atlas', 'defaultView', 'defaultLayer', 'defaultSelectedRegion', 'defaultTransform', 'defaultValue', 'defaultSymptom', 'defaultRoutineStep'] satisfies readonly (keyof BodyMapOptionProps)[];

const pick = (from: object, keys: readonly string[]) => Object.fromEntries(Object.entries(from).filter(([key]) => keys.includes(key)));
const syncOptions = (options: BodyMapOptionProps) => pick(options, syncKeys) as BodyMapSyncOptions;

/** A root's props, split into the map's options and the rest (its `<div>`'s). */
export function splitOptions<Props extends BodyMapOptionProps>(props: Props): [BodyMapOptionProps, Omit<Props, keyof BodyMapOptionProps>] {
  const rest = Object.fromEntries(Object.entries(props).filter(([key]) => !optionKeys.includes(key)));
  return [pick(props, optionKeys), rest as Omit<Props, keyof BodyMapOptionProps>];
}

/**
 * A map's controller for React: created once from the options, which are synced onto it after
 * every render (controlled values, locale, content, callbacks). Call it to hold the map above its
 * root (`<BodyMap controller={map} />`), where other components can reach it; `BodyMap.Root` does
 * the same with its own props. Given a `controller`, it returns that one and syncs nothing: its
 * owner drives it.
 */
export function useBodyMap(options: BodyMapOptionProps = {}): BodyMapController {
  const controller = useCreatedBodyMap(options);
  useSyncedOptions(controller, options);
  return controller;
}

/** The controller `options` name, or one created from them on the first render. */
export function useCreatedBodyMap(options: BodyMapOptionProps): BodyMapController {
  const given = options.controller;
  const [own] = useState(() =>
    given
      ? null
      : createBodyMap({
          ...syncOptions(options),
          atlas: options.atlas ?? (defaultAtlas as Atlas),
          locales: options.locales ?? (defaultLocales as Readonly<Record<string, Loadable<ContentPack>>>),
          // Given locales without English of their own still fall back to the bundled English.
          fallback: defaultLocales.en,
          defaultView: options.defaultView,
          defaultLayer: options.defaultLayer,
          defaultSelectedRegion: options.defaultSelectedRegion,
          defaultTransform: options.defaultTransform,
          defaultValue: options.defaultValue,
          defaultSymptom: options.defaultSymptom,
          defaultRoutineStep: options.defaultRoutineStep,
          warn: warnOnce,
        }),
  );
  if (process.env.NODE_ENV !== 'production' && given && own) {
    warnOnce('`controller` was passed after the map was created without one; it is ignored. Pass it from the first render.');
  }
  return (own ?? given)!;
}

/** Syncs the options onto a controller the hook created (not one passed in) after every render. */
export function useSyncedOptions(controller: BodyMapController, options: BodyMapOptionProps): void {
  const owned = options.controller === undefined;
  useIsomorphicLayoutEffect(() => {
    if (owned) {
      controller.sync(syncOptions(options));
    }
  });
}
