import type { MockInstance } from 'vitest';
import { createBodyMap, loadRoutineMode, readLoadable } from '@bodymap/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fixtureAtlas, fixturePanelStrings } from '../../../tests/unit/fixture.ts';
import { fakePlatform } from '../../../tests/unit/fake-platform.ts';
import { routineContent } from '../../../tests/unit/routine-fixture.ts';
import { BodyMap, type BodyMapProps } from './body-map.js';
import * as BodyMapParts from './index.js';

/** A clock the test moves by hand, in frames of 16 ms, with React told of what the frames change. */
function fakeClock() {
  const clock = fakePlatform({ reducedMotion: true });
  return { platform: clock.platform, run: (ms: number) => act(() => clock.run(ms)) };
}

const content = routineContent();

function renderMap(props: Partial<BodyMapProps> = {}) {
  const user = userEvent.setup();
  const view = render(<BodyMap atlas={fixtureAtlas} locales={{ en: content }} content={content} routine="test-routine" {...props} />);
  return { user, ...view };
}

const routineSection = () => screen.findByRole('region', { name: 'A short routine' });

let warn: MockInstance<typeof console.warn>;
beforeAll(async () => {
  const state = readLoadable(loadRoutineMode);
  if (state.status === 'loading') {
    await state.promise;
  }
});
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('BodyMap.Routine', () => {
  it('renders nothing without a routine', async () => {
    render(<BodyMap atlas={fixtureAtlas} content={content} />);
    await act(() => Promise.resolve());
    expect(document.querySelector('.bodymap-routine')).toBeNull();
  });

  it('opens with the title, summary, honest evidence, cautions and the not-medical-advice note', async () => {
    renderMap();
    const section = await routineSection();
    const inside = within(section);
    expect(inside.getByRole('heading', { level: 2, name: 'A short routine' })).toBeInTheDocument();
    expect(inside.getByText('Three steps from the head to the arm.')).toBeInTheDocument();
    const badge = inside.getByText(fixturePanelStrings.evidence.mixed);
    expect(badge).toHaveAttribute('data-evidence', 'mixed');
    expect(inside.getByText(/none beat a sham/)).toBeInTheDocument();
    expect(inside.getByRole('link', { name: 'A trial of self-massage' })).toHaveAttribute('href', 'https://example.org/trial');
    expect(within(inside.getByRole('region', { name: 'Take care' })).getByText('Stop if it hurts.')).toBeInTheDocument();
    expect(inside.getByText(fixturePanelStrings.disclaimer)).toBeInTheDocument();
  });

  it('shows one step at a time, with Previous and Next disabled at the ends', async () => {
    const onRoutineStepChange = vi.fn();
    const { user } = renderMap({ onRoutineStepChange });
    const section = await routineSection();
    const inside = within(section);
    const step = inside.getByRole('region', { name: 'Step 1 of 3 Head' });
    expect(within(step).getByText('Small circles at the temples.')).toBeInTheDocument();
    expect(within(step).getByText('2/5')).toBeInTheDocument();
    expect(within(step).getByText('30 seconds')).toBeInTheDocument();
    expect(within(step).getByRole('list', { name: 'Take care' })).toHaveTextContent('Keep it gentle.');
    const previous = inside.getByRole('button', { name: 'Previous step' });
    const next = inside.getByRole('button', { name: 'Next step' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).not.toHaveAttribute('aria-disabled');

    await user.click(next);
    expect(onRoutineStepChange).toHaveBeenLastCalledWith(1);
    expect(section).toHaveAttribute('data-step', '1');
    expect(inside.getByRole('region', { name: 'Step 2 of 3 Upper back' })).toHaveTextContent('1 minute');
    await user.click(inside.getByRole('button', { name: 'Next step' }));
    expect(inside.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
    // Pressed at the end, it stays where it is and keeps the focus.
    await user.click(inside.getByRole('button', { name: 'Next step' }));
    expect(onRoutineStepChange).toHaveBeenCalledTimes(2);
    expect(inside.getByRole('button', { name: 'Next step' })).toHaveFocus();
  });

  it('outlines the step’s region on the figure, following the step', async () => {
    const { user } = renderMap();
    const section = await routineSection();
    const outline = () => document.querySelector('.bodymap-scene .bodymap-routine-outline');
    expect(outline()).toHaveAttribute('d', screen.getByRole('button', { name: 'Head' }).getAttribute('d'));
    await user.click(within(section).getByRole('button', { name: 'Next step' }));
    // The upper back is in the back view, which loads on demand.
    await screen.findByRole('button', { name: 'Upper back' });
    await waitFor(() => expect(outline()).toHaveAttribute('d', screen.getByRole('button', { name: 'Upper back' }).getAttribute('d')));
  });

  it('steps by keyboard alone', async () => {
    const { user } = renderMap();
    const section = await routineSection();
    within(section).getByRole('button', { name: 'Next step' }).focus();
    await user.keyboard('{Enter}');
    expect(within(section).getByRole('heading', { name: 'Step 2 of 3 Upper back' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(within(section).getByRole('heading', { name: 'Step 3 of 3 Left arm' })).toBeInTheDocument();
  });

  it('counts the step down in a timer, with Start and Pause, announcing only its start and end', async () => {
    const clock = fakeClock();
    const map = createBodyMap({ atlas: fixtureAtlas, locales: { en: content }, routine: 'test-routine', platform: clock.platform });
    const { user } = renderMap({ controller: map });
    const section = await routineSection();
    const timer = within(section).getByRole('timer');
    expect(timer).toHaveTextContent('0:30');
    await user.click(within(section).getByRole('button', { name: 'Start timer' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Timer started: Head');
    expect(section.querySelector('[data-timer]')).toHaveAttribute('data-timer', 'running');
    clock.run(5000);
    expect(timer).toHaveTextContent('0:25');
    expect(status).toHaveTextContent('Timer started: Head');
    await user.click(within(section).getByRole('button', { name: 'Pause timer' }));
    clock.run(5000);
    expect(timer).toHaveTextContent('0:25');
    await user.click(within(section).getByRole('button', { name: 'Start timer' }));
    clock.run(25_000);
    expect(timer).toHaveTextContent('0:00');
    expect(status).toHaveTextContent('Time is up: Head');
    expect(section.querySelector('[data-timer]')).toHaveAttribute('data-timer', 'finished');
  });

  it('follows a controlled step', async () => {
    function Controlled() {
      const [step, setStep] = useState(2);
      return (
        <>
          <button type="button" onClick={() => setStep(0)}>
            Back to the start
          </button>
          <BodyMap atlas={fixtureAtlas} locales={{ en: content }} content={content} routine="test-routine" routineStep={step} onRoutineStepChange={setStep} />
        </>
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    const section = await routineSection();
    expect(within(section).getByRole('heading', { name: 'Step 3 of 3 Left arm' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Previous step' }));
    expect(within(section).getByRole('heading', { name: 'Step 2 of 3 Upper back' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(within(section).getByRole('heading', { name: 'Step 1 of 3 Head' })).toBeInTheDocument();
  });

  it('says when the routines could not be loaded, and tries again', async () => {
    let fail = true;
    const failing = routineContent(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(routineContent().routines as never)));
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} locales={{ en: failing }} content={failing} routine="test-routine" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(content.strings.loadFailed);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: content.strings.retry }));
    expect(await routineSection()).toBeInTheDocument();
  });

  it('is a part of its own under both names', () => {
    expect(BodyMapParts.Routine).toBe(BodyMapParts.BodyMapRoutine);
  });
});
