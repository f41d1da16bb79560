import '@bodymap/element';
import type {} from '@bodymap/element/react-jsx';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
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

function PostedHtmlForm({ locale }: { locale: 'en' | 'es' }) {
  const [posted, setPosted] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        // In place of the clinic's server: the JSON the form would post under "pain".
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('pain');
        setPosted(typeof value === 'string' ? value : '');
      }}
      onReset={() => setPosted(null)}
      style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}
    >
      <body-map mode="intake" name="pain" required locale={locale} />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="submit">Send</button>
        <button type="reset">Start again</button>
      </div>
      {posted !== null && (
        <output aria-label="Posted">
          <pre style={{ whiteSpace: 'pre-wrap', maxWidth: '28rem' }}>{posted}</pre>
        </output>
      )}
    </form>
  );
}

/**
 * `<body-map mode="intake" name="pain" required>` in a plain HTML form: a form-associated element,
 * so the form's data carries the marks as JSON, an empty map stops the submission with its own
 * message, and the reset button clears the marks. Send shows what the form would post.
 */
export const InAnHtmlForm: Story = {
  args: { locale: 'en' },
  render: ({ locale }) => <PostedHtmlForm locale={locale} />,
  play: async ({ canvasElement }) => {
    const { element, canvas } = shadow(canvasElement);
    const page = within(canvasElement);
    await canvas.findByText('No areas marked yet.');
    await userEvent.click(page.getByRole('button', { name: 'Send' }));
    await expect(await canvas.findByText('Mark at least one area that hurts.', { selector: '[part="validation"]' })).toBeVisible();
    await expect(page.queryByLabelText('Posted')).toBeNull();
    const knee = await canvas.findByRole('button', { name: 'Left knee' });
    knee.focus();
    await userEvent.keyboard(' 6');
    await waitFor(() => expect(element).toHaveProperty('value', [{ region: 'knee-left', intensity: 6, qualities: [], note: '' }]));
    await userEvent.click(page.getByRole('button', { name: 'Send' }));
    const posted = await page.findByLabelText('Posted');
    await expect(JSON.parse(posted.textContent ?? '')).toEqual([{ region: 'knee-left', intensity: 6, qualities: [], note: '' }]);
  },
};
