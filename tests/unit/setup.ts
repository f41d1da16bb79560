import '@testing-library/jest-dom/vitest';

// jsdom has no SVG layout; geometry that needs it is checked in the real-browser suites.
// Node-environment tests (server rendering) have no SVGElement at all.
if (typeof SVGElement !== 'undefined' && !('getScreenCTM' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getScreenCTM', {
    configurable: true,
    value: () => null,
  });
}
