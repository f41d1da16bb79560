// Builds @bodymap/element three ways: the package module (React and the other packages left as
// imports), the script-tag bundle (everything inside, ESM, with the views, locales and panels as
// chunks beside it, loaded relative to the script's own address), and an IIFE variant of that
// bundle in one file for pages that cannot load modules. Then the type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const entry = (name) => fileURLToPath(new URL(`./src/${name}.ts`, import.meta.url));

// React's entry says 'use client', which means nothing inside a bundle; the bundler's note on it is noise.
const onLog = (level, log, handler) => log.code === 'MODULE_LEVEL_DIRECTIVE' || handler(level, log);

function bundle({ outDir, lib, external, output, manifest = false, production }) {
  return build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    define: production ? { 'process.env.NODE_ENV': '"production"' } : {},
    build: {
      outDir,
      emptyOutDir: false,
      minify: production,
      // The package module keeps maps to its sources; the minified script bundle ships without.
      sourcemap: !production,
      manifest,
      lib,
      rollupOptions: { external, output, onLog },
    },
  });
}

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await bundle({
  outDir: 'dist',
  lib: { entry: { index: entry('index'), element: entry('element') }, formats: ['es'] },
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@bodymap\/(core|content|react)$/],
  production: false,
});

await bundle({
  outDir: 'dist/script',
  lib: { entry: entry('index'), formats: ['es'], fileName: () => 'bodymap.js' },
  output: { chunkFileNames: 'bodymap-[name]-[hash].js' },
  // The chunk graph, for measuring what a page downloads (tests/scripts/size.mjs).
  manifest: true,
  production: true,
});

await bundle({
  outDir: 'dist/script',
  lib: { entry: entry('index'), formats: ['iife'], name: 'bodymap', fileName: () => 'bodymap.iife.js' },
  production: true,
});

execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });
