import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const field = (page: Page) => page.getByRole('combobox', { name: /Search places/u });
const group = (page: Page, name: string) => page.getByRole('listbox').getByRole('group', { name });

/** Types into the search as a reader would, after focusing it with `/`. */
async function searchFor(page: Page, text: string) {
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await field(page).fill(text);
}

test.describe('search in the atlas header', () => {
  test('offers Nakhchivan first in every script, and Enter opens it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    for (const name of ['Naxçıvan', 'Нахичевань', 'Նախիջևան']) {
      await searchFor(page, name);
      await expect(group(page, 'Places').getByRole('option').first(), name).toContainText('Nakhchivan');
      await expect(group(page, 'Places').getByRole('option').first()).toHaveAttribute('data-search-hit', '/place/nakhchivan');
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/nakhchivan(#map=[^?]*)?$/u);
    await expect(page.getByRole('heading', { level: 2, name: 'Nakhchivan' })).toBeVisible();
  });

  test('finds a contested name both ways: Stepanakert and Khankendi lead to Karabakh', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    for (const name of ['Stepanakert', 'Xankəndi']) {
      await searchFor(page, name);
      await expect(group(page, 'Places').getByRole('option').first(), name).toHaveAttribute('data-search-hit', '/place/karabakh');
    }
  });

  test('"soft target" offers the passage, which opens highlighted in its place’s panel', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'soft target');
    const passage = group(page, 'Passages').getByRole('option').first();
    await expect(passage.locator('mark')).toHaveText(['soft', 'target']);
    const url = (await passage.getAttribute('data-search-hit'))!;
    expect(url).toMatch(/^\/place\/[a-z0-9-]+\?passage=souleimanov-2024-p\d+$/u);
    await passage.click();
    await expect(page).toHaveURL(new RegExp(`${url.replace(/[?]/gu, '\\?')}`, 'u'));
    const passageId = new URL(url, 'http://x').searchParams.get('passage')!;
    await expect(page.locator(`[data-passage="${passageId}"]`)).toHaveAttribute('data-active', 'true');
    await expect(page.locator(`[data-passage="${passageId}"]`)).toBeInViewport();
  });

  test('a paragraph result opens the source page at that paragraph', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'extraterritorial');
    const paragraph = group(page, 'Paragraphs of the articles').getByRole('option').first();
    const url = (await paragraph.getAttribute('data-search-hit'))!;
    expect(url).toMatch(/^\/sources\/souleimanov-2024#p\d+$/u);
    await paragraph.click();
    await expect(page).toHaveURL(new RegExp(`${url}$`, 'u'));
    await expect(page.locator(url.slice(url.indexOf('#')))).toBeInViewport();
  });

  test('a dated event is found under Events, and Enter opens its place at the passage about it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    // Only the chronology says "inaugurated": no place, passage or paragraph does.
    await searchFor(page, 'embassy inaugurated');
    const event = group(page, 'Events').getByRole('option').first();
    await expect(event).toContainText('Embassy inaugurated');
    await expect(event).toContainText('29 Mar 2023');
    await expect(page.getByRole('listbox').getByRole('group')).toHaveCount(1);
    await expect(page.locator('[data-search-status]')).toContainText(/^\d+ events?\./u);
    await expect(event).toHaveAttribute('data-search-hit', '/place/azerbaijan-embassy-tel-aviv?passage=souleimanov-2024-p21');
    await page.keyboard.press('ArrowDown');
    await expect(event).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/azerbaijan-embassy-tel-aviv\?passage=souleimanov-2024-p21(#map=.*)?$/u);
    await expect(page.locator('[data-passage="souleimanov-2024-p21"]')).toHaveAttribute('data-active', 'true');
  });

  test('the last option, "All results for …", opens /search with the query', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'Zangezur');
    const all = page.getByRole('option').last();
    await expect(all).toHaveText('All results for “Zangezur” →');
    // Up from the field wraps to the last option.
    await page.keyboard.press('ArrowUp');
    await expect(all).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Zangezur$/u);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue('Zangezur');
    await expect(page.locator('[data-search-group="place"] [data-search-hit="/place/zangezur-corridor"]')).toBeVisible();
  });

  test('arrow keys move through the results, Escape closes the list and then clears the field', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'corridor');
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(field(page)).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Wraps to the last result.
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-search-status]')).toContainText(/\d+ places?, \d+ passages?/u);
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(field(page)).toHaveValue('corridor');
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
  });

  test('the Escape that leaves the field gives focus back to what had it before `/`', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const link = page.locator('#places [data-place-link="syunik"]');
    await link.focus();
    await searchFor(page, 'aras');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
    await expect(link).toBeFocused();
  });

  test('Ctrl-K focuses the field from anywhere; with nothing found it says so', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    await page.locator('#map-region').focus();
    await page.keyboard.press('Control+k');
    await expect(field(page)).toBeFocused();
    await field(page).fill('qwzxv');
    await expect(page.getByRole('listbox')).toContainText('Nothing found for “qwzxv”');
  });

  test('loads the index on first focus, after the map is drawn, and not before', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/search-index.json')) indexRequests.push(r.url());
    });
    await page.goto('/');
    // Focused as soon as the field is there, while the map may still be loading: the index waits for the map.
    await field(page).focus();
    await waitForMap(page);
    await expect.poll(() => indexRequests.length).toBe(1);
    // Its timing entry is written when the response has come in, a moment after the request.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/data/search-index.json')))).toBe(true);
    const order = await page.evaluate(() => {
      const index = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/search-index.json'))!;
      const drawn = performance.getEntriesByName('atlas-map-idle')[0]!;
      return { index: index.startTime, drawn: drawn.startTime };
    });
    expect(order.index).toBeGreaterThanOrEqual(order.drawn);
  });

  test('does not load the index on a visit that never uses search', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index')) indexRequests.push(r.url());
    });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('checkbox', { name: /^Aras corridor/u }).uncheck();
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
  });

  test('?q= is a shareable search: the link opens with its results, and typing writes it', async ({ page }) => {
    await page.goto('/?q=soft+target');
    await waitForMap(page);
    await expect(field(page)).toHaveValue('soft target');
    await expect(group(page, 'Passages').getByRole('option').first()).toContainText('soft');
    await field(page).fill('Syunik');
    await expect(page).toHaveURL(/\/\?q=Syunik(#map=[^&]*)?$/u);
    await field(page).fill('');
    await expect(page).toHaveURL(/:\d+\/(#map=[^?]*)?$/u);
  });

  test('the field follows ?q= through history: empty on the result it opened, the search back on Back, after a reload too', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'nakh');
    await expect(page).toHaveURL(/\/\?q=nakh/u);
    await expect(group(page, 'Places').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/nakhchivan/u);
    await expect(field(page)).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\/\?q=nakh/u);
    await expect(field(page)).toHaveValue('nakh');
    await expect(group(page, 'Places').getByRole('option').first()).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(/\/place\/nakhchivan/u);
    await expect(field(page)).toHaveValue('');
    await page.reload();
    await waitForMap(page);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?q=nakh/u);
    await expect(field(page)).toHaveValue('nakh');
  });

  test('a malformed ?q= leaves the field empty and the atlas as usual', async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent('\u0000<script>')}`);
    await waitForMap(page);
    await expect(field(page)).toHaveValue('');
    await expect(page.getByRole('listbox')).toBeHidden();
  });

  test('axe finds no WCAG 2.2 AA violation with the results open', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await searchFor(page, 'Nakhchivan');
    await expect(group(page, 'Passages')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('a Search button opens the field over the header, and a result opens its place', async ({ page }) => {
      await page.goto('/');
      await waitForMap(page);
      await expect(field(page)).toBeHidden();
      await page.getByRole('button', { name: /Search places/u }).tap();
      await expect(field(page)).toBeFocused();
      await field(page).fill('Ağbənd');
      const first = group(page, 'Places').getByRole('option').first();
      await expect(first).toHaveAttribute('data-search-hit', '/place/aras-corridor');
      await first.tap();
      await expect(page).toHaveURL(/\/place\/aras-corridor(#map=[^?]*)?$/u);
    });

    test('Escape that closes the field gives focus back to the Search button', async ({ page }) => {
      await page.goto('/');
      await waitForMap(page);
      const button = page.getByRole('button', { name: /Search places/u });
      await button.tap();
      await field(page).fill('aras');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
      await expect(field(page)).toBeHidden();
      await expect(button).toBeFocused();
    });

    test('a passage result opens the sheet at full height, the passage in view, as a passage link does', async ({ page }) => {
      // From a place already open, its sheet at half.
      await page.goto('/place/nakhchivan');
      await waitForMap(page);
      await page.getByRole('button', { name: /Search places/u }).tap();
      await field(page).fill('soft target');
      const passage = group(page, 'Passages').getByRole('option').first();
      const passageId = new URL((await passage.getAttribute('data-search-hit'))!, 'http://x').searchParams.get('passage')!;
      await passage.tap();
      await expect(page.locator('[data-place-panel]')).toHaveAttribute('data-sheet', 'full');
      await expect(page.locator(`[data-passage="${passageId}"]`)).toBeInViewport();
    });
  });
});

test.describe('contested names', () => {
  test.use({ javaScriptEnabled: false });
  test('the place page lists each name with who uses it, in the page itself', async ({ page }) => {
    await page.goto('/place/karabakh');
    const names = page.locator('[data-place-names]');
    await expect(names.getByRole('heading', { name: 'Names' })).toBeVisible();
    await expect(names.getByRole('listitem').filter({ hasText: 'Khankendi' })).toContainText('Azerbaijani (official)');
    await expect(names.getByRole('listitem').filter({ hasText: 'Stepanakert' })).toContainText('Armenian');
    await expect(names.locator('[lang="hy"]', { hasText: 'Stepanakert' })).toHaveCount(1);
    await expect(page.locator('[data-place-names] [lang="az"]', { hasText: 'Qarabağ' })).toHaveCount(1);
  });
});
