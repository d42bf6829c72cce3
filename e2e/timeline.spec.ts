import { onMapAsOf } from '../geo/as-of';
import { buildAtlas } from '../geo/atlas';
import { buildChronology, compareDates, eventText } from '../geo/chronology';
import { formatDate } from '../geo/format';
import { placeIndex } from '../geo/place-index';
import { expect, renderedPlaces, test, waitForMap } from './fixtures';
import type { Page } from '@playwright/test';

const atlas = buildAtlas();
const events = buildChronology(atlas);
const places = placeIndex(atlas);

/** Opens the timeline strip (unless the URL's date opened it) and waits for its events. */
async function openTimeline(page: Page) {
  const toggle = page.getByRole('button', { name: /^(Timeline|Hide timeline)/u });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#timeline [data-event]').first()).toBeVisible();
}

const until = (page: Page) => new URL(page.url()).searchParams.get('until');

/** The style layers that draw `id`'s line visibly (MapLibre's paint for it, feature-state included, not at opacity 0). */
const linesDrawing = (page: Page, id: string) =>
  page.evaluate(
    (placeId) =>
      window
        .__atlasMap!.queryRenderedFeatures()
        .filter((f) => f.properties.id === placeId && f.layer.type === 'line' && f.layer.paint?.['line-opacity'] !== 0 && /-line(-[a-z-]+)?$/u.test(f.layer.id))
        .map((f) => f.layer.id),
    id,
  );

/**
 * The middle of `id`'s icon as drawn (spread or not), found by querying around its coordinate, when the
 * pointer there picks it; else null. (Queries return a place drawn at opacity 0 too: call it while drawn.)
 */
const iconPoint = (page: Page, id: string) =>
  page.evaluate((placeId) => {
    const map = window.__atlasMap!;
    const icons = map.getStyle().layers.map((l) => l.id).filter((l) => l.endsWith('-icon'));
    const feature = map.querySourceFeatures('atlas').find((f) => f.properties.id === placeId);
    if (!feature || feature.geometry.type !== 'Point') return null;
    const c = map.project(feature.geometry.coordinates as [number, number]);
    let [sx, sy, n] = [0, 0, 0];
    for (let dx = -40; dx <= 40; dx += 2)
      for (let dy = -40; dy <= 40; dy += 2)
        if (map.queryRenderedFeatures([c.x + dx, c.y + dy], { layers: icons }).some((f) => f.properties.id === placeId)) [sx, sy, n] = [sx + c.x + dx, sy + c.y + dy, n + 1];
    const middle = { x: sx / n, y: sy / n };
    return n > 0 && window.__atlasPlaceAt!(middle.x, middle.y) === placeId ? middle : null;
  }, id);

test.describe('the map as of a date', () => {
  test('?until=2022-12-31 shows Karabakh but not TRIPP or the 2026 drone strike, and a reload keeps it', async ({ page }) => {
    await page.goto('/?until=2022-12-31');
    await waitForMap(page);
    for (let round = 0; round < 2; round += 1) {
      await expect.poll(() => renderedPlaces(page)).toContain('karabakh');
      const drawn = await renderedPlaces(page);
      expect(drawn).not.toContain('tripp-route');
      expect(drawn).not.toContain('nakhchivan-drone-strike');
      // The list says which places are not yet there, in words.
      await expect(page.locator('[data-place-link="tripp-route"]')).toContainText('not yet');
      await expect(page.locator('[data-place-link="karabakh"]')).not.toContainText('not yet');
      await expect(page.getByRole('button', { name: /Hide timeline · as of 31 Dec 2022/u })).toBeVisible();
      await page.reload();
      await waitForMap(page);
    }
  });

  test('a place opened at a date before it is there says so, and one click moves the date to it', async ({ page }) => {
    const tripp = places.find((p) => p.id === 'tripp-route')!;
    await page.goto('/place/tripp-route?until=2020-01-01');
    await waitForMap(page);
    const notice = page.locator('[data-not-yet-notice]');
    await expect(notice).toContainText(`Not yet on the map as of 1 Jan 2020: it is there from ${formatDate(tripp.since!)}.`);
    await notice.getByRole('button', { name: `Show ${formatDate(tripp.since!)}` }).click();
    await expect.poll(() => until(page)).toBe(tripp.since);
    await expect(notice).toHaveCount(0);
    await expect.poll(() => renderedPlaces(page)).toContain('tripp-route');
    // A place already there at the date has no notice.
    await page.goto('/place/nakhchivan?until=2020-01-01');
    await expect(page.getByRole('complementary', { name: 'Nakhchivan' })).toBeVisible();
    await expect(page.locator('[data-not-yet-notice]')).toHaveCount(0);
  });

  test('the list says "not yet" in full, however long the place\'s name', async ({ page }) => {
    await page.goto('/?until=1900-01-01');
    await expect(page.locator('[data-not-yet]')).toHaveCount(places.filter((p) => !onMapAsOf(p.since, '1900-01-01')).length);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-not-yet] a')].flatMap((link) => {
        const mark = [...link.querySelectorAll('span')].find((span) => span.textContent?.trim() === '· not yet');
        return mark && mark.getBoundingClientRect().right <= link.getBoundingClientRect().right + 0.5 ? [] : [link.dataset.placeLink];
      }),
    );
    expect(clipped).toEqual([]);
    // A screen reader hears the name and the words apart.
    await expect(page.locator('[data-place-link="tripp-route"]')).toHaveAccessibleName(/\S · not yet$/u);
  });

  test("an area's name is not written on the map before the area is there", async ({ page }) => {
    // The names of areas come from a source of their own (one point per area): the date must reach it too.
    const date = '2007-12-31';
    const areas = places.filter((p) => p.shape === 'area');
    const notYet = areas.filter((p) => !onMapAsOf(p.since, date)).map((p) => p.id);
    expect(notYet.length).toBeGreaterThan(0);
    await page.goto(`/?until=${date}#map=7.2/39.5/46.2`);
    await waitForMap(page);
    const labelled = () =>
      page.evaluate(() => {
        const map = window.__atlasMap!;
        const layers = map.getStyle().layers.filter((l) => 'source' in l && l.source === 'atlas-labels').map((l) => l.id);
        // Symbol paint is evaluated without feature-state in queries: the state decides (as in fixtures.ts).
        return [...new Set(map.queryRenderedFeatures({ layers }).filter((f) => f.state?.notYet !== true).map((f) => String(f.properties.id)))];
      });
    // Areas that are there are named (so the query sees the label layers at all)…
    await expect.poll(labelled).toContain('nakhchivan');
    // …and none that is not yet.
    expect((await labelled()).filter((id) => notYet.includes(id))).toEqual([]);
  });

  test('without ?until= (or with a malformed one) the map shows today: every place', async ({ page }) => {
    for (const url of ['/', '/?until=2023-02-30', '/?until=<script>', '/?until=20231']) {
      await page.goto(url);
      await waitForMap(page);
      await expect.poll(() => renderedPlaces(page)).toEqual(expect.arrayContaining(['tripp-route', 'nakhchivan-drone-strike', 'karabakh']));
      await expect(page.locator('[data-not-yet]')).toHaveCount(0);
    }
  });

  test('a malformed ?until= is said so beside the Timeline button and leaves the URL, so Share link does not pass it on', async ({ page }) => {
    for (const bad of ['2023-02-30', 'garbage']) {
      await page.goto(`/?until=${bad}#map=7/39.5/46`);
      await waitForMap(page);
      const notice = page.locator('[data-unreadable-until]');
      await expect(notice).toContainText(`“${bad}”`);
      await expect(notice).toContainText('the map shows today');
      await expect.poll(() => until(page)).toBeNull();
      expect(new URL(page.url()).hash).toMatch(/^#map=/u);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    }
    // A good date, or none, says nothing.
    for (const url of ['/', '/?until=2023']) {
      await page.goto(url);
      await waitForMap(page);
      await expect(page.getByRole('button', { name: /timeline/iu }).first()).toBeVisible();
      await expect(page.locator('[data-unreadable-until]')).toHaveCount(0);
    }
  });

  test('a route has its status as of the date: the Aras corridor planned before the bridge, under construction after', async ({ page }) => {
    await page.goto('/?until=2023-10-05');
    await waitForMap(page);
    await expect(page.locator('label[for="layer-aras"]')).toContainText(/planned/iu);
    // Drawn by the line layer of its status then (dashed as planned), not by today's.
    await expect.poll(() => linesDrawing(page, 'aras-corridor')).toEqual(['aras-line-planned']);
    await openTimeline(page);
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(until(page)).toBe('2023-10-06');
    await expect(page.locator('label[for="layer-aras"]')).toContainText(/under construction/iu);
    await expect.poll(() => linesDrawing(page, 'aras-corridor')).toEqual(['aras-line']);
  });

  test('a place not yet at the date is not drawn and cannot be hovered or clicked; a step brings it back', async ({ page }) => {
    const strike = 'nakhchivan-drone-strike';
    // Zoomed in on the airport: the strike's icon on its own, inside the Nakhchivan exclave.
    await page.goto(`/?until=2026-03-05#map=9/39.18889/45.45833`);
    await waitForMap(page);
    await openTimeline(page);
    await expect.poll(() => renderedPlaces(page)).toContain(strike);
    const at = (await iconPoint(page, strike))!;
    expect(at, 'the strike has a point that picks it').not.toBeNull();
    const box = (await page.locator('#map-region canvas').boundingBox())!;
    const onPage = { x: box.x + at.x, y: box.y + at.y };

    // One step back: 4 Mar 2026, the day before the strike.
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect.poll(() => until(page)).toBe('2026-03-04');
    await expect.poll(() => renderedPlaces(page)).not.toContain(strike);
    await expect(page.locator(`[data-place-link="${strike}"]`)).toContainText('not yet');
    // The pointer there picks what is drawn beneath the strike instead (the exclave), not the strike.
    const beneath = await page.evaluate(({ x, y }) => window.__atlasPlaceAt!(x, y), at);
    expect(beneath).not.toBe(strike);
    expect(beneath).not.toBeNull();
    const nameOf = (id: string) => page.locator(`[data-place-link="${id}"]`).evaluate((a) => a.firstChild!.textContent!);
    const hoverLabel = page.locator('[data-hover-label]');
    await page.mouse.move(onPage.x, onPage.y);
    await expect(hoverLabel).toHaveText(await nameOf(beneath!));

    // Forward again: drawn and named on hover.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect.poll(() => until(page)).toBe('2026-03-05');
    await expect.poll(() => renderedPlaces(page)).toContain(strike);
    await page.mouse.move(onPage.x + 1, onPage.y);
    await expect(hoverLabel).toHaveText(await nameOf(strike));

    // Back once more, and a click there opens the place beneath, not the strike.
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect.poll(() => until(page)).toBe('2026-03-04');
    await page.mouse.move(onPage.x, onPage.y);
    await expect(hoverLabel).toHaveText(await nameOf(beneath!));
    await page.mouse.click(onPage.x, onPage.y);
    await expect(page).toHaveURL(new RegExp(`/place/${beneath}\\?until=2026-03-04`, 'u'));
  });

  test('the slider steps by keyboard, writes ?until= with history replace, and the map follows', async ({ page }) => {
    await page.goto('/?until=2025-08-07');
    await waitForMap(page);
    await openTimeline(page);
    const historyLength = await page.evaluate(() => history.length);
    await expect.poll(() => renderedPlaces(page)).not.toContain('tripp-route');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => until(page)).toBe('2025-08-08');
    await expect(slider).toHaveAttribute('aria-valuetext', '8 Aug 2025');
    await expect.poll(() => renderedPlaces(page)).toContain('tripp-route');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => until(page)).toBe('2025-04');
    await page.keyboard.press('End');
    await expect.poll(() => until(page)).toBeNull();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('play steps forward through the events and pauses', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?until=2026-01');
    await waitForMap(page);
    await openTimeline(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => until(page), { timeout: 15_000 }).toBe('2026-02-28');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  });

  test('an event names itself on focus and opens its place at its passage, keeping the date', async ({ page }) => {
    await page.goto('/?until=2024');
    await waitForMap(page);
    await openTimeline(page);
    const gaza = events.find((e) => e.placeId === 'gaza-war' && e.passage)!;
    const mark = page.locator(`#timeline [data-event="${gaza.id}"]`);
    await mark.focus();
    await expect(page.locator('[data-timeline-readout]')).toHaveText(`7 Oct 2023: ${eventText(gaza)}`);
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`/place/gaza-war\\?until=2024&passage=${gaza.passage!.id}$`, 'u'));
    await expect(page.locator(`[data-passage="${gaza.passage!.id}"]`)).toBeFocused();
    // Closing the panel keeps the date.
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect(page).toHaveURL(/\/\?until=2024(#|$)/u);
  });

  for (const viewport of [{ width: 768, height: 1024 }, { width: 1280, height: 800 }]) {
    test(`at ${viewport.width} px with a place open, the open timeline takes the map's free width up to the panel`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/place/syunik?until=2025');
      await waitForMap(page);
      await expect(page.locator('#timeline')).toBeVisible();
      const [strip, panel] = [(await page.locator('#timeline').boundingBox())!, (await page.locator('[data-place-panel]').boundingBox())!];
      const gap = panel.x - (strip.x + strip.width);
      expect(gap, 'the strip runs under the panel').toBeGreaterThanOrEqual(0);
      expect(gap, 'room wasted between the strip and the panel').toBeLessThanOrEqual(24);
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('the timeline is a sheet: tap to open, tap to step, tap an event to open its place', async ({ page }) => {
      await page.goto('/?until=2022');
      await waitForMap(page);
      await openTimeline(page);
      await page.getByRole('button', { name: 'Next event' }).tap();
      await expect.poll(() => until(page)).toBe('2023-01-27');
      await page.locator('#timeline [data-event="tripp-route@2025-08-08"]').tap();
      await expect(page).toHaveURL(/\/place\/tripp-route\?until=2025-08-08$/u);
      await expect(page.locator('#timeline')).toBeHidden();
      await expect.poll(() => renderedPlaces(page)).toContain('tripp-route');
    });
  });
});

test.describe('the chronology page', () => {
  test.use({ javaScriptEnabled: false });
  // Links standing on their own (not inside a sentence, which WCAG 2.5.8 exempts).
  test('its links are targets a finger can hit: at least 24 px tall (WCAG 2.5.8)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/timeline');
    const heights = await page.locator('main nav[aria-label="Years"] a, main [data-event] p.flex-wrap a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(100);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  });
  test('lists every dated event in order, grouped by year, each linked to its place, without JavaScript', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page).toHaveTitle(/^Timeline — South Caucasus Corridors Atlas$/u);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/share\/atlas\.png$/u);
    const items = page.locator('main [data-event]');
    await expect(items).toHaveCount(events.length);
    // Each event's own date: the first <time> of its item (its sources carry dates too).
    const dates = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('time')!.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort(compareDates));
    expect(dates).toEqual(events.map((e) => e.date));
    const first = items.first();
    await expect(first.getByRole('link', { name: 'Karabakh', exact: true })).toHaveAttribute('href', '/place/karabakh');
    await expect(page.getByRole('heading', { level: 2, name: '2023' })).toBeVisible();
    const strike = page.locator('[data-event="nakhchivan-drone-strike@2026-03-05"]');
    await expect(strike.getByRole('link', { name: 'The map as of 5 Mar 2026' })).toHaveAttribute('href', '/?until=2026-03-05');
    for (const link of await items.getByRole('link', { name: /^Passage:/u }).all()) await expect(link).toHaveAttribute('href', /^\/place\/[a-z0-9-]+\?passage=/u);
  });
});
