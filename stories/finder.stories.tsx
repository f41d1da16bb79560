import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'Finder',
  component: BodyMap,
  args: { search: true, onSymptomChange: fn(), onSelectedRegionChange: fn() },
  argTypes: { ...mapArgTypes, search: { control: 'boolean' } },
  render: (args) => <BodyMap key={args.locale} {...args} />,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvasElement: HTMLElement, id: string) => canvasElement.querySelector(`[data-region="${id}"]`);

/** The finder, ready for you: type a symptom such as "headache", "stiff neck", "lumbago" or "sore feet". */
export const Finder: Story = {};

/**
 * The symptom finder above the figure. Type "headache" (or "stiff neck", "lumbago", "sore feet")
 * and choose a symptom: the regions that answer it are outlined with a thick dash, the first one's
 * panel opens with a note on why it helps, graded and sourced, and Escape clears it.
 */
export const FinderEnglish: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const input = await canvas.findByRole('combobox', { name: 'Find by symptom' });
    await userEvent.click(input);
    await userEvent.type(input, 'headache');
    const option = await canvas.findByRole('option', { name: /^Tension headache/ });
    await expect(option).toHaveTextContent('Shoulders, neck, back of the head, temples');
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-activedescendant', option.id);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSymptomChange).toHaveBeenCalledWith('tension-headache');
    for (const id of ['shoulder-left', 'shoulder-right', 'head-temple-left', 'head-temple-right']) {
      await expect(region(canvasElement, id)).toHaveAttribute('data-match', 'true');
    }
    await expect(region(canvasElement, 'knee-left')).not.toHaveAttribute('data-match');
    const dialog = await canvas.findByRole('dialog', { name: 'Left shoulder' });
    const note = await within(dialog).findByRole('region', { name: 'For headaches' });
    await expect(note).toHaveTextContent(/Mixed evidence/);
    await waitFor(() => expect(region(canvasElement, 'shoulder-left')).toHaveFocus());
  },
};

/** The finder in Spanish: "dolor de cabeza", accents or not, finds the tension headache. */
export const FinderSpanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const input = await canvas.findByRole('combobox', { name: 'Buscar por síntoma' });
    await userEvent.click(input);
    await userEvent.type(input, 'dolor de cabeza');
    await userEvent.click(await canvas.findByRole('option', { name: /^Cefalea tensional/ }));
    await expect(region(canvasElement, 'head-temple-left')).toHaveAttribute('data-match', 'true');
    const dialog = await canvas.findByRole('dialog', { name: 'Hombro izquierdo' });
    await expect(await within(dialog).findByRole('region', { name: 'Para el dolor de cabeza' })).toBeVisible();
    await expect(await canvas.findByText(/zonas señaladas/)).toBeInTheDocument();
  },
};

/** When nothing matches, the finder says so; clearing the field removes it. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const input = await canvas.findByRole('combobox', { name: 'Find by symptom' });
    await userEvent.type(input, 'toothache');
    await expect(await canvas.findByText('No symptom matches “toothache”')).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear the symptom' }));
    await expect(input).toHaveValue('');
  },
};

/** The finder and its matches in the dark scheme. */
export const FinderDark: Story = {
  args: { theme: 'dark', defaultSymptom: 'lower-back-pain', defaultView: 'back' },
  decorators: [
    (Story) => (
      <div style={{ background: '#12181c', padding: '1.5rem', borderRadius: 12 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(region(canvasElement, 'lower-back-left')).toHaveAttribute('data-match', 'true'));
  },
};
