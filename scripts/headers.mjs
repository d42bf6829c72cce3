// Response headers for every page and file of the atlas, in one place: `npm start`'s server sends
// them, and the build writes them to `out/_headers` for static hosts (Netlify / Cloudflare Pages format).
import { createHash } from 'node:crypto';

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** sha256 sources for every inline <script> of a page, so the policy needs no 'unsafe-inline' for scripts. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/giu)) {
    if (match[1].length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/**
 * Only the app's own origin: no remote scripts, styles, fonts, tiles or connections. MapLibre draws
 * icons from data:/blob: images and may start its worker from a blob:; no 'unsafe-eval'; no framing.
 */
export function contentSecurityPolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header of one response; HTML gets its own script hashes. */
export function headersFor(html = null) {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(html ? inlineScriptHashes(html) : []) };
}
