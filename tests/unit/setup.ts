import '@testing-library/jest-dom/vitest';
import { installReactRenders } from '../support/react-renders.ts';

// React DOM looks for the DevTools hook once, when it loads, so the render counter goes in before
// anything loads it; the render-count tests read it.
installReactRenders(globalThis);

// jsdom has no SVG layout; geometry that needs it is checked in the real-browser suites.
// Node-environment tests (server rendering) have no SVGElement at all.
if (typeof SVGElement !== 'undefined' && !('getScreenCTM' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getScreenCTM', {
    configurable: true,
    value: () => null,
  });
}

// Views, panels and languages load on demand through real dynamic imports, and a module's first
// import is transformed on the spot, which can take seconds on a busy machine: `findBy*` waits
// that long, rather than Testing Library's default of one second.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}
