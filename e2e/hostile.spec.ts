import { request as httpRequest } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/**
 * Addresses a hostile or careless link might carry. Each must give a calm page: no 5xx, nothing run,
 * no markup injected. Markup payloads carry `data-pwned`, so an injected element is found even when the
 * Content-Security-Policy stops its script.
 */
const HOSTILE = [
  '/place/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '/place/%3Cimg%20data-pwned%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '/place/x%22%20data-pwned%20onmouseover%3D%22window.__pwned%3D1',
  '/?layers=%3Cimg%20data-pwned%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E,btc',
  '/?layers=%22%3E%3Csvg%20data-pwned%20onload%3Dwindow.__pwned%3D1%3E',
  `/?layers=${Array(10_000).fill('btc').join(',')}`,
  `/?layers=${Array(10_000).fill('<b data-pwned>x</b>').join(',')}`,
  '/#map=NaN/NaN/NaN',
  '/#map=Infinity/1e308/-1e308',
  '/#map=99999999/999/999',
  '/#map=%3Cimg%20data-pwned%20src%3Dx%3E/1/1',
  '/place/syunik#map=-5/-100/-400',
  '/place/syunik?passage=%3Cimg%20data-pwned%20src%3Dx%3E',
  '/place/..%2F..%2Fetc%2Fpasswd',
  '/place/%E2%80%AE%D9%86%D8%AE%D8%AC%D9%88%D8%A7%D9%86',
  '/place/%D5%86%D5%A1%D5%AD%D5%AB%D5%BB%D6%87%D5%A1%D5%B6',
  '/?layers=%C3%B1,%F0%9F%98%80,syunik',
  '/place/%00',
  '/place/%',
];

/**
 * Waits until the client has read the URL: React has hydrated the page (`<html data-hydrated>`, set in
 * an effect) and, on an atlas page, the map has applied `#map=` and `?layers=` and drawn.
 */
async function waitForClient(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  if ((await page.locator('[data-map-status]').count()) > 0) await waitForMap(page);
}

test.describe('hostile URLs get a calm answer', () => {
  test.use({ allowConsoleErrors: /status of (400|404)/u });

  for (const url of HOSTILE) {
    test(`nothing in ${url.slice(0, 70)}${url.length > 70 ? '…' : ''} is run or injected`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      const response = await page.goto(url);
      expect(response!.status()).toBeLessThan(500);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await waitForClient(page);
      const after = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected: document.querySelectorAll('[data-pwned]').length,
        violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      }));
      expect(after).toEqual({ pwned: null, injected: 0, violations: [] });
      expect(dialog).toBe(false);
      // The atlas still works afterwards.
      await page.goto('/place/aras-corridor');
      await expect(page.getByRole('complementary', { name: 'Aras corridor' })).toBeVisible();
    });
  }
});

/**
 * A GET with the path sent exactly as written. Browsers and Playwright's `request` resolve `..` and
 * `%2e%2e` before sending, so only a raw request reaches the server with them.
 */
function rawGet(baseURL: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Files next to `out/` and on the machine that a traversal would reach, and what gives each away. */
const SECRETS = ['root:x:0:0', '"dependencies"', 'createAtlasServer', 'SECURITY_HEADERS'];

test.describe('path traversal', () => {
  test('a raw request gets the site’s files, and a `..` that stays inside them is resolved', async ({ baseURL }) => {
    expect((await rawGet(baseURL!, '/data/atlas.geojson')).status).toBe(200);
    expect((await rawGet(baseURL!, '/share/../data/atlas.geojson')).status).toBe(200);
  });

  for (const rawPath of [
    '/../package.json',
    '/../../../../etc/passwd',
    '/_next/../../package.json',
    '/data/../../scripts/serve.mjs',
    '/%2e%2e/package.json',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fpackage.json',
    '/data/..%2f..%2fscripts%2fheaders.mjs',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5cpackage.json',
    '/place/..%2f..%2fpackage.json',
    '/%252e%252e/package.json',
    '/..%00/package.json',
    '//etc/passwd',
  ]) {
    test(`${rawPath} never leaves the site’s files`, async ({ baseURL }) => {
      const { status, body } = await rawGet(baseURL!, rawPath);
      expect([400, 404]).toContain(status);
      for (const secret of SECRETS) expect(body).not.toContain(secret);
    });
  }
});
