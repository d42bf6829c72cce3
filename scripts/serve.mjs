#!/usr/bin/env node
// Serves the static export in `out/` the way a static host or CDN would: clean URLs (`/place/x` →
// `place/x.html`), `404.html` with status 404, gzip, long caching for hashed assets, and the
// response headers the atlas documents for any host (see README, "Static deploy").
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS, headersFor } from './headers.mjs';

const root = path.resolve(import.meta.dirname, '..', 'out');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.txt', '.js', '.mjs', '.css', '.json', '.geojson', '.xml', '.svg']);
const gzipped = new Map();
const pageHeaders = new Map();

/** The security headers of a file; an HTML page's policy carries its own inline-script hashes. */
function securityHeaders(file) {
  if (!file.endsWith('.html')) return headersFor(null);
  let headers = pageHeaders.get(file);
  if (!headers) {
    headers = headersFor(readFileSync(file, 'utf8'));
    pageHeaders.set(file, headers);
  }
  return headers;
}

/** The file a URL path names, or null: exact file, then `.html`, then `/index.html`; never outside `out/`. */
export function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const clean = path.posix.normalize(`/${decoded}`).replace(/\/+$/u, '') || '/';
  const candidates = clean === '/' ? ['/index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(`${root}${path.sep}`)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

function cacheControl(urlPath) {
  if (urlPath.startsWith('/_next/static/')) return 'public, max-age=31536000, immutable';
  if (/\.(html|txt)$/u.test(urlPath) || !path.extname(urlPath)) return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}

function send(req, res, status, file, urlPath) {
  const ext = path.extname(file);
  const headers = { ...securityHeaders(file), 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': status === 200 ? cacheControl(urlPath) : 'no-store', Vary: 'Accept-Encoding' };
  const wantsGzip = /\bgzip\b/u.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.has(ext);
  if (wantsGzip) {
    let body = gzipped.get(file);
    if (!body) {
      body = gzipSync(readFileSync(file), { level: 9 });
      gzipped.set(file, body);
    }
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Long URLs (a pasted 10,000-item `?layers=` list) still get the calm page, not a bare 431. */
const MAX_HEADER_BYTES = 512 * 1024;

export function createAtlasServer() {
  return createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    let urlPath;
    try {
      urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      urlPath = '/';
    }
    const file = resolveFile(urlPath);
    if (file) send(req, res, 200, file, urlPath);
    else send(req, res, 404, path.join(root, '404.html'), urlPath);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error('No build in out/: run `npm run build` (or `npm start`, which builds when needed).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  createAtlasServer().listen(port, () => console.log(`South Caucasus Corridors Atlas: http://localhost:${port}`));
}
