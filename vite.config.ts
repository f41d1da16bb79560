import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const packages = fileURLToPath(new URL('./packages/', import.meta.url));

// Storybook and the tests run against the TypeScript sources, so nothing needs building first.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // The stylesheet keeps any query (`?inline` gives its text).
      { find: /^@bodymap\/react\/styles\.css/, replacement: `${packages}react/src/styles.css` },
      { find: /^@bodymap\/(core|content|react|element)$/, replacement: `${packages}$1/src/index.ts` },
    ],
  },
});
