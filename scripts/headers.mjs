// Response headers for every page and file of the atlas, in one place. The build writes them to
// `out/_headers` (the Netlify / Cloudflare Pages format) and `npm start`'s server applies that same
// file the way those hosts do, so what the tests see is what a static host sends.
//
// Why one Content-Security-Policy on `/*` and no per-route policy: Netlify and Cloudflare apply EVERY
// rule whose pattern matches the request path and join repeated headers, so a page matched by `/*`
// and by its own route would get two policies, and a browser enforces both (each must allow every
// inline script). And an unknown URL, answered with 404.html, is matched by nothing but `/*`. The
// only rule set that gives every path exactly one policy that fits its page is therefore one policy
// on `/*` that allows the inline scripts of every page (the union of their hashes). README, "Static
// deploy", has the trade-off.
import { createHash } from 'node:crypto';

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cloudflare Pages ignores a `_headers` line longer than this (and a file with more than 100 rules). */
export const CLOUDFLARE_MAX_LINE = 2000;

/** The bodies of a page's inline <script> elements (those without `src`), in order. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/giu)].map((m) => m[1]).filter((body) => body.length > 0);
}

/** The CSP source expression of one inline script. */
export function scriptHash(body) {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** sha256 sources for every inline <script> of a page, so the policy needs no 'unsafe-inline' for scripts. */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html).map(scriptHash))].sort();
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

/** The one policy of the whole site: it allows the inline scripts of every page it is given. */
export function sitePolicy(pages) {
  return contentSecurityPolicy([...new Set(pages.flatMap((html) => inlineScriptHashes(html)))].sort());
}

/** The `_headers` file for a site whose HTML pages are `pages` (their contents). */
export function headersFile(pages) {
  const block = (route, headers) => [route, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `${[
    '# Written by scripts/postbuild.mjs. One Content-Security-Policy, on /* only: hosts apply every',
    '# matching rule, so a second policy on any other rule would be enforced as well (README, "Static deploy").',
    block('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': sitePolicy(pages) }),
    '',
    block('/_next/static/*', { 'Cache-Control': IMMUTABLE }),
  ].join('\n')}\n`;
}

/** The rules of a `_headers` file: a path pattern on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const [i, line] of text.split(/\r?\n/u).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (!rules.length || colon < 0) throw new Error(`_headers line ${i + 1} is neither a path nor a header: ${line}`);
    rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a rule's pattern matches a request path, as Netlify and Cloudflare Pages match it: `*` (a
 * splat) matches anything, slashes included; `:name` (a placeholder) matches one path segment; the
 * rest literally, the whole path.
 */
export function patternMatches(pattern, urlPath) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/u)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u').test(urlPath);
}

/**
 * Every header a host sends for a request path: the headers of ALL matching rules, in file order.
 * A name that several rules set is kept several times — the hosts join such values with commas,
 * which for Content-Security-Policy means several policies, all enforced.
 */
export function headersForPath(rules, urlPath) {
  return rules.filter((rule) => patternMatches(rule.pattern, urlPath)).flatMap((rule) => rule.headers);
}

/**
 * What is wrong with the policies a response carries for a page: there must be exactly one, and it
 * must allow every inline script of the page by hash, with no 'unsafe-inline' to fall back on.
 * `headers` are [name, value] pairs; a value joined from several policies counts as several.
 */
export function cspProblems(headers, html) {
  const policies = headers
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .flatMap(([, value]) => value.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  if (policies.length !== 1) return [`${policies.length} Content-Security-Policy policies, not 1`];
  const scriptSrc = policies[0].split(';').map((d) => d.trim().split(/\s+/u)).find(([name]) => name === 'script-src');
  if (!scriptSrc) return ['the policy has no script-src'];
  if (scriptSrc.includes("'unsafe-inline'")) return ["script-src allows 'unsafe-inline'"];
  const missing = inlineScripts(html).filter((body) => !scriptSrc.includes(scriptHash(body)));
  return missing.length ? [`${missing.length} inline script(s) not allowed, e.g. ${JSON.stringify(missing[0].slice(0, 60))}`] : [];
}
