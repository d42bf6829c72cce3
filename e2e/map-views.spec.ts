import type { Page } from '@playwright/test';
import { buildAtlas } from '../geo/atlas';
import { BASEMAP_BOUNDS } from '../geo/basemap-bounds';
import { buildChronology } from '../geo/chronology';
import { expect, mapView, redraw, renderedPlaces, test, waitForMap } from './fixtures';

/** Waits until the camera has stopped (no flight in progress). */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => !window.__atlasMap!.isMoving())).toBe(true);
}

/** Does `action`, then waits for the camera move it starts to end and the map to go idle after it. */
async function afterMove(page: Page, action: () => Promise<unknown>) {
  await page.evaluate(() => {
    const map = window.__atlasMap!;
    (window as unknown as { __moved: Promise<void> }).__moved = new Promise((resolve) => map.once('moveend', () => map.once('idle', () => resolve())));
  });
  await action();
  await page.evaluate(() => (window as unknown as { __moved: Promise<void> }).__moved);
}

/**
 * The middle of `id`'s icon as drawn (spread or not), when the pointer there is over that icon alone and
 * picks it; else null. Two icons drawn on top of each other fail this even if an edge of one peeks out.
 */
async function pickPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((placeId) => {
    const map = window.__atlasMap!;
    const icons = map.getStyle().layers.map((l) => l.id).filter((l) => l.endsWith('-icon'));
    const feature = map.querySourceFeatures('atlas').find((f) => f.properties.id === placeId);
    if (!feature || feature.geometry.type !== 'Point') return null;
    const c = map.project(feature.geometry.coordinates as [number, number]);
    const iconsAt = (x: number, y: number) => [...new Set(map.queryRenderedFeatures([x, y], { layers: icons }).map((f) => String(f.properties.id)))];
    let [sx, sy, n] = [0, 0, 0];
    for (let dx = -40; dx <= 40; dx += 2)
      for (let dy = -40; dy <= 40; dy += 2)
        if (iconsAt(c.x + dx, c.y + dy).includes(placeId)) {
          sx += c.x + dx;
          sy += c.y + dy;
          n += 1;
        }
    if (n === 0) return null;
    const middle = { x: sx / n, y: sy / n };
    const under = iconsAt(middle.x, middle.y);
    return under.length === 1 && under[0] === placeId && window.__atlasPlaceAt!(middle.x, middle.y) === placeId ? middle : null;
  }, id);
}

async function toPage(page: Page, p: { x: number; y: number }) {
  const box = (await page.locator('#map-region canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

test.describe('reading the map', () => {
  test('Karabakh and the Shusha Declaration can each be clicked from the home view', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    for (const id of ['karabakh', 'shusha-declaration']) {
      const at = await pickPoint(page, id);
      expect(at, `${id} has a point that picks it`).not.toBeNull();
    }
    const at = await toPage(page, (await pickPoint(page, 'karabakh'))!);
    await page.mouse.click(at.x, at.y);
    await expect(page).toHaveURL(/\/place\/karabakh(#map=[^?]*)?$/u);
  });

  test('every point place can be clicked at its own framing', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await waitForMap(page);
    const atlas = await (await page.request.get('/data/atlas.geojson')).json();
    const points: { id: string; coordinates: [number, number] }[] = atlas.features
      .filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point')
      .map((f: { id: string; geometry: { coordinates: [number, number] } }) => ({ id: f.id, coordinates: f.geometry.coordinates }));
    expect(points.length).toBeGreaterThan(15);
    const missed: string[] = [];
    for (const { id, coordinates } of points) {
      // The framing the atlas gives a point place (atlas-map.tsx: fitBounds, maxZoom 8), without waiting for a page load.
      await page.evaluate(
        ([lon, lat]) =>
          new Promise<void>((resolve) => {
            const map = window.__atlasMap!;
            map.once('idle', () => resolve());
            map.fitBounds([[lon!, lat!], [lon!, lat!]], { maxZoom: 8, duration: 0, padding: 40 });
          }),
        coordinates,
      );
      if (!(await pickPoint(page, id))) missed.push(id);
    }
    expect(missed).toEqual([]);
  });

  test('hovering a place names it beside the pointer', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const at = await toPage(page, (await pickPoint(page, 'shusha-declaration'))!);
    await page.mouse.move(at.x, at.y);
    await expect(page.locator('[data-hover-label]')).toHaveText('Shusha Declaration');
    await expect(page.locator('[data-hover-label]')).toBeVisible();
    await page.mouse.move(5, 300);
    await expect(page.locator('[data-hover-label]')).toBeHidden();
  });

  test('the scale bar and the Timeline button do not cover each other, wide or on a phone', async ({ page }) => {
    for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await page.goto('/');
      await waitForMap(page);
      const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
      const button = (await page.getByRole('button', { name: /^Timeline/u }).boundingBox())!;
      const apart = scale.x + scale.width <= button.x || button.x + button.width <= scale.x || scale.y + scale.height <= button.y || button.y + button.height <= scale.y;
      expect(apart, `${size.width} px: scale ${JSON.stringify(scale)}, button ${JSON.stringify(button)}`).toBe(true);
    }
  });

  test('names the countries on both banks of the Aras when zoomed in', async ({ page }) => {
    await page.goto('/#map=9.5/38.9/46.3');
    await waitForMap(page);
    const names = await page.evaluate(() => [...new Set(window.__atlasMap!.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => String(f.properties.name)))]);
    expect(names).toEqual(expect.arrayContaining(['IRAN', 'ARMENIA']));
  });

  test('labels an area once, however many tiles it crosses', async ({ page }) => {
    await page.goto('/#map=9/39.2/46.0');
    await waitForMap(page);
    const count = await page.evaluate(() => window.__atlasMap!.queryRenderedFeatures().filter((f) => f.layer.type === 'symbol' && f.properties.id === 'nakhchivan').length);
    expect(count).toBe(1);
  });

  test('stops zooming where the data stops, and keeps the region in view', async ({ page }) => {
    await page.goto('/#map=14/40.4/49.86');
    await waitForMap(page);
    expect((await mapView(page)).zoom).toBeLessThanOrEqual(10);
    // Asked to look far away (or from far out), the map shows only ground the basemap covers.
    for (const hash of ['#map=6/10/10', '#map=3/40/45', '#map=5/60/80']) {
      await page.goto(`/${hash}`);
      await waitForMap(page);
      const [w, s, e, n] = await page.evaluate(() => window.__atlasMap!.getBounds().toArray().flat());
      const [minLon, minLat, maxLon, maxLat] = BASEMAP_BOUNDS;
      expect(w, hash).toBeGreaterThanOrEqual(minLon - 0.01);
      expect(s, hash).toBeGreaterThanOrEqual(minLat - 0.01);
      expect(e, hash).toBeLessThanOrEqual(maxLon + 0.01);
      expect(n, hash).toBeLessThanOrEqual(maxLat + 0.01);
    }
  });
});

/** The selected place's projected box and the panel's box, in page pixels. */
async function boxes(page: Page, id: string) {
  const bbox = await page.evaluate(async (placeId) => {
    const atlas = await (await fetch('/data/atlas.geojson')).json();
    return atlas.features.find((f: { id: string }) => f.id === placeId).properties.bbox as [number, number, number, number];
  }, id);
  const canvas = (await page.locator('#map-region canvas').boundingBox())!;
  const [a, b] = await page.evaluate(([w, s, e, n]) => [window.__atlasMap!.project([w!, n!]), window.__atlasMap!.project([e!, s!])], bbox);
  const place = { left: canvas.x + a!.x, top: canvas.y + a!.y, right: canvas.x + b!.x, bottom: canvas.y + b!.y };
  const p = (await page.locator('[data-place-panel]').boundingBox())!;
  return { place, panel: { left: p.x, top: p.y, right: p.x + p.width, bottom: p.y + p.height }, canvas };
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // The Aras corridor, and the longest place: the BTC pipeline, 35.9–49.4° E (once pushed under the
    // panel by the map's bounds, which then ended at 56° E).
    for (const id of ['aras-corridor', 'btc-pipeline']) {
      test(`the selected place is framed where the panel does not cover it: ${id}`, async ({ page }) => {
        await page.goto(`/place/${id}`);
        await waitForMap(page);
        await settled(page);
        const { place, panel, canvas } = await boxes(page, id);
        const clear = place.right <= panel.left + 1 || place.bottom <= panel.top + 1;
        expect(clear, `place ${JSON.stringify(place)} clear of panel ${JSON.stringify(panel)}`).toBe(true);
        expect(place.left).toBeGreaterThanOrEqual(canvas.x);
        expect(place.top).toBeGreaterThanOrEqual(canvas.y);
        expect(place.right).toBeLessThanOrEqual(canvas.x + canvas.width);
      });
    }
  });
}

test.describe('with the timeline open', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('a place chosen from the timeline is framed above it and beside the panel', async ({ page }) => {
    const lachin = buildChronology(buildAtlas()).find((e) => e.placeId === 'lachin-corridor' && e.date.startsWith('2023-09'))!;
    await page.goto('/?until=2023-09-30');
    await waitForMap(page);
    const strip = page.locator('#timeline');
    await expect(strip.locator(`[data-event="${lachin.id}"]`)).toBeVisible();
    await strip.locator(`[data-event="${lachin.id}"]`).click();
    await expect(page.getByRole('complementary', { name: /Lachin corridor/u })).toBeVisible();
    await settled(page);
    const { place, panel, canvas } = await boxes(page, 'lachin-corridor');
    const below = (await strip.boundingBox())!;
    expect(place.bottom, `place ${JSON.stringify(place)} above the timeline at ${below.y}`).toBeLessThanOrEqual(below.y + 1);
    expect(place.right).toBeLessThanOrEqual(panel.left + 1);
    expect(place.top).toBeGreaterThanOrEqual(canvas.y);
  });
});

test.describe('between 768 and 1100 px', () => {
  test.use({ viewport: { width: 1024, height: 700 } });
  test('the list is a drawer that closes by its button, Escape and a tap outside', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const drawer = page.getByRole('navigation', { name: 'Layers and places' });
    const map = (await page.locator('#map-region').boundingBox())!;
    expect(map.width).toBeGreaterThan(1000);
    await expect(drawer).toBeHidden();
    const open = page.getByRole('button', { name: 'Layers & places' });
    await open.click();
    await expect(drawer).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toBeHidden();
    await open.click();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(open).toBeFocused();
    await open.click();
    await page.mouse.click(900, 400);
    await expect(drawer).toBeHidden();
  });

  test('a drawer left open when the window widens is closed: the first Escape then closes the place panel', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Layers & places' }).click();
    await expect(page.locator('[data-drawer-backdrop]')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Closed by the widening itself (waited for: a reader does not press Escape in the resize's frame).
    await expect(page.locator('[data-drawer-backdrop]')).toHaveCount(0);
    await page.locator('#map-region').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-place-panel]')).toHaveCount(0);
    // Narrowed again, the drawer is closed, as it was left.
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect(page.getByRole('navigation', { name: 'Layers and places' })).toBeHidden();
  });
});

test.describe('with a place panel open', () => {
  for (const viewport of [{ width: 1024, height: 700 }, { width: 768, height: 1024 }, { width: 1280, height: 800 }]) {
    test(`at ${viewport.width}×${viewport.height} Map keys and the map's attribution stay beside the panel and clear of the open timeline`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // A date opens the timeline along the map's foot.
      await page.goto('/place/syunik?until=2025');
      await waitForMap(page);
      await expect(page.locator('#timeline')).toBeVisible();
      const panel = (await page.locator('[data-place-panel]').boundingBox())!;
      for (const control of [page.locator('summary', { hasText: 'Map keys' }), page.locator('.maplibregl-ctrl-attrib')]) {
        const box = (await control.boundingBox())!;
        expect(box.x + box.width, 'under the panel').toBeLessThanOrEqual(panel.x);
        // What the pointer would reach at its middle is the control itself.
        const reached = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('details, .maplibregl-ctrl-attrib') != null, [box.x + box.width / 2, box.y + box.height / 2]);
        expect(reached).toBe(true);
      }
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the home view frames the corridors, not the whole Caucasus', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const view = await mapView(page);
    expect(view.zoom).toBeGreaterThan(6.5);
    expect(view.lon).toBeGreaterThan(44.7);
    expect(view.lon).toBeLessThan(47.2);
  });

  test('the bottom sheet has peek, half and full heights, by keyboard and by dragging its handle', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    const panel = page.locator('[data-place-panel]');
    const handle = page.locator('[data-sheet-handle]');
    const height = async () => (await panel.boundingBox())!.height;
    await expect(panel).toHaveAttribute('data-sheet', 'half');
    const half = await height();
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(panel).toHaveAttribute('data-sheet', 'full');
    expect(await height()).toBeGreaterThan(half + 100);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(panel).toHaveAttribute('data-sheet', 'peek');
    expect(await height()).toBeLessThan(half - 100);

    // Drag the handle from the peek height up to near the top: the sheet snaps to full.
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, 120, { steps: 5 });
    await page.mouse.up();
    await expect(panel).toHaveAttribute('data-sheet', 'full');
  });

  test('a passage link opens the sheet at full height, and the handle steps on from there', async ({ page }) => {
    await page.goto('/place/nakhchivan?passage=souleimanov-2024-p29');
    const panel = page.locator('[data-place-panel]');
    await expect(panel).toHaveAttribute('data-sheet', 'full');
    // What is drawn, not only the attribute: the sheet covers most of the map area.
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(844 * 0.75);
    await expect(page.locator('[data-passage="souleimanov-2024-p29"]')).toBeInViewport();
    await page.locator('[data-sheet-handle]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(panel).toHaveAttribute('data-sheet', 'half');
    // A passage link that also gives a map view (an article's "Open in the atlas") leaves room for the map.
    await page.goto('/place/zangezur-corridor?passage=souleimanov-2024-p15#map=8/39.2/45.4');
    await expect(page.locator('[data-place-panel]')).toHaveAttribute('data-sheet', 'half');
  });

  test('turned to landscape, the open place is framed again beside the panel', async ({ page }) => {
    await page.goto('/place/nakhchivan');
    await waitForMap(page);
    await settled(page);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect(page.locator('[data-place-panel]')).toBeVisible();
    await expect
      .poll(async () => {
        if (await page.evaluate(() => window.__atlasMap!.isMoving())) return 'moving';
        const { place, panel, canvas } = await boxes(page, 'nakhchivan');
        const inside = place.left >= canvas.x - 1 && place.top >= canvas.y - 1 && place.bottom <= canvas.y + canvas.height + 1;
        const clear = place.right <= panel.left + 1 || place.bottom <= panel.top + 1;
        return inside && clear ? 'framed' : `place ${JSON.stringify(place)}, panel ${JSON.stringify(panel)}`;
      })
      .toBe('framed');
    // Once the reader has moved the map, a resize leaves their view alone.
    const canvas = (await page.locator('#map-region canvas').boundingBox())!;
    await page.mouse.move(canvas.x + 120, canvas.y + 200);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 60, canvas.y + 150, { steps: 5 });
    await page.mouse.up();
    await settled(page);
    const moved = await mapView(page);
    await page.setViewportSize({ width: 844, height: 420 });
    await expect.poll(async () => (await page.locator('#map-region canvas').boundingBox())!.height).toBeGreaterThan(canvas.height + 10);
    await settled(page);
    const after = await mapView(page);
    expect(after.lon).toBeCloseTo(moved.lon, 2);
    expect(after.zoom).toBeCloseTo(moved.zoom, 2);
  });

  test('turned, a view the link gave (#map=) stays as it was', async ({ page }) => {
    await page.goto('/place/nakhchivan#map=7/39.5/46');
    await waitForMap(page);
    await settled(page);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(async () => (await page.locator('#map-region canvas').boundingBox())!.width).toBeGreaterThan(800);
    await settled(page);
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(7, 2);
    expect(view.lon).toBeCloseTo(46, 2);
  });

  test('a tap on the handle steps the sheet, and nothing under the handle gets the tap', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    const panel = page.locator('[data-place-panel]');
    const handle = page.locator('[data-sheet-handle]');
    await expect(panel).toHaveAttribute('data-sheet', 'half');
    await handle.tap();
    await expect(panel).toHaveAttribute('data-sheet', 'full');
    // From full, a tap goes to peek: the sheet shrinks away from under the finger, and the tap must
    // not then land on the map (which would close the panel) or on the text below.
    await handle.tap();
    await expect(panel).toHaveAttribute('data-sheet', 'peek');
    await handle.tap();
    await expect(panel).toHaveAttribute('data-sheet', 'half');
    await expect(page).toHaveURL(/\/place\/syunik/u);
  });

  test('Share link says what happened without pushing the header about', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const header = page.locator('header').first();
    const before = (await header.boundingBox())!;
    // No clipboard permission here: the copy fails, and the longer message must fit as well.
    await page.getByRole('button', { name: 'Share link' }).click();
    const status = page.getByRole('status').filter({ hasText: /Link copied|Copy failed/u });
    await expect(status).toBeVisible();
    expect((await header.boundingBox())!.height).toBe(before.height);
    // The message is on screen whole, and the header's buttons stay apart.
    const box = (await status.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const [search, share] = [(await page.getByRole('button', { name: 'Search places and passages' }).boundingBox())!, (await page.getByRole('button', { name: 'Share link' }).boundingBox())!];
    expect(search.x + search.width).toBeLessThanOrEqual(share.x);
  });

  test('the layers drawer closes by its visible close button', async ({ page }) => {
    await page.goto('/');
    const drawer = page.getByRole('navigation', { name: 'Layers and places' });
    await page.getByRole('button', { name: 'Layers & places' }).click();
    await expect(drawer).toBeVisible();
    const close = drawer.getByRole('button', { name: 'Close' });
    await expect(close).toBeInViewport();
    await close.click();
    await expect(drawer).toBeHidden();
  });

  test('Back that closes the panel leaves focus on something on screen, not on the page body', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    // Opened from the drawer's list: the link that opened it is hidden with the drawer afterwards.
    await page.getByRole('button', { name: 'Layers & places' }).click();
    await page.getByRole('navigation', { name: 'Layers and places' }).getByRole('link', { name: 'Syunik', exact: true }).click();
    await expect(page.locator('#place-title')).toBeFocused();
    await page.goBack();
    await expect(page.locator('[data-place-panel]')).toHaveCount(0);
    await expect(page.locator('#map-region')).toBeFocused();
  });
});

test.describe('the view and history', () => {
  test('Back re-frames the map to the URL’s view', async ({ page }) => {
    await page.goto('/#map=6/40.5/45.5');
    await waitForMap(page);
    await page.locator('[data-place-link="btc-pipeline"]').click();
    await expect(page).toHaveURL(/\/place\/btc-pipeline/u);
    await settled(page);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe('#map=6/40.5/45.5');
    await page.goBack();
    await expect(page).toHaveURL(/\/#map=6\/40\.5\/45\.5$/u);
    await expect.poll(async () => Math.round((await mapView(page)).zoom * 10) / 10).toBe(6);
    expect((await mapView(page)).lon).toBeCloseTo(45.5, 1);
  });

  test('after Back, once the map is idle, the picture on screen is the map as it is (icons spread, none left over from the closer view)', async ({ page }) => {
    // At 1280×800 the home view is at zoom 6.1, where the Karabakh and Shusha Declaration rings are
    // spread; in Syunik's closer view they are not. A frame left on screen from the way back drew them
    // stacked, while clicks still found them apart.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await waitForMap(page);
    await afterMove(page, () => page.locator('#places').getByRole('link', { name: 'Syunik', exact: true }).click());
    await afterMove(page, () => page.goBack());
    await expect(page).not.toHaveURL(/\/place\//u);
    const canvas = page.locator('#map-region canvas');
    const onScreen = await canvas.screenshot();
    // Nothing has changed since the map went idle: drawing it again must give the same picture.
    await redraw(page);
    expect(onScreen.equals(await canvas.screenshot()), 'the picture after Back is the one a fresh frame draws').toBe(true);
  });

  test('editing the hash moves the map', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.evaluate(() => {
      window.location.hash = '#map=8/39.5/46.1';
    });
    await expect.poll(async () => (await mapView(page)).zoom).toBeCloseTo(8, 1);
    expect((await mapView(page)).lat).toBeCloseTo(39.5, 1);
  });

  test('a hidden layer stays hidden after Back', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.locator('[data-place-link="syunik"]').click();
    await expect(page).toHaveURL(/\/place\/syunik/u);
    await page.getByRole('checkbox', { name: /^BTC pipeline/ }).uncheck();
    await page.goBack();
    await expect(page).not.toHaveURL(/\/place\//u);
    await expect(page.getByRole('checkbox', { name: /^BTC pipeline/ })).not.toBeChecked();
    await expect(page).toHaveURL(/layers=/u);
  });

  test('a place link of a hidden layer shows that layer on the map, and Back hides it again', async ({ page }) => {
    await page.goto('/?layers=syunik');
    await waitForMap(page);
    const btcShown = () => page.evaluate(() => window.__atlasMap!.getLayoutProperty('btc-line', 'visibility') ?? 'visible');
    expect(await btcShown()).toBe('none');
    await page.locator('[data-place-link="btc-pipeline"]').click();
    await expect(page).toHaveURL(/\/place\/btc-pipeline\?layers=syunik,btc/u);
    await expect.poll(btcShown).toBe('visible');
    await expect.poll(async () => renderedPlaces(page)).toContain('btc-pipeline');
    await page.goBack();
    await expect(page).not.toHaveURL(/\/place\//u);
    await expect.poll(btcShown).toBe('none');
  });

  test('a place whose layer is hidden says so, and one click shows the layer', async ({ page }) => {
    await page.goto('/place/btc-pipeline?layers=syunik');
    await waitForMap(page);
    const notice = page.locator('[data-hidden-layer-notice="btc"]');
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Show layer' }).click();
    await expect(page.getByRole('checkbox', { name: /^BTC pipeline/ })).toBeChecked();
    await expect(notice).toHaveCount(0);
  });

  test('clicking empty map closes the panel and leaves the map where it was', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    await settled(page);
    const before = await mapView(page);
    const canvas = (await page.locator('#map-region canvas').boundingBox())!;
    // The top-left corner of the map, below the controls: open country, no place.
    const empty = await page.evaluate(() => {
      for (let y = 200; y < 500; y += 20) for (let x = 60; x < 300; x += 20) if (!window.__atlasPlaceAt!(x, y)) return { x, y };
      return null;
    });
    await page.mouse.click(canvas.x + empty!.x, canvas.y + empty!.y);
    await expect(page).not.toHaveURL(/\/place\//u);
    await expect(page.locator('[data-place-panel]')).toHaveCount(0);
    const after = await mapView(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expect(after.lon).toBeCloseTo(before.lon, 3);
  });

  test('a passage’s id as the bare hash (#<id>) opens the panel at that passage, as ?passage= does', async ({ page }) => {
    await page.goto('/place/karabakh');
    const last = (await page.locator('[data-passage]').last().getAttribute('data-passage'))!;
    // A new document (a hash alone would be a same-document navigation).
    await page.goto('about:blank');
    await page.goto(`/place/karabakh#${last}`);
    await waitForMap(page);
    const passage = page.locator(`[data-passage="${last}"]`);
    await expect(passage).toHaveAttribute('data-active', 'true');
    await expect(passage).toBeInViewport();
    // The map writes its view into the hash: the link keeps its passage as ?passage=, so a reload or a copy keeps it too.
    await expect(page).toHaveURL(new RegExp(`/place/karabakh\\?passage=${last}#map=`, 'u'));
    await page.reload();
    await waitForMap(page);
    await expect(passage).toHaveAttribute('data-active', 'true');
  });

  test('a passage’s “Link” takes its URL in place: no reload, the map stays, the passage is highlighted', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const passage = page.locator('[data-passage]').nth(1);
    const id = (await passage.getAttribute('data-passage'))!;
    await passage.getByRole('link', { name: 'Link', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/place/syunik\\?passage=${id}#map=`, 'u'));
    await expect(passage).toHaveAttribute('data-active', 'true');
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage === true && Boolean(window.__atlasMap))).toBe(true);
    // And it is still a link to share: its address is the passage's.
    await expect(passage.getByRole('link', { name: 'Link', exact: true })).toHaveAttribute('href', `/place/syunik?passage=${id}`);
  });

  test('a deep link focuses the title without a focus ring, and a passage link shows the title and citation', async ({ page }) => {
    await page.goto('/place/btc-pipeline?passage=souleimanov-2024-p33');
    await waitForMap(page);
    const passage = page.locator('[data-passage="souleimanov-2024-p33"]');
    await expect(passage).toBeInViewport();
    await expect(passage.locator('cite')).toBeInViewport();
    const sticky = page.locator('[data-panel-sticky-title]');
    await expect(sticky).toBeVisible();
    // The compact title sits flush with the panel's top (no strip of text scrolling above it), the
    // passage starts below it, and the close button stays above it, whole and clickable.
    const boxes = await page.evaluate(() => {
      const box = (el: Element | null) => el!.getBoundingClientRect().toJSON() as DOMRect;
      const sticky = document.querySelector('[data-panel-sticky-title]')!;
      const close = document.querySelector('[data-place-panel] button[aria-label="Close panel"]')!;
      const c = box(close);
      return {
        scroller: box(sticky.parentElement),
        sticky: box(sticky),
        passage: box(document.querySelector('[data-passage="souleimanov-2024-p33"]')),
        closeOnTop: document.elementFromPoint(c.x + c.width / 2, c.y + c.height / 2)?.closest('button') === close,
      };
    });
    expect(Math.abs(boxes.sticky.top - boxes.scroller.top)).toBeLessThanOrEqual(1);
    expect(boxes.passage.top).toBeGreaterThanOrEqual(boxes.sticky.bottom - 1);
    expect(boxes.closeOnTop).toBe(true);
    await page.goto('/place/syunik');
    await expect(page.locator('#place-title')).toBeFocused();
    expect(await page.locator('#place-title').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  });
});

test.describe('taking the view away', () => {
  test('Download image gives a PNG of the view at 2× with its caption', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    const canvas = (await page.locator('#map-region canvas').boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download image' }).click()]);
    expect(download.suggestedFilename()).toBe('atlas-syunik.png');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // The view as the reader sees it: the map left of the place panel, not what the panel covers.
    const panel = (await page.locator('[data-place-panel]').boundingBox())!;
    expect(panel.x).toBeLessThan(canvas.x + canvas.width - 100);
    expect(Math.abs(width - Math.round(panel.x - canvas.x) * 2)).toBeLessThanOrEqual(2);
    // The map, plus a title above and a legend, attribution and URL below.
    expect(height).toBeGreaterThan(Math.round(canvas.height) * 2 + 100);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('the image’s caption wraps to the phone’s width: nothing is drawn in its right margin; its map is the part above the sheet', async ({ page }) => {
      await page.goto('/place/zangezur-corridor?until=2023-09-30');
      await waitForMap(page);
      const canvas = (await page.locator('#map-region canvas').boundingBox())!;
      const sheet = (await page.locator('[data-place-panel]').boundingBox())!;
      expect(sheet.y).toBeLessThan(canvas.y + canvas.height - 100);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download image' }).click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const png = `data:image/png;base64,${Buffer.concat(chunks).toString('base64')}`;
      // The caption is above and below the map, whose frame is a grey line across the whole image.
      // In the caption's rows, the right margin (16 px, 32 at 2×) stays white: no text runs into it.
      const found = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const data = g.getImageData(0, 0, c.width, c.height).data;
        const px = (x: number, y: number) => data.slice((y * c.width + x) * 4, (y * c.width + x) * 4 + 3);
        const frameRow = (y: number) => {
          let grey = 0;
          for (let x = 0; x < c.width; x += 4) if ([...px(x, y)].every((v, i) => Math.abs(v - [214, 211, 209][i]!) < 24)) grey += 1;
          return grey > (c.width / 4) * 0.9;
        };
        const frames = [...Array(c.height).keys()].filter(frameRow);
        const [top, bottom] = [frames[0]!, frames.at(-1)!];
        const inkIn = (y0: number, y1: number) => {
          let rows = 0;
          for (let y = y0; y < y1; y += 1) for (let x = c.width - 32; x < c.width; x += 1) if ([...px(x, y)].some((v) => v < 180)) { rows += 1; break; }
          return rows;
        };
        return { width: c.width, top, bottom, height: c.height, inkAbove: inkIn(0, top), inkBelow: inkIn(bottom + 1, c.height) };
      }, png);
      expect(found.width).toBe(390 * 2);
      expect(found.top).toBeGreaterThan(40);
      expect(found.bottom).toBeLessThan(found.height - 60);
      expect({ above: found.inkAbove, below: found.inkBelow }).toEqual({ above: 0, below: 0 });
      // The map between the frame's lines is what shows above the sheet, not the map under it.
      expect(Math.abs(found.bottom - found.top - Math.round(sheet.y - canvas.y) * 2)).toBeLessThanOrEqual(3);
    });
  });

  test('a place page prints as a document: the map as a picture, then the panel’s text and sources, no controls', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    await page.emulateMedia({ media: 'print' });
    // Browsers fire `beforeprint` when printing starts; print emulation does not, so the test does.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const picture = page.locator('img[data-print-map]');
    await expect(picture).toBeVisible();
    // The map's own pixels, not a blank canvas: a PNG with the canvas's size and more than one colour.
    const drawn = await picture.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { src: img.src.slice(0, 22), width: img.naturalWidth, colours: colours.size };
    });
    expect(drawn.src).toBe('data:image/png;base64,');
    expect(drawn.width).toBeGreaterThan(300);
    expect(drawn.colours).toBeGreaterThan(10);
    // The live map and its controls are not printed; the panel's text and its sources are.
    await expect(page.locator('.maplibregl-map')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download image' })).toBeHidden();
    // Nor the page's other controls: search, sharing, the timeline, the map keys, the passages' link buttons.
    for (const control of [
      page.getByRole('search'),
      page.getByRole('button', { name: 'Search places and passages' }),
      page.getByRole('button', { name: /^Share link/u }),
      page.getByRole('button', { name: /^(Timeline|Hide timeline)/u }),
      page.getByRole('link', { name: 'Chronology page' }),
      page.getByText('Map keys'),
      page.getByRole('button', { name: /Copy link to this passage/u }),
      page.getByRole('link', { name: 'Link', exact: true }),
    ])
      for (const one of await control.all()) await expect(one).toBeHidden();
    const panel = page.getByRole('complementary', { name: 'Syunik' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link', { name: /goyushov-2026|souleimanov-2024/u }).first()).toBeVisible();
    // In the page's flow, after the picture (not floating over it).
    const [pictureBox, panelBox] = [(await picture.boundingBox())!, (await panel.boundingBox())!];
    expect(panelBox.y).toBeGreaterThanOrEqual(pictureBox.y + pictureBox.height - 1);
  });
});
