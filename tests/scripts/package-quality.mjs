#!/usr/bin/env node
// `pnpm package-quality`: checks what each publishable package would put on npm. For every package
// under packages/* that is not private, it packs the built package with `pnpm pack` (which turns
// `workspace:*` into real versions, as publishing does) and checks that tarball three ways:
//   contents  no tests, tsconfig, node_modules or build caches, every source map resolves
//             (its sources are shipped too, or embedded as sourcesContent), and every link in the
//             README leads somewhere from the registry's page (an absolute address, or a file
//             in the tarball);
//   publint   the package.json fields and exports against the files (strict: warnings fail too);
//   attw      the types each entry point resolves to, under TypeScript's module resolutions
//             (profile esm-only unless the package offers a `require` condition or .cjs files;
//             a package's own .attw.json, if any, refines this).
// Run `pnpm build` first. Prints one line per package and check; exits non-zero on any problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packagesDir = join(root, 'packages');
const require = createRequire(import.meta.url);
const attwManifest = require.resolve('@arethetypeswrong/cli/package.json');
const attwBin = join(dirname(attwManifest), require(attwManifest).bin.attw);

// Files a user never needs, matched against paths inside the tarball.
const forbidden = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/\.(test|spec)\.[cm]?[jt]sx?(\.map)?$|\.(test|spec)\.d\.[cm]?ts(\.map)?$|(^|\/)__tests__\//, 'test file'],
  [/\.stories\.[cm]?[jt]sx?$|\.stories\.mdx?$/, 'story'],
  [/(^|\/)tsconfig[^/]*\.json$/, 'tsconfig'],
  [/\.tsbuildinfo$/, 'build cache'],
  [/(^|\/)\.[^/]+$/, 'dotfile'],
];
// Extensions of modules and types; an export whose targets are all something else (a stylesheet,
// an image) has no types to check, so attw skips it.
const codeExtension = /\.([cm]?js|[cm]?jsx|d\.[cm]?ts|[cm]?tsx?|json)$/;

const packages = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
  .map((entry) => {
    const dir = join(packagesDir, entry.name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { dir, folder: `packages/${entry.name}`, pkg: { ...pkg, name: pkg.name ?? `packages/${entry.name}` } };
  })
  .filter(({ pkg }) => !pkg.private)
  .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));

if (packages.length === 0) {
  console.error('package-quality: no publishable packages found under packages/');
  process.exit(1);
}

const width = Math.max(...packages.map(({ pkg }) => pkg.name.length));
let failures = 0;
function report(name, check, ok, summary, details = []) {
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(width)}  ${check.padEnd(8)}  ${summary}`);
  for (const line of details) console.log(`        ${line}`);
}

const scratch = mkdtempSync(join(tmpdir(), 'bodymap-package-quality-'));
try {
  for (const { dir, folder, pkg } of packages) {
    const name = pkg.name;
    if (!existsSync(join(dir, 'dist'))) {
      report(name, 'build', false, `no ${folder}/dist: run \`pnpm build\` first (this script checks the built packages)`);
      continue;
    }

    const destination = join(scratch, name.replace(/[@/]/g, '_'));
    mkdirSync(destination);
    const packed = spawnSync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' });
    const tarballName = readdirSync(destination).find((file) => file.endsWith('.tgz'));
    if (packed.status !== 0 || !tarballName) {
      report(name, 'pack', false, '`pnpm pack` failed', `${packed.stderr ?? ''}${packed.stdout ?? ''}${packed.error?.message ?? ''}`.trim().split('\n'));
      continue;
    }
    const tarballPath = join(destination, tarballName);
    const tarball = readFileSync(tarballPath);

    checkContents(name, tarball);
    await checkPublint(name, tarball);
    checkTypes(name, dir, pkg, tarballPath);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures > 0) {
  console.error(`\npackage-quality: ${failures} problem${failures === 1 ? '' : 's'} (see FAIL lines above)`);
  process.exit(1);
}
console.log(`\npackage-quality: ${packages.length} package${packages.length === 1 ? '' : 's'} checked, no problems`);

function checkContents(name, tarball) {
  const files = untar(gunzipSync(tarball));
  const problems = [];
  const unresolved = [];
  let unpacked = 0;
  for (const [path, data] of files) {
    unpacked += data.length;
    for (const [pattern, what] of forbidden) {
      if (pattern.test(path)) problems.push(`${path}: ${what}, not needed by users (exclude it in "files")`);
    }
    if (path.endsWith('.map')) {
      let map;
      try {
        map = JSON.parse(data.toString('utf8'));
      } catch {
        problems.push(`${path}: not valid JSON`);
        continue;
      }
      const base = posix.join(posix.dirname(path), map.sourceRoot ?? '');
      (map.sources ?? []).forEach((source, index) => {
        if (map.sourcesContent?.[index] != null || /^[a-z]+:/i.test(source)) return;
        const target = posix.normalize(posix.join(base, source));
        if (!files.has(target)) unresolved.push(`${path}: source ${source} is not in the package`);
      });
    }
  }
  // A module's relative imports must name files that are shipped, as Node resolves them: exactly,
  // with no extension tried (a bundler that tries extensions would hide a missing one).
  for (const [path, data] of files) {
    if (!/\.[cm]?js$/.test(path)) continue;
    for (const [, specifier] of data.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.normalize(posix.join(posix.dirname(path), specifier));
      if (!files.has(target)) problems.push(`${path}: imports ${specifier}, which is not in the package`);
    }
  }
  // The registry shows the README on its own, so a relative link must name a file in the tarball.
  const readme = files.get('README.md')?.toString('utf8') ?? '';
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (!/^([a-z]+:|#)/i.test(target) && !files.has(posix.normalize(target.split('#')[0]))) {
      problems.push(`README.md: the link to ${target} leads nowhere from the registry (link absolutely, or ship the file)`);
    }
  }
  if (unresolved.length) {
    problems.push(
      `${unresolved.length} source map entr${unresolved.length === 1 ? 'y points' : 'ies point'} at files that are not shipped: ship them (or embed sourcesContent), or stop emitting the maps`,
      ...unresolved.slice(0, 3).map((line) => `  ${line}`),
      ...(unresolved.length > 3 ? [`  ... and ${unresolved.length - 3} more`] : []),
    );
  }
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const summary = `${files.size} files, ${kB(tarball.length)} packed, ${kB(unpacked)} unpacked`;
  report(name, 'contents', problems.length === 0, summary, problems);
}

async function checkPublint(name, tarball) {
  const data = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: data }, strict: true, level: 'suggestion' });
  const problems = messages.filter((message) => message.type !== 'suggestion');
  const lines = messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`);
  const suggestions = messages.length - problems.length;
  const summary = problems.length
    ? `${problems.length} error${problems.length === 1 ? '' : 's'} (strict: warnings count as errors)`
    : suggestions
      ? `no errors or warnings, ${suggestions} suggestion${suggestions === 1 ? '' : 's'}`
      : 'no issues';
  report(name, 'publint', problems.length === 0, summary, lines);
}

function checkTypes(name, dir, pkg, tarballPath) {
  const targets = (value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
  const subpaths = pkg.exports && typeof pkg.exports === 'object' && Object.keys(pkg.exports).every((key) => key.startsWith('.'))
    ? Object.entries(pkg.exports)
    : [];
  const assets = subpaths
    .filter(([, value]) => targets(value).length > 0 && targets(value).every((target) => !codeExtension.test(target)))
    .map(([subpath]) => subpath);
  const offersCommonJs =
    pkg.type !== 'module' || JSON.stringify(pkg.exports ?? {}).includes('"require"') || targets(pkg.exports).some((t) => t.endsWith('.cjs'));
  const profile = offersCommonJs ? 'strict' : 'esm-only';
  // attw reads .attw.json from its working directory, so a package can adjust the check there
  // (profile, ignoreRules, excludeEntrypoints); its settings take precedence over these defaults.
  const config = existsSync(join(dir, '.attw.json')) ? ', with the package\'s .attw.json' : '';

  const args = [attwBin, tarballPath, '--profile', profile, '--format', 'ascii', '--no-color', '--no-emoji'];
  if (assets.length) args.push('--exclude-entrypoints', ...assets);
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  const skipped = `${config}${assets.length ? `; skipped non-code ${assets.join(', ')}` : ''}`;
  if (result.status === 0) {
    report(name, 'attw', true, `no problems (profile ${profile}${skipped})`);
  } else {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim();
    report(name, 'attw', false, `problems found (profile ${profile}${skipped})`, output.split('\n'));
  }
}

/** The regular files of an uncompressed tar archive, by path without npm's leading `package/`. */
function untar(buffer) {
  const files = new Map();
  let longPath;
  for (let offset = 0; offset + 512 <= buffer.length; ) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const prefix = text(345, 155);
    const body = buffer.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      continue;
    }
    if (type === 'L') {
      longPath = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const path = longPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    longPath = undefined;
    if (type === '0' || type === '7') files.set(path.replace(/^[^/]+\//, ''), Buffer.from(body));
  }
  return files;
}
