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

test.describe('security headers', () => {
  for (const path of ['/', '/place/zangezur-corridor', '/sources/goyushov-2026', '/data/atlas.geojson', '/share/syunik.png', '/no/such/page']) {
    test(`${path} is served with a policy that allows only the site's own origin, and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      const h = response.headers();
      const policy = parsePolicy(h['content-security-policy'] ?? '');

      expect(policy.get('default-src')).toEqual(["'self'"]);
      // Scripts: the site's files and, on a page, its own inline scripts by hash. Nothing else at all.
      const scripts = policy.get('script-src') ?? policy.get('default-src')!;
      expect(scripts).toContain("'self'");
      for (const source of scripts) expect(source, `script-src ${source}`).toMatch(OWN_ORIGIN_ONLY);
      // The other fetch directives: own origin, plus data:/blob: images and blob: workers for MapLibre,
      // and inline styles (React and MapLibre set style attributes). No host, no wildcard, no eval.
      const allowed: Record<string, RegExp> = {
        'style-src': /^('self'|'unsafe-inline')$/u,
        'img-src': /^('self'|data:|blob:)$/u,
        'worker-src': /^('self'|blob:)$/u,
        'child-src': /^('self'|blob:)$/u,
      };
      for (const [name, sources] of policy) {
        if (name === 'script-src') continue;
        for (const source of sources) expect(source, `${name} ${source}`).toMatch(allowed[name] ?? OWN_ORIGIN_ONLY);
      }
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);

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
