import { defineConfig, devices } from '@playwright/test';

/** Browser tests run against the production build (`npm start`), in the system's Chromium. */
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Software WebGL on two cores is slow; this is a ceiling for hung tests, not a performance assertion.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machines are offline: keep Chromium from reaching for Google's services.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${port}/data/atlas.geojson`,
    reuseExistingServer: !process.env.CI,
    // Infrastructure, not an assertion: the first run builds the app before serving it.
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
