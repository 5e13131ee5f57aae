// A tiny static file server for the built bundle, bound to 127.0.0.1 only.
// Usage: node e2e/serve.mjs [dir] [port]   (port 0 picks a free one; the URL is printed)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1; resolves to { server, url }. `headers` are added to HTML pages;
 * `extra` maps further URL paths to files (test fixtures served beside the bundle). With
 * `compress`, responses are gzip -9 encoded when the browser accepts it, as a web server would.
 */
export function serve(dir, port = 0, headers = {}, extra = {}, { compress = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const fixture = Object.hasOwn(extra, path) ? resolve(extra[path]) : null;
      let file = fixture ?? normalize(join(root, path));
      if (!fixture && !file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip) body = gzipSync(body, { level: 9 });
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...(type.startsWith('text/html') ? headers : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ server, url: `http://127.0.0.1:${server.address().port}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 8080));
  console.log(`serving on ${url}`);
}
