import { type Page, expect, test as base } from '@playwright/test';

/**
 * Every browser test runs with three guards: no request leaves the app's origin; the page logs no
 * console error (nor MapLibre's warning of a missing icon) and throws no uncaught exception; and the Content-Security-Policy is never violated. A test that expects an error response (a 404 page)
 * says so with `allowConsoleErrors`.
 */
type Guards = { offOrigin: string[]; consoleErrors: string[]; allowConsoleErrors: RegExp | null };

export const test = base.extend<Guards & { guards: void }>({
  offOrigin: async ({}, use) => use([]),
  consoleErrors: async ({}, use) => use([]),
  allowConsoleErrors: [null, { option: true }],
  guards: [
    async ({ page, baseURL, offOrigin, consoleErrors, allowConsoleErrors }, use) => {
      const origin = new URL(baseURL!).origin;
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob):/u.test(url)) offOrigin.push(url);
      });
      // A failed resource shows in the console without its URL; record which one it was.
      page.on('response', (response) => {
        if (response.status() >= 400 && !(allowConsoleErrors && allowConsoleErrors.test(`status of ${response.status()}`))) {
          consoleErrors.push(`HTTP ${response.status()} ${response.url()}`);
        }
      });
      page.on('console', (message) => {
        // MapLibre only warns of an icon it asked for and did not have, and draws its places without it.
        const error = message.type() === 'error' || (message.type() === 'warning' && /^Image ".*" could not be loaded/u.test(message.text()));
        if (error && !(allowConsoleErrors && allowConsoleErrors.test(message.text()))) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      // Content-Security-Policy violations are collected in the page and checked after the test.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await use();
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(offOrigin, 'requests to another origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits for the map's ready signal (MapLibre's first `idle` after the atlas data loaded). On a phone's
 * place page the map waits for the reader: it asks for it, as a reader would.
 */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const ask = page.getByRole('button', { name: 'Show the interactive map' });
  if (await ask.isVisible()) await ask.click();
  // A ceiling for a hung map, not a speed check: software WebGL on a busy two-core machine is slow.
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 60_000 });
}

/** Draws the map again with nothing changed, and waits for it to be idle after that frame. */
export async function redraw(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => window.__atlasMap!.once('idle', resolve).triggerRepaint()));
}

/** The screen position of a coordinate on the map canvas, from MapLibre's own projection. */
export async function screenPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([lon, lat]) => window.__atlasMap!.project([lon!, lat!]), lonLat);
  const box = (await page.locator('#map-region canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/*
 * "Drawn" below: MapLibre returns the feature and its layer's paint, as MapLibre evaluates it for that
 * feature and its feature-state, has no opacity of 0 and no fully transparent colour (areas say the
 * date in their fill colour). (A place not yet on the map at the chosen date is
 * still tiled and returned by queries, drawn at opacity 0.) For symbol layers MapLibre's query
 * evaluates paint without feature-state (icons and labels are hidden all the same), so there the
 * feature-state their opacity reads (`notYet`, components/map/time-filter.ts) decides. Inlined in each
 * page function: the page's Content-Security-Policy allows no eval of a shared predicate.
 */

/** The atlas place ids drawn at a point of the screen, top first. */
export async function placesAt(page: Page, lonLat: [number, number]): Promise<string[]> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__atlasMap!;
    const point = map.project([lon!, lat!]);
    const drawn = (f: { layer: { type: string; paint?: object }; state?: { notYet?: boolean } }) =>
      f.layer.type === 'symbol'
        ? f.state?.notYet !== true
        : Object.entries(f.layer.paint ?? {}).every(([name, value]) => (name.endsWith('-opacity') ? value !== 0 : !name.endsWith('-color') || (value as { a?: number } | null)?.a !== 0));
    return map.queryRenderedFeatures(point, {}).filter((f) => f.source === 'atlas' && drawn(f)).map((f) => String(f.properties.id));
  }, lonLat);
}

/** Place ids of the atlas features currently drawn anywhere in the view. */
export async function renderedPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn = (f: { layer: { type: string; paint?: object }; state?: { notYet?: boolean } }) =>
      f.layer.type === 'symbol'
        ? f.state?.notYet !== true
        : Object.entries(f.layer.paint ?? {}).every(([name, value]) => (name.endsWith('-opacity') ? value !== 0 : !name.endsWith('-color') || (value as { a?: number } | null)?.a !== 0));
    return [...new Set(window.__atlasMap!.queryRenderedFeatures().filter((f) => f.source === 'atlas' && drawn(f)).map((f) => String(f.properties.id)))];
  });
}

export async function mapView(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  });
}

export async function placeCoordinates(page: Page, id: string): Promise<[number, number]> {
  const atlas = await (await page.request.get('/data/atlas.geojson')).json();
  const feature = atlas.features.find((f: { id: string }) => f.id === id);
  return feature.geometry.coordinates;
}
