import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const source = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Storybook and the tests run against the TypeScript sources, so nothing needs building first.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@bodymap/core': source('core'),
      '@bodymap/content': source('content'),
      '@bodymap/react': source('react'),
    },
  },
});
