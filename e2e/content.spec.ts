import { expect, placesAt, placeCoordinates, test, waitForMap } from './fixtures';

/** What a reader checking the content sees: attributed accounts, titled citations, our notes, the ledger. */

test.describe('accounts, citations and editorial notes in the panel', () => {
  test('a contested event shows each side’s account, attributed and cited', async ({ page }) => {
    await page.goto('/place/nakhchivan-drone-strike');
    const accounts = page.getByRole('region', { name: 'Accounts' });
    await expect(accounts).toBeVisible();
    const claims = accounts.locator('[data-claim]');
    await expect(claims.filter({ hasText: /^Azerbaijan/u }).first()).toBeVisible();
    await expect(claims.filter({ hasText: /Iran.*(denied|not connected)/u }).first()).toBeVisible();
    // Every account carries its own titled source.
    for (const claim of await claims.all()) await expect(claim.getByRole('link')).toHaveAttribute('href', /^https:\/\//u);
  });

  test('the Nerkin Hand clash and the Tehran embassy attack give both sides’ accounts', async ({ page }) => {
    await page.goto('/place/nerkin-hand-clash');
    await expect(page.locator('[data-claim]').filter({ hasText: /^Armenia/u }).first()).toBeVisible();
    await expect(page.locator('[data-claim]').filter({ hasText: /^Azerbaijan/u }).first()).toBeVisible();
    await page.goto('/place/azerbaijan-embassy-tehran');
    await expect(page.locator('[data-claims]')).toContainText('terrorist');
    await expect(page.locator('[data-claims]')).toContainText('personal');
  });

  test('sources read “Title — Publisher, date”, linked to the publisher’s page, never a bare URL', async ({ page }) => {
    await page.goto('/place/btc-pipeline');
    const citations = page.getByRole('region', { name: 'Sources' }).locator('[data-citation]');
    expect(await citations.count()).toBeGreaterThan(2);
    for (const citation of await citations.all()) {
      const link = citation.getByRole('link');
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^https?:\/\//u);
      expect(await link.innerText()).not.toMatch(/^https?:/u);
      await expect(citation).toContainText(' — ');
    }
  });

  test('the article’s slip carries a visible editorial note of ours beside the passage', async ({ page }) => {
    await page.goto('/place/iran-embassy-baku?passage=goyushov-2026-p2');
    const passage = page.locator('[data-passage="goyushov-2026-p2"]');
    await expect(passage).toHaveAttribute('data-active', 'true');
    const note = passage.locator('[data-editorial-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Editorial note (the atlas, not the author)');
    await expect(note).toContainText('28 February 2026');
  });

  test('a passage expands to its whole paragraph', async ({ page }) => {
    await page.goto('/place/tripp-route');
    const passage = page.locator('[data-passage="goyushov-2026-p10"]');
    const whole = passage.locator('[data-whole-paragraph]');
    await expect(whole.locator('p')).toBeHidden();
    await whole.locator('summary').click();
    await expect(whole.locator('p')).toBeVisible();
    const quote = await passage.locator('blockquote').innerText();
    const paragraph = await whole.locator('p').innerText();
    expect(paragraph.length).toBeGreaterThan(quote.length);
    expect(paragraph).toContain(quote.trim());
  });

  test('a strike site says whether an attack is confirmed, and the legend tells the symbols apart', async ({ page }) => {
    await page.goto('/place/tamar-gas-field');
    const panel = page.getByRole('complementary', { name: 'Tamar gas field' });
    await expect(panel.getByText(/Shut as a precaution, no confirmed hit/u)).toBeVisible();
    await page.goto('/place/nakhchivan-drone-strike');
    await expect(page.getByRole('complementary', { name: 'Drone strike on Nakhchivan airport' }).getByText(/Confirmed attack/u)).toBeVisible();
    const key = page.locator('[data-symbol-key="strikes"]');
    await expect(key).toContainText('confirmed attack');
    await expect(key).toContainText('no confirmed hit');
  });
});

test.describe('the paragraph ledger on the source pages', () => {
  for (const slug of ['goyushov-2026', 'souleimanov-2024']) {
    test(`${slug}: every paragraph is on the map or says why not, and the share mapped is stated`, async ({ page }) => {
      await page.goto(`/sources/${slug}`);
      // Every paragraph and note (a note's number link is named "Note N", as it reads).
      const paragraphs = page.locator('[data-paragraph]');
      const count = await paragraphs.count();
      expect(count).toBeGreaterThan(10);
      let mapped = 0;
      for (const p of await paragraphs.all()) {
        const onMap = await p.getByText(/^On the map:/u).count();
        const notOnMap = await p.locator('[data-not-on-map]').count();
        expect(onMap + notOnMap, (await p.getAttribute('id')) ?? '').toBe(1);
        if (notOnMap) await expect(p.locator('[data-not-on-map]')).toHaveText(/^Not on the map: \S.{8,}/u);
        mapped += onMap;
      }
      await expect(page.locator('[data-coverage]')).toContainText(`maps ${mapped} of this article’s ${count} paragraphs`);
    });
  }

  test('the editorial note on Goyushov’s “Geneva accords” stands under the paragraph', async ({ page }) => {
    await page.goto('/sources/goyushov-2026#p1');
    await expect(page.locator('#p1 [data-editorial-note]')).toContainText('Zurich');
  });
});

test.describe('the new places on the map', () => {
  test('the Gaza war is drawn as an area and opens its panel when clicked', async ({ page }) => {
    await page.goto('/place/gaza-war');
    await waitForMap(page);
    const [lon, lat] = [34.39, 31.45]; // inside the Gaza Strip
    await expect.poll(() => placesAt(page, [lon, lat])).toContain('gaza-war');
    await expect(page.getByRole('complementary', { name: 'Gaza war' })).toBeVisible();
  });

  test('the two Baku embassies are drawn apart, each under its own point', async ({ page }) => {
    for (const id of ['iran-embassy-baku', 'israel-embassy-baku']) {
      await page.goto(`/place/${id}`);
      await waitForMap(page);
      const lonLat = await placeCoordinates(page, id);
      await expect.poll(() => placesAt(page, lonLat)).toContain(id);
    }
    const iran = await placeCoordinates(page, 'iran-embassy-baku');
    const israel = await placeCoordinates(page, 'israel-embassy-baku');
    expect(Math.hypot(iran[0] - israel[0], iran[1] - israel[1])).toBeGreaterThan(0.005);
  });
});
