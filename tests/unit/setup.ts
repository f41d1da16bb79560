import '@testing-library/jest-dom/vitest';

// jsdom has no SVG layout; geometry that needs it is checked in the real-browser suites.
if (!('getScreenCTM' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getScreenCTM', {
    configurable: true,
    value: () => null,
  });
}
