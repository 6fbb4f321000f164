// A static file server for the release build, started and stopped by the tests themselves.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const distDir = join(projectRoot, 'dist');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1 on a free port. `mounts` maps URL prefixes (such as
 * '/support-triage/') to other folders. `headers` are added to every response (for example a
 * Content-Security-Policy). `handlers` maps exact paths to `(request, response) => void` for
 * dynamic answers. Resolves to `{ origin, port, close }`.
 */
export async function serveStatic({ root = distDir, mounts = {}, headers = {}, handlers = {} } = {}) {
  const sockets = new Set();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (handlers[pathname]) {
      handlers[pathname](request, response);
      return;
    }
    let base = root;
    let rest = pathname;
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        base = folder;
        rest = `/${pathname.slice(prefix.length)}`;
        break;
      }
    }
    const relative = normalize(rest === '/' ? '/index.html' : rest);
    const file = join(base, relative);
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A test that fails before it closes its server must not keep the run waiting forever.
    socket.unref();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(done);
    }),
  };
}
