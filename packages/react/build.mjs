// Builds @bodymap/react: the modules and their types with tsc, the stylesheet beside them (its parts
// joined into one file, in the order src/styles.css imports them), and the entry for React Server
// Components hosts. That entry is the package's entry with `'use client'` first, resolved under the
// `react-server` condition only, so a server component can render the map while every other bundler
// gets the entry without the directive, which Rollup-based ones (Vite 7 and before) warn about in
// every app.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = (name) => fileURLToPath(new URL(`./dist/${name}`, import.meta.url));

rmSync(dist(''), { recursive: true, force: true });
execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });
const source = (name) => readFileSync(new URL(`./src/${name}`, import.meta.url), 'utf8');
const stylesheet = source('styles.css').replace(/^@import '\.\/(styles\/[\w-]+\.css)';\n/gm, (_line, part) => `${source(part)}\n`);
if (stylesheet.includes('@import')) {
  throw new Error('src/styles.css imports a part that is not in src/styles/: the stylesheet would not be one file.');
}
writeFileSync(dist('styles.css'), `${stylesheet.trimEnd()}\n`);
// The same exports as index.js, one line down: its source map would be off by a line, so it has none.
const entry = readFileSync(dist('index.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
writeFileSync(dist('client-boundary.js'), `'use client';\n${entry}`);
