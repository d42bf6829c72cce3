// The static server, on a fixture folder: which raw request paths reach which files (before any
// client has normalised them), what is never served, and that it survives files changing under it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAtlasServer, resolveFile } from './serve.mjs';
import { needsBuild } from './start.mjs';

const base = mkdtempSync(path.join(tmpdir(), 'atlas-serve-'));
const root = path.join(base, 'out');
const write = (rel, text) => {
  mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
  writeFileSync(path.join(base, rel), text);
};

beforeAll(() => {
  write('secret.txt', 'outside the root');
  write('out/index.html', '<p>home</p>');
  write('out/404.html', '<p>not found</p>');
  write('out/place/syunik.html', '<script>self.__next_f.push([1,"syunik"])</script>');
  write('out/sources/index.html', '<p>sources</p>');
  write('out/data/atlas.geojson', '{}');
  write('out/.env', 'SECRET=1');
  // A name that is harmless on Linux but a climb out of the root wherever `\` separates paths.
  write('out/place\\..\\..\\secret.txt', 'would be outside the root on Windows');
  write('out/.git/config', '[core]');
  write('out/_headers', '/*\n  X-Test: one\n  Content-Security-Policy: default-src \'self\'\n');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  symlinkSync(base, path.join(root, 'up'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'home.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const file = (rel) => path.join(root, rel);

describe('resolveFile with raw request paths', () => {
  test('clean URLs: the file, then .html, then /index.html', () => {
    expect(resolveFile('/', root)).toBe(file('index.html'));
    expect(resolveFile('/place/syunik', root)).toBe(file('place/syunik.html'));
    expect(resolveFile('/place/syunik.html', root)).toBe(file('place/syunik.html'));
    expect(resolveFile('/sources/', root)).toBe(file('sources/index.html'));
    expect(resolveFile('/data/atlas.geojson', root)).toBe(file('data/atlas.geojson'));
    expect(resolveFile('/place/nowhere', root)).toBeNull();
    expect(resolveFile('/place', root)).toBeNull(); // a directory with no index is not a file
  });

  test('double slashes and dot segments stay inside the root', () => {
    expect(resolveFile('//place//syunik', root)).toBe(file('place/syunik.html'));
    expect(resolveFile('/place/./syunik', root)).toBe(file('place/syunik.html'));
    expect(resolveFile('/place/../index.html', root)).toBe(file('index.html'));
    for (const raw of ['/../secret.txt', '/../../secret.txt', '/place/../../secret.txt', '//../secret.txt']) {
      expect(resolveFile(raw, root), raw).toBeNull();
    }
  });

  test('encoded dots and slashes are decoded once and still cannot climb out', () => {
    for (const raw of ['/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%2fsecret.txt', '/place%2f..%2f..%2fsecret.txt', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      expect(resolveFile(raw, root), raw).toBeNull();
    }
    expect(resolveFile('/place%2Fsyunik', root)).toBe(file('place/syunik.html'));
    // Decoded once only: %252e is the literal name "%2e", not a dot.
    expect(resolveFile('/%252e%252e/secret.txt', root)).toBeNull();
  });

  test('backslashes, NUL and malformed escapes name nothing', () => {
    for (const raw of ['/place\\..\\..\\secret.txt', '/place%5C..%5C..%5Csecret.txt', '/..\\secret.txt', '/place\\syunik', '/%5c..%5csecret.txt', '/index.html%00', '/index.html\0.png', '/%00', '/%E0%A4%A', '/%']) {
      expect(resolveFile(raw, root), JSON.stringify(raw)).toBeNull();
    }
  });

  test('symlinks are followed only when their real path is inside the root', () => {
    expect(resolveFile('/escape.txt', root)).toBeNull();
    expect(resolveFile('/up/secret.txt', root)).toBeNull();
    // Through a link, but the file really is in the root: what counts is where the file is.
    expect(resolveFile('/up/out/index.html', root)).toBe(file('index.html'));
    expect(resolveFile('/home', root)).toBe(file('index.html'));
  });

  test('dotfiles and the host files are never served', () => {
    for (const raw of ['/.env', '/.git/config', '/%2egit/config', '/_headers', '/%5Fheaders', '/_headers/', '/_redirects']) {
      expect(resolveFile(raw, root), raw).toBeNull();
    }
  });
});

/** A raw GET: node's client sends the path exactly as given, unlike a browser. */
function get(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the server', () => {
  let server;
  let port;
  beforeAll(async () => {
    server = createAtlasServer({ root });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('answers traversal, dotfiles and _headers with the 404 page', async () => {
    for (const raw of ['/../secret.txt', '/..%2f..%2fsecret.txt', '/escape.txt', '/_headers', '/.env', '/.git/config', '/%00']) {
      const res = await get(port, raw);
      expect([res.status, res.body], raw).toEqual([404, '<p>not found</p>']);
    }
  });

  test("sends _headers' headers, re-read when the file changes", async () => {
    const before = await get(port, '/place/syunik');
    expect(before.headers['x-test']).toBe('one');
    write('out/_headers', '/*\n  X-Test: two\n/place/*\n  X-Test: three\n');
    const now = Date.now() / 1000 + 5; // a distinct mtime even on a coarse clock
    utimesSync(file('_headers'), now, now);
    const after = await get(port, '/place/syunik');
    // Both rules apply, each value on its own header line, as the hosts combine them.
    expect(after.raw.filter((_, i, all) => i % 2 === 0 && all[i].toLowerCase() === 'x-test').length).toBe(2);
    expect(after.headers['x-test']).toBe('two, three');
  });

  test('serves a changed file, not a stale compressed copy', async () => {
    const gz = (p) => new Promise((resolve) => request({ host: '127.0.0.1', port, path: p, headers: { 'accept-encoding': 'gzip' } }, (res) => resolve(res.headers['content-length'])).end());
    const first = await gz('/data/atlas.geojson');
    write('out/data/atlas.geojson', JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}` })) }));
    const now = Date.now() / 1000 + 10;
    utimesSync(file('data/atlas.geojson'), now, now);
    expect(await gz('/data/atlas.geojson')).not.toBe(first);
  });
});

describe('npm start rebuilds', () => {
  test('when a script of the build changes, not when a test does', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'atlas-start-'));
    try {
      mkdirSync(path.join(project, 'out'));
      mkdirSync(path.join(project, 'scripts'));
      writeFileSync(path.join(project, 'out', 'index.html'), '');
      writeFileSync(path.join(project, 'scripts', 'postbuild.mjs'), '');
      writeFileSync(path.join(project, 'scripts', 'serve.test.mjs'), '');
      const old = Date.now() / 1000 - 100;
      utimesSync(path.join(project, 'scripts', 'postbuild.mjs'), old, old);
      expect(needsBuild(project)).toBe(false);
      const later = Date.now() / 1000 + 100;
      utimesSync(path.join(project, 'scripts', 'serve.test.mjs'), later, later);
      expect(needsBuild(project)).toBe(false);
      utimesSync(path.join(project, 'scripts', 'postbuild.mjs'), later, later);
      expect(needsBuild(project)).toBe(true);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
