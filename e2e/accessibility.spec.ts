import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LAYERS } from '../geo/layers';
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

  test('on the atlas with the timeline open at a date', async ({ page }) => {
    await page.goto('/?until=2023-10');
    await waitForMap(page);
    await expect(page.locator('#timeline [data-event]').first()).toBeVisible();
    await page.locator('#timeline [data-event]').first().focus();
    expect(await violations(page)).toEqual([]);
  });

  test('on the timeline page', async ({ page }) => {
    await page.goto('/timeline');
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

  /**
   * Opens a place from the list and counts the camera's `move` events until it stops: a jump is one
   * move, a flight is one per frame. Counted, not timed: timings belong in the benchmark.
   */
  async function cameraMovesToAshkelon(page: Page): Promise<number> {
    await page.goto('/');
    await waitForMap(page);
    await page.evaluate(() => {
      const map = window.__atlasMap!;
      const w = window as unknown as { __camera: { moves: number; ended: boolean } };
      w.__camera = { moves: 0, ended: false };
      map.on('move', () => (w.__camera.moves += 1));
      map.once('moveend', () => (w.__camera.ended = true));
    });
    await page.getByRole('link', { name: 'Ashkelon', exact: false }).first().click();
    await expect(page).toHaveURL(/\/place\/ashkelon-port/u);
    const camera = () => page.evaluate(() => (window as unknown as { __camera: { moves: number; ended: boolean } }).__camera);
    await expect.poll(async () => (await camera()).ended).toBe(true);
    expect(await page.evaluate(() => window.__atlasMap!.getBounds().contains([34.52222, 31.63722]))).toBe(true);
    return (await camera()).moves;
  }

  test('with reduced motion, the camera jumps to a place instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await cameraMovesToAshkelon(page)).toBe(1);
  });

  test('without reduced motion, the camera flies to a place', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await cameraMovesToAshkelon(page)).toBeGreaterThan(1);
  });

  test('Tab moves focus round every control of the page, and every one shows it', async ({ page }) => {
    await page.goto('/place/syunik');
    await waitForMap(page);
    // Tab until focus comes back to where the walk began: once round the page. On the way it passes once
    // through the browser's own UI (focus on the body), where the page's tab order wraps.
    type Step = { key: number; label: string; outline: boolean };
    const steps: Step[] = [];
    for (let i = 0; i < 200 && (steps.length < 2 || steps.at(-1)!.key !== steps[0]!.key); i += 1) {
      await page.keyboard.press('Tab');
      steps.push(
        await page.evaluate(() => {
          // Each element gets a number the first time focus lands on it; the body is 0.
          const w = window as unknown as { __walk?: { seen: WeakMap<Element, number>; next: number } };
          const walk = (w.__walk ??= { seen: new WeakMap(), next: 0 });
          const el = document.activeElement;
          if (!el || el === document.body) return { key: 0, label: 'body', outline: false };
          if (!walk.seen.has(el)) walk.seen.set(el, (walk.next += 1));
          const style = getComputedStyle(el);
          const label = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}`;
          // The atlas's own outline, or the glow MapLibre gives its map controls.
          const outline = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return { key: walk.seen.get(el)!, label, outline };
        }),
      );
    }
    for (const [i, step] of steps.entries()) {
      if (i > 0) expect(step.key, `Tab ${i + 1} did not move focus from ${steps[i - 1]!.label}`).not.toBe(steps[i - 1]!.key);
      if (step.key !== 0) expect(step.outline, `no visible focus on ${step.label}`).toBe(true);
    }
    expect(steps.at(-1)!.key, 'Tab came back to where it began').toBe(steps[0]!.key);
    expect(steps.filter((s) => s.key === 0).length, 'focus left the page once, where the tab order wraps').toBe(1);
    // Round the whole page: the header, every layer, the map's controls and the place panel.
    const labels = steps.map((s) => s.label);
    // Every layer checkbox, and the search field in the header (an input too).
    expect(labels.filter((l) => l.startsWith('input ')).length, 'layer checkboxes and the search field reached').toBe(LAYERS.length + 1);
    for (const expected of [/^a Skip to the list of places/u, /^button Share link/u, /^a Syunik$/u, /^button Zoom in/u, /^button Show all places/u, /^button Close panel/u, /^button Copy link to this passage/u]) {
      expect(labels.some((l) => expected.test(l)), `${expected} reached`).toBe(true);
    }
  });
});

/** Controls drawn less than 24 px tall: buttons, disclosure summaries and the passages' citation links (WCAG 2.5.8). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, summary, [data-passage] p a, #timeline a')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.height < 24)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.height)} px`),
  );

test.describe('targets a finger can hit: at least 24 px tall (WCAG 2.5.8)', () => {
  test('on a place page with the timeline open, wide', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/place/syunik?until=2023-09-30');
    await waitForMap(page);
    await expect(page.locator('#timeline [data-event]').first()).toBeVisible();
    await expect(page.locator('[data-passage]').first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });

  test('on a phone, with the timeline open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?until=2023-09-30');
    await waitForMap(page);
    await expect(page.locator('#timeline [data-event]').first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });
});
