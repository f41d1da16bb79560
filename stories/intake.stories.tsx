import { BodyMap, type BodyMapMarks } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'Intake',
  component: BodyMap,
  args: { mode: 'intake', onValueChange: fn() },
  argTypes: mapArgTypes,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * "Where does it hurt?": each region is a toggle button. A tap or click marks it and opens its
 * editor (intensity, what it feels like, a note); Space or Enter marks the focused region, digits
 * 1–9 and 0 set the intensity, Delete removes the mark. The list below is the same value, as text.
 */
export const Intake: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const shoulder = await canvas.findByRole('button', { name: 'Left shoulder' });
    shoulder.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('7');
    // Keys pressed while intake mode's code still loads are acted on, in order, once it has.
    await waitFor(() => expect(shoulder).toHaveAttribute('data-intensity', '7'));
    await expect(shoulder).toHaveAttribute('aria-pressed', 'true');
    await expect(shoulder).toHaveAccessibleDescription('pain 7 of 10');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([{ region: 'shoulder-left', intensity: 7, qualities: [], note: '' }]);
    const list = await canvas.findByRole('list', { name: 'Areas that hurt' });
    await expect(within(list).getByText('Left shoulder')).toBeVisible();
    await expect(within(list).getByRole('button', { name: 'Remove Left shoulder' })).toBeVisible();
  },
};

function PostedForm({ defaultValue, locale }: { defaultValue?: BodyMapMarks; locale?: string }) {
  const [posted, setPosted] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('pain');
    setPosted(typeof value === 'string' ? value : '');
  };
  return (
    <form onSubmit={submit} onReset={() => setPosted(null)} style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}>
      <BodyMap mode="intake" name="pain" required defaultValue={defaultValue} locale={locale} />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="submit">{locale === 'es' ? 'Enviar' : 'Send'}</button>
        <button type="reset">{locale === 'es' ? 'Borrar' : 'Start again'}</button>
      </div>
      {posted !== null && (
        <output aria-label={locale === 'es' ? 'Enviado' : 'Posted'}>
          <pre style={{ whiteSpace: 'pre-wrap', maxWidth: '28rem' }}>{posted}</pre>
        </output>
      )}
    </form>
  );
}

/**
 * The map as a field of a React form: `name` puts the marks in the form's data as JSON, `required`
 * stops an empty submission with the map's own message, and the form's reset clears the marks.
 */
export const InAForm: Story = {
  // Tried by keyboard, touch and the form's own buttons in tests/e2e/intake.spec.ts, from this state.
  render: () => <PostedForm />,
};

/** A controlled value: the host holds the marks and shows them beside the map. */
export const Controlled: Story = {
  render: function Render() {
    const [value, setValue] = useState<BodyMapMarks>([{ region: 'lower-back-left', intensity: 6, qualities: ['aching', 'stiff'], note: '' }]);
    return (
      <div style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}>
        <BodyMap mode="intake" defaultView="back" value={value} onValueChange={setValue} />
        <p>
          Marked: {value.length === 0 ? 'nothing' : value.map((mark) => `${mark.region} (${mark.intensity})`).join(', ')}
        </p>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole('button', { name: 'Left lower back' });
    await expect(region).toHaveAttribute('aria-pressed', 'true');
    region.focus();
    await userEvent.keyboard('{Delete}');
    await expect(await canvas.findByText('Marked: nothing')).toBeVisible();
    await expect(region).toHaveAttribute('aria-pressed', 'false');
  },
};

/** A value filled in before, in Spanish: the list, the numbers on the figure and the form's words all follow the locale. */
export const PrefilledSpanish: Story = {
  render: () => (
    <PostedForm
      locale="es"
      defaultValue={[
        { region: 'shoulder-right', intensity: 8, qualities: ['sharp'], note: 'Al levantar el brazo' },
        { region: 'knee-left', intensity: 4, qualities: ['stiff'], note: '' },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Zonas que duelen' });
    await expect(within(list).getByText('dolor 8 de 10')).toBeVisible();
    await expect(within(list).getByText('Agudo')).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Hombro derecho' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * The printed page: print this story (Ctrl+P or ⌘P) and the map prints as a record of the marks,
 * the front and back figures side by side with the list below them, on one A4 or Letter page. On
 * screen it is the form as the client left it.
 */
export const PrintedPage: Story = {
  args: {
    defaultValue: [
      { region: 'shoulder-right', intensity: 7, qualities: ['aching', 'stiff'], note: 'Worse at the desk' },
      { region: 'neck-right', intensity: 5, qualities: ['stiff'], note: '' },
      { region: 'lower-back-left', intensity: 8, qualities: ['sharp'], note: 'When I bend to lift' },
      { region: 'knee-left', intensity: 3, qualities: ['aching'], note: '' },
      { region: 'calf-right', intensity: 2, qualities: ['tingling'], note: 'After running' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Areas that hurt' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  },
};
