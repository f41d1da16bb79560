import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

/**
 * A plain static file server, as any web host would be: a path is looked up in each folder in turn.
 * Port 0 takes any free port; the returned server's `address().port` says which.
 * @param {string[]} folders
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function serveFolders(folders, port) {
  const server = createServer((request, response) => {
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
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
