// Response headers for every page and file of the atlas, in one place. The build writes them to
// `out/_headers` (the Netlify / Cloudflare Pages format) and `npm start`'s server applies that same
// file the way those hosts do, so what the tests see is what a static host sends.
//
// The Content-Security-Policy comes in two parts, split by what can only be where (README, "Static
// deploy"):
// - Each HTML page carries its SCRIPT policy in a `<meta http-equiv>` at the top of its <head>: the
//   sha256 of its own inline scripts (Next's payload chunks differ per page) and nothing else. A
//   per-page policy cannot be a header: Netlify and Cloudflare apply EVERY rule whose pattern matches
//   the request path and join repeated headers, a browser enforces every policy it gets, and an
//   unknown URL, answered with 404.html, matches nothing but `/*`.
// - The header on `/*` (every response, whatever it is) holds what a meta cannot (frame-ancestors)
//   and what every response should have, and deliberately NO script-src and NO default-src: both
//   policies are enforced, so either would block the pages' hashed inline scripts. It stays a few
//   hundred bytes — one policy listing every page's hashes was ~11.5 KB on every JS, CSS and font
//   response.
// - Documents that are not pages but that a browser renders as documents (SVG, XML) get a second
//   header policy, `script-src 'none'`, by exact path.
import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

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
 * What both parts of the policy say. Only the app's own origin: no remote styles, fonts, tiles or
 * connections. MapLibre draws icons from data:/blob: images and may start its worker from a blob:;
 * React and MapLibre set style attributes. No plugins, no <base> elsewhere, no posting elsewhere.
 */
const SHARED_DIRECTIVES = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * A page's own policy, for its `<meta http-equiv>`: scripts from the site's files and the page's own
 * inline scripts by hash — no 'unsafe-inline', no 'unsafe-eval', no other page's scripts.
 */
export function pagePolicy(html) {
  const hashes = inlineScriptHashes(html);
  return ["default-src 'self'", `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`, ...SHARED_DIRECTIVES].join('; ');
}

/** The header policy of every response. No script-src or default-src: see the top of this file. */
export const HEADER_POLICY = [...SHARED_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The extra header policy of a document that is not a page (an SVG or XML file): it runs nothing. */
export const SCRIPTLESS_POLICY = "script-src 'none'";

/** Files a browser may render as a document that can hold script, other than the HTML pages. */
export const NON_PAGE_DOCUMENT = /\.(svg|xml)$/iu;

const META_POLICY = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>/giu;

/** The policies of a page's `<meta http-equiv="Content-Security-Policy">` elements, with where each is. */
export function metaPolicies(html) {
  return [...html.matchAll(META_POLICY)].map((m) => ({ policy: /\bcontent\s*=\s*"([^"]*)"/iu.exec(m[0])?.[1] ?? '', index: m.index }));
}

/**
 * The page with its own policy as the first element of <head> (after `<meta charset>` only, which
 * must stay within the first 1,024 bytes), before any script, preload or stylesheet: a meta policy
 * governs only what the parser meets after it. An existing policy meta is replaced, so running the
 * postbuild twice changes nothing. Call it last: the hashes are of the page's final inline scripts.
 */
export function withPolicyMeta(html) {
  const bare = html.replace(META_POLICY, '');
  const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/iu.exec(bare);
  if (!head) throw new Error('A page without <head>: nowhere to put its Content-Security-Policy');
  const at = head.index + head[0].length;
  return `${bare.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${pagePolicy(bare)}"/>${bare.slice(at)}`;
}

/** URL paths of the non-page documents (SVG, XML) under `dir`, `_next` included. */
export function nonPageDocuments(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const url = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        // A folder of nothing but such files (the places' /preview/*.svg) is one rule, not one a file:
        // Cloudflare Pages reads at most 100 rules.
        const inside = readdirSync(path.join(dir, entry.name), { withFileTypes: true });
        if (inside.length > 1 && inside.every((e) => e.isFile() && NON_PAGE_DOCUMENT.test(e.name))) return [`${url}/*`];
        return nonPageDocuments(path.join(dir, entry.name), url);
      }
      return NON_PAGE_DOCUMENT.test(entry.name) ? [url] : [];
    })
    .sort();
}

/** The `_headers` file; `documents` are the URL paths of the non-page documents (nonPageDocuments). */
export function headersFile(documents = []) {
  const block = (route, headers) => [route, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `${[
    '# Written by scripts/postbuild.mjs. Each HTML page carries its own script policy in a <meta>; this',
    '# header policy has no script-src or default-src, which would block them (README, "Static deploy").',
    block('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': HEADER_POLICY }),
    '',
    block('/_next/static/*', { 'Cache-Control': IMMUTABLE }),
    ...documents.flatMap((url) => ['', block(url, { 'Content-Security-Policy': SCRIPTLESS_POLICY })]),
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

/** A policy's directives, each with its sources (names lower-cased, as browsers compare them). */
export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The policies of the Content-Security-Policy headers among [name, value] pairs; a value joined from several by commas counts as several. */
export function headerPolicies(headers) {
  return headers
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .flatMap(([, value]) => value.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The directives that decide which scripts may run (default-src is the fallback of the others). */
const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'default-src'];

const same = (a, b) => a?.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What is wrong with the header policies of any response: some policy must forbid framing, plugins and
 * a foreign <base>, and a header may only ever forbid scripts outright (`script-src 'none'`, for a
 * non-page document) — never allow some, which on a page would block its hashed inline scripts.
 */
export function headerPolicyProblems(headers) {
  const policies = headerPolicies(headers).map(parsePolicy);
  const problems = [];
  for (const [name, sources] of [['frame-ancestors', ["'none'"]], ['object-src', ["'none'"]], ['base-uri', ["'self'"]]]) {
    if (!policies.some((p) => same(p.get(name), sources))) problems.push(`no header policy has ${name} ${sources.join(' ')}`);
  }
  for (const p of policies) {
    for (const name of SCRIPT_DIRECTIVES) {
      if (p.has(name) && !same(p.get(name), ["'none'"])) problems.push(`a header policy has ${name} ${p.get(name).join(' ')}`);
    }
  }
  return problems;
}

/**
 * What is wrong with the policies a page gets: the header policies must be sound and say nothing
 * about scripts; the page must carry exactly one meta policy, in <head> before any script, preload or
 * stylesheet, whose script-src is 'self' plus exactly the hashes of the page's own inline scripts —
 * none missing, none of another page, no 'unsafe-inline' or anything else.
 * `headers` are [name, value] pairs; a value joined from several policies counts as several.
 */
export function cspProblems(headers, html) {
  const problems = headerPolicyProblems(headers);
  for (const p of headerPolicies(headers).map(parsePolicy)) {
    for (const name of SCRIPT_DIRECTIVES) if (p.has(name)) problems.push(`a header policy has ${name}, which would block the page's inline scripts`);
  }
  const metas = metaPolicies(html);
  if (metas.length !== 1) return [...problems, `${metas.length} <meta> Content-Security-Policy policies, not 1`];
  const [{ policy, index }] = metas;
  const headStart = html.search(/<head\b/iu);
  const headEnd = html.search(/<\/head>/iu);
  const firstLoad = html.search(/<(script|link|style)\b/iu);
  if (headStart < 0 || index < headStart || (headEnd >= 0 && index > headEnd)) problems.push('the <meta> policy is not in <head>');
  if (firstLoad >= 0 && firstLoad < index) problems.push(`the <meta> policy comes after a <${html.slice(firstLoad + 1).split(/[\s>]/u)[0]}>, which it does not govern`);
  const scriptSrc = parsePolicy(policy).get('script-src');
  if (!scriptSrc) return [...problems, 'the <meta> policy has no script-src'];
  const own = new Set(inlineScripts(html).map(scriptHash));
  const other = scriptSrc.filter((s) => s !== "'self'" && !own.has(s));
  if (other.length) problems.push(`script-src allows ${other.length} source(s) beyond 'self' and the page's own scripts, e.g. ${other[0]}`);
  const missing = inlineScripts(html).filter((body) => !scriptSrc.includes(scriptHash(body)));
  if (missing.length) problems.push(`${missing.length} inline script(s) not allowed, e.g. ${JSON.stringify(missing[0].slice(0, 60))}`);
  return problems;
}
