import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [url, block] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
if (block) await page.route(new RegExp(block), (r) => r.abort());
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/lead/trace5.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.goto(url);
await page.waitForLoadState('networkidle');
await browser.stopTracing();
await browser.close();
const ev = JSON.parse(readFileSync('/tmp/lead/trace5.json', 'utf8')).traceEvents;
const ph = ev.find((e) => e.name === 'ParseHTML');
const mine = ev.filter((e) => e.pid === ph.pid && e.tid === ph.tid && e.ph === 'X');
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 30000);
let blocking = 0;
for (const t of tasks) {
  blocking += Math.max(0, t.dur / 1000 - 50);
  const kids = mine.filter((k) => k.ts >= t.ts && k.ts < t.ts + t.dur && k !== t);
  const by = {};
  for (const k of kids) if (!k.name.startsWith('V8.') && k.name !== 'RunTask') by[k.name] = (by[k.name] ?? 0) + k.dur / 1000;
  const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${Math.round(v)}`);
  const lay = kids.filter((k) => k.name === 'Layout').map((k) => `${k.args?.beginData?.dirtyObjects}/${k.args?.beginData?.totalObjects}`);
  console.log(Math.round(t.dur / 1000), top.join(', '), lay.length ? `layouts ${lay.join(' ')}` : '');
}
console.log('sum(task-50)', Math.round(blocking));
