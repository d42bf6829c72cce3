#!/usr/bin/env node
// Serves the static export in `out/` the way a static host or CDN would: clean URLs (`/place/x` →
// `place/x.html`), `404.html` with status 404, gzip, long caching for hashed assets, and the headers of
// `out/_headers` matched and combined the way Netlify and Cloudflare Pages do (see README, "Static deploy").
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS, headersFile, headersForPath, nonPageDocuments, parseHeadersFile } from './headers.mjs';

const outDir = path.resolve(import.meta.dirname, '..', 'out');

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
/** Host configuration in the build, never content: Netlify and Cloudflare do not serve these either. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** A file's identity for caches: a rebuild (or any edit) changes its mtime or size. */
const version = (stat) => `${stat.mtimeMs}:${stat.size}`;

/** The real path of a regular file, or null when there is none (missing, a directory, a broken link). */
function realFile(file) {
  try {
    const real = realpathSync(file);
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * The file a raw URL path names, or null: exact file, then `.html`, then `/index.html`. Never outside
 * `root` — after decoding, after `..`, and after following symlinks (the real path is checked) — and
 * never a dotfile or the host's own `_headers`/`_redirects`.
 */
export function resolveFile(urlPath, root = outDir) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // NUL would cut the path short in the OS; a backslash is a separator to some hosts and tools.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const clean = path.posix.normalize(`/${decoded}`).replace(/\/+$/u, '') || '/';
  const segments = clean.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.')) || HOST_FILES.has(segments[0] ?? '')) return null;
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null;
  }
  const candidates = clean === '/' ? ['/index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    const file = realFile(path.join(realRoot, candidate));
    if (!file) continue;
    // A symlink may point anywhere: only files that really live under the root are served.
    return file.startsWith(`${realRoot}${path.sep}`) ? file : null;
  }
  return null;
}

function cacheControl(urlPath) {
  if (urlPath.startsWith('/_next/static/')) return 'public, max-age=31536000, immutable';
  if (/\.(html|txt)$/u.test(urlPath) || !path.extname(urlPath)) return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}

/** Long URLs (a pasted 10,000-item `?layers=` list) still get the calm page, not a bare 431. */
const MAX_HEADER_BYTES = 512 * 1024;

/** A static server for `root` (default `out/`), sending the headers of `root/_headers` as the hosts apply them. */
export function createAtlasServer({ root = outDir } = {}) {
  let rules = { key: null, value: [] };
  /** The `_headers` rules, re-read when the file changes (a rebuild); the build's own rules if it is missing. */
  function headerRules() {
    const file = path.join(root, '_headers');
    let key;
    try {
      key = version(statSync(file));
    } catch {
      key = 'missing';
    }
    if (rules.key !== key) {
      const text = key === 'missing' ? headersFile(nonPageDocuments(root)) : readFileSync(file, 'utf8');
      rules = { key, value: parseHeadersFile(text) };
    }
    return rules.value;
  }

  const gzipped = new Map();
  /** The gzipped bytes of a file, cached until the file changes. */
  function gzippedBody(file, stat) {
    const cached = gzipped.get(file);
    if (cached?.key === version(stat)) return cached.body;
    const body = gzipSync(readFileSync(file), { level: 9 });
    gzipped.set(file, { key: version(stat), body });
    return body;
  }

  function send(req, res, status, file, urlPath) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      // Gone between resolving and sending (a rebuild in progress): say so rather than crash.
      res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      res.end('The build is changing; try again.\n');
      return;
    }
    const ext = path.extname(file);
    // Several rules may set one header: node sends each value on its own line, as a browser would see it.
    const headers = {};
    for (const [name, value] of headersForPath(headerRules(), urlPath)) (headers[name] ??= []).push(value);
    if (!headers['Cache-Control']) headers['Cache-Control'] = status === 200 ? cacheControl(urlPath) : 'no-store';
    Object.assign(headers, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', Vary: 'Accept-Encoding' });
    const wantsGzip = /\bgzip\b/u.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.has(ext);
    if (wantsGzip) {
      const body = gzippedBody(file, stat);
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A read error after the headers went out can only cut the response short; it must not take the
    // server down with it.
    createReadStream(file)
      .on('error', (error) => res.destroy(error))
      .pipe(res);
  }

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
    const file = resolveFile(urlPath, root);
    if (file) send(req, res, 200, file, urlPath);
    else send(req, res, 404, path.join(root, '404.html'), urlPath);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    console.error('No build in out/: run `npm run build` (or `npm start`, which builds when needed).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  createAtlasServer().listen(port, () => console.log(`South Caucasus Corridors Atlas: http://localhost:${port}`));
}
