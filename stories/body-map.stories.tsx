import { locales } from '@bodymap/content';
import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'BodyMap',
  component: BodyMap,
  args: {
    onSelectedRegionChange: fn(),
    onViewChange: fn(),
  },
  argTypes: mapArgTypes,
  // A view chosen in the controls is the view the map opens on: a new map.
  render: (args) => <BodyMap key={args.defaultView} {...args} />,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The ready-made viewer: pick a view, click or tab to a region, read its panel. */
export const Default: Story = {};

export const BackView: Story = {
  args: { defaultView: 'back' },
};

/** A panel open on load; the left shoulder is on the viewer's right in the front view. */
export const OpenPanel: Story = {
  args: { defaultSelectedRegion: 'shoulder-left' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Left shoulder' });
    await expect(await within(dialog).findByRole('heading', { name: 'Benefits' })).toBeVisible();
    await expect(within(dialog).getByRole('heading', { name: 'Techniques' })).toBeVisible();
  },
};

/**
 * A result that found no benefit is a finding, under "What research found" with its direction in
 * words, never a benefit with an evidence badge; each source says what kind of work it is.
 */
export const ResearchFindings: Story = {
  args: { defaultView: 'back', defaultSelectedRegion: 'calf-left' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Left calf' });
    const findings = await within(dialog).findByRole('region', { name: 'What research found' });
    await expect(within(findings).getByText('Found no benefit')).toBeVisible();
    await expect(within(findings).queryByText('Research-supported')).toBeNull();
    await userEvent.click(within(findings).getByText('Sources'));
    await expect(await within(findings).findByText('Systematic review')).toBeVisible();
  },
};

/** Clicking a region opens its panel and reports the selection. */
export const ClickToOpen: Story = {
  args: { defaultView: 'back' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Left lower back' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left lower back' })).toBeVisible();
    await expect(args.onSelectedRegionChange).toHaveBeenCalledWith('lower-back-left');
  },
};

/** Keyboard only: one tab stop, arrows move by position, Enter opens, Escape closes and returns focus. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The three view buttons, the two layer buttons and the three zoom buttons, then the map's single tab stop.
    for (let stop = 0; stop < 9; stop += 1) {
      await userEvent.tab();
    }
    const first = canvasElement.ownerDocument.activeElement;
    await expect(first).toHaveAttribute('data-region');
    await userEvent.keyboard('{ArrowDown}');
    const second = canvasElement.ownerDocument.activeElement;
    await expect(second).not.toBe(first);
    await userEvent.keyboard('{Enter}');
    const name = second?.getAttribute('aria-label') ?? '';
    await expect(await canvas.findByRole('dialog', { name })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(second).toHaveFocus();
  },
};

/** `locale="es"`: names, headings, buttons, announcements and panel text in Spanish, loaded on demand. */
export const Spanish: Story = {
  args: { locale: 'es', defaultView: 'back', defaultSelectedRegion: 'spine-lumbar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Columna lumbar' });
    await expect(await within(dialog).findByRole('heading', { name: 'Beneficios' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Espalda' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * A language that cannot be loaded (here its file is never found): the map says so, offers to try
 * again, and meanwhile works in English. A view that cannot be loaded is reported the same way.
 */
export const LoadFailure: Story = {
  args: {
    locale: 'es',
    locales: { ...locales, es: () => Promise.reject(new Error('The Spanish pack could not be fetched.')) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The chosen language could not be loaded, so the map is in English.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Left shoulder' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left shoulder' })).toBeVisible();
  },
};

/** A technique's glossary entry opens from the panel: what it is, pressure, duration and evidence. */
export const TechniqueGlossary: Story = {
  args: { defaultView: 'back', defaultSelectedRegion: 'upper-back-left' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const dialog = await canvas.findByRole('dialog', { name: 'Left upper back' });
    const [about] = await within(dialog).findAllByText(/^About /);
    await userEvent.click(about!);
    await expect(await within(dialog).findByText('Typical duration')).toBeVisible();
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark', defaultSelectedRegion: 'upper-back-right' },
  decorators: [
    (Story) => (
      <div style={{ background: '#12181c', padding: '1.5rem', borderRadius: 12 }}>
        <Story />
      </div>
    ),
  ],
};

function ControlledSelectionDemo() {
  const [selected, setSelected] = useState<string | null>('spine-lumbar');
  const choices = ['neck-left', 'shoulder-right', 'spine-thoracic', 'spine-lumbar', 'hip-glute-left'];
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', border: 0, padding: 0 }}>
        <legend style={{ marginBottom: '0.5rem' }}>Selected region (controlled from outside the map)</legend>
        {choices.map((choice) => (
          <button key={choice} type="button" aria-pressed={selected === choice} onClick={() => setSelected(choice)}>
            {choice}
          </button>
        ))}
        <button type="button" onClick={() => setSelected(null)}>
          none
        </button>
      </fieldset>
      <output>selectedRegion: {selected ?? 'null'}</output>
      <BodyMap selectedRegion={selected} onSelectedRegionChange={setSelected} />
    </div>
  );
}

/** `selectedRegion` and `onSelectedRegionChange` owned by the page; selecting a back region shows the back. */
export const ControlledSelection: Story = {
  render: () => <ControlledSelectionDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('dialog', { name: 'Lower spine (lumbar)' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'neck-left' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left side of neck' })).toBeVisible();
    await expect(canvas.getByText('selectedRegion: neck-left')).toBeVisible();
  },
};

/** Two maps on one page keep their own state and never share an id. */
export const TwoMaps: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem', justifyContent: 'center' }}>
      <BodyMap defaultView="front" />
      <BodyMap defaultView="back" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const ids = [...canvasElement.querySelectorAll('[id]')].map((element) => element.id);
    await expect(new Set(ids).size).toBe(ids.length);
  },
};

/** Theming with nothing but `--bodymap-*` custom properties. */
export const CustomStyled: Story = {
  args: { defaultSelectedRegion: 'neck-right', defaultView: 'back' },
  decorators: [
    (Story) => (
      <div
        style={
          {
            '--bodymap-body': '#e8eef7',
            '--bodymap-outline': '#7b8cab',
            '--bodymap-seam': 'rgb(90 110 150 / 0.45)',
            '--bodymap-detail': 'rgb(90 110 150 / 0.6)',
            '--bodymap-region-hover': '#d9d2f5',
            '--bodymap-selected': '#b3a4ee',
            '--bodymap-selected-stroke': '#4b3a9e',
            '--bodymap-accent': '#4b3a9e',
            '--bodymap-panel-border': '#c9c2ea',
            '--bodymap-radius': '4px',
            '--bodymap-font': 'Georgia, serif',
            '--bodymap-width': '260px',
          } as React.CSSProperties
        }
      >
        <Story />
      </div>
    ),
  ],
};
