#!/usr/bin/env node
// `npm start`: serve the production build (the static export in `out/`) on http://localhost:3000,
// building first when there is no build or when a source file is newer than it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildMarker = path.join(root, 'out', 'index.html');
const SOURCES = ['app', 'components', 'geo', 'public', 'package.json', 'package-lock.json', 'next.config.js', 'postcss.config.mjs'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

export function needsBuild() {
  if (!existsSync(buildMarker)) return true;
  const built = statSync(buildMarker).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (needsBuild()) {
    console.log('Building the atlas (production build)…');
    const status = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status ?? 1;
    if (status !== 0) process.exit(status);
  }
  // Served from this process, so stopping `npm start` stops the server.
  const { createAtlasServer } = await import('./serve.mjs');
  const port = Number(process.env.PORT ?? 3000);
  createAtlasServer().listen(port, () => console.log(`South Caucasus Corridors Atlas: http://localhost:${port}`));
}
