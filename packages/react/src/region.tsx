import { describeValue, findRegion, formatString, layerOf, type BodyMapController, type BodyMapSnapshot, type Store } from '@bodymap/core';
import {
  createContext,
  forwardRef,
  memo,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type FocusEventHandler,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type MouseEventHandler,
  type PointerEventHandler,
} from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { warnOnce } from './development.js';
import { partClass } from './part-class.js';
import type { RegionIdInput } from './use-body-map.js';

// Replaced by bundlers, so development-only warnings leave production builds; see development.ts.
declare const process: { env: { NODE_ENV?: string } };

/** The handlers a region's element may be given; the map's own run after them unless they prevent the default. */
interface RegionHandlers<Element> {
  onClick?: MouseEventHandler<Element> | undefined;
  onFocus?: FocusEventHandler<Element> | undefined;
  onKeyDown?: KeyboardEventHandler<Element> | undefined;
  onPointerDown?: PointerEventHandler<Element> | undefined;
}

/**
 * What a region draws from the map's state, re-rendered only when one of these changes: whether it
 * is selected, holds the tab stop and points at the open panel (selected, and the panel is there),
 * its name, its path in the view shown, if that view draws it as an area, and in intake mode its
 * mark's description ("pain 7 of 10"; empty when unmarked) and intensity (0 when unmarked), and whether
 * it answers the symptom chosen in the finder.
 */
type RegionSlice = readonly [
  selected: boolean,
  tabStop: boolean,
  controls: boolean,
  name: string,
  d: string | undefined,
  intake: boolean,
  description: string,
  intensity: number,
  match: boolean,
];

/** A snapshot reader that returns the previous slice while nothing in it has changed, as `useSyncExternalStore` needs. */
function lastSlice(read: () => RegionSlice): () => RegionSlice {
  let last: RegionSlice | undefined;
  return () => {
    const next = read();
    return (last = last?.every((value, index) => value === next[index]) ? last : next);
  };
}

/**
 * A region's model and one subscription for its whole slice, to the controller and the panel's
 * presence both: a map draws dozens of regions, and every `useSyncExternalStore` costs React two
 * hooks, two effects and their bound functions per region.
 */
function regionReader(controller: BodyMapController, panelPresent: Store<boolean>, regionId: string) {
  const model = findRegion(controller.atlas.regions, regionId);
  const id = model?.id ?? '';
  const slice = (state: BodyMapSnapshot, panelShown: boolean): RegionSlice => {
    const selected = state.selectedRegion === id;
    const intake = state.mode === 'intake';
    // Found here, not with core's `markOf`: its module goes with intake mode's code, which a map
    // that only explores never loads, and a bundler would put it in every first view for this.
    const mark = intake ? state.value.find((entry) => entry.region === id) : undefined;
    return [
      selected,
      state.tabStop === id,
      selected && panelShown,
      state.content.labels[id] ?? id,
      state.geometry?.regions.get(id),
      intake,
      mark && state.intakeStrings ? formatString(state.intakeStrings.pain, { intensity: String(mark.intensity) }) : '',
      mark?.intensity ?? 0,
      state.matches.includes(id),
    ];
  };
  return {
    model,
    subscribe: (listener: () => void) => {
      const fromController = controller.subscribe(listener);
      const fromPanel = panelPresent.subscribe(listener);
      return () => {
        fromController();
        fromPanel();
      };
    },
    getSnapshot: lastSlice(() => slice(controller.getState(), panelPresent.getState())),
    getServerSnapshot: lastSlice(() => slice(controller.getServerState(), false)),
  };
}

// Regions between a press and its click: the tab stop moves with the selection, in the click's
// commit, rather than in a commit of its own when the press focuses the region.
const pressed = new WeakSet<Element>();

/**
 * What makes an element one of the map's regions, whether drawn as an area or a point: a toggle
 * button named after the region, holding the roving tab stop, with its state as data attributes.
 * It reads only this region's slice of the state (selected? the tab stop? its name), so moving the
 * focus or opening a panel re-renders just the regions involved.
 */
export function useRegionButton<Element extends SVGElement>(regionId: string, part: string, handlers: RegionHandlers<Element>) {
  const { controller, ids, panelPresent, openedWith } = useBodyMapContext(part);
  const reader = useMemo(() => regionReader(controller, panelPresent, regionId), [controller, panelPresent, regionId]);
  const { model } = reader;
  const slice = useSyncExternalStore(reader.subscribe, reader.getSnapshot, reader.getServerSnapshot);
  if (!model) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`Unknown region id ${describeValue(regionId)} passed to \`${part}\`; nothing is drawn for it.`);
    }
    return undefined;
  }
  const { id: region } = model;
  const [selected, , , , d, intake, description, intensity] = slice;
  const descriptionId = `${ids.base}-mark-${region}`;
  return {
    id: region,
    d,
    // A `<desc>` inside the region's element, which it names as its description: the intensity
    // is said as well as shaded, so colour is never the only cue.
    description: description === '' ? null : <desc id={descriptionId}>{description}</desc>,
    props: {
      role: 'button',
      tabIndex: slice[1] ? 0 : -1,
      'aria-label': slice[3],
      // In intake mode a region is a toggle button (marked or not); in explore mode it opens a panel.
      'aria-pressed': intake ? intensity > 0 : undefined,
      'aria-expanded': intake ? undefined : selected,
      'aria-describedby': description === '' ? undefined : descriptionId,
      'data-intensity': intensity > 0 ? intensity : undefined,
      // Only once the panel is there to point at.
      'aria-controls': slice[2] ? ids.panel : undefined,
      'data-region': region,
      'data-state': selected ? 'selected' : 'idle',
      'data-side': model.side,
      'data-group': model.group,
      'data-layer': layerOf(model),
      'data-depth': model.depth,
      // Only while it answers the symptom chosen in the finder.
      'data-match': slice[8] ? 'true' : undefined,
      onPointerDown: composeEventHandlers(handlers.onPointerDown, (event: PointerEvent<Element>) => {
        pressed.add(event.currentTarget);
      }),
      onPointerCancel: (event: PointerEvent<Element>) => {
        pressed.delete(event.currentTarget);
      },
      onBlur: (event: FocusEvent<Element>) => {
        pressed.delete(event.currentTarget);
      },
      onClick: composeEventHandlers(handlers.onClick, (event: MouseEvent<Element>) => {
        pressed.delete(event.currentTarget);
        // A click with no pointer behind it (detail 0) is a screen reader's activation.
        const via = event.detail === 0 ? 'keyboard' : 'pointer';
        openedWith.setState(via);
        controller.focus(region);
        controller.toggle(region, via);
      }),
      onFocus: composeEventHandlers(handlers.onFocus, (event: FocusEvent<Element>) => {
        if (!pressed.has(event.currentTarget)) {
          controller.focus(region);
        }
      }),
      onKeyDown: composeEventHandlers(handlers.onKeyDown, (event: KeyboardEvent<Element>) => {
        // A press that never became a click (dragged off) left the tab stop behind the focus.
        controller.focus(region);
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          openedWith.setState('keyboard');
          controller.toggle(region, 'keyboard');
        } else if (intake && /^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          // The digits of the 0–10 scale, with 0 for 10: 0 itself is an unmarked region, which Delete makes.
          event.preventDefault();
          controller.setMark(region, { intensity: event.key === '0' ? 10 : Number(event.key) });
        } else if (intake && (event.key === 'Delete' || event.key === 'Backspace')) {
          event.preventDefault();
          controller.removeMark(region);
        }
      }),
    },
  } as const;
}

export interface BodyMapRegionProps extends Omit<ComponentPropsWithoutRef<'path'>, 'id' | 'd'> {
  /** The region to draw; it renders nothing in a view that does not show it. */
  region: RegionIdInput;
}

/**
 * One region of the body as a `<path>` with `role="button"`, named after the region. Clicking it,
 * or pressing Enter or Space, opens its panel; pressing again closes it. Memoised: it re-renders
 * when its own state changes, not the map's.
 * @selector [data-region] the region id
 * @selector [data-state="idle" | "selected"] whether its panel is open
 * @selector [data-side="left" | "right" | "midline"] the person's side
 * @selector [data-group] the group, such as `back` or `spine`
 * @selector [data-layer="areas" | "muscles"] the layer that draws it
 * @selector [data-depth="superficial" | "deep"] for a muscle: whether others lie over it (drawn dashed)
 * @selector [data-match="true"] while it answers the symptom chosen in the finder (drawn with a thick dashed outline)
 */
// Whether a group around the regions clips them to the silhouette, so that each need not: a browser
// tests a point against the clip of every clipped path under it, and forty clipped regions made each
// tap's hit tests the costliest part of its event on a slow phone.
const ClippedAround = createContext(false);

export const BodyMapRegion = memo(
  forwardRef<SVGPathElement, BodyMapRegionProps>(function BodyMapRegion(
    { region: regionId, className, onClick, onKeyDown, onFocus, onPointerDown, ...pathProps },
    forwardedRef,
  ) {
    const { ids } = useBodyMapContext('BodyMap.Region');
    const clippedAround = useContext(ClippedAround);
    const button = useRegionButton<SVGPathElement>(regionId, 'BodyMap.Region', { onClick, onFocus, onKeyDown, onPointerDown });
    if (!button || button.d === undefined) {
      return null;
    }
    return (
      <path
        ref={forwardedRef}
        d={button.d}
        clipPath={clippedAround ? undefined : `url(#${ids.clip})`}
        className={partClass('bodymap-region', className)}
        {...button.props}
        {...pathProps}
      >
        {button.description}
      </path>
    );
  }),
);

export type BodyMapRegionsProps = ComponentPropsWithoutRef<'g'>;

/** A `<g>` holding a {@link BodyMapRegion} for every region the current view draws. */
export const BodyMapRegions = forwardRef<SVGGElement, BodyMapRegionsProps>(function BodyMapRegions(
  { className, ...groupProps },
  forwardedRef,
) {
  const { ids } = useBodyMapContext('BodyMap.Regions');
  const paths = useBodyMapState((state) => state.geometry?.regions);
  return (
    <g ref={forwardedRef} clipPath={`url(#${ids.clip})`} className={partClass('bodymap-regions', className)} {...groupProps}>
      <ClippedAround.Provider value={true}>{paths && [...paths.keys()].map((id) => <BodyMapRegion key={id} region={id} />)}</ClippedAround.Provider>
    </g>
  );
});
