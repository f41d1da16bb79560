import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Axe violations fail the story tests instead of only being listed.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Docs', ['Getting started', 'Public contract', 'Styling', 'Content', 'Bundle size'], 'BodyMap', 'Primitives', 'Custom content'] } },
  },
};

export default preview;
