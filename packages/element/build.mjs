// Builds @bodymap/element three ways: the package module (React and the other packages left as
// imports), the script-tag bundle (everything inside, ESM, with the views, locales and panels as
// chunks beside it, loaded relative to the script's own address), and an IIFE variant of that
// bundle in one file for pages that cannot load modules. Then the type declarations.
// The script files carry their own runtime, so they run on Preact's compatibility layer instead of
// React: 6 kB at most against 67 kB for React and React DOM, for a page that only wants the map.
// The package module keeps importing React, which the host application brings.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const entry = (name) => fileURLToPath(new URL(`./src/${name}.ts`, import.meta.url));

const preact = (specifier) => fileURLToPath(import.meta.resolve(specifier));
const preactForReact = [
  { find: /^react$/, replacement: preact('preact/compat') },
  { find: /^react-dom$/, replacement: preact('preact/compat') },
  { find: /^react-dom\/client$/, replacement: preact('preact/compat/client') },
  { find: /^react\/jsx-runtime$/, replacement: preact('preact/compat/jsx-runtime') },
];

function bundle({ outDir, lib, external, output, manifest = false, script }) {
  return build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    define: script ? { 'process.env.NODE_ENV': '"production"' } : {},
    resolve: { alias: script ? preactForReact : [] },
    build: {
      outDir,
      emptyOutDir: false,
      minify: script,
      // The package module keeps maps to its sources; the minified script files ship without.
      sourcemap: !script,
      manifest,
      lib,
      rollupOptions: {
        external,
        // Library mode leaves an ES module's whitespace and annotations for an application's
        // bundler to minify; a script file is what the page downloads, so it is minified whole.
        output: script ? { ...output, minify: true, comments: false } : output,
      },
    },
  });
}

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await bundle({
  outDir: 'dist',
  lib: { entry: { index: entry('index'), element: entry('element') }, formats: ['es'] },
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@bodymap\/(core|content|react)$/],
  script: false,
});

await bundle({
  outDir: 'dist/script',
  lib: { entry: entry('index'), formats: ['es'], fileName: () => 'bodymap.js' },
  output: { chunkFileNames: 'bodymap-[name]-[hash].js' },
  // The chunk graph, for measuring what a page downloads (tests/scripts/size.mjs).
  manifest: true,
  script: true,
});

await bundle({
  outDir: 'dist/script',
  lib: { entry: entry('index'), formats: ['iife'], name: 'bodymap', fileName: () => 'bodymap.iife.js' },
  script: true,
});

execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });
