#!/usr/bin/env node
// After `next build`:
// 1. preload the map's chunks (MapLibre, ~300 KB gz) from the head of the pages whose map starts at
//    once (the atlas home, the reading view), so they download while Next's own chunks run instead of
//    after them — not on place pages, where the text comes first and the map starts in idle time
//    (or, on a phone, when asked for: components/map/map-area.tsx);
// 2. give every HTML page its own script policy, a <meta http-equiv="Content-Security-Policy"> with
//    the hashes of its own inline scripts — last, so the hashes are of the final markup;
// 3. write `out/_headers` (Netlify / Cloudflare Pages format), which `npm start` applies too — the
//    security headers and a short policy for every response, with no script-src (scripts/headers.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLOUDFLARE_MAX_LINE, headersFile, inlineScriptHashes, nonPageDocuments, parseHeadersFile, withPolicyMeta } from './headers.mjs';

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

// Each page's script policy goes in the page itself: a header cannot be per page on hosts that apply
// every matching rule (scripts/headers.mjs). This must stay the last change to the HTML.
let hashes = 0;
for (const file of htmlFiles(out)) {
  const html = withPolicyMeta(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  hashes = Math.max(hashes, inlineScriptHashes(html).length);
}
console.log(`Wrote each page's Content-Security-Policy <meta> (at most ${hashes} script hashes a page)`);

const headers = headersFile(nonPageDocuments(out));
writeFileSync(path.join(out, '_headers'), headers);
const longest = Math.max(...headers.split('\n').map((line) => line.length));
console.log(`Wrote out/_headers (${parseHeadersFile(headers).length} rules, longest line ${longest} characters)`);
if (longest > CLOUDFLARE_MAX_LINE) {
  console.warn(`  Cloudflare Pages ignores _headers lines over ${CLOUDFLARE_MAX_LINE} characters: see README, "Static deploy".`);
}
