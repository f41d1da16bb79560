// Counts React's commits and the components they render (tests/support/react-renders.ts). page.ts
// imports this module before anything else, so that the hook is there before React DOM is
// evaluated; the benchmark checks that React DOM did connect to it.
import { installReactRenders } from '../../support/react-renders.ts';

/** When React last committed, as `performance.now()`. */
export const lastCommit = { time: 0 };

export const renders = installReactRenders(window, {
  onCommit() {
    lastCommit.time = performance.now();
  },
});
