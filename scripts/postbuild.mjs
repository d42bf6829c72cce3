#!/usr/bin/env node
// After `next build`:
// 1. preload the map's chunks (MapLibre, ~300 KB gz) from the head of every atlas page, so they
//    download while Next's own chunks run instead of after them;
// 2. write `out/_headers` (Netlify / Cloudflare Pages format) with the same headers `npm start` sends —
//    the security headers for everything, and each page's own Content-Security-Policy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS, contentSecurityPolicy, headersFor } from './headers.mjs';

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
  // Only pages that draw the map (they carry its region), and only once.
  if (!html.includes('id="map-region"') || html.includes('data-map-preload')) continue;
  writeFileSync(file, html.replace('</head>', `${preloads.replace(/<link /gu, '<link data-map-preload="" ')}</head>`));
  preloaded += 1;
}
console.log(`Preloaded the map's ${chunks.length} chunks in ${preloaded} pages`);

const block = (route, headers) => [route, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
const blocks = [block('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy() })];
blocks.push(block('/_next/static/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }));
for (const file of htmlFiles(out).sort()) {
  const rel = `/${path.relative(out, file).split(path.sep).join('/')}`;
  const route = rel === '/index.html' ? '/' : rel.replace(/\.html$/u, '');
  const csp = headersFor(readFileSync(file, 'utf8'))['Content-Security-Policy'];
  // Netlify and Cloudflare match the clean URL; some hosts serve the .html path as well.
  for (const r of new Set([route, rel])) blocks.push(block(r, { 'Content-Security-Policy': csp }));
}
writeFileSync(path.join(out, '_headers'), `${blocks.join('\n\n')}\n`);
console.log(`Wrote out/_headers (${blocks.length} rules)`);
