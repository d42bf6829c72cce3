import type { Page } from '@playwright/test';
import { expect, placeCoordinates, placesAt, test, waitForMap } from './fixtures';

/**
 * When the map starts (components/map/map-area.tsx): at once on the atlas home; on a place page after
 * its text, by itself on a wide screen and on the reader's request on a phone, which until then gets
 * a static map of the place.
 */
const mapModuleRan = (page: Page) => page.evaluate(() => performance.getEntriesByName('atlas-map-module').length > 0);

test.describe('on a phone, a place page', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows its text and a static map of the place; the interactive map starts when asked for', async ({ page }) => {
    await page.goto('/place/nakhchivan');
    await expect(page.getByRole('heading', { level: 2, name: 'Nakhchivan' })).toBeVisible();
    const preview = page.getByRole('img', { name: 'Map of Nakhchivan (a static preview)' });
    await expect(preview).toBeVisible();
    // A real picture, drawn: the SVG loaded and has its size.
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(600);
    await page.waitForLoadState('networkidle');
    // Nothing of MapLibre has run, and no "Loading map…" is announced for a map nobody asked for.
    expect(await mapModuleRan(page)).toBe(false);
    await expect(page.locator('#map-region canvas')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Loading map…' })).toBeHidden();

    await page.getByRole('button', { name: 'Show the interactive map' }).tap();
    await waitForMap(page);
    await expect(preview).toHaveCount(0);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(6);
  });

  test('the atlas home starts its map at once', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-map-preview]')).toHaveCount(0);
    await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 60_000 });
  });
});

test.describe('on a wide screen, a place page', () => {
  test('starts the map by itself, without preloading it ahead of the text', async ({ page, request }) => {
    const html = await (await request.get('/place/btc-pipeline')).text();
    expect(html.match(/data-map-preload/gu) ?? []).toHaveLength(0);
    // The home page does preload it: there the map is what the reader came for.
    expect(((await (await request.get('/')).text()).match(/data-map-preload/gu) ?? []).length).toBeGreaterThan(0);

    await page.goto('/place/btc-pipeline');
    await expect(page.getByRole('img', { name: /static preview/u })).toBeHidden();
    await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 60_000 });
    // The preview image is lazy and hidden here, so it was never fetched.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/preview/')))).toBe(false);
  });
});

test.describe('on the atlas home', () => {
  test('the map’s chunks are preloaded: the ones its import runs, the map module’s among them', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const { ran, preloaded, fetchedBy } = await page.evaluate(() => ({
      // Each chunk the page ran is a script element (Turbopack's loader adds one per chunk it loads).
      ran: [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname),
      preloaded: [...document.querySelectorAll('link[data-map-preload]')].map((l) => new URL((l as HTMLLinkElement).href).pathname).filter((p) => p.endsWith('.js')),
      fetchedBy: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType])),
    }));
    expect(preloaded.length).toBeGreaterThan(0);
    // No preload is wasted (another route's copy of the map module was, once).
    expect(ran).toEqual(expect.arrayContaining(preloaded));
    // And the map module's own chunk came from its preload, not from a request made once the import ran.
    const mapModule: string[] = [];
    for (const chunk of ran) if ((await (await page.request.get(chunk)).text()).includes('atlas-map-module')) mapModule.push(chunk);
    expect(mapModule).toHaveLength(1);
    expect(fetchedBy[mapModule[0]!]).toBe('link');
  });
});

test.describe('on a busy main thread, where React renders well after the map’s next frame', () => {
  test('the map still becomes ready with every icon drawn', async ({ page }) => {
    // React's scheduler runs its work through `setImmediate` when the page has one. Given one that waits,
    // React's render after MapLibre is created comes after the map's first frames, as on a busy phone:
    // the style's events must not depend on React having handed over the map (its ref).
    await page.addInitScript(() => {
      (window as unknown as { setImmediate: (callback: () => void) => number }).setImmediate = (callback) => window.setTimeout(callback, 100);
    });
    await page.goto('/');
    await waitForMap(page);
    const tabriz = await placeCoordinates(page, 'south-azerbaijan');
    // Drawn with its icon; and MapLibre warned of no missing icon (a console error for the guards, fixtures.ts).
    expect(await placesAt(page, tabriz)).toContain('south-azerbaijan');
  });
});
