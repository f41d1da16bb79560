import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Axe violations fail the story tests instead of only being listed.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The introduction, then the guides in reading order, then the stories from the ready-made map down.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Docs',
          ['Getting started', 'Embedding', 'Layers', 'Content', 'Styling', 'Public contract', 'Testing', 'Bundle size', 'Zoom performance'],
          'BodyMap',
          ['Docs', 'Default', '*', 'Primitives', ['Docs', 'Composed'], 'Custom content', 'Zoom and detail', 'In an article'],
          'Element',
        ],
      },
    },
  },
};

export default preview;
