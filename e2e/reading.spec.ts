import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, placesAt, renderedPlaces, screenPoint, test, waitForMap } from './fixtures';

const ARTICLE = '/sources/souleimanov-2024';

/** Scrolls so that paragraph `n` crosses the reading band (a third of the way down the window). */
async function readParagraph(page: Page, n: number) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.32);
  }, `p${n}`);
}

/** The places the map highlights (feature-state `selected`). */
async function highlighted(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((all) => all.filter((id) => window.__atlasMap!.getFeatureState({ source: 'atlas', id }).selected === true), ids);
}

async function placesOf(page: Page, n: number): Promise<string[]> {
  return ((await page.locator(`#p${n}`).getAttribute('data-places')) ?? '').split(' ').filter(Boolean);
}

const ALL_PLACES = async (page: Page) => page.evaluate(() => [...new Set([...document.querySelectorAll<HTMLElement>('[data-paragraph]')].flatMap((el) => (el.dataset.places ?? '').split(' ').filter(Boolean)))]);

test.describe('the article read on the map, at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the same atlas map sits beside the article and follows the paragraph being read', async ({ page }) => {
    await page.goto(ARTICLE);
    await waitForMap(page);
    const aside = page.getByRole('complementary', { name: /places on the map/u });
    await expect(aside.locator('#map-region canvas')).toBeVisible();
    // Beside, not over, the text.
    const article = (await page.locator('[data-reading-article]').boundingBox())!;
    const map = (await aside.boundingBox())!;
    expect(article.x + article.width).toBeLessThanOrEqual(map.x + 1);
    const all = await ALL_PLACES(page);
    for (const n of [15, 27, 34]) {
      await readParagraph(page, n);
      const expected = await placesOf(page, n);
      await expect.poll(() => highlighted(page, all), { message: `¶${n}` }).toEqual(all.filter((id) => expected.includes(id)));
      await expect(page.locator(`#p${n}`)).toHaveAttribute('data-reading-active', 'true');
      // Framed: every place of the paragraph is drawn in the view once the camera settles.
      await page.evaluate(() => new Promise<void>((resolve) => (window.__atlasMap!.isMoving() ? window.__atlasMap!.once('moveend', () => resolve()) : resolve())));
      await expect.poll(async () => (await renderedPlaces(page)).filter((id) => expected.includes(id)).sort(), { message: `¶${n} framed` }).toEqual([...expected].sort());
    }
  });

  test('a link to a paragraph shows that paragraph’s places, even when the next one starts above the reading line', async ({ page }) => {
    // ¶24 is short at this width: ¶25 starts above the reading line when ¶24 sits at the top.
    await page.goto(`${ARTICLE}#p24`);
    await waitForMap(page);
    const all = await ALL_PLACES(page);
    const expected = await placesOf(page, 24);
    await expect(page.locator('#p24')).toHaveAttribute('data-reading-active', 'true');
    await expect.poll(() => highlighted(page, all)).toEqual(all.filter((id) => expected.includes(id)));
    // Reading on takes over: scrolled past it, the paragraph being read is the one at the line.
    await readParagraph(page, 27);
    await expect(page.locator('#p27')).toHaveAttribute('data-reading-active', 'true');
  });

  test('clicking a place on the map scrolls to the next paragraph about it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(ARTICLE);
    await waitForMap(page);
    await readParagraph(page, 15);
    await expect(page.locator('#p15')).toHaveAttribute('data-reading-active', 'true');
    await page.evaluate(() => new Promise<void>((resolve) => (window.__atlasMap!.isMoving() ? window.__atlasMap!.once('moveend', () => resolve()) : resolve())));
    const next = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-paragraph]')];
      const at = paragraphs.findIndex((p) => p.id === 'p15');
      return paragraphs.slice(at + 1).find((p) => (p.dataset.places ?? '').split(' ').includes('nakhchivan'))!.id;
    });
    // Inside the Nakhchivan exclave, away from the routes along the Aras and the airport.
    const inside: [number, number] = [45.2, 39.45];
    expect((await placesAt(page, inside))[0]).toBe('nakhchivan');
    const point = await screenPoint(page, inside);
    await page.mouse.click(point.x, point.y);
    await expect(page.locator(`#${next}`)).toBeFocused();
    await expect(page.locator(`#${next}`)).toBeInViewport();
    // The map follows the paragraph it scrolled to.
    await expect(page.locator(`#${next}`)).toHaveAttribute('data-reading-active', 'true');
  });

  test('with reduced motion the camera jumps from paragraph to paragraph', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(ARTICLE);
    await waitForMap(page);
    await readParagraph(page, 14);
    const all = await ALL_PLACES(page);
    await expect.poll(() => highlighted(page, all)).toEqual(['karabakh']);
    await page.evaluate(() => new Promise<void>((resolve) => (window.__atlasMap!.isMoving() ? window.__atlasMap!.once('moveend', () => resolve()) : resolve())));
    await page.evaluate(() => {
      const w = window as unknown as { __moves: number; __ended: boolean };
      w.__moves = 0;
      w.__ended = false;
      window.__atlasMap!.on('move', () => (w.__moves += 1));
      window.__atlasMap!.once('moveend', () => (w.__ended = true));
    });
    await readParagraph(page, 27);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __ended: boolean }).__ended)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __moves: number }).__moves)).toBe(1);
  });

  test('axe finds no WCAG 2.2 AA violation with the map beside the article', async ({ page }) => {
    await page.goto(ARTICLE);
    await waitForMap(page);
    await readParagraph(page, 15);
    await expect(page.locator('#p15')).toHaveAttribute('data-reading-active', 'true');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the article’s text is in the page itself; the map is not, and comes after it', async ({ page, request }) => {
    const html = await (await request.get(ARTICLE)).text();
    expect(html).toContain('what it may see as a soft target in Azerbaijan');
    expect(html).not.toContain('data-map-status');
    expect(html).not.toContain('data-map-preload');
    await page.goto(ARTICLE);
    await waitForMap(page);
    // The map was started only after the page had loaded (text painted), never during it.
    const order = await page.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number,
      map: performance.getEntriesByName('atlas-map-module')[0]!.startTime,
    }));
    expect(order.map).toBeGreaterThanOrEqual(order.load);
  });
});

test.describe('the article as the map moves in beside it, at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the reader keeps their place: the top of the page, or the linked paragraph', async ({ page }) => {
    // The column narrows and the title and text reflow: the window must not drift.
    await page.goto('/sources/goyushov-2026');
    await waitForMap(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goto(`${ARTICLE}#p24`);
    await waitForMap(page);
    // Where the link put it: at the top of the window, below its scroll margin.
    const { top, margin } = await page.locator('#p24').evaluate((el) => ({ top: el.getBoundingClientRect().top, margin: Number.parseFloat(getComputedStyle(el).scrollMarginTop) }));
    expect(Math.abs(top - margin)).toBeLessThanOrEqual(1);
  });
});

test.describe('the article without the map', () => {
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('no map is loaded; a paragraph’s “Open in the atlas” opens the atlas framed on its places', async ({ page }) => {
      await page.goto(ARTICLE);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[data-map-status]')).toHaveCount(0);
      expect(await page.evaluate(() => window.__atlasMap)).toBeUndefined();
      const expected = await placesOf(page, 15);
      expect(expected.length).toBeGreaterThan(3);
      await page.locator('#p15 [data-on-map]').tap();
      await expect(page).toHaveURL(/\/place\/[a-z0-9-]+\?passage=souleimanov-2024-p15[^#]*#map=/u);
      await waitForMap(page);
      await expect.poll(async () => (await renderedPlaces(page)).filter((id) => expected.includes(id)).sort()).toEqual([...expected].sort());
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    test('the page reads as a plain article, centred, with its links', async ({ page }) => {
      await page.goto(ARTICLE);
      await expect(page.locator('#p15')).toContainText('extraterritorial Zangezur corridor');
      await expect(page.getByRole('complementary')).toHaveCount(0);
      const box = (await page.locator('[data-reading-article]').boundingBox())!;
      // Centred as before the reading view existed.
      expect(Math.abs(box.x + box.width / 2 - 720)).toBeLessThan(2);
      await expect(page.locator('#p15 [data-on-map]')).toHaveAttribute('href', /#map=\d/u);
    });
  });
});
