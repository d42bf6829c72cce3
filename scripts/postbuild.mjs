#!/usr/bin/env node
// After `next build`: write `out/_headers` (Netlify / Cloudflare Pages format) with the same headers
// `npm start` sends — the security headers for everything, and each page's own Content-Security-Policy.
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
