import type { BodyMapPlatform } from '@bodymap/core';

/** A clock, frame queue and idle queue that a test advances by hand: no test waits on real time. */
export function fakePlatform({ reducedMotion = false } = {}) {
  let time = 0;
  let next = 1;
  const frames = new Map<number, (time: number) => void>();
  const idle = new Map<number, () => void>();
  const platform: BodyMapPlatform = {
    requestIdle: (callback) => {
      const handle = next++;
      idle.set(handle, callback);
      return () => idle.delete(handle);
    },
    now: () => time,
    requestFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelFrame: (handle) => {
      frames.delete(handle);
    },
    prefersReducedMotion: () => reducedMotion,
  };
  const runFrames = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const frame of due) {
      frame(time);
    }
  };
  return {
    platform,
    pending: () => frames.size,
    /** Runs the idle callbacks that were waiting, as a browser does once the page has nothing to do. */
    idle() {
      const due = [...idle.values()];
      idle.clear();
      for (const callback of due) {
        callback();
      }
    },
    /** Moves the clock on and runs the frames that were waiting. */
    advance(ms: number) {
      time += ms;
      runFrames();
    },
    /** Moves the clock on by `ms` in frames of 16 ms, running each frame as it comes. */
    run(ms: number) {
      const end = time + ms;
      while (time < end) {
        time = Math.min(end, time + 16);
        runFrames();
      }
    },
    /** Runs frames until none is left. */
    finish() {
      for (let guard = 0; frames.size > 0 && guard < 1000; guard++) {
        time += 16;
        runFrames();
      }
    },
  };
}
