// `_headers` read the way Netlify and Cloudflare Pages read it: every matching rule applies and
// repeated headers are joined, so each HTML page — under its clean URL, its .html path, and (for
// 404.html) any unknown URL — must end up with exactly one policy that allows its inline scripts.
// The pages are a small fixture, so this cannot pass for want of a build; e2e/static-host.spec.ts
// runs the same check on the real out/ after the browser stage builds it.
import { describe, expect, test } from 'vitest';
import { cspProblems, headersFile, headersForPath, parseHeadersFile, patternMatches, sitePolicy } from './headers.mjs';
import { nginxHeaders } from './nginx-headers.mjs';

const page = (...scripts) => `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${scripts.map((s) => `<script>${s}</script>`).join('')}</body></html>`;
/** Pages as the export writes them: each carries inline scripts no other page has. */
const SITE = {
  'index.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"home"])'),
  'place/syunik.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"syunik"])'),
  'sources/goyushov-2026.html': page('self.__next_f.push([1,"goyushov"])'),
  '404.html': page('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"not found"])'),
};

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

describe('the policy check', () => {
  const html = SITE['place/syunik.html'];
  test('fails two policies, whether on two lines or joined by a comma', () => {
    const policy = sitePolicy([html]);
    expect(cspProblems([['Content-Security-Policy', policy]], html)).toEqual([]);
    expect(cspProblems([['Content-Security-Policy', policy], ['content-security-policy', policy]], html)).toHaveLength(1);
    expect(cspProblems([['Content-Security-Policy', `${policy}, ${policy}`]], html)).toHaveLength(1);
    expect(cspProblems([], html)).toEqual(['0 Content-Security-Policy policies, not 1']);
  });
  test("fails a policy that misses one of the page's scripts, or falls back on 'unsafe-inline'", () => {
    expect(cspProblems([['Content-Security-Policy', sitePolicy([SITE['index.html']])]], html)[0]).toMatch(/1 inline script\(s\) not allowed/u);
    expect(cspProblems([['Content-Security-Policy', "script-src 'self' 'unsafe-inline'"]], html)).toHaveLength(1);
  });
  test('catches the rule set that broke hydration: a hashless /* policy plus a policy per route', () => {
    const broken = [
      `/*\n  Content-Security-Policy: ${sitePolicy([])}`,
      // The old layout: each page's own policy on its clean URL (404.html's on /404).
      ...Object.entries(SITE).map(([file, h]) => `/${file.replace(/(index)?\.html$/u, '')}\n  Content-Security-Policy: ${sitePolicy([h])}`),
    ].join('\n\n');
    const found = problems(broken, SITE);
    expect(found).toContain('/place/syunik (place/syunik.html): 2 Content-Security-Policy policies, not 1');
    expect(found.some((p) => p.startsWith('/no/such/page (404.html): ') && p.includes('not allowed'))).toBe(true);
  });
});

describe('the _headers the build writes', () => {
  const text = headersFile(Object.values(SITE));
  test('gives every page, under every path that serves it, exactly one policy allowing its inline scripts', () => {
    expect(problems(text, SITE)).toEqual([]);
  });
  test('sends the security headers and the immutable caching of hashed assets', () => {
    const rules = parseHeadersFile(text);
    const names = (p) => headersForPath(rules, p).map(([name]) => name);
    expect(names('/data/atlas.geojson')).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy']));
    expect(headersForPath(rules, '/_next/static/chunks/a.js')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(headersForPath(rules, '/place/syunik').filter(([name]) => name === 'Cache-Control')).toEqual([]);
  });
});

describe('the nginx include made from it', () => {
  /** The add_header lines nginx applies to a path: a matching `location ^~` block's own, else the server's. */
  function nginxApplied(conf, urlPath) {
    const server = [];
    const locations = [];
    let current = server;
    for (const line of conf.split('\n')) {
      const loc = /^location \^~ (\S+) \{$/u.exec(line);
      if (loc) locations.push({ prefix: loc[1], headers: (current = []) });
      else if (line === '}') current = server;
      else {
        const m = /^\s*add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/u.exec(line);
        if (m) current.push([m[1], m[2].replace(/\\(.)/gu, '$1')]);
        else expect(line === '' || line.startsWith('#'), `unparsed nginx line: ${line}`).toBe(true);
      }
    }
    const location = locations.filter((l) => urlPath.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    return location && location.headers.length ? location.headers : server;
  }

  test('gives every path exactly one policy allowing its page, and keeps the security headers on hashed assets', () => {
    const conf = nginxHeaders(parseHeadersFile(headersFile(Object.values(SITE))));
    const found = Object.entries(SITE).flatMap(([file, html]) => pathsFor(file).flatMap((p) => cspProblems(nginxApplied(conf, p), html).map((x) => `${p}: ${x}`)));
    expect(found).toEqual([]);
    const asset = nginxApplied(conf, '/_next/static/chunks/a.js');
    expect(asset).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(asset).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    expect(asset.filter(([name]) => name === 'Content-Security-Policy')).toHaveLength(1);
  });

  test('refuses a rule it cannot translate', () => {
    expect(() => nginxHeaders(parseHeadersFile('/place/:id\n  A: 1\n'))).toThrow(/No nginx equivalent/u);
  });
});
