#!/usr/bin/env node
// After `next build`:
// 1. preload the map's chunks (MapLibre, ~300 KB gz) from the head of the pages whose map starts at
//    once (the atlas home, the reading view), so they download while Next's own chunks run instead of
//    after them — not on place pages, where the text comes first and the map starts in idle time
//    (or, on a phone, when asked for: components/map/map-area.tsx);
// 2. write `out/_headers` (Netlify / Cloudflare Pages format), which `npm start` applies too — the
//    security headers and one Content-Security-Policy for everything, allowing every page's inline scripts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLOUDFLARE_MAX_LINE, headersFile, parseHeadersFile } from './headers.mjs';

const out = path.resolve(import.meta.dirname, '..', 'out');

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The files of the map's dynamic import: the chunk list that contains the map module's chunk. */
function mapChunks() {
  const dir = path.join(out, '_next', 'static', 'chunks');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const mapModule = files.find((f) => readFileSync(path.join(dir, f), 'utf8').includes('atlas-map-module'));
  if (!mapModule) return [];
  for (const f of files) {
    const code = readFileSync(path.join(dir, f), 'utf8');
    for (const list of code.matchAll(/\[((?:"static\/chunks\/[^"]+",?)+)\]/gu)) {
      const entries = [...list[1].matchAll(/"(static\/chunks\/[^"]+)"/gu)].map((m) => `/_next/${m[1]}`);
      if (entries.some((e) => e.endsWith(`/${mapModule}`))) return entries;
    }
  }
  return [`/_next/static/chunks/${mapModule}`];
}

const chunks = mapChunks();
const preloads = chunks
  .map((href) => `<link rel="preload" href="${href}" as="${href.endsWith('.css') ? 'style' : 'script'}"/>`)
  .join('');
let preloaded = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  // Only pages that draw the map at once (they carry its region; place pages start it later), and only once.
  const placePage = path.relative(out, file).startsWith(`place${path.sep}`);
  if (placePage || !html.includes('id="map-region"') || html.includes('data-map-preload')) continue;
  writeFileSync(file, html.replace('</head>', `${preloads.replace(/<link /gu, '<link data-map-preload="" ')}</head>`));
  preloaded += 1;
}
console.log(`Preloaded the map's ${chunks.length} chunks in ${preloaded} pages`);

// One policy for every response, allowing every page's inline scripts: see scripts/headers.mjs for
// why per-route policies cannot work on hosts that combine all matching rules.
const headers = headersFile(htmlFiles(out).sort().map((file) => readFileSync(file, 'utf8')));
writeFileSync(path.join(out, '_headers'), headers);
const longest = Math.max(...headers.split('\n').map((line) => line.length));
console.log(`Wrote out/_headers (${parseHeadersFile(headers).length} rules, longest line ${longest} characters)`);
if (longest > CLOUDFLARE_MAX_LINE) {
  console.warn(`  Cloudflare Pages ignores _headers lines over ${CLOUDFLARE_MAX_LINE} characters: see README, "Static deploy".`);
}
