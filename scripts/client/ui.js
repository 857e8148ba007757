// `datdot ui`: bundles the web page (ui/) with esbuild and serves it over HTTP on
// 127.0.0.1, telling the page which node to read (`/config.json`). The bundle is built
// from the installed npm packages on every start (about a second), so nothing is loaded
// from a CDN and the page always matches the checkout.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const UI = path.join(ROOT, 'ui');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.png': 'image/png' };

/** Bundles ui/app.js and its imports into `outDir`; returns the bundle's size in bytes. */
export async function bundle (outDir) {
  const esbuild = await import('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(UI, 'app.js')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    define: { global: 'globalThis' }
  });
  return Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
}

/**
 * Serves the page on `host:port` (0: any free port) for the node at `ws`; resolves
 * with the server and its URL once it listens.
 */
export async function serveUi ({ ws, host = '127.0.0.1', port = 8080, outDir = path.join(UI, 'dist') }) {
  const bytes = await bundle(outDir);
  const files = {
    '/': path.join(UI, 'index.html'),
    '/index.html': path.join(UI, 'index.html'),
    '/style.css': path.join(UI, 'style.css'),
    '/app.js': path.join(outDir, 'app.js'),
    '/app.js.map': path.join(outDir, 'app.js.map')
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end('only GET and HEAD\n');
      return;
    }
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify({ ws }));
      return;
    }
    const file = files[url.pathname];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no such page: ${url.pathname}\n`);
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`);
      else res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}/`;
  return { server, url, bytes };
}
