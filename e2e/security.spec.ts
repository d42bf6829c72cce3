import { metaPolicies } from '../scripts/headers.mjs';
import { expect, test, waitForMap } from './fixtures';

/** A Content-Security-Policy header → its directives, each with its list of sources. */
function parsePolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (!name) continue;
    // As browsers do, a repeated directive is ignored; but the policy should not have one at all.
    expect(directives.has(name.toLowerCase()), `directive ${name} appears twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that let in something other than the site's own files: hosts, schemes and wildcards. */
const OWN_ORIGIN_ONLY = /^('self'|'none'|'sha256-[A-Za-z0-9+/]+={0,2}')$/u;

/** What each non-script directive may allow: own origin, plus data:/blob: images and blob: workers for
 * MapLibre, and inline styles (React and MapLibre set style attributes). No host, no wildcard, no eval. */
const ALLOWED: Record<string, RegExp> = {
  'style-src': /^('self'|'unsafe-inline')$/u,
  'img-src': /^('self'|data:|blob:)$/u,
  'worker-src': /^('self'|blob:)$/u,
  'child-src': /^('self'|blob:)$/u,
};

function expectOwnOriginOnly(policy: Map<string, string[]>, where: string): void {
  for (const [name, sources] of policy) {
    if (name === 'script-src') continue;
    for (const source of sources) expect(source, `${where}: ${name} ${source}`).toMatch(ALLOWED[name] ?? OWN_ORIGIN_ONLY);
  }
}

test.describe('security headers', () => {
  for (const path of ['/', '/place/zangezur-corridor', '/sources/goyushov-2026', '/data/atlas.geojson', '/share/syunik.png', '/no/such/page', '/icon.svg']) {
    test(`${path} is served with a policy that allows only the site's own origin, and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      const h = response.headers();
      const [header, ...extra] = response
        .headersArray()
        .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
        .flatMap(({ value }) => value.split(','))
        .map(parsePolicy);

      // The header policy, on every response: no framing, no plugins, no foreign <base>, own origin only.
      // It says nothing about scripts: a second policy's script-src would block the pages' inline scripts.
      expect(header, 'a Content-Security-Policy header').toBeDefined();
      expectOwnOriginOnly(header!, 'header');
      expect(header!.has('script-src'), 'header script-src').toBe(false);
      expect(header!.has('default-src'), 'header default-src').toBe(false);
      expect(header!.get('object-src')).toEqual(["'none'"]);
      expect(header!.get('base-uri')).toEqual(["'self'"]);
      expect(header!.get('frame-ancestors')).toEqual(["'none'"]);
      // An SVG opened on its own is a document: it runs no script at all.
      expect(extra).toEqual(path.endsWith('.svg') ? [new Map([['script-src', ["'none'"]]])] : []);

      if (h['content-type']?.startsWith('text/html')) {
        // A page's own policy, in its <meta>: scripts from the site's files and its own inline scripts by hash.
        const metas = metaPolicies(await response.text());
        expect(metas, 'one <meta> policy').toHaveLength(1);
        const policy = parsePolicy(metas[0]!.policy);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        const scripts = policy.get('script-src')!;
        expect(scripts).toContain("'self'");
        for (const source of scripts) expect(source, `script-src ${source}`).toMatch(OWN_ORIGIN_ONLY);
        expectOwnOriginOnly(policy, 'meta');
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'self'"]);
      }

      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('geolocation=()');
    });
  }

  test('using the atlas raises no Content-Security-Policy violation', async ({ page }) => {
    // The fixture fails the test on any violation; this walks through the main paths to provoke one.
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('link', { name: 'Aras corridor' }).click();
    await expect(page.getByRole('complementary', { name: 'Aras corridor' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Strikes/ }).uncheck();
    await page.getByRole('link', { name: 'souleimanov-2024 ¶29' }).first().click();
    await expect(page.locator('#p29')).toBeVisible();
    await page.locator('#p29 [data-mention="nakhchivan"]').click();
    await waitForMap(page);
    await expect(page.getByRole('complementary', { name: 'Nakhchivan' })).toBeVisible();
  });
});

test.describe('a script that gets into a page anyway', () => {
  // Chromium logs each blocked script as a console error; the 404 page answers with status 404.
  test.use({ allowConsoleErrors: /violates the following Content Security Policy directive|status of 404/u });

  for (const path of ['/', '/place/syunik', '/no/such/page', '/icon.svg']) {
    test(`is not run on ${path}, and the violation is reported`, async ({ page }) => {
      await page.goto(path);
      if (!path.endsWith('.svg')) await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      // As an injection would: an inline <script> element and an inline event handler.
      await page.evaluate(() => {
        const root = document.documentElement;
        const script = document.createElementNS(root.namespaceURI, 'script');
        script.textContent = 'window.__pwned = 1';
        root.append(script);
        root.setAttribute('onclick', 'window.__pwned = 2');
        root.dispatchEvent(new MouseEvent('click'));
      });
      const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      await expect.poll(async () => (await violations()).map((v) => v.split(' ')[0]).sort()).toEqual(['script-src-attr', 'script-src-elem']);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      // Seen: the fixture's own check would fail the test on them.
      await page.evaluate(() => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0;
      });
    });
  }
});
