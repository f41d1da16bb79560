/**
 * Where a step's timer is: not started, counting down since `startedAt` (with `before`
 * milliseconds already run before a pause), paused after `elapsed` milliseconds, or run out.
 */
export type RoutineTimer =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly startedAt: number; readonly before: number }
  | { readonly status: 'paused'; readonly elapsed: number }
  | { readonly status: 'finished' };

/** Every {@link RoutineTimerStatus}, for checking one given as text. */
export const routineTimerStatuses = ['idle', 'running', 'paused', 'finished'] as const;
export type RoutineTimerStatus = (typeof routineTimerStatuses)[number];

/** A routine being followed: which one, the step shown (from 0) and that step's timer. */
export interface RoutineState {
  readonly routine: string | null;
  readonly step: number;
  readonly timer: RoutineTimer;
}

/**
 * What can happen to a routine being followed. Times are milliseconds on the platform's clock, so
 * that the reducer never reads a clock itself.
 */
export type RoutineAction =
  | { readonly type: 'start-routine'; readonly routine: string }
  | { readonly type: 'go-to-step'; readonly step: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'start-timer'; readonly now: number }
  | { readonly type: 'pause-timer'; readonly now: number }
  | { readonly type: 'tick'; readonly now: number };

const idle: RoutineTimer = { status: 'idle' };

/** No routine followed yet. */
export const initialRoutineState: RoutineState = { routine: null, step: 0, timer: idle };

/** How long a timer has run, in milliseconds, at `now`. */
function elapsedOf(timer: RoutineTimer, now: number, duration: number): number {
  switch (timer.status) {
    case 'idle': {
      return 0;
    }
    case 'running': {
      return timer.before + Math.max(0, now - timer.startedAt);
    }
    case 'paused': {
      return timer.elapsed;
    }
    case 'finished': {
      return duration;
    }
    default: {
      return timer satisfies never;
    }
  }
}

/**
 * The next state of a routine being followed. `durations` are the routine's steps' lengths in
 * seconds: they bound the step and tell when a timer runs out. Moving to another step (or to the
 * same one again) sets its timer back to the start.
 */
export function reduceRoutine(state: RoutineState, action: RoutineAction, durations: readonly number[]): RoutineState {
  const last = Math.max(0, durations.length - 1);
  const goTo = (step: number): RoutineState => {
    const bounded = Number.isInteger(step) ? Math.min(last, Math.max(0, step)) : state.step;
    return bounded === state.step && state.timer.status === 'idle' ? state : { ...state, step: bounded, timer: idle };
  };
  const duration = (durations[state.step] ?? 0) * 1000;
  switch (action.type) {
    case 'start-routine': {
      return { routine: action.routine, step: 0, timer: idle };
    }
    case 'go-to-step': {
      return goTo(action.step);
    }
    case 'next': {
      return state.step >= last ? state : goTo(state.step + 1);
    }
    case 'previous': {
      return state.step <= 0 ? state : goTo(state.step - 1);
    }
    case 'start-timer': {
      const { timer } = state;
      if (timer.status === 'running') {
        return state;
      }
      // A timer that ran out starts again from the full length, as a second go at the step.
      const before = timer.status === 'paused' ? timer.elapsed : 0;
      return { ...state, timer: { status: 'running', startedAt: action.now, before } };
    }
    case 'pause-timer': {
      const { timer } = state;
      if (timer.status !== 'running') {
        return state;
      }
      const elapsed = elapsedOf(timer, action.now, duration);
      return { ...state, timer: elapsed >= duration ? { status: 'finished' } : { status: 'paused', elapsed } };
    }
    case 'tick': {
      return state.timer.status === 'running' && elapsedOf(state.timer, action.now, duration) >= duration ? { ...state, timer: { status: 'finished' } } : state;
    }
    default: {
      return action satisfies never;
    }
  }
}

/** The whole seconds left on the step's timer at `now` (a second just begun counts as left). */
export function routineTimeLeft(state: RoutineState, durations: readonly number[], now: number): number {
  const duration = (durations[state.step] ?? 0) * 1000;
  return Math.max(0, Math.ceil((duration - elapsedOf(state.timer, now, duration)) / 1000));
}
