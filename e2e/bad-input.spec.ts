import { LAYERS } from '../geo/layers';
import { expect, test, waitForMap } from './fixtures';

test.describe('bad input gets a calm answer', () => {
  test.use({ allowConsoleErrors: /status of 404/u });

  test('an unknown place answers 404, names what was asked and suggests close matches', async ({ page }) => {
    const response = await page.goto('/place/zangezur-coridor');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'No place called “zangezur-coridor”' })).toBeVisible();
    await expect(page.locator('[data-suggestion="zangezur-corridor"]')).toBeVisible();
    // Every place is one click away, and the atlas opens from there.
    await page.locator('[data-suggestion="zangezur-corridor"]').click();
    await expect(page).toHaveURL(/\/place\/zangezur-corridor$/u);
    await waitForMap(page);
    await expect(page.getByRole('complementary', { name: 'Zangezur corridor' })).toBeVisible();
  });

  test('markup in a place id is shown as text, never run', async ({ page }) => {
    const response = await page.goto('/place/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: /No place called “<img src=x onerror/u })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('an unknown page answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the atlas' })).toBeVisible();
  });
});

test.describe('malformed URLs fall back to the defaults', () => {
  test('unknown or hostile layer ids leave every layer on', async ({ page }) => {
    await page.goto('/?layers=%3Cscript%3Ealert(1)%3C%2Fscript%3E,atlantis');
    await waitForMap(page);
    await expect(page.getByRole('checkbox')).toHaveCount(LAYERS.length);
    for (const checkbox of await page.getByRole('checkbox').all()) await expect(checkbox).toBeChecked();
    // And on the map, not only in the list: no atlas layer is hidden.
    const hidden = await page.evaluate(() => {
      const map = window.__atlasMap!;
      return map.getStyle().layers.filter((l) => map.getLayoutProperty(l.id, 'visibility') === 'none').map((l) => l.id);
    });
    expect(hidden).toEqual([]);
  });

  test('a malformed #map= gives the first view', async ({ page }) => {
    await page.goto('/#map=NaN/abc/Infinity');
    await waitForMap(page);
    const view = await page.evaluate(() => ({ zoom: window.__atlasMap!.getZoom(), lon: window.__atlasMap!.getCenter().lng }));
    expect(view.zoom).toBeGreaterThan(4);
    expect(view.lon).toBeGreaterThan(40);
    expect(view.lon).toBeLessThan(51);
    await expect(page).toHaveURL(/#map=[\d.]+\/[\d.]+\/[\d.]+$/u);
  });

  test('a malformed #map= typed into a loaded page is put right at once, and the map stays where it was', async ({ page }) => {
    await page.goto('/#map=6/40/45');
    await waitForMap(page);
    await expect(page).toHaveURL(/#map=6\/40\/45$/u);
    await page.evaluate(() => {
      window.location.hash = '#map=abc';
    });
    await expect(page).toHaveURL(/#map=6\/40\/45$/u);
    const view = await page.evaluate(() => ({ zoom: window.__atlasMap!.getZoom(), lat: window.__atlasMap!.getCenter().lat }));
    expect(view.zoom).toBeCloseTo(6, 5);
    expect(view.lat).toBeCloseTo(40, 3);
  });
});
