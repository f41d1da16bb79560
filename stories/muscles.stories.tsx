import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'Muscles',
  component: BodyMap,
  args: { defaultLayer: 'muscles', onLayerChange: fn(), onSelectedRegionChange: fn() },
  argTypes: mapArgTypes,
  // A view or layer chosen in the controls is where the map opens: a new map.
  render: (args) => <BodyMap key={`${args.defaultView} ${args.defaultLayer}`} {...args} />,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The muscle layer, front: the temporalis, the sternocleidomastoid and the deltoids. The map zooms
 * in until every muscle is a 24 px target; zoom out, or switch back to Areas, for the whole figure.
 */
export const MusclesFront: Story = {};

/** The back, where most of massage's muscles are; deep muscles (under others) are dashed. */
export const MusclesBack: Story = {
  args: { defaultView: 'back' },
};

/** A muscle's panel: what it does, where tension in it is felt, and, for a deep one, that others cover it. */
export const DeepMusclePanel: Story = {
  args: { defaultView: 'back', defaultSelectedRegion: 'muscle-quadratus-lumborum-left' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Left quadratus lumborum' });
    await expect(await within(dialog).findByText('What it does')).toBeVisible();
    await expect(within(dialog).getByText(/others lie over it/)).toBeVisible();
  },
};

export const MusclesDark: Story = {
  args: { defaultView: 'back', theme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ background: '#12181c', padding: '1.5rem', borderRadius: 12 }}>
        <Story />
      </div>
    ),
  ],
};

/** An area's panel lists the muscles in it; each opens the muscle layer at that muscle. */
export const AreaPanelLinksToMuscles: Story = {
  args: { defaultLayer: 'areas', defaultView: 'back', defaultSelectedRegion: 'neck-left' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Left side of neck' });
    const muscles = await within(dialog).findByRole('region', { name: 'Muscles here' });
    await userEvent.click(within(muscles).getByRole('button', { name: 'Left upper trapezius' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left upper trapezius' })).toBeVisible();
    await expect(args.onLayerChange).toHaveBeenCalledWith('muscles');
    await expect(within(canvas.getByRole('group', { name: 'Layer' })).getByRole('button', { name: 'Muscles' })).toHaveAttribute('aria-pressed', 'true');
  },
};
