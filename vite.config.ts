import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const packages = fileURLToPath(new URL('./packages/', import.meta.url));

// The content's sources import each panel's words as JSON `with { type: 'json' }`, as Node needs.
// Vite's development server turns the file into a JavaScript module but leaves the attribute on a
// dynamic import, which the browser then refuses; builds, and the published package, need nothing.
const jsonImportsInDevelopment: Plugin = {
  name: 'bodymap:json-imports-in-development',
  apply: 'serve',
  enforce: 'pre',
  transform(code, id) {
    return id.startsWith(`${packages}content/src/`) ? code.replaceAll(".json', { with: { type: 'json' } })", ".json')") : undefined;
  },
};

// Storybook and the tests run against the TypeScript sources, so nothing needs building first.
export default defineConfig({
  plugins: [react(), jsonImportsInDevelopment],
  // As Node reads a JSON module and the content package ships one: its default export alone.
  json: { namedExports: false },
  resolve: {
    alias: [
      // The stylesheet keeps any query (`?inline` gives its text).
      { find: /^@bodymap\/react\/styles\.css/, replacement: `${packages}react/src/styles.css` },
      { find: /^@bodymap\/(core|content|react|element)$/, replacement: `${packages}$1/src/index.ts` },
    ],
  },
});
