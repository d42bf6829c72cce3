import { expect, test } from './fixtures';

/** Addresses a hostile or careless link might carry. Each must give a calm page: no 5xx, no script run. */
const HOSTILE = [
  '/place/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '/place/x%22%20onmouseover%3D%22window.__pwned%3D1',
  '/?layers=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E,btc',
  '/?layers=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E',
  `/?layers=${Array(10_000).fill('btc').join(',')}`,
  `/?layers=${Array(10_000).fill('<b>x</b>').join(',')}`,
  '/#map=NaN/NaN/NaN',
  '/#map=Infinity/1e308/-1e308',
  '/#map=99999999/999/999',
  '/#map=%3Cscript%3E/1/1',
  '/place/syunik#map=-5/-100/-400',
  '/place/..%2F..%2Fetc%2Fpasswd',
  '/place/%E2%80%AE%D9%86%D8%AE%D8%AC%D9%88%D8%A7%D9%86',
  '/place/%D5%86%D5%A1%D5%AD%D5%AB%D5%BB%D6%87%D5%A1%D5%B6',
  '/?layers=%C3%B1,%F0%9F%98%80,syunik',
  '/place/%00',
  '/place/%',
];

test.describe('hostile URLs get a calm answer', () => {
  test.use({ allowConsoleErrors: /status of (400|404)/u });

  for (const url of HOSTILE) {
    test(`${url.slice(0, 70)}${url.length > 70 ? '…' : ''}`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      const response = await page.goto(url);
      expect(response!.status()).toBeLessThan(500);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialog).toBe(false);
      // The atlas still works afterwards.
      await page.goto('/place/aras-corridor');
      await expect(page.getByRole('complementary', { name: 'Aras corridor' })).toBeVisible();
    });
  }

  test('path traversal never leaves the site’s files', async ({ request }) => {
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/data/..%2f..%2fpackage.json', '/_next/../../package.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('root:x:0:0');
      expect(await response.text(), path).not.toContain('"dependencies"');
    }
  });
});
