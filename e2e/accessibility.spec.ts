import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** WCAG 2.2 A and AA rules: the atlas's accessibility bar. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  test('on the atlas with the map loaded', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    expect(await violations(page)).toEqual([]);
  });

  test('on a place page with its panel open', async ({ page }) => {
    await page.goto('/place/btc-pipeline');
    await waitForMap(page);
    await expect(page.getByRole('complementary', { name: /Baku–Tbilisi–Ceyhan/u })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('on a source page', async ({ page }) => {
    await page.goto('/sources/souleimanov-2024');
    expect(await violations(page)).toEqual([]);
  });

  test.describe('on the 404 page', () => {
    test.use({ allowConsoleErrors: /status of 404/u });
    test('for an unknown place', async ({ page }) => {
      await page.goto('/place/atlantis');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No place called “atlantis”');
      expect(await violations(page)).toEqual([]);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('with a place open and with the layer drawer open', async ({ page }) => {
      await page.goto('/place/syunik');
      await waitForMap(page);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Layers & places' }).click();
      expect(await violations(page)).toEqual([]);
    });
  });
});

test.describe('assistive behaviour', () => {
  test('a live region says what changed', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const status = page.locator('[data-announcer]');
    await page.getByRole('checkbox', { name: /^Aras corridor/ }).uncheck();
    await expect(status).toHaveText('Aras corridor layer hidden');
    await page.getByRole('checkbox', { name: /^Aras corridor/ }).check();
    await expect(status).toHaveText('Aras corridor layer shown');
    await page.getByRole('link', { name: 'Zangezur corridor', exact: true }).click();
    await expect(status).toHaveText('Zangezur corridor selected');
    await page.keyboard.press('Escape');
    await expect(status).toHaveText('Panel closed');
  });

  test('the map’s keyboard controls are explained on screen', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByText('Map keys').click();
    await expect(page.getByText('arrow keys pan')).toBeVisible();
  });

  test('with reduced motion, the camera jumps to a place instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await waitForMap(page);
    // Time the camera move itself: a jump starts and ends in the same instant, a flight takes ~900 ms.
    await page.evaluate(() => {
      const map = window.__atlasMap!;
      const w = window as unknown as { __move?: { start?: number; end?: number } };
      w.__move = {};
      map.once('movestart', () => (w.__move!.start = performance.now()));
      map.once('moveend', () => (w.__move!.end = performance.now()));
    });
    await page.getByRole('link', { name: 'Ashkelon', exact: false }).first().click();
    await expect(page).toHaveURL(/\/place\/ashkelon-port/u);
    const move = () => page.evaluate(() => (window as unknown as { __move: { start?: number; end?: number } }).__move);
    await expect.poll(async () => (await move()).end !== undefined).toBe(true);
    const { start, end } = await move();
    expect(end! - start!).toBeLessThan(50);
    expect(await page.evaluate(() => window.__atlasMap!.getBounds().contains([34.52222, 31.63722]))).toBe(true);
  });

  test('focus is visible on every control reached by Tab', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'none-needed';
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'visible' : `${el.tagName} ${el.className}`;
      });
      expect(['visible', 'none-needed']).toContain(outline);
    }
  });
});
