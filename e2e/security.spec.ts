import { expect, test, waitForMap } from './fixtures';

test.describe('security headers', () => {
  for (const path of ['/', '/place/zangezur-corridor', '/sources/goyushov-2026', '/data/atlas.geojson', '/share/syunik.png', '/no/such/page']) {
    test(`${path} is served with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      const h = response.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toMatch(/script-src 'self'(?! 'unsafe-inline')/u);
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
