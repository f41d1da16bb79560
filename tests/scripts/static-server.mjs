#!/usr/bin/env node
// A plain static file server, as any web host would be, for the embedding examples: it serves
// docs/examples/plain-html with the script-tag build (packages/element/dist/script) beside it.
//   node tests/scripts/static-server.mjs [PORT]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folders = ['docs/examples/plain-html', 'packages/element/dist/script'].map((folder) => join(root, folder));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
const port = Number(process.argv[2] ?? 6112);

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const name = path.endsWith('/') ? `${path}index.html` : path;
  for (const folder of folders) {
    const file = join(folder, name);
    if (file.startsWith(folder) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
      createReadStream(file).pipe(response);
      return;
    }
  }
  response.writeHead(404).end('not found');
}).listen(port, '127.0.0.1', () => console.log(`serving the embedding examples on http://127.0.0.1:${port}/`));
