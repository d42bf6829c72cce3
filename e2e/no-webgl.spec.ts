import { expect, test } from './fixtures';

// A browser that cannot create a WebGL context (launch flags apply to the whole file's worker).
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the atlas says so plainly and keeps the place list and panels usable', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'no-webgl');
  await expect(page.getByText('The map can’t be drawn in this browser')).toBeVisible();
  await page.getByRole('link', { name: 'Aras corridor' }).click();
  await expect(page).toHaveURL(/\/place\/aras-corridor/u);
  const panel = page.getByRole('complementary', { name: 'Aras corridor' });
  await expect(panel.getByText('souleimanov-2024 ¶29').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('without WebGL a place page explains the missing map and still shows the panel', async ({ page }) => {
  await page.goto('/place/nerkin-hand-clash');
  await expect(page.getByText('The map can’t be drawn in this browser')).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Nerkin Hand border clash' });
  await expect(panel.getByRole('link', { name: 'souleimanov-2024 ¶35' })).toBeVisible();
  await expect(panel.getByText('approximate', { exact: true })).toBeVisible();
});
