import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** One place of each point layer, all in the first view: their icons are drawn by the boot module. */
const ICON_PLACES = ['karabakh', 'sangachal-terminal', 'iran-embassy-baku', 'nakhchivan-drone-strike', 'south-azerbaijan'];

const iconPlaces = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlasMap!;
    return [...new Set(map.queryRenderedFeatures().filter((f) => f.layer.id.endsWith('-icon')).map((f) => String(f.properties.id)))];
  });

test.describe('starting the map', () => {
  test('the page draws the map before the app’s scripts run, and the app adopts that map', async ({ page }) => {
    // Hold every script of the app's bundle until the map has been drawn without them.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#atlas-map-early canvas.maplibregl-canvas')).toHaveCount(1, { timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('atlas-map-idle').length), { timeout: 60_000 }).toBe(1);
    expect(await page.evaluate(() => window.__atlasMap)).toBeUndefined();

    release();
    await waitForMap(page);
    // One map: the page's own, moved into the app's map element.
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('#atlas-map-early canvas')).toHaveCount(0);
    expect(await iconPlaces(page)).toEqual(expect.arrayContaining(ICON_PLACES));
  });

  test('arriving from another page of the app, the atlas builds its map itself', async ({ page }) => {
    await page.goto('/sources/goyushov-2026');
    await page.getByRole('link', { name: 'South Caucasus Corridors Atlas' }).click();
    await expect(page).toHaveURL(/\/$/u);
    await waitForMap(page);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    expect(await iconPlaces(page)).toEqual(expect.arrayContaining(ICON_PLACES));
  });
});
