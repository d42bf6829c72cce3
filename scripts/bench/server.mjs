#!/usr/bin/env node
// The benchmark's server: the atlas exactly as `npm start` serves it, plus the baseline page under
// /__bench/ (MapLibre's own files from node_modules). Runs in its own process so load tests do not
// share an event loop with the load generator.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createAtlasServer } from '../serve.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const BENCH_FILES = {
  '/__bench/baseline': [path.join(root, 'scripts', 'bench', 'baseline.html'), 'text/html; charset=utf-8'],
  '/__bench/maplibre-gl.mjs': [path.join(root, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.mjs'), 'text/javascript'],
  '/__bench/maplibre-gl-shared.mjs': [path.join(root, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-shared.mjs'), 'text/javascript'],
  '/__bench/maplibre-gl-worker.mjs': [path.join(root, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs'), 'text/javascript'],
  '/__bench/maplibre-gl.css': [path.join(root, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.css'), 'text/css'],
};

/** Bytes sent per path since the last reset: MapLibre's worker fetches the GeoJSON, out of the page's sight. */
const sent = new Map();
process.on('message', (message) => {
  if (message === 'reset') sent.clear();
  if (message === 'report') process.send?.({ sent: Object.fromEntries(sent) });
});

const atlas = createAtlasServer();
const [atlasHandler] = atlas.listeners('request');
atlas.removeAllListeners('request');
atlas.on('request', (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost').pathname;
  const count = (chunk) => chunk && sent.set(url, (sent.get(url) ?? 0) + Buffer.byteLength(chunk));
  const { write, end } = res;
  res.write = (chunk, ...rest) => (count(chunk), write.call(res, chunk, ...rest));
  res.end = (chunk, ...rest) => (typeof chunk !== 'function' && count(chunk), end.call(res, chunk, ...rest));
  const bench = BENCH_FILES[url];
  if (bench && existsSync(bench[0])) {
    res.writeHead(200, { 'Content-Type': bench[1], 'Cache-Control': 'no-store' });
    createReadStream(bench[0]).pipe(res);
    return;
  }
  atlasHandler(req, res);
});
atlas.listen(Number(process.env.PORT ?? 3300), () => process.send?.('listening'));
