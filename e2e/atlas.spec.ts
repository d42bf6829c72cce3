import { LAYERS } from '../geo/layers';
import { expect, mapView, placesAt, placeCoordinates, redraw, renderedPlaces, screenPoint, test, waitForMap } from './fixtures';

test.describe('the atlas', () => {
  test('loads offline: the map becomes ready with the atlas drawn', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Caucasus Corridors Atlas');
    await expect(page.getByRole('region', { name: /map of the south caucasus/i })).toBeVisible();
    expect(await renderedPlaces(page)).toEqual(expect.arrayContaining(['nakhchivan', 'syunik', 'zangezur-corridor', 'btc-pipeline']));
  });

  for (const layer of LAYERS) {
    test(`the ${layer.label} checkbox hides and shows its layer and records it in ?layers=`, async ({ page }) => {
      // A view with every place in it (the home view leaves out Tehran, Gaza and Eilat).
      await page.goto('/#map=4.6/36.5/42');
      await waitForMap(page);
      const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${layer.label}`) });
      const visibility = () =>
        page.evaluate((id) => {
          const map = window.__atlasMap!;
          return [...new Set(map.getStyle().layers.filter((l) => l.id.startsWith(`${id}-`)).map((l) => map.getLayoutProperty(l.id, 'visibility') ?? 'visible'))];
        }, layer.id);
      const drawn = async () => (await renderedPlaces(page)).filter((id) => id.length > 0);
      const placesOfLayer = await page.evaluate(async (id) => {
        const features = (await (await fetch('/data/atlas.geojson')).json()).features.filter((f: { properties: { layer: string } }) => f.properties.layer === id);
        // Frame the layer's places (some layers, e.g. the wars, lie outside the home view).
        const boxes: number[][] = features.map((f: { properties: { bbox: number[] } }) => f.properties.bbox);
        const bounds: [number, number, number, number] = [Math.min(...boxes.map((b) => b[0]!)), Math.min(...boxes.map((b) => b[1]!)), Math.max(...boxes.map((b) => b[2]!)), Math.max(...boxes.map((b) => b[3]!))];
        window.__atlasMap!.fitBounds(bounds, { animate: false, padding: 60, maxZoom: 9 });
        return features.map((f: { id: string }) => f.id);
      }, layer.id);

      // Drawn before: otherwise "none of its places remains drawn" below could not fail.
      expect(placesOfLayer.length).toBeGreaterThan(0);
      await expect.poll(async () => (await drawn()).filter((id) => placesOfLayer.includes(id)).length).toBeGreaterThan(0);

      await checkbox.uncheck();
      await expect(page).toHaveURL(new RegExp(`[?&]layers=(?![^#]*\\b${layer.id}\\b)`));
      await expect.poll(visibility).toEqual(['none']);
      // Rendered features are those of the last drawn frame: wait for the repaint, then none may remain.
      await expect.poll(async () => (await drawn()).filter((id) => placesOfLayer.includes(id))).toEqual([]);

      await checkbox.check();
      await expect.poll(visibility).toEqual(['visible']);
      await expect.poll(async () => (await drawn()).filter((id) => placesOfLayer.includes(id)).length).toBeGreaterThan(0);
      // All layers back on is the default, which stays out of the URL.
      await expect(page).not.toHaveURL(/layers=/u);
    });
  }

  test('after a checkbox, the place links and the timeline carry the new layers', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const toggle = page.getByRole('button', { name: /^Timeline/u });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(page.locator('#timeline [data-event]').first()).toBeVisible();
    await page.getByRole('checkbox', { name: /^BTC pipeline/ }).uncheck();
    await expect(page).toHaveURL(/[?&]layers=/u);
    // They follow in a deferred render: each link then says the layers shown, with its own layer added.
    const syunik = page.locator('[data-place-link="syunik"]');
    await expect(syunik).toHaveAttribute('href', /[?&]layers=(?![^#&]*\bbtc\b)[^&#]*\bsyunik\b/u);
    // BTC's own place link adds BTC back: every layer, the default, which links leave out.
    await expect(page.locator('[data-place-link="btc-pipeline"]')).toHaveAttribute('href', '/place/btc-pipeline');
    const event = page.locator('#timeline [data-event]').first();
    await expect(event).toHaveAttribute('href', /[?&]layers=(?![^#&]*\bbtc\b)/u);
    await page.getByRole('checkbox', { name: /^BTC pipeline/ }).check();
    await expect(syunik).not.toHaveAttribute('href', /layers=/u);
    await expect(event).not.toHaveAttribute('href', /layers=/u);
  });

  test('a reload keeps the layer choice', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('checkbox', { name: /^BTC pipeline/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Strikes/ }).uncheck();
    await expect(page).toHaveURL(/layers=/u);
    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('checkbox', { name: /^BTC pipeline/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Strikes/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Syunik/ })).toBeChecked();
    const drawn = await renderedPlaces(page);
    expect(drawn).not.toContain('btc-pipeline');
    expect(drawn).not.toContain('nakhchivan-drone-strike');
    expect(drawn).toContain('syunik');
  });

  test('clicking a place on the map opens its panel; Back closes it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const tabriz = await placeCoordinates(page, 'south-azerbaijan');
    // The icon is drawn once its image is made: wait for the frame that shows it.
    await expect.poll(async () => (await placesAt(page, tabriz))[0]).toBe('south-azerbaijan');
    const { x, y } = await screenPoint(page, tabriz);
    await page.mouse.click(x, y);

    await expect(page).toHaveURL(/\/place\/south-azerbaijan/u);
    const panel = page.getByRole('complementary', { name: "Iran's Azerbaijani provinces" });
    await expect(panel).toBeVisible();
    await expect(panel.getByText('goyushov-2026 note i')).toBeVisible();
    await expect(panel.locator('mark').first()).toBeVisible();

    await page.goBack();
    await expect(page).not.toHaveURL(/\/place\//u);
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('a click paints its panel before the map draws a frame, and a drag right after a click still pans', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    // Place pages are fetched ahead once the map is drawn; the click below opens one of them.
    await page.waitForLoadState('networkidle');
    const tabriz = await placeCoordinates(page, 'south-azerbaijan');
    await expect.poll(async () => (await placesAt(page, tabriz))[0]).toBe('south-azerbaijan');
    const { x, y } = await screenPoint(page, tabriz);
    // The pointer rests on the place (its hover frame drawn), then the frames MapLibre draws from the
    // press on are counted until the panel's title is in the page.
    await page.mouse.move(x, y);
    await expect(page.locator('[data-hover-label]')).toHaveText("Iran's Azerbaijani provinces");
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__atlasMap!;
          map.once('idle', () => {
            const seen = window as unknown as { __framesBeforePanel?: number };
            let frames = 0;
            map.on('render', () => {
              frames += 1;
            });
            new MutationObserver((_, observer) => {
              if (!document.querySelector('[data-place-panel="south-azerbaijan"] h2')) return;
              seen.__framesBeforePanel = frames;
              observer.disconnect();
            }).observe(document.body, { childList: true, subtree: true });
            resolve();
          });
          map.triggerRepaint();
        }),
    );
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.getByRole('complementary', { name: "Iran's Azerbaijani provinces" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __framesBeforePanel?: number }).__framesBeforePanel)).toBe(0);

    // A press and a release in place, then at once a drag: the map follows the drag.
    await redraw(page);
    const before = await mapView(page);
    await page.mouse.move(x - 150, y);
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.down();
    await page.mouse.move(x - 50, y + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await mapView(page)).lon).toBeLessThan(before.lon - 0.1);
  });

  test('place pages are fetched ahead only once the map is drawn', async ({ page }) => {
    const prefetched = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/place/')) prefetched.add(path.split('/')[2]!);
    });
    await page.goto('/');
    await waitForMap(page);
    const whileLoading = await page.evaluate(() => {
      const drawn = performance.getEntriesByName('atlas-map-idle')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/place/') && e.startTime < drawn)
        .map((e) => e.name);
    });
    expect(whileLoading, 'place pages fetched while the map was loading').toEqual([]);
    // Then, in idle time, every place's page.
    await expect.poll(() => prefetched.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
  });

  test('a thin line is picked a few pixels off it, and the pointer says so', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    // A point of the pipeline in Turkey, west of Erzurum, where the South Caucasus Pipeline (which runs
    // beside it further east) has ended: nothing else near.
    const btc = await placeCoordinates(page, 'btc-pipeline');
    const inTurkey = (btc as unknown as [number, number][]).filter(([lon]) => lon > 40.4 && lon < 42.5);
    const onLine = await screenPoint(page, inTurkey[Math.floor(inTurkey.length / 2)]!);
    const canvas = page.locator('#map-region canvas');
    await page.mouse.move(onLine.x, onLine.y + 5);
    await expect(canvas).toHaveCSS('cursor', 'pointer');
    await page.mouse.move(onLine.x, onLine.y + 30);
    await expect(canvas).not.toHaveCSS('cursor', 'pointer');
    await page.mouse.click(onLine.x, onLine.y + 5);
    await expect(page).toHaveURL(/\/place\/btc-pipeline/u);
  });

  test('/place/zangezur-corridor opens with its passages and the route in view', async ({ page }) => {
    await page.goto('/place/zangezur-corridor');
    const panel = page.getByRole('complementary', { name: 'Zangezur corridor' });
    await expect(panel).toBeVisible();
    await expect(panel.getByText(/extraterritorial Zangezur corridor/u).first()).toBeVisible();
    await expect(panel.getByRole('link', { name: 'souleimanov-2024 ¶15' })).toBeVisible();
    await waitForMap(page);
    await expect(page).toHaveURL(/#map=[\d.]+\/[\d.-]+\/[\d.-]+$/u);
    const inView = await page.evaluate(() => {
      const bounds = window.__atlasMap!.getBounds();
      return [
        [47.336, 39.448], // Horadiz
        [46.238, 38.902], // Meghri
        [45.412, 39.209], // Nakhchivan city
      ].every(([lon, lat]) => bounds.contains([lon!, lat!]));
    });
    expect(inView).toBe(true);
    expect(await renderedPlaces(page)).toContain('zangezur-corridor');
  });

  test('a #map= link restores the view, and panning updates it', async ({ page }) => {
    await page.goto('/#map=8.5/39.25/46.1');
    await waitForMap(page);
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(8.5, 1);
    expect(view.lat).toBeCloseTo(39.25, 2);
    expect(view.lon).toBeCloseTo(46.1, 2);

    const box = (await page.locator('#map-region canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 100, { steps: 8 });
    await page.mouse.up();
    await expect(page).not.toHaveURL(/#map=8\.5\/39\.25\/46\.1$/u);
    await expect(page).toHaveURL(/#map=8\.5\/[\d.]+\/[\d.]+$/u);
    const hash = new URL(page.url()).hash;
    const [, lat, lon] = hash.replace('#map=', '').split('/').map(Number);
    expect(lat!).toBeGreaterThan(39.25);
    expect(lon!).toBeGreaterThan(46.1);
  });

  test('the Share button copies the full URL and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/place/syunik?layers=syunik,tripp');
    await waitForMap(page);
    await expect(page).toHaveURL(/#map=/u);
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/\/place\/syunik\?layers=syunik,tripp#map=/u);
  });

  test('keyboard only: reach a place link, open its panel, Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the list of places' })).toBeFocused();
    await page.keyboard.press('Enter');
    const link = page.locator('[data-place-link="syunik"]');
    for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/syunik/u);
    const heading = page.getByRole('heading', { level: 2, name: 'Syunik' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('complementary', { name: 'Syunik' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/\/place\//u);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(link).toBeFocused();
  });

  test('the close button closes the panel and keeps the layers', async ({ page }) => {
    await page.goto('/place/btc-pipeline?layers=btc,energy');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect(page).toHaveURL(/^[^#]*\/\?layers=btc,energy(#map=.*)?$/u);
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the panel is a bottom sheet that leaves the map visible', async ({ page }) => {
    await page.goto('/place/nakhchivan-drone-strike');
    await waitForMap(page);
    const panel = page.getByRole('complementary', { name: 'Drone strike on Nakhchivan airport' });
    await expect(panel).toBeVisible();
    const sheet = (await panel.boundingBox())!;
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.6);
    expect(sheet.y + sheet.height).toBeCloseTo(844, -1);
    expect(await renderedPlaces(page)).toContain('nakhchivan-drone-strike');
  });

  test('the layer list opens as a drawer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Layers and places' })).toBeHidden();
    await page.getByRole('button', { name: 'Layers & places' }).click();
    await expect(page.getByRole('navigation', { name: 'Layers and places' })).toBeVisible();
    await page.getByRole('link', { name: 'Syunik' }).click();
    await expect(page).toHaveURL(/\/place\/syunik/u);
    await expect(page.getByRole('navigation', { name: 'Layers and places' })).toBeHidden();
  });
});
