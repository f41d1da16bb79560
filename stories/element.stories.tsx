import '@bodymap/element';
import type {} from '@bodymap/element/react-jsx';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

interface ElementArgs {
  view: 'front' | 'back' | 'soles';
  locale: 'en' | 'es';
  theme: 'light' | 'dark' | 'auto';
}

const meta = {
  title: 'Element/body-map',
  args: { view: 'back', locale: 'en', theme: 'light' },
  // The element's attributes, described here since the docs page cannot read them from a React component.
  argTypes: {
    view: {
      control: 'inline-radio',
      options: ['front', 'back', 'soles'],
      description: 'The view shown; reflects the view the visitor switches to.',
      table: { type: { summary: "'front' | 'back' | 'soles'" }, defaultValue: { summary: "'front'" } },
    },
    locale: {
      control: 'inline-radio',
      options: ['en', 'es'],
      description: 'The language of names, panels and interface text; other languages load on demand.',
      table: { type: { summary: 'string' }, defaultValue: { summary: "'en'" } },
    },
    theme: {
      control: 'inline-radio',
      options: ['light', 'dark', 'auto'],
      description: 'Colour scheme; `auto` follows the operating system.',
      table: { type: { summary: "'light' | 'dark' | 'auto'" }, defaultValue: { summary: "'light'" } },
    },
  },
  render: ({ view, locale, theme }) => <body-map view={view} locale={locale} theme={theme} />,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The map as a custom element, for pages without React. Besides these attributes: `region` (the region whose panel is open, reflected both ways), ' +
          'the `content` property (a content pack, whole or partial), and the `regionselect` and `viewchange` events, which bubble and are composed.',
      },
    },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const shadow = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('body-map');
  if (!element?.shadowRoot) {
    throw new Error('<body-map> has no shadow root');
  }
  return { element, canvas: within(element.shadowRoot as unknown as HTMLElement) };
};

/**
 * The map as a custom element, for pages without React: `<body-map view="back">` after one script
 * tag. Clicking a region reflects it in the `region` attribute and fires `regionselect`.
 */
export const Element: Story = {
  play: async ({ canvasElement }) => {
    const { element, canvas } = shadow(canvasElement);
    const selected: unknown[] = [];
    element.addEventListener('regionselect', (event) => selected.push(event.detail));
    await userEvent.click(await canvas.findByRole('button', { name: 'Left lower back' }));
    await expect(await canvas.findByRole('dialog', { name: 'Left lower back' })).toBeVisible();
    await waitFor(() => expect(element.getAttribute('region')).toBe('lower-back-left'));
    await expect(selected).toEqual([{ id: 'lower-back-left', label: 'Left lower back' }]);
  },
};

/** Theming from the page: `--bodymap-*` custom properties set on the element reach inside. */
export const ThemedFromThePage: Story = {
  args: { view: 'front', theme: 'dark' },
  render: ({ view, locale, theme }) => (
    <div style={{ background: '#10181d', padding: '1rem' }}>
      <body-map view={view} locale={locale} theme={theme} style={{ ['--bodymap-accent' as string]: '#f0b35a', ['--bodymap-on-accent' as string]: '#10181d' }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const { canvas } = shadow(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Front', pressed: true })).toHaveStyle({ backgroundColor: 'rgb(240, 179, 90)' });
  },
};
