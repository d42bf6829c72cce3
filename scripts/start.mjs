#!/usr/bin/env node
// `npm start`: serve the production build (the static export in `out/`) on http://localhost:3000,
// building first when there is no build or when a source file is newer than it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// scripts/ too: postbuild.mjs and headers.mjs write part of the build (map preloads, `_headers`).
const SOURCES = ['app', 'components', 'geo', 'public', 'scripts', 'package.json', 'package-lock.json', 'next.config.js', 'postcss.config.mjs'];
/** Unit tests beside the sources are not part of the build; editing one should not rebuild. */
const NOT_BUILT = /\.test\.[cm]?[jt]sx?$/u;

function newestMtime(p) {
  if (!existsSync(p) || NOT_BUILT.test(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

export function needsBuild(base = root) {
  const marker = path.join(base, 'out', 'index.html');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(base, s)) > built);
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
