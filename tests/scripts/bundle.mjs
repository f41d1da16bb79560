// Bundling as an application would, for measuring what a page downloads (size.mjs) and for the
// benchmark pages (tests/bench/peers.mjs).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** React and React DOM, as `external`: left to the host application. */
export const reactModules = [/^react($|\/)/, /^react-dom($|\/)/];

/** Bytes after gzip at its highest level, as a server would compress a static file once. */
export const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** The files a set of chunks pulls in: each one and everything it imports statically, once. */
export function closure(starts, importsOf, exclude = new Set()) {
  const files = new Set();
  const add = (file) => {
    if (!files.has(file) && !exclude.has(file) && importsOf(file) !== undefined) {
      files.add(file);
      importsOf(file).forEach(add);
    }
  };
  starts.forEach(add);
  return files;
}

/**
 * A minified production build with the repository's Vite config (the React plugin, and the
 * @bodymap packages from their sources). Kept in memory and returned as Rolldown's output items,
 * unless `outDir` is given: then it is written there as a page that can be served from any folder,
 * with Vite's usual module preloading (left out in memory, as the preload helper is the host
 * application's cost, not the package's).
 */
export async function bundle({ input, external = [], alias = [], outDir, appRoot = root }) {
  const result = await build({
    root: appRoot,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    base: outDir === undefined ? '/' : './',
    resolve: { alias },
    build: {
      write: outDir !== undefined,
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      modulePreload: outDir !== undefined,
      rollupOptions: {
        input,
        external,
        output: { format: 'es' },
        preserveEntrySignatures: 'exports-only',
      },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((item) => item.output);
}

/**
 * The chunks of a bundle: `initial` is what its entries load before anything on demand, `bytes`
 * the gzipped size of a set of files, `chunkOf` the file of the chunk whose source matches.
 */
export function chunkGraph(output) {
  const chunks = output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // Vite adds its preload helper to a dynamic import even with module preloading off
  // (vitejs/vite#18551): that is the host's build tool's code, which any Vite app has once, not
  // ours, so no set of files counts it while it is a chunk of its own. Vite 8.4 puts it in the
  // entry, where it is counted with what the entry holds.
  const hostCode = new Set(chunks.filter((chunk) => Object.keys(chunk.modules).every((id) => id.endsWith('vite/preload-helper.js'))).map((chunk) => chunk.fileName));
  const importsOf = (file) => (hostCode.has(file) ? undefined : byName.get(file)?.imports);
  const bytes = (files) => [...files].reduce((sum, file) => sum + gzip(byName.get(file).code), 0);
  const initial = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName), importsOf);
  const source = (chunk) => (chunk.facadeModuleId ?? '').replace(root, '');
  const chunkOf = (pattern) => {
    const chunk = chunks.find((candidate) => pattern.test(source(candidate)));
    if (!chunk) {
      throw new Error(`No chunk for ${pattern}: is it still loaded on demand?`);
    }
    return chunk.fileName;
  };
  return { chunks, byName, importsOf, bytes, initial, source, chunkOf };
}
