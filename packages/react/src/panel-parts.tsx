import { findRegion, formatString } from '@bodymap/core';
import { forwardRef, type ComponentPropsWithoutRef, type ComponentType, type RefObject } from 'react';
import { createStrictContext } from './create-context.js';
import { useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';
import { setRef } from './set-ref.js';

/** Where a panel is: beside its region, a sheet along the bottom of a narrow map, or where it was put. */
export type PanelLayout = 'anchored' | 'sheet' | 'inline';

/** What the open panel gives the parts inside it. Stable while one region's panel is open. */
export interface PanelContextValue {
  readonly region: string;
  readonly layout: PanelLayout;
  readonly titleRef: RefObject<HTMLHeadingElement | null>;
  /** Closes the panel and gives focus back to its region. */
  readonly close: () => void;
  /** The parts whose code loads with the panel's own. */
  readonly Arrow: ComponentType<BodyMapPanelArrowProps>;
  readonly Body: ComponentType<BodyMapPanelBodyProps>;
}

const [PanelProvider, usePanelContext] = createStrictContext<PanelContextValue>('BodyMap.Panel');
export { PanelProvider, usePanelContext };

export type BodyMapPanelTitleProps = Omit<ComponentPropsWithoutRef<'h2'>, 'id' | 'children'>;

/**
 * The open panel's heading, the region's name; it names the dialog, and a key or a screen reader
 * that opens the panel moves focus here, so what follows is read from the top.
 */
export const BodyMapPanelTitle = forwardRef<HTMLHeadingElement, BodyMapPanelTitleProps>(function BodyMapPanelTitle(
  { className, ...headingProps },
  forwardedRef,
) {
  const { ids } = useBodyMapContext('BodyMap.PanelTitle');
  const { region, titleRef } = usePanelContext('BodyMap.PanelTitle');
  const name = useBodyMapState((state) => state.content.labels[region] ?? region);
  return (
    <h2
      ref={(node) => {
        titleRef.current = node;
        setRef(forwardedRef, node);
      }}
      id={ids.title}
      tabIndex={-1}
      className={partClass('bodymap-panel-title', className)}
      {...headingProps}
    >
      {name}
    </h2>
  );
});

export type BodyMapPanelCloseProps = Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'children'>;

/** The button that closes the open panel, named by the content pack's `close`; focus goes back to the region. */
export const BodyMapPanelClose = forwardRef<HTMLButtonElement, BodyMapPanelCloseProps>(function BodyMapPanelClose(
  { className, onClick, ...buttonProps },
  forwardedRef,
) {
  const { close } = usePanelContext('BodyMap.PanelClose');
  const label = useBodyMapState((state) => state.content.strings.close);
  return (
    <button
      ref={forwardedRef}
      type="button"
      className={partClass('bodymap-panel-close', className)}
      aria-label={label}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) {
          close();
        }
      }}
      {...buttonProps}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" />
      </svg>
    </button>
  );
});

export type BodyMapPanelDetailLinkProps = Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'children'>;

/**
 * The button to the view that shows the open region in detail (the soles, from a foot), named by
 * the content pack's `showDetailView`; it renders nothing for a region without one.
 */
export const BodyMapPanelDetailLink = forwardRef<HTMLButtonElement, BodyMapPanelDetailLinkProps>(function BodyMapPanelDetailLink(
  { className, onClick, ...buttonProps },
  forwardedRef,
) {
  const { controller } = useBodyMapContext('BodyMap.PanelDetailLink');
  const { region } = usePanelContext('BodyMap.PanelDetailLink');
  const detailView = findRegion(controller.atlas.regions, region)?.detailView;
  const label = useBodyMapState((state) =>
    detailView === undefined ? '' : formatString(state.content.strings.showDetailView, { view: state.content.strings.views[detailView] }),
  );
  if (detailView === undefined) {
    return null;
  }
  return (
    <button
      ref={forwardedRef}
      type="button"
      className={partClass('bodymap-panel-detail', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) {
          controller.showDetail(region);
        }
      }}
      {...buttonProps}
    >
      {label}
    </button>
  );
});

export type BodyMapPanelArrowProps = Omit<ComponentPropsWithoutRef<'svg'>, 'children' | 'width' | 'height' | 'strokeWidth'>;

/** The arrow pointing from an anchored panel to its region; nothing in a sheet or an inline panel. */
export function BodyMapPanelArrow(props: BodyMapPanelArrowProps) {
  const { Arrow } = usePanelContext('BodyMap.PanelArrow');
  return <Arrow {...props} />;
}

export type BodyMapPanelBodyProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'content'>;

/**
 * The open region's text: its summary and its sections (a traditional claim, what research found,
 * benefits, techniques, cautions), each source list and glossary entry behind a toggle named after
 * what it belongs to, then who reviewed it (when the content says) and the disclaimer. While the text loads, a skeleton of about its size, `aria-busy`.
 * @selector [data-status="loading" | "ready" | "failed"] whether its text has arrived
 */
export function BodyMapPanelBody(props: BodyMapPanelBodyProps) {
  const { Body } = usePanelContext('BodyMap.PanelBody');
  return <Body {...props} />;
}
