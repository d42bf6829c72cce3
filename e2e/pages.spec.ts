import { expect, test, waitForMap } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a place page reads fully: facts, every passage with its citation, and the sources', async ({ page }) => {
    await page.goto('/place/zangezur-corridor');
    const panel = page.getByRole('complementary', { name: 'Zangezur corridor' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Zangezur corridor' })).toBeVisible();
    await expect(panel.getByText('Also: Zangezur route')).toBeVisible();
    await expect(panel.getByText(/^Route · Zangezur corridor/u)).toBeVisible();
    await expect(panel.getByText('schematic', { exact: true })).toBeVisible();
    await expect(panel.locator('time[datetime="2021-02-14"]')).toHaveText('14 Feb 2021');
    await expect(panel.getByText(/Azerbaijan's name for a land link from the mainland to Nakhchivan/u)).toBeVisible();
    for (const cite of ['souleimanov-2024 ¶15', 'souleimanov-2024 ¶24', 'souleimanov-2024 ¶25', 'souleimanov-2024 ¶29']) {
      await expect(panel.getByRole('link', { name: cite })).toBeVisible();
    }
    await expect(panel.getByRole('link', { name: /Overchuk: railway through Armenia 42 km/u })).toHaveAttribute('href', 'https://mediamax.am/en/news/region/52948/');
    // Every place is still reachable as a plain link.
    await expect(page.getByRole('link', { name: 'Syunik', exact: true })).toHaveAttribute('href', '/place/syunik');
  });

  test('a source page reads fully, with numbered paragraphs and place links', async ({ page }) => {
    await page.goto('/sources/souleimanov-2024');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Unlikely Alliances/u);
    await expect(page.getByRole('link', { name: 'doi:10.1111/mepo.12741' })).toHaveAttribute('href', 'https://doi.org/10.1111/mepo.12741');
    await expect(page.locator('[id^="p"][id$="5"]').first()).toBeVisible();
    await expect(page.locator('#p35')).toContainText('¶35');
    await expect(page.getByRole('heading', { level: 2, name: 'CONCLUSION' })).toBeVisible();
    // A name in the text opens its place at the paragraph's passage.
    await expect(page.locator('#p15 [data-mention="zangezur-corridor"]')).toHaveAttribute('href', '/place/zangezur-corridor?passage=souleimanov-2024-p15');
  });
});

test.describe('share previews', () => {
  test('each place page carries specific title, description, canonical and share tags', async ({ page }) => {
    await page.goto('/place/zangezur-corridor');
    await expect(page).toHaveTitle('Zangezur corridor — South Caucasus Corridors Atlas');
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[name="description"]')).toMatch(/^Azerbaijan's name for a land link from the mainland to Nakhchivan/u);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/place\/zangezur-corridor$/u);
    expect(await meta('meta[property="og:title"]')).toBe('Zangezur corridor — South Caucasus Corridors Atlas');
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:image"]')).toMatch(/^https?:\/\/[^/]+\/share\/zangezur-corridor\.png$/u);
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[name="twitter:image"]')).toMatch(/\/share\/zangezur-corridor\.png$/u);

    await page.goto('/place/syunik');
    expect(await meta('meta[property="og:image"]')).toMatch(/\/share\/syunik\.png$/u);
    await page.goto('/');
    expect(await meta('meta[property="og:image"]')).toMatch(/\/share\/atlas\.png$/u);
  });

  test('the share images are 1200×630 PNGs and differ between places', async ({ request }) => {
    const images = new Map<string, Buffer>();
    for (const id of ['syunik', 'nakhchivan', 'btc-pipeline', 'atlas']) {
      const response = await request.get(`/share/${id}.png`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      images.set(id, png);
    }
    expect(images.get('syunik')!.equals(images.get('nakhchivan')!)).toBe(false);
    expect(images.get('syunik')!.equals(images.get('btc-pipeline')!)).toBe(false);
  });
});

test.describe('passages and sources, both ways', () => {
  test('a passage permalink opens the place scrolled to that passage, highlighted', async ({ page }) => {
    await page.goto('/place/btc-pipeline?passage=souleimanov-2024-p33');
    const passage = page.locator('[data-passage="souleimanov-2024-p33"]');
    await expect(passage).toHaveAttribute('data-active', 'true');
    await expect(passage).toBeFocused();
    await expect(passage).toBeInViewport();
    await expect(page.locator('[data-passage="goyushov-2026-p6"]')).not.toHaveAttribute('data-active', 'true');
  });

  test('“Copy link to this passage” copies its permalink', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/place/aras-corridor');
    await waitForMap(page);
    await page.locator('[data-passage="souleimanov-2024-p29"]').getByRole('button', { name: 'Copy link to this passage' }).click();
    await expect(page.locator('[data-passage="souleimanov-2024-p29"]').getByText('Copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL(page.url()).origin}/place/aras-corridor?passage=souleimanov-2024-p29`);
  });

  test('a citation in the panel opens its paragraph on the source page, which links back to the place', async ({ page }) => {
    await page.goto('/place/zangezur-corridor');
    await page.getByRole('link', { name: 'souleimanov-2024 ¶15' }).click();
    await expect(page).toHaveURL(/\/sources\/souleimanov-2024#p15$/u);
    await expect(page.locator('#p15')).toBeInViewport();
    await expect(page.locator('#p15')).toContainText('extraterritorial Zangezur corridor');

    await page.locator('#p15 [data-mention="zangezur-corridor"]').click();
    await expect(page).toHaveURL(/\/place\/zangezur-corridor\?passage=souleimanov-2024-p15$/u);
    await expect(page.getByRole('complementary', { name: 'Zangezur corridor' })).toBeVisible();
    await expect(page.locator('[data-passage="souleimanov-2024-p15"]')).toHaveAttribute('data-active', 'true');
  });

  test('“On the map” under a paragraph opens the place at that passage, even when it was linked by hand', async ({ page }) => {
    await page.goto('/sources/souleimanov-2024#p18');
    await page.locator('#p18 [data-place-ref="btc-pipeline"]').click();
    await expect(page).toHaveURL(/\/place\/btc-pipeline\?passage=souleimanov-2024-p18$/u);
    await expect(page.locator('[data-passage="souleimanov-2024-p18"]')).toHaveAttribute('data-active', 'true');
  });
});

test.describe('static files for crawlers', () => {
  test('robots.txt points to a sitemap listing every place and source', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/u);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const atlas = await (await request.get('/data/atlas.geojson')).json();
    for (const f of atlas.features) expect(sitemap).toContain(`/place/${f.id}</loc>`);
    expect(sitemap).toContain('/sources/goyushov-2026</loc>');
    expect(sitemap).toContain('/sources/souleimanov-2024</loc>');
  });
});
