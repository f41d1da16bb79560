// `<body-map>` in Preact JSX, typed: `import type {} from '@bodymap/element/preact-jsx'` once in
// the app. A module of its own, so that a page without Preact's types never reads this augmentation.
import type { BodyMapAttributes, BodyMapElement } from './element.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting Preact's JSX namespace is the only way to type a custom element's tag
  namespace JSX {
    interface IntrinsicElements {
      'body-map': import('preact').HTMLAttributes<BodyMapElement> & BodyMapAttributes;
    }
  }
}
