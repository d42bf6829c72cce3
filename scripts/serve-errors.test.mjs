// A read error after the headers have gone out (a disk error, a file swapped mid-read) must end that
// one response, not the server. As root every file is readable, so the error is injected.
import { Readable } from 'node:stream';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal();
  const failing = () => new Readable({ read() { this.destroy(new Error('EIO: injected read error')); } });
  const createReadStream = (file, ...rest) => (String(file).endsWith('broken.txt') ? failing() : fs.createReadStream(file, ...rest));
  return { ...fs, default: { ...fs, createReadStream }, createReadStream };
});

const { createAtlasServer } = await import('./serve.mjs');

const root = mkdtempSync(path.join(tmpdir(), 'atlas-serve-errors-'));
let server;
let port;
beforeAll(async () => {
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
  writeFileSync(path.join(root, 'broken.txt'), 'x'.repeat(1000));
  server = createAtlasServer({ root });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const get = (p) =>
  new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: p }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', (error) => resolve({ error: error.message }));
      res.on('aborted', () => resolve({ error: 'aborted' }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
    req.end();
  });

test('a read error cuts that response short and the server keeps serving', async () => {
  const broken = await get('/broken.txt');
  // The headers promised 1000 bytes; the client must see the response fail, not a short "success".
  expect(broken.error ?? `complete ${broken.body.length} bytes`).toMatch(/aborted|socket hang up|ECONNRESET/u);
  expect(await get('/')).toEqual({ status: 200, body: '<p>home</p>' });
});
