import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CLOUDFLARE_MAX_LINE, SCRIPTLESS_POLICY, cspProblems, headerPolicies, headerPolicyProblems, headersForPath, parseHeadersFile } from '../scripts/headers.mjs';
import { expect, test, waitForMap } from './fixtures';

/**
 * The atlas as a static host serves it. `npm start` (the server these tests run against) applies
 * `out/_headers` the way Netlify and Cloudflare Pages do — every matching rule, repeated headers
 * kept — so a rule set that gives a page two policies, or the 404 page the wrong one, stops the
 * page hydrating here just as it would there.
 */
const out = path.resolve(__dirname, '..', 'out');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The request paths a host answers with an HTML file of out/ (404.html: any unknown path). */
function pathsFor(file: string): string[] {
  const rel = `/${path.relative(out, file).split(path.sep).join('/')}`;
  if (rel === '/404.html') return ['/404', '/404.html', '/no/such/page', '/place/zangezur-coridor', '/_next/static/missing.js'];
  if (rel.endsWith('/index.html')) return [rel.slice(0, -'index.html'.length) || '/', rel];
  return [rel.slice(0, -'.html'.length), rel];
}

test.describe('served as a static host would serve it', () => {
  test('every HTML file, on every path that serves it, gets the short header policy and its own <meta> script policy, allowing exactly its inline scripts', async ({ request }) => {
    // The browser stage built out/ before this runs; a missing build is a failure, never a pass.
    expect(existsSync(path.join(out, '_headers')), 'out/_headers (run npm run build)').toBe(true);
    const rules = parseHeadersFile(readFileSync(path.join(out, '_headers'), 'utf8'));
    const files = htmlFiles(out);
    expect(files.length, 'HTML files in out/').toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html.includes('<script>') || html.includes('<script '), file).toBe(true);
      for (const p of pathsFor(file)) {
        for (const problem of cspProblems(headersForPath(rules, p), html)) problems.push(`_headers, ${p}: ${problem}`);
        // And what the server really sends, header lines as a browser receives them.
        const response = await request.get(p);
        const sent = response.headersArray().map(({ name, value }) => [name, value] as [string, string]);
        for (const problem of cspProblems(sent, await response.text())) problems.push(`served, ${p}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the other files get the short header policy — a few hundred bytes of headers, not kilobytes — and SVG/XML documents run no script', async ({ request }) => {
    const text = readFileSync(path.join(out, '_headers'), 'utf8');
    expect(Math.max(...text.split('\n').map((line) => line.length)), 'longest _headers line').toBeLessThan(CLOUDFLARE_MAX_LINE);
    const chunk = readdirSync(path.join(out, '_next', 'static', 'chunks')).find((f) => f.endsWith('.js'));
    const problems: string[] = [];
    for (const p of [`/_next/static/chunks/${chunk}`, '/data/atlas.geojson', '/fonts/noto-sans-latin-400-normal.woff2', '/share/syunik.png', '/robots.txt', '/icon.svg', '/preview/syunik.svg', '/sitemap.xml']) {
      const response = await request.get(p);
      const sent = response.headersArray().map(({ name, value }) => [name, value] as [string, string]);
      for (const problem of headerPolicyProblems(sent)) problems.push(`${p}: ${problem}`);
      if (/\.(svg|xml)$/u.test(p)) expect(headerPolicies(sent), p).toContain(SCRIPTLESS_POLICY);
      else expect(headerPolicies(sent), p).toHaveLength(1);
    }
    expect(problems).toEqual([]);
    // What every JS chunk, font and stylesheet pays before its first byte: the status line and headers.
    const response = await request.get(`/_next/static/chunks/${chunk}`);
    const headerBytes = response.headersArray().reduce((sum, { name, value }) => sum + name.length + value.length + 4, 0);
    expect(headerBytes, 'header bytes of a JS chunk').toBeLessThan(2048);
  });

  test('the host files and dotfiles are not served', async ({ request }) => {
    for (const p of ['/_headers', '/.env', '/..%2f_headers', '/%2e%2e/package.json']) {
      const response = await request.get(p);
      expect(response.status(), p).toBe(404);
      expect(await response.text(), p).toContain('Page not found');
    }
  });

  test('a place page hydrates: its panel works and the layer list updates the URL', async ({ page }) => {
    const response = await page.goto('/place/syunik');
    // One header policy and the page's own meta policy; both are enforced, and the page still hydrates.
    expect((await response!.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await waitForMap(page);
    const panel = page.getByRole('complementary', { name: 'Syunik' });
    await expect(panel).toBeVisible();
    // Client-side only: without hydration the checkbox would toggle but the URL would not change.
    await page.getByRole('checkbox', { name: /^Strikes/ }).uncheck();
    await expect(page).toHaveURL(/\/place\/syunik\?layers=/u);
    await page.getByRole('link', { name: 'Aras corridor' }).click();
    await expect(page.getByRole('complementary', { name: 'Aras corridor' })).toBeVisible();
    await expect(page).toHaveURL(/\/place\/aras-corridor/u);
  });

  test.describe('the 404 page', () => {
    test.use({ allowConsoleErrors: /status of 404/u });

    test('hydrates for an unknown URL: it names what was asked and its suggestions lead on', async ({ page }) => {
      const response = await page.goto('/place/synuik');
      expect(response!.status()).toBe(404);
      expect((await response!.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
      await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      // The static HTML says "Page not found"; only the hydrated page names the place and suggests.
      await expect(page.getByRole('heading', { name: 'No place called “synuik”' })).toBeVisible();
      await page.locator('[data-suggestion="syunik"]').click();
      await expect(page).toHaveURL(/\/place\/syunik$/u);
      await waitForMap(page);
      await expect(page.getByRole('complementary', { name: 'Syunik' })).toBeVisible();
    });
  });
});
