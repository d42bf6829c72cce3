#!/usr/bin/env node
// Takes screenshots of the running atlas for a human to look at: node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const messages = [];
page.on('console', (m) => messages.push(`${m.type()}: ${m.text().split('\n')[0]} ${m.location().url ?? ''}`));
page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
page.on('request', (r) => {
  if (!r.url().startsWith(new URL(url).origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) messages.push(`OFF-ORIGIN: ${r.url()}`);
});
await page.goto(url);
await page.waitForFunction(() => ['ready', 'no-webgl', 'data-error'].includes(document.querySelector('[data-map-status]')?.getAttribute('data-map-status') ?? ''), null, { timeout: 30_000 }).catch(() => messages.push('map never became ready'));
await page.screenshot({ path: out });
console.log(`url after load: ${page.url()}`);
for (const m of messages) console.log(m);
await browser.close();
