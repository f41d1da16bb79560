import type { ZoomTransform } from '@bodymap/core';
import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';

const meta = {
  title: 'BodyMap/Zoom and detail',
  component: BodyMap,
  args: {
    onSelectedRegionChange: fn(),
    onViewChange: fn(),
    onTransformChange: fn(),
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Both soles from below, as if looking at your own feet: the left foot on the left. Each sole has
 * four anatomy zones and the reflexology charts' points; a point's panel says plainly that its link
 * to an organ is a traditional claim, and what research found.
 */
export const SolesView: Story = {
  args: { defaultView: 'soles' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The soles load on demand, which can take seconds on a busy machine.
    const heart = await canvas.findByRole('button', { name: 'Left sole reflexology point: heart' }, { timeout: 10_000 });
    await userEvent.click(heart);
    const dialog = await canvas.findByRole('dialog', { name: 'Left sole reflexology point: heart' });
    await expect(await within(dialog).findByRole('heading', { name: 'Traditional claim' })).toBeVisible();
    const findings = within(dialog).getByRole('region', { name: 'What research found' });
    await expect(within(findings).getAllByText('Found no benefit')[0]).toBeVisible();
  },
};

/**
 * Zoomed in on the left foot's heart point, the reflexology points' captions show. Each says it is a
 * chart label ("Heart (chart)"), so even a screenshot of the soles never reads as an organ map; the
 * points' names say the same to a screen reader.
 */
export const SolesCaptionsZoomed: Story = {
  args: { defaultView: 'soles', zoomTo: 'rfx-heart-left' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Heart (chart)', {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Left sole reflexology point: heart' })).toBeInTheDocument();
  },
};

/** A foot's panel leads to the soles: the map zooms into the foot, and the soles grow out of it. */
export const FromFootToSoles: Story = {
  args: { defaultSelectedRegion: 'foot-left' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'See the Soles view' }));
    await waitFor(() => expect(args.onViewChange).toHaveBeenCalledWith('soles'), { timeout: 5000 });
    await expect(await canvas.findByRole('button', { name: 'Left sole: heel' }, { timeout: 10_000 })).toBeVisible();
  },
};

/**
 * The spine by segment, zoomed in with `zoomTo="spine"` (a group: it fits all four segments).
 * At this size the vertebra ranges show beside each segment, and each segment opens its panel.
 */
export const SpineDetail: Story = {
  args: { defaultView: 'back', zoomTo: 'spine' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('T1–T12')).toBeVisible();
    for (const name of ['Neck spine (cervical)', 'Upper and mid spine (thoracic)', 'Lower spine (lumbar)', 'Sacrum and tailbone']) {
      await userEvent.click(canvas.getByRole('button', { name }));
      // The first click may wait for the panel's code, which loads on demand.
      await expect(await canvas.findByRole('dialog', { name }, { timeout: 5000 })).toBeVisible();
    }
  },
};

/** The zoom buttons; `+`, `-` and `0` do the same from the keyboard, and wheel, drag and pinch work too. */
export const ZoomControls: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(args.onTransformChange).toHaveBeenLastCalledWith(expect.objectContaining({ k: 1.6 })), { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Reset zoom' }));
    await waitFor(() => expect(args.onTransformChange).toHaveBeenLastCalledWith({ k: 1, x: 0, y: 0 }), { timeout: 5000 });
  },
};

function ControlledZoomDemo() {
  const [transform, setTransform] = useState<ZoomTransform>({ k: 2, x: -150, y: -40 });
  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'center' }}>
      <label>
        Zoom {transform.k.toFixed(2)}×{' '}
        <input
          type="range"
          min={1}
          max={8}
          step={0.25}
          value={transform.k}
          onChange={(event) => {
            const k = Number(event.currentTarget.value);
            // Zoom about the middle of the 300 × 640 view.
            const [cx, cy] = [150, 320];
            setTransform({ k, x: cx - ((cx - transform.x) / transform.k) * k, y: cy - ((cy - transform.y) / transform.k) * k });
          }}
        />
      </label>
      <BodyMap transform={transform} onTransformChange={setTransform} />
    </div>
  );
}

/** `transform` and `onTransformChange` owned by the page: a slider and the map drive one zoom. */
export const ControlledZoom: Story = {
  render: () => <ControlledZoomDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Zoom 2\.00×/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(canvas.getByText(/Zoom 1\.25×/)).toBeVisible(), { timeout: 5000 });
  },
};

function ZoomToRegionDemo() {
  const [target, setTarget] = useState<string | undefined>(undefined);
  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'center' }}>
      <div role="group" aria-label="Zoom to" style={{ display: 'flex', gap: '0.5rem' }}>
        {['head-temple-left', 'hand-right', 'knee-left', 'foot-right'].map((id) => (
          <button key={id} type="button" onClick={() => setTarget(id)}>
            {id}
          </button>
        ))}
      </div>
      <BodyMap zoomTo={target} zoomToSelection />
    </div>
  );
}

/**
 * Zoom to a region: set `zoomTo` (the buttons above), or pass `zoomToSelection` and select
 * one. The move follows d3's smooth zoom path, and is instant when reduced motion is asked for.
 */
export const ZoomToRegion: Story = {
  render: () => <ZoomToRegionDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'knee-left' }));
    await waitFor(() => expect(canvasElement.querySelector('.bodymap-viewport')).toHaveAttribute('data-zoomed'), { timeout: 5000 });
  },
};
