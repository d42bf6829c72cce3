import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** The results page's own field (a plain search box, not the header's combobox). */
const pageField = (page: Page) => page.getByRole('searchbox', { name: /Search places by any of their names/u });
const section = (page: Page, kind: string) => page.locator(`[data-search-group="${kind}"]`);
const headerField = (page: Page) => page.getByRole('combobox', { name: /Search places/u });
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('/search?q=', () => {
  test('lists Nakhchivan first under Places for Naxçıvan', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('Naxçıvan')}`);
    await expect(pageField(page)).toHaveValue('Naxçıvan');
    await expect(section(page, 'place').getByRole('heading', { level: 2 })).toContainText('Places');
    const first = section(page, 'place').getByRole('listitem').first();
    await expect(first).toHaveAttribute('data-search-hit', '/place/nakhchivan');
    await expect(first.getByRole('link')).toHaveText('Nakhchivan');
    // Groups in the field's order.
    await expect(page.locator('[data-search-group]')).toHaveCount(4);
    expect(await page.locator('[data-search-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-search-group')))).toEqual(['place', 'passage', 'event', 'paragraph']);
  });

  test('lists the "soft target" passage, its words marked, and the link opens it', async ({ page }) => {
    await page.goto('/search?q=soft%20target');
    const passage = section(page, 'passage').getByRole('listitem').first();
    await expect(passage.locator('mark')).toHaveText(['soft', 'target']);
    const url = (await passage.getAttribute('data-search-hit'))!;
    expect(url).toMatch(/^\/place\/[a-z0-9-]+\?passage=souleimanov-2024-p\d+$/u);
    await passage.getByRole('link').click();
    await waitForMap(page);
    const passageId = new URL(url, 'http://x').searchParams.get('passage')!;
    await expect(page.locator(`[data-passage="${passageId}"]`)).toHaveAttribute('data-active', 'true');
  });

  test('shows more than the field\'s list: every passage of a common word', async ({ page }) => {
    await page.goto('/search?q=corridor');
    await expect(section(page, 'passage').getByRole('listitem').first()).toBeVisible();
    expect(await section(page, 'passage').getByRole('listitem').count()).toBeGreaterThan(5);
  });

  test('empty: asks for a name or phrase and takes focus; typing searches and writes ?q=', async ({ page }) => {
    await page.goto('/search');
    await expect(page.locator('[data-search-status]')).toHaveText('Type a name or phrase.');
    await expect(pageField(page)).toBeFocused();
    await page.keyboard.type('Stepanakert');
    await expect(section(page, 'place').getByRole('listitem').first()).toHaveAttribute('data-search-hit', '/place/karabakh');
    await expect(page).toHaveURL(/\/search\?q=Stepanakert$/u);
    await pageField(page).fill('');
    await expect(page).toHaveURL(/\/search$/u);
    await expect(page.locator('[data-search-status]')).toHaveText('Type a name or phrase.');
    // An example link is a search too.
    await page.getByRole('link', { name: 'soft target' }).click();
    await expect(page).toHaveURL(/\/search\?q=soft\+target$/u);
    await expect(pageField(page)).toHaveValue('soft target');
    await expect(section(page, 'passage')).toBeVisible();
  });

  test('says so when nothing is found, and points to the list of places', async ({ page }) => {
    await page.goto('/search?q=qwzxv');
    await expect(page.locator('[data-search-status]')).toHaveText('Nothing found for “qwzxv”.');
    await expect(page.getByRole('link', { name: 'list of places' })).toHaveAttribute('href', '/#places');
    await expect(page.locator('[data-search-group]')).toHaveCount(0);
  });

  test('has its own title, description and canonical URL', async ({ page }) => {
    await page.goto('/search');
    await expect(page).toHaveTitle('Search — South Caucasus Corridors Atlas');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /places by any of their names/u);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/search$/u);
  });

  test('axe finds no WCAG 2.2 AA violation with results listed', async ({ page }) => {
    await page.goto('/search?q=Nakhchivan');
    await expect(section(page, 'event')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('points to the place list, the timeline and the source pages', async ({ page }) => {
      await page.goto('/search?q=soft+target');
      const text = page.locator('[data-no-js-search]');
      await expect(text).toContainText('Search runs in your browser');
      await expect(text.getByRole('link', { name: 'list of places' })).toHaveAttribute('href', '/#places');
      await expect(text.getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/timeline');
      await expect(text.locator('a[href="/sources/souleimanov-2024"]')).toHaveCount(1);
      await expect(text.locator('a[href="/sources/goyushov-2026"]')).toHaveCount(1);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
    });
  });
});

test.describe('search on the document pages', () => {
  test('a source page has the same field; the index loads on first focus only; an event opens its place', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/search-index.json')) indexRequests.push(r.url());
    });
    await page.goto('/sources/souleimanov-2024');
    await expect(headerField(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
    await page.keyboard.press('/');
    await expect(headerField(page)).toBeFocused();
    await expect.poll(() => indexRequests.length).toBe(1);
    await headerField(page).fill('Horadiz');
    const event = page.getByRole('listbox').getByRole('group', { name: 'Events' }).getByRole('option').first();
    await expect(event).toHaveAttribute('data-search-hit', '/place/zangezur-corridor');
    // The document's URL stays its own while typing.
    await expect(page).toHaveURL(/\/sources\/souleimanov-2024$/u);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/zangezur-corridor(#map=[^?]*)?$/u);
    await expect(page.getByRole('heading', { level: 2, name: 'Zangezur corridor' })).toBeVisible();
  });

  test('the timeline has the same field; Ctrl-K focuses it and a paragraph result opens the article there', async ({ page }) => {
    await page.goto('/timeline');
    // The field's code arrives after the page (its own chunk): the shortcut works once it is there.
    await expect(headerField(page)).toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(headerField(page)).toBeFocused();
    await headerField(page).fill('extraterritorial');
    const paragraph = page.getByRole('listbox').getByRole('group', { name: 'Paragraphs of the articles' }).getByRole('option').first();
    const url = (await paragraph.getAttribute('data-search-hit'))!;
    expect(url).toMatch(/^\/sources\/souleimanov-2024#p\d+$/u);
    await paragraph.click();
    await expect(page).toHaveURL(new RegExp(`${url}$`, 'u'));
    await expect(page.locator(url.slice(url.indexOf('#')))).toBeInViewport();
  });

  test('axe finds no WCAG 2.2 AA violation on a source page with the results open', async ({ page }) => {
    await page.goto('/sources/goyushov-2026');
    await expect(headerField(page)).toBeVisible();
    await page.keyboard.press('/');
    await expect(headerField(page)).toBeFocused();
    await headerField(page).fill('Nakhchivan');
    await expect(page.getByRole('listbox').getByRole('group', { name: 'Events' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await axe(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the header is the site name alone, as before', async ({ page }) => {
      for (const path of ['/sources/goyushov-2026', '/timeline']) {
        await page.goto(path);
        const header = page.locator('[data-document-header]');
        await expect(header.getByRole('link', { name: 'South Caucasus Corridors Atlas' })).toHaveAttribute('href', '/');
        await expect(header.locator('input, button')).toHaveCount(0);
        await expect(header).toHaveText('South Caucasus Corridors Atlas');
      }
    });
  });
});
