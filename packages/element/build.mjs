// Builds @bodymap/element three ways: the package module (React and the other packages left as
// imports), the script-tag bundle (everything inside, ESM, with the views, locales and panels as
// chunks beside it, loaded relative to the script's own address), and an IIFE variant of that
// bundle in one file for pages that cannot load modules. Then the type declarations.
// The script files carry their own runtime, so they run on Preact's compatibility layer instead of
// React: 6 kB at most against 67 kB for React and React DOM, for a page that only wants the map.
// The package module keeps importing React, which the host application brings.
// The module script's first view holds only the first view's part of the map's stylesheet; each
// other part comes with the code that draws it (stylesheetParts, below).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

// @bodymap/react's stylesheet is written in parts that its styles.css joins in order; its modules
// are read as the package ships them.
const reactPackage = new URL('.', import.meta.resolve('@bodymap/react/package.json'));
const partNames = [...readFileSync(new URL('src/styles.css', reactPackage), 'utf8').matchAll(/^@import '\.\/styles\/([\w-]+)\.css';$/gm)].map(
  ([, name]) => name,
);
const partFile = (name) => fileURLToPath(new URL(`src/styles/${name}.css`, reactPackage));
// The parts each module loaded on demand hands out, and the modules it draws with
// (stylesheet-parts.json, which a test checks against the stylesheet and the modules).
const partsOfModules = new Map(
  Object.entries(JSON.parse(readFileSync(new URL('./stylesheet-parts.json', import.meta.url), 'utf8'))).map(([module, { parts }]) => [
    fileURLToPath(new URL(`dist/${module}.js`, reactPackage)),
    parts,
  ]),
);

/**
 * Gives each element's shadow root the first view's part of the stylesheet alone
 * (src/stylesheet-parts.ts in place of src/shadow-styles.ts), and makes the code of each module
 * loaded on demand (the panel, intake mode, the finder, routines, referral patterns) hand the parts
 * it draws with to every element's shadow root as it first runs, before anything of it renders.
 */
function stylesheetParts() {
  const registry = entry('stylesheet-parts');
  return {
    name: 'bodymap:stylesheet-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './shadow-styles.js' && importer === entry('element')) {
        return registry;
      }
      return source === '@bodymap/react/styles.css?inline' ? `${partFile(partNames[0])}?inline` : undefined;
    },
    transform(code, id) {
      const parts = partsOfModules.get(id);
      if (!parts) {
        return undefined;
      }
      const imports = parts.map((name, index) => `import part${index} from ${JSON.stringify(`${partFile(name)}?inline`)};`);
      const calls = parts.map((name, index) => `addStylesheetPart(${JSON.stringify(name)}, ${partNames.indexOf(name)}, part${index});`);
      return { code: [`import { addStylesheetPart } from ${JSON.stringify(registry)};`, ...imports, ...calls, code].join('\n'), map: null };
    },
  };
}

function bundle({ outDir, lib, external, output, manifest = false, script, splitStyles = false, entrySignatures }) {
  return build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    plugins: splitStyles ? [stylesheetParts()] : [],
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
        preserveEntrySignatures: entrySignatures,
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
  output: {
    chunkFileNames: 'bodymap-[name]-[hash].js',
    // Everything the first view needs in one file, rather than a dozen small ones that compress
    // apart: Rolldown keeps an entry that exports apart from the modules it shares with chunks loaded
    // on demand (rolldown#10731). A module is in that file for what the first view runs, not for
    // every module it names: the content checks that only development builds run (behind
    // `process.env.NODE_ENV`) stay with the panel, which checks each panel it shows. What loads on
    // demand is split as before.
    codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }], includeDependenciesRecursively: false },
  },
  // Needed for the option above: the entry may export more than its own exports, for its chunks.
  entrySignatures: 'allow-extension',
  // The chunk graph, for measuring what a page downloads (tests/scripts/size.mjs).
  manifest: true,
  script: true,
  splitStyles: true,
});

// One file holds all the code, so it holds the whole stylesheet too.
await bundle({
  outDir: 'dist/script',
  lib: { entry: entry('index'), formats: ['iife'], name: 'bodymap', fileName: () => 'bodymap.iife.js' },
  script: true,
});

execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });
