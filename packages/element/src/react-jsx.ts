// `<body-map>` in React 19 JSX, typed: `import type {} from '@bodymap/element/react-jsx'` once in
// the app. A module of its own, so that a page without React types never reads this augmentation.
import type { BodyMapAttributes, BodyMapElement } from './element.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting React's JSX namespace is the only way to type a custom element's tag
  namespace JSX {
    interface IntrinsicElements {
      'body-map': import('react').DetailedHTMLProps<import('react').HTMLAttributes<BodyMapElement>, BodyMapElement> & BodyMapAttributes;
    }
  }
}
