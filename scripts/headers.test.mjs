// `_headers` read the way Netlify and Cloudflare Pages read it: every matching rule applies and
// repeated headers are joined. Each HTML page — under its clean URL, its .html path, and (for
// 404.html) any unknown URL — must end up with a sound header policy that says nothing about scripts,
// and one script policy, its own <meta>, allowing exactly its own inline scripts. The pages are a
// small fixture, so this cannot pass for want of a build; e2e/static-host.spec.ts runs the same check
// on the real out/ after the browser stage builds it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CLOUDFLARE_MAX_LINE,
  HEADER_POLICY,
  SCRIPTLESS_POLICY,
  cspProblems,
  headerPolicies,
  headerPolicyProblems,
  headersFile,
  headersForPath,
  metaPolicies,
  nonPageDocuments,
  pagePolicy,
  parseHeadersFile,
  parsePolicy,
  patternMatches,
  scriptHash,
  withPolicyMeta,
} from './headers.mjs';
import { nginxHeaders } from './nginx-headers.mjs';

const page = (...scripts) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="preload" href="/_next/static/chunks/m.js" as="script"/><script src="/_next/static/chunks/a.js" async=""></script></head><body>${scripts.map((s) => `<script>${s}</script>`).join('')}</body></html>`;
/** Pages as the export writes them (before the postbuild): each carries inline scripts no other page has. */
const RAW = {
  'index.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"home"])'),
  'place/syunik.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"syunik"])'),
  'sources/goyushov-2026.html': page('self.__next_f.push([1,"goyushov"])'),
  '404.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"not found"])'),
};
/** The same pages after the postbuild: each with its own policy <meta>. */
const SITE = Object.fromEntries(Object.entries(RAW).map(([file, html]) => [file, withPolicyMeta(html)]));
const DOCUMENTS = ['/icon.svg', '/sitemap.xml'];

/** The request paths that a host answers with a given file. */
function pathsFor(file) {
  if (file === '404.html') return ['/no/such/page', '/place/zangezur-coridor', '/404', '/404.html'];
  if (file === 'index.html') return ['/', '/index.html'];
  return [`/${file.replace(/\.html$/u, '')}`, `/${file}`];
}

/** Every (path, problem) of a `_headers` text for a site of pages. */
function problems(text, site) {
  const rules = parseHeadersFile(text);
  return Object.entries(site).flatMap(([file, html]) =>
    pathsFor(file).flatMap((p) => cspProblems(headersForPath(rules, p), html).map((problem) => `${p} (${file}): ${problem}`)),
  );
}

describe('matching rules like Netlify and Cloudflare Pages', () => {
  test('a splat matches anything, slashes included; a placeholder one segment', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/*', '/place/syunik')).toBe(true);
    expect(patternMatches('/_next/static/*', '/_next/static/chunks/a.js')).toBe(true);
    expect(patternMatches('/_next/static/*', '/_next/data.json')).toBe(false);
    expect(patternMatches('/place/:id', '/place/syunik')).toBe(true);
    expect(patternMatches('/place/:id', '/place/a/b')).toBe(false);
    expect(patternMatches('/place/syunik', '/place/syunik.html')).toBe(false);
    expect(patternMatches('/index.html', '/indexxhtml')).toBe(false);
  });

  test('all matching rules apply, and a header set twice is kept twice', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n  Content-Security-Policy: x\n# a comment\n/place/*\n  Content-Security-Policy: y\n');
    expect(headersForPath(rules, '/place/syunik')).toEqual([['A', '1'], ['Content-Security-Policy', 'x'], ['Content-Security-Policy', 'y']]);
    expect(headersForPath(rules, '/')).toEqual([['A', '1'], ['Content-Security-Policy', 'x']]);
  });
});

describe('a page and its policy <meta>', () => {
  const html = SITE['place/syunik.html'];
  test('the meta comes first in <head>, after the charset only, and allows exactly the page\'s own scripts', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="/u);
    const [meta, ...more] = metaPolicies(html);
    expect(more).toEqual([]);
    const scriptSrc = parsePolicy(meta.policy).get('script-src');
    expect(scriptSrc).toEqual(["'self'", ...[scriptHash('(self.__next_f=self.__next_f||[]).push([0])'), scriptHash('self.__next_f.push([1,"syunik"])')].sort()]);
    expect(meta.policy).not.toContain("'unsafe-eval'");
    expect(parsePolicy(meta.policy).get('default-src')).toEqual(["'self'"]);
    // frame-ancestors is ignored in a meta: it belongs to the header.
    expect(parsePolicy(meta.policy).has('frame-ancestors')).toBe(false);
  });
  test('running the postbuild twice changes nothing', () => {
    expect(withPolicyMeta(html)).toBe(html);
  });
});

describe('the policy check', () => {
  const html = SITE['place/syunik.html'];
  const header = [['Content-Security-Policy', HEADER_POLICY]];
  test('passes the page with its own meta under the short header', () => {
    expect(cspProblems(header, html)).toEqual([]);
  });
  test('fails a page without its meta, or with two', () => {
    expect(cspProblems(header, RAW['place/syunik.html'])).toEqual(['0 <meta> Content-Security-Policy policies, not 1']);
    const twice = html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}"/>`);
    expect(cspProblems(header, twice)).toEqual(['2 <meta> Content-Security-Policy policies, not 1']);
  });
  test('fails a meta that misses one of the page\'s scripts, allows another page\'s, or falls back on \'unsafe-inline\'', () => {
    const meta = metaPolicies(html)[0].policy;
    const own = scriptHash('self.__next_f.push([1,"syunik"])');
    expect(cspProblems(header, html.replace(` ${own}`, ''))).toEqual([expect.stringMatching(/^1 inline script\(s\) not allowed/u)]);
    const other = scriptHash('self.__next_f.push([1,"home"])');
    expect(cspProblems(header, html.replace(meta, meta.replace("script-src 'self'", `script-src 'self' ${other}`)))[0]).toMatch(/beyond 'self'/u);
    expect(cspProblems(header, html.replace(meta, meta.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")))[0]).toMatch(/'unsafe-inline'/u);
  });
  test('fails a meta that a script, preload or stylesheet precedes, or that is outside <head>', () => {
    const [, before, meta, after] = /^(.*?<head>)(<meta charSet="utf-8"\/><meta http-equiv[^>]*>)(.*)$/su.exec(html);
    const late = `${before}<script src="/x.js"></script>${meta}${after}`;
    expect(cspProblems(header, late)).toEqual([expect.stringMatching(/comes after a <script>/u)]);
    expect(cspProblems(header, `${before}<link rel="preload" href="/x.js" as="script"/>${meta}${after}`)[0]).toMatch(/comes after a <link>/u);
    const inBody = html.replace(meta, '<meta charSet="utf-8"/>').replace('<body>', `<body>${meta}`);
    expect(cspProblems(header, inBody)).toContain('the <meta> policy is not in <head>');
  });
  test('fails a header policy that speaks about scripts: it would block the page\'s inline scripts', () => {
    expect(cspProblems([['Content-Security-Policy', `default-src 'self'; ${HEADER_POLICY}`]], html)).toContain(
      "a header policy has default-src, which would block the page's inline scripts",
    );
    expect(cspProblems([...header, ['Content-Security-Policy', "script-src 'self'"]], html).length).toBeGreaterThan(0);
    expect(cspProblems([['Content-Security-Policy', `${HEADER_POLICY}, script-src 'none'`]], html).length).toBeGreaterThan(0);
  });
  test('fails a header policy that lets the page be framed or loses object-src / base-uri', () => {
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      const weak = HEADER_POLICY.replace(`; ${directive}`, '').replace(`${directive}; `, '');
      expect(weak).not.toBe(HEADER_POLICY);
      expect(cspProblems([['Content-Security-Policy', weak]], html)).toEqual([`no header policy has ${directive}`]);
    }
    expect(headerPolicyProblems([])).toHaveLength(3);
  });
});

describe('the _headers the build writes', () => {
  const text = headersFile(DOCUMENTS);
  const rules = parseHeadersFile(text);
  test('gives every page, under every path that serves it, a sound header policy and its own script policy', () => {
    expect(problems(text, SITE)).toEqual([]);
  });
  test('gives every path, pages or not, the short header policy, with no script-src or default-src', () => {
    for (const p of ['/', '/place/syunik', '/no/such/page', '/_next/static/chunks/a.js', '/fonts/x.woff2', '/data/atlas.geojson', '/icon.svg']) {
      const headers = headersForPath(rules, p);
      expect(headerPolicyProblems(headers), p).toEqual([]);
      expect(headerPolicies(headers)[0], p).toBe(HEADER_POLICY);
    }
    expect(HEADER_POLICY).not.toMatch(/(^|; )(default-src|script-src)/u);
  });
  test('is short: every line within Cloudflare Pages\' limit, the header policy a few hundred bytes', () => {
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(CLOUDFLARE_MAX_LINE);
    expect(HEADER_POLICY.length).toBeLessThan(400);
  });
  test('forbids scripts in the documents that are not pages (SVG, XML), and only there', () => {
    for (const p of DOCUMENTS) expect(headerPolicies(headersForPath(rules, p)), p).toEqual([HEADER_POLICY, SCRIPTLESS_POLICY]);
    for (const p of ['/icon.svg/x', '/icon', '/sitemap', '/place/icon.svg']) expect(headerPolicies(headersForPath(rules, p)), p).toEqual([HEADER_POLICY]);
  });
  test('sends the security headers and the immutable caching of hashed assets', () => {
    const names = (p) => headersForPath(rules, p).map(([name]) => name);
    expect(names('/data/atlas.geojson')).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy']));
    expect(headersForPath(rules, '/_next/static/chunks/a.js')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(headersForPath(rules, '/place/syunik').filter(([name]) => name === 'Cache-Control')).toEqual([]);
  });
});

describe('the documents that are not pages, found in a build', () => {
  test('one rule for a folder of nothing but SVG files, one rule a file elsewhere', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-docs-'));
    for (const f of ['icon.svg', 'sitemap.xml', 'index.html', 'preview/a.svg', 'preview/b.svg', 'share/a.png', 'share/b.svg']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), '');
    }
    const found = nonPageDocuments(dir);
    expect(found).toEqual(['/icon.svg', '/preview/*', '/share/b.svg', '/sitemap.xml']);
    const rules = parseHeadersFile(headersFile(found));
    expect(headerPolicies(headersForPath(rules, '/preview/nakhchivan.svg'))).toEqual([HEADER_POLICY, SCRIPTLESS_POLICY]);
    expect(headerPolicies(headersForPath(rules, '/share/a.png'))).toEqual([HEADER_POLICY]);
  });
});

describe('the nginx include made from it', () => {
  /** The add_header lines nginx applies to a path: a matching `location ^~` block's own, else the server's. */
  function nginxApplied(conf, urlPath) {
    const server = [];
    const locations = [];
    let current = server;
    const exact = new Map();
    for (const line of conf.split('\n')) {
      const loc = /^location \^~ (\S+) \{$/u.exec(line);
      const eq = /^location = (\S+) \{$/u.exec(line);
      if (loc) locations.push({ prefix: loc[1], headers: (current = []) });
      else if (eq) exact.set(eq[1], (current = []));
      else if (line === '}') current = server;
      else {
        const m = /^\s*add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/u.exec(line);
        if (m) current.push([m[1], m[2].replace(/\\(.)/gu, '$1')]);
        else expect(line === '' || line.startsWith('#'), `unparsed nginx line: ${line}`).toBe(true);
      }
    }
    if (exact.has(urlPath)) return exact.get(urlPath);
    const location = locations.filter((l) => urlPath.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    return location && location.headers.length ? location.headers : server;
  }

  test('gives every page its sound header policy, the non-page documents theirs, and keeps the security headers on hashed assets', () => {
    const documents = [...DOCUMENTS, '/_next/static/media/icon.svg'];
    const rules = parseHeadersFile(headersFile(documents));
    const conf = nginxHeaders(rules);
    const found = Object.entries(SITE).flatMap(([file, html]) => pathsFor(file).flatMap((p) => cspProblems(nginxApplied(conf, p), html).map((x) => `${p}: ${x}`)));
    expect(found).toEqual([]);
    const asset = nginxApplied(conf, '/_next/static/chunks/a.js');
    expect(asset).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(asset).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    expect(headerPolicies(asset)).toEqual([HEADER_POLICY]);
    // An exact location wins over nginx's prefix ones, so it must carry everything the path gets.
    for (const p of documents) expect(nginxApplied(conf, p), p).toEqual(headersForPath(rules, p));
  });

  test('refuses a rule it cannot translate', () => {
    expect(() => nginxHeaders(parseHeadersFile('/place/:id\n  A: 1\n'))).toThrow(/No nginx equivalent/u);
    expect(() => nginxHeaders(parseHeadersFile('/*.svg\n  A: 1\n'))).toThrow(/No nginx equivalent/u);
  });
});
