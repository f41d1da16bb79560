import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { mapArgTypes } from './arg-types.ts';

const meta = {
  title: 'Routines',
  component: BodyMap,
  args: { routine: 'tension-headache', onRoutineStepChange: fn(), onViewChange: fn() },
  argTypes: {
    ...mapArgTypes,
    routine: { control: 'inline-radio', options: ['tension-headache', 'desk-neck-shoulders', 'lower-back-ball', 'tired-feet'] },
    routineStep: { control: false },
    defaultRoutineStep: { control: 'number' },
  },
  // A routine or language chosen in the controls is a new walk through it, from its first step.
  render: (args) => <BodyMap key={`${args.routine} ${args.locale}`} {...args} />,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The routine's part, found by its title once its code and words have loaded. */
const routineNamed = async (canvasElement: HTMLElement, title: string) => within(await within(canvasElement).findByRole('region', { name: title }, { timeout: 5000 }));

/**
 * Two minutes for a tension headache: the shoulders and neck first, where tender spots are reported
 * to send pain to the head, then the base of the skull and the temples. It says up front that
 * massage did not beat a sham treatment for how often these headaches come.
 */
export const TensionHeadache: Story = {
  play: async ({ canvasElement, args }) => {
    const routine = await routineNamed(canvasElement, 'Two minutes for a tension headache');
    await expect(routine.getByText(/did not cut how often headaches came/)).toBeVisible();
    await expect(routine.getByRole('region', { name: 'Cautions' })).toBeVisible();
    await expect(routine.getByText(/not medical advice/)).toBeVisible();
    await expect(routine.getByRole('heading', { name: 'Step 1 of 7 Left shoulder' })).toBeVisible();
    await expect(routine.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(routine.getByRole('button', { name: 'Next' }));
    await expect(routine.getByRole('heading', { name: 'Step 2 of 7 Right shoulder' })).toBeVisible();
    await expect(args.onRoutineStepChange).toHaveBeenCalledWith(1);
  },
};

/** The tension-headache routine as a visitor finds it, at its first step, to walk through by hand (or keyboard) and to print. */
export const WalkThrough: Story = {};

/** The same routine in Spanish. */
export const TensionHeadacheSpanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const routine = await routineNamed(canvasElement, 'Dos minutos para la cefalea tensional');
    await expect(routine.getByText(/^Paso 1 de 7$/)).toBeVisible();
    await expect(routine.getByRole('button', { name: 'Siguiente' })).toBeVisible();
    await expect(routine.getByRole('button', { name: 'Empezar' })).toBeVisible();
  },
};

/** A desk break for the neck and shoulders, its timer started and paused. */
export const DeskNeckShoulders: Story = {
  args: { routine: 'desk-neck-shoulders' },
  play: async ({ canvasElement }) => {
    const routine = await routineNamed(canvasElement, 'Desk break for the neck and shoulders');
    const timer = routine.getByRole('timer');
    const full = timer.textContent;
    await userEvent.click(routine.getByRole('button', { name: 'Start' }));
    await expect(routine.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(/step started/);
    await waitFor(() => expect(timer.textContent).not.toBe(full), { timeout: 3000 });
    await userEvent.click(routine.getByRole('button', { name: 'Pause' }));
    const paused = timer.textContent;
    await expect(routine.getByRole('button', { name: 'Start' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await expect(timer).toHaveTextContent(paused ?? '');
  },
};

/** The lower back with a ball against a wall: the map turns to the back and zooms to each step's side. */
export const LowerBackBall: Story = {
  args: { routine: 'lower-back-ball' },
  play: async ({ canvasElement, args }) => {
    await routineNamed(canvasElement, 'Lower back with a ball against a wall');
    await waitFor(() => expect(canvasElement.querySelector('.bodymap-root')).toHaveAttribute('data-view', 'back'));
    await expect(args.onViewChange).toHaveBeenCalledWith('back');
    // Zoomed in to the step's region once the back view is drawn.
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: 'Reset zoom' })).not.toHaveAttribute('aria-disabled'));
  },
};

/** Tired feet, on the soles: the map opens the soles view and zooms to each arch and row of toes. */
export const TiredFeet: Story = {
  args: { routine: 'tired-feet' },
  play: async ({ canvasElement }) => {
    const routine = await routineNamed(canvasElement, 'Tired feet');
    await waitFor(() => expect(canvasElement.querySelector('.bodymap-root')).toHaveAttribute('data-view', 'soles'));
    await expect(routine.getByRole('heading', { name: 'Step 1 of 4 Left sole: arch' })).toBeVisible();
    await userEvent.click(routine.getByRole('button', { name: 'Next' }));
    await expect(routine.getByRole('heading', { name: 'Step 2 of 4 Left sole: toes' })).toBeVisible();
  },
};

/** In a column as narrow as a phone, the routine sits below the figure and its controls wrap rather than overflow. */
export const Narrow: Story = {
  args: { routine: 'tension-headache', defaultRoutineStep: 4 },
  decorators: [
    (Story) => (
      <div style={{ width: 358 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const routine = await routineNamed(canvasElement, 'Two minutes for a tension headache');
    await expect(routine.getByRole('heading', { name: /^Step 5 of 7/ })).toBeVisible();
    const section = canvasElement.querySelector('.bodymap-routine')!;
    await expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
  },
};
