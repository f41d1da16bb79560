import { initialRoutineState, reduceRoutine, routineTimeLeft, type RoutineAction, type RoutineState } from './routine-state.js';

// Three steps of 30, 60 and 45 seconds.
const durations = [30, 60, 45];
const run = (actions: readonly RoutineAction[], from: RoutineState = initialRoutineState) =>
  actions.reduce((state, action) => reduceRoutine(state, action, durations), from);
const started = run([{ type: 'start-routine', routine: 'tension-headache' }]);

describe('reduceRoutine', () => {
  it('starts a routine at its first step with the timer not started', () => {
    expect(started).toEqual({ routine: 'tension-headache', step: 0, timer: { status: 'idle' } });
    expect(routineTimeLeft(started, durations, 1000)).toBe(30);
  });

  it('steps forward and back, and stays put at either end', () => {
    expect(run([{ type: 'previous' }], started).step).toBe(0);
    expect(run([{ type: 'next' }], started).step).toBe(1);
    expect(run([{ type: 'next' }, { type: 'next' }, { type: 'next' }], started).step).toBe(2);
    expect(run([{ type: 'next' }, { type: 'next' }, { type: 'previous' }], started).step).toBe(1);
  });

  it('goes to a given step, bounded by the routine, and ignores a step that is not a whole number', () => {
    expect(run([{ type: 'go-to-step', step: 2 }], started).step).toBe(2);
    expect(run([{ type: 'go-to-step', step: 9 }], started).step).toBe(2);
    expect(run([{ type: 'go-to-step', step: -3 }], started).step).toBe(0);
    expect(run([{ type: 'go-to-step', step: 1 }, { type: 'go-to-step', step: 1.5 }], started).step).toBe(1);
    expect(run([{ type: 'go-to-step', step: 1 }, { type: 'go-to-step', step: Number.NaN }], started).step).toBe(1);
  });

  it('counts down from the start time, in whole seconds', () => {
    const running = run([{ type: 'start-timer', now: 10_000 }], started);
    expect(running.timer).toEqual({ status: 'running', startedAt: 10_000, before: 0 });
    expect(routineTimeLeft(running, durations, 10_000)).toBe(30);
    expect(routineTimeLeft(running, durations, 10_400)).toBe(30);
    expect(routineTimeLeft(running, durations, 11_000)).toBe(29);
    expect(routineTimeLeft(running, durations, 39_500)).toBe(1);
  });

  it('pauses with the time run, and resumes from it', () => {
    const paused = run([{ type: 'start-timer', now: 0 }, { type: 'pause-timer', now: 12_000 }], started);
    expect(paused.timer).toEqual({ status: 'paused', elapsed: 12_000 });
    // Time passing while paused leaves the time left alone.
    expect(routineTimeLeft(paused, durations, 500_000)).toBe(18);
    const resumed = run([{ type: 'start-timer', now: 100_000 }], paused);
    expect(resumed.timer).toEqual({ status: 'running', startedAt: 100_000, before: 12_000 });
    expect(routineTimeLeft(resumed, durations, 105_000)).toBe(13);
  });

  it('finishes once a tick comes at or after the step’s length, and not before', () => {
    const running = run([{ type: 'start-timer', now: 0 }], started);
    expect(run([{ type: 'tick', now: 29_999 }], running).timer.status).toBe('running');
    const finished = run([{ type: 'tick', now: 30_000 }], running);
    expect(finished.timer).toEqual({ status: 'finished' });
    expect(routineTimeLeft(finished, durations, 30_000)).toBe(0);
    // A tick on a timer that is not running changes nothing.
    expect(run([{ type: 'tick', now: 90_000 }], started)).toBe(started);
  });

  it('counts a pause after the end as the end', () => {
    const late = run([{ type: 'start-timer', now: 0 }, { type: 'pause-timer', now: 31_000 }], started);
    expect(late.timer).toEqual({ status: 'finished' });
  });

  it('starts a finished timer again from the full length', () => {
    const again = run([{ type: 'start-timer', now: 0 }, { type: 'tick', now: 30_000 }, { type: 'start-timer', now: 40_000 }], started);
    expect(again.timer).toEqual({ status: 'running', startedAt: 40_000, before: 0 });
    expect(routineTimeLeft(again, durations, 40_000)).toBe(30);
  });

  it('sets the timer back when the step changes, and measures the new step', () => {
    const moved = run([{ type: 'start-timer', now: 0 }, { type: 'next' }], started);
    expect(moved).toEqual({ routine: 'tension-headache', step: 1, timer: { status: 'idle' } });
    expect(routineTimeLeft(moved, durations, 5000)).toBe(60);
  });

  it('leaves the state as it is for a start or pause that changes nothing', () => {
    const running = run([{ type: 'start-timer', now: 0 }], started);
    expect(run([{ type: 'start-timer', now: 5000 }], running)).toBe(running);
    expect(run([{ type: 'pause-timer', now: 5000 }], started)).toBe(started);
    expect(run([{ type: 'go-to-step', step: 0 }], started)).toBe(started);
  });
});
