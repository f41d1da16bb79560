import * as BodyMap from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'BodyMap/Primitives',
  component: BodyMap.Root,
  // Every part's props, each on a tab of the docs page's table.
  subcomponents: {
    ViewSwitch: BodyMap.ViewSwitch,
    LayerSwitch: BodyMap.LayerSwitch,
    LoadError: BodyMap.LoadError,
    Figure: BodyMap.Figure,
    ZoomControls: BodyMap.ZoomControls,
    Viewport: BodyMap.Viewport,
    Silhouette: BodyMap.Silhouette,
    Regions: BodyMap.Regions,
    Region: BodyMap.Region,
    Details: BodyMap.Details,
    Hotspots: BodyMap.Hotspots,
    Hotspot: BodyMap.Hotspot,
    Captions: BodyMap.Captions,
    SideCues: BodyMap.SideCues,
    GestureHint: BodyMap.GestureHint,
    Panel: BodyMap.Panel,
    PanelTitle: BodyMap.PanelTitle,
    PanelClose: BodyMap.PanelClose,
    PanelArrow: BodyMap.PanelArrow,
    PanelDetailLink: BodyMap.PanelDetailLink,
    PanelBody: BodyMap.PanelBody,
    Announcer: BodyMap.Announcer,
  } as Record<string, React.ComponentType<unknown>>,
  argTypes: mapArgTypes,
  tags: ['autodocs'],
} satisfies Meta<typeof BodyMap.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The ready-made map's layout from the primitives: the zoom buttons and the gesture hint sit in
 * `Figure`, the box around the viewport, so they are placed over the figure's corner and middle,
 * not the page's. It draws the same pixels as `<BodyMap />`; leave out or rearrange what you like.
 */
export const Composed: Story = {
  // A view chosen in the controls is the view the map opens on: a new map.
  render: (args) => (
    <BodyMap.Root key={args.defaultView} {...args}>
      <BodyMap.ViewSwitch />
      <BodyMap.LayerSwitch />
      <BodyMap.LoadError />
      <BodyMap.Figure>
        <BodyMap.ZoomControls />
        <BodyMap.Viewport>
          <BodyMap.Silhouette />
          <BodyMap.Regions />
          <BodyMap.Details />
          <BodyMap.Hotspots />
          <BodyMap.Captions />
          <BodyMap.SideCues />
        </BodyMap.Viewport>
        <BodyMap.GestureHint />
      </BodyMap.Figure>
      <BodyMap.Panel />
      <BodyMap.Announcer />
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = (await canvas.findByRole('group', { name: /^Body map/ })).parentElement!.getBoundingClientRect();
    const zoom = canvas.getByRole('group', { name: 'Zoom' }).getBoundingClientRect();
    // In the figure's top right-hand corner.
    await expect(zoom.top).toBeGreaterThanOrEqual(figure.top);
    await expect(zoom.right).toBeLessThanOrEqual(figure.right);
    await expect(zoom.left).toBeGreaterThan(figure.left + figure.width / 2);
    await expect(zoom.bottom).toBeLessThan(figure.top + figure.height / 2);
  },
};

/** `Root` + `Viewport` + `Silhouette` + `Regions` + `Details`: the figure alone, every region clickable but no panel. */
export const Figure: Story = {
  render: (args) => (
    <BodyMap.Root {...args}>
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <BodyMap.Regions />
        <BodyMap.Details />
      </BodyMap.Viewport>
    </BodyMap.Root>
  ),
};

/**
 * `SideCues` beside the figure: the person's own right and left, which swap sides between the
 * front and back views. Hidden from screen readers, since every region's name says its side.
 */
export const SideCues: Story = {
  render: (args) => (
    <BodyMap.Root {...args}>
      <BodyMap.ViewSwitch />
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <BodyMap.Regions />
        <BodyMap.Details />
        <BodyMap.SideCues />
      </BodyMap.Viewport>
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const x = (text: string) => canvas.getByText(text).getBoundingClientRect().x;
    await expect(x('R')).toBeLessThan(x('L'));
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await canvas.findByRole('button', { name: 'Left upper back' });
    await expect(x('L')).toBeLessThan(x('R'));
  },
};

/** `Region` on its own: only the spine segments are interactive, drawn over the plain figure. */
export const SelectedRegionsOnly: Story = {
  args: { defaultView: 'back' },
  render: (args) => (
    <BodyMap.Root {...args}>
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <g>
          {(['spine-cervical', 'spine-thoracic', 'spine-lumbar', 'spine-sacral'] as const).map((id) => (
            <BodyMap.Region key={id} region={id} />
          ))}
        </g>
        <BodyMap.Details />
      </BodyMap.Viewport>
      <BodyMap.Panel />
      <BodyMap.Announcer />
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByRole('button')).toHaveLength(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Upper and mid spine (thoracic)' }));
    await expect(await canvas.findByRole('dialog', { name: 'Upper and mid spine (thoracic)' })).toBeVisible();
  },
};

/** `ViewSwitch` placed below the figure, and a `Panel` with its own class for custom styling. */
export const CustomLayout: Story = {
  render: (args) => (
    <BodyMap.Root {...args} style={{ gridTemplateRows: 'auto auto' }}>
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <BodyMap.Regions />
        <BodyMap.Details />
      </BodyMap.Viewport>
      <BodyMap.ViewSwitch />
      <BodyMap.Panel className="story-panel" style={{ borderWidth: 2 }} />
      <BodyMap.Announcer />
    </BodyMap.Root>
  ),
};

function SelectionReadout() {
  const view = BodyMap.useBodyMapState((state) => state.view);
  const selected = BodyMap.useBodyMapState((state) => (state.selectedRegion === null ? null : (state.content.labels[state.selectedRegion] ?? state.selectedRegion)));
  return (
    <p style={{ margin: 0 }}>
      View: <strong>{view}</strong> · Selected: <strong>{selected ?? 'nothing'}</strong>
    </p>
  );
}

/** `useBodyMapState(selector)` reads a slice of the nearest root's state from your own components, re-rendering only when that slice changes. */
export const WithHook: Story = {
  args: { defaultSelectedRegion: 'hip-glute-right' },
  render: (args) => (
    <BodyMap.Root {...args}>
      <SelectionReadout />
      <BodyMap.ViewSwitch />
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <BodyMap.Regions />
        <BodyMap.Details />
      </BodyMap.Viewport>
      <BodyMap.Panel />
    </BodyMap.Root>
  ),
};

function OutsideControls() {
  // The controller lives above the map, so this toolbar, outside `Root`, drives it.
  const map = BodyMap.useBodyMap({ defaultView: 'back' });
  return (
    <>
      <div role="toolbar" aria-label="Shortcuts" style={{ display: 'flex', gap: 8, justifyContent: 'center' }}>
        <button type="button" onClick={() => map.select('lower-back-left')}>
          Open the left lower back
        </button>
        <button type="button" onClick={() => map.zoomTo('spine')}>
          Zoom to the spine
        </button>
        <button type="button" onClick={() => map.resetZoom()}>
          Whole figure
        </button>
      </div>
      <BodyMap.BodyMap controller={map} />
    </>
  );
}

/**
 * `useBodyMap(options)` creates the map's controller above the map and `<BodyMap controller={map} />`
 * draws it, so anything on the page can call its actions: `select`, `zoomTo`, `resetZoom`, ...
 */
export const DrivenFromOutside: Story = {
  render: () => <OutsideControls />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Open the left lower back' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left lower back' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Left lower back' })).toHaveAttribute('aria-expanded', 'true');
  },
};

/**
 * A side panel of your own from the panel's parts: `Panel layout="inline"` stays in its column
 * beside the map instead of floating, and holds `PanelTitle`, `PanelClose`, `PanelDetailLink` and
 * `PanelBody` in the order you give them. A press outside leaves it open; Close or Escape closes it.
 */
export const SidePanel: Story = {
  args: { defaultSelectedRegion: 'shoulder-left' },
  render: (args) => (
    <BodyMap.Root {...args} style={{ display: 'grid', gridTemplateColumns: 'minmax(16rem, 22rem) minmax(16rem, 24rem)', gap: '1.5rem', alignItems: 'start' }}>
      <div>
        <BodyMap.ViewSwitch />
        <BodyMap.Figure>
          <BodyMap.ZoomControls />
          <BodyMap.Viewport>
            <BodyMap.Silhouette />
            <BodyMap.Regions />
            <BodyMap.Details />
            <BodyMap.Hotspots />
          </BodyMap.Viewport>
        </BodyMap.Figure>
      </div>
      <aside aria-label="Region details">
        <BodyMap.Panel layout="inline">
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '0.5rem 0.5rem 0 1.1rem' }}>
            <BodyMap.PanelTitle />
            <BodyMap.PanelClose />
          </div>
          <BodyMap.PanelDetailLink />
          <BodyMap.PanelBody />
        </BodyMap.Panel>
      </aside>
      <BodyMap.Announcer />
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aside = await canvas.findByRole('complementary', { name: 'Region details' });
    const dialog = await within(aside).findByRole('dialog', { name: 'Left shoulder' });
    await expect(await within(dialog).findByRole('heading', { name: 'Benefits' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Right shoulder' }));
    await expect(await within(aside).findByRole('dialog', { name: 'Right shoulder' })).toBeVisible();
  },
};
