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

const chunkDir = path.join(out, '_next', 'static', 'chunks');
/** A chunk's code, read once: each page's lists name the same chunks. */
const chunkTexts = new Map();
const chunkText = (href) => {
  const file = path.basename(href);
  if (!chunkTexts.has(file)) chunkTexts.set(file, readFileSync(path.join(chunkDir, file), 'utf8'));
  return chunkTexts.get(file);
};

/**
 * The files of the map's dynamic import as this page makes it: the chunk list, in one of the page's
 * own chunks, that holds a copy of the map module. The bundler gives each route its own copy (the
 * atlas's and the reading view's differ), so the list is found per page: another page's list
 * preloaded files this page never used while the one it imports was fetched late.
 */
function mapChunks(html) {
  const own = [...new Set([...html.matchAll(/static\/chunks\/[\w.-]+\.js/gu)].map((m) => m[0]))];
  for (const file of own) {
    for (const list of chunkText(file).matchAll(/\[((?:"static\/chunks\/[^"]+",?)+)\]/gu)) {
      const entries = [...list[1].matchAll(/"(static\/chunks\/[^"]+)"/gu)].map((m) => `/_next/${m[1]}`);
      if (entries.some((e) => e.endsWith('.js') && chunkText(e).includes('atlas-map-module'))) return entries;
    }
  }
  return [];
}

const preloadLinks = (chunks) =>
  chunks.map((href) => `<link rel="preload" data-map-preload="" href="${href}" as="${href.endsWith('.css') ? 'style' : 'script'}"/>`).join('');
let preloaded = 0;
let preloadedChunks = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  // Only pages that draw the map at once (they carry its region; place pages start it later), and only once.
  const placePage = path.relative(out, file).startsWith(`place${path.sep}`);
  if (placePage || !html.includes('id="map-region"') || html.includes('data-map-preload')) continue;
  const chunks = mapChunks(html);
  if (chunks.length === 0) throw new Error(`postbuild: no chunk list with the map module among the chunks of ${path.relative(out, file)}`);
  writeFileSync(file, html.replace('</head>', `${preloadLinks(chunks)}</head>`));
  preloaded += 1;
  preloadedChunks = Math.max(preloadedChunks, chunks.length);
}
console.log(`Preloaded the map's chunks (up to ${preloadedChunks}) in ${preloaded} pages`);

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
