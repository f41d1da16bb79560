#!/usr/bin/env node
// A plain static file server, as any web host would be, for the embedding examples: it serves
// docs/examples/plain-html with the script-tag build (packages/element/dist/script) beside it.
//   node tests/scripts/static-server.mjs [PORT]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolders } from './serve-folders.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folders = ['docs/examples/plain-html', 'packages/element/dist/script'].map((folder) => join(root, folder));
const port = Number(process.argv[2] ?? 6112);

await serveFolders(folders, port);
console.log(`serving the embedding examples on http://127.0.0.1:${port}/`);
