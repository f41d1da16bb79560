import { createStore, describeValue, type BodyMapController } from '@bodymap/core';
import { forwardRef, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { BodyMapProvider, useControllerState, useInBrowser, type BodyMapContextValue, type PanelOpener } from './context.js';
import { warnOnce } from './development.js';
import { partClass } from './part-class.js';
import { setRef } from './set-ref.js';
import { splitOptions, useCreatedBodyMap, useSyncedOptions, type BodyMapOptionProps } from './use-body-map.js';
import { useUrlState, type UrlStateOption } from './url-state.js';

// Replaced by bundlers, so development-only warnings leave production builds; see development.ts.
declare const process: { env: { NODE_ENV?: string } };

export type Theme = 'light' | 'dark' | 'auto';

/** Every colour scheme the stylesheet has. */
export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

export interface BodyMapRootProps extends BodyMapOptionProps, Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'content'> {
  /** Colour scheme; `auto` follows the operating system. @default 'light' */
  theme?: Theme;
  /**
   * Keeps the view, layer, zoom and open panel (and the marks, in intake mode) in the page's address,
   * so a shared link opens the map where it was: `true` uses the `bodymap` query parameter, a string
   * names another, one per map on a page. @default false
   */
  urlState?: UrlStateOption;
}

/**
 * Holds one map (its controller, as `useBodyMap` makes it) and provides it to the parts inside.
 * Renders a `<div>`. It re-renders only when the view, the layer or the language changes.
 * @selector [data-view] the view shown
 * @selector [data-layer="areas" | "muscles"] the layer shown
 * @selector [data-theme] the colour scheme
 */
export const BodyMapRoot = forwardRef<HTMLDivElement, BodyMapRootProps>(function BodyMapRoot(
  { theme = 'light', urlState, className, children, ...props },
  forwardedRef,
) {
  const [options, divProps] = splitOptions(props);
  const controller = useCreatedBodyMap(options);
  const baseId = useId();
  const svgRef = useRef<SVGSVGElement | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [panelPresent] = useState(() => createStore(false));
  const [openedWith] = useState(() => createStore<PanelOpener>('pointer'));
  const value = useMemo<BodyMapContextValue>(
    () => ({
      controller,
      ids: { base: baseId, clip: `${baseId}-clip`, panel: `${baseId}-panel`, title: `${baseId}-title`, validation: `${baseId}-validation` },
      svgRef,
      rootRef,
      panelPresent,
      openedWith,
    }),
    [controller, baseId, panelPresent, openedWith],
  );
  const inBrowser = useInBrowser();
  const shownView = useControllerState(controller, (state) => state.view);
  const shownLayer = useControllerState(controller, (state) => state.layer);
  const language = useControllerState(controller, (state) => state.content.locale);
  useUrlState(controller, urlState);

  return (
    <BodyMapProvider value={value}>
      {inBrowser && <SyncedOptions controller={controller} options={options} />}
      <div
        ref={(node) => {
          rootRef.current = node;
          setRef(forwardedRef, node);
        }}
        className={partClass('bodymap-root', className)}
        lang={language}
        data-view={shownView}
        data-layer={shownLayer}
        data-theme={resolveTheme(theme)}
        {...divProps}
      >
        {children}
      </div>
    </BodyMapProvider>
  );
});

// `useBodyMap`'s syncing, in a part of its own that a server never renders: the layout effect that
// syncs before paint has nothing to do there, and React 18 warns of one in a server render.
function SyncedOptions({ controller, options }: { controller: BodyMapController; options: BodyMapOptionProps }) {
  useSyncedOptions(controller, options);
  return null;
}

function resolveTheme(theme: unknown): Theme {
  const known = themes.find((candidate) => candidate === theme);
  if (process.env.NODE_ENV !== 'production' && known === undefined) {
    warnOnce(`Unknown theme ${describeValue(theme)}; the light one is used. Themes: ${themes.join(', ')}.`);
  }
  return known ?? 'light';
}
