#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. It builds if needed, serves the production build from its
// own process, drives the system Chromium, and prints figures with their budgets — medians and
// min/max over several runs — and writes the same figures as JSON to a path it prints.
// It never fails on a figure: budgets are marked, not asserted (these machines are noisy).
import { fork, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { findChromium } from './chromium.mjs';
import { needsBuild } from './start.mjs';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const origin = `http://localhost:${PORT}`;
const BUDGET = { totalKB: 900, initialJsKB: 180, ratio: 1.3, interactionMs: 100, dataGzKB: 150 };

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values.length };
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const fmt = (s, unit = '', digits = 1) => `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const mark = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

// ── Build and serve ──────────────────────────────────────────────────────────
if (needsBuild()) {
  console.log('Building…');
  const status = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
}
const server = fork(path.join(root, 'scripts', 'bench', 'server.mjs'), [], { env: { ...process.env, PORT: String(PORT) }, stdio: 'inherit' });
// Whatever happens next, the server goes with this process.
process.on('exit', () => server.kill());
process.on('SIGINT', () => process.exit(130));
await new Promise((resolve, reject) => {
  server.once('message', resolve);
  server.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
});

const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });

/** Waits for the map's first idle (the atlas and the baseline both mark it); a ceiling for a hung page. */
const mapDrawn = (page) => page.waitForFunction(() => performance.getEntriesByName('atlas-map-idle').length > 0, null, { timeout: 120_000 });

/**
 * A page a reader could act on: the map drawn and the network quiet for a second (once the map is
 * drawn the atlas fetches every place's page ahead). Interactions are timed from there, not in the
 * middle of loading.
 */
async function settled(page) {
  await mapDrawn(page);
  const count = () => page.evaluate(() => performance.getEntriesByType('resource').length);
  let last = await count();
  for (let quiet = 0; quiet < 4; ) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await count();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/** Asks the server what it sent (body bytes per path) since the last reset. */
function serverSent(message) {
  return new Promise((resolve) => {
    if (message === 'reset') {
      server.send('reset');
      resolve({});
      return;
    }
    server.once('message', (m) => resolve(m.sent));
    server.send('report');
  });
}

/** The scripts the HTML itself loads: what makes the page and the layer panel usable, before the map chunk. */
async function htmlScripts(url) {
  const html = await (await fetch(url)).text();
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu)].map((m) => new URL(m[1], url).href);
}

/** One cold page load (fresh context, empty cache): bytes by kind, and navigation → map idle. */
async function load(url) {
  const initialScripts = await htmlScripts(url);
  await serverSent('reset');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(url);
  await mapDrawn(page);
  const idleMs = await page.evaluate(() => performance.getEntriesByName('atlas-map-idle')[0].startTime);
  const fromServer = await serverSent('report');
  await context.close();

  const by = { html: 0, js: 0, initialJs: 0, css: 0, fonts: 0, basemap: 0, atlas: 0, other: 0 };
  // The GeoJSON comes through MapLibre's worker, which the page's network log does not see: take the
  // bytes the server sent for it instead (gzip bodies; a few hundred bytes of headers not counted).
  by.basemap = fromServer['/data/basemap.geojson'] ?? 0;
  by.atlas = fromServer['/data/atlas.geojson'] ?? 0;
  for (const r of requests.values()) {
    const u = new URL(r.url);
    if (u.pathname.startsWith('/data/')) continue;
    if (r.type === 'Document') by.html += r.bytes;
    else if (r.type === 'Stylesheet' || u.pathname.endsWith('.css')) by.css += r.bytes;
    else if (/\.(woff2?|ttf)$/u.test(u.pathname)) by.fonts += r.bytes;
    else if (r.type === 'Script' || /\.m?js$/u.test(u.pathname)) {
      by.js += r.bytes;
      if (initialScripts.includes(r.url)) by.initialJs += r.bytes;
    } else by.other += r.bytes;
  }
  const total = by.html + by.js + by.css + by.fonts + by.basemap + by.atlas + by.other;
  return { idleMs, bytes: { ...by, total } };
}

/** Median figures of several loads of one URL. */
function bytesSummary(loads) {
  const keys = Object.keys(loads[0].bytes);
  return Object.fromEntries(keys.map((k) => [k, stats(loads.map((l) => l.bytes[k]))]));
}

// ── 1. Bytes and time to a drawn map, paired with the baseline ─────────────
console.log(`Loading / and the baseline ${RUNS} times each, in pairs…`);
const appLoads = [];
const baseLoads = [];
for (let i = 0; i < RUNS; i += 1) {
  appLoads.push(await load(`${origin}/`));
  baseLoads.push(await load(`${origin}/__bench/baseline`));
}
console.log(`Loading /place/btc-pipeline ${RUNS} times…`);
const placeLoads = [];
for (let i = 0; i < RUNS; i += 1) placeLoads.push(await load(`${origin}/place/btc-pipeline`));

const ratios = appLoads.map((a, i) => a.idleMs / baseLoads[i].idleMs);

// ── 2. Interaction latency, measured in the page around the action and the next painted frame ──
console.log(`Measuring interactions ${RUNS} times each…`);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`${origin}/`);
await mapDrawn(page);

const clickMs = [];
const PLACES = [
  ['south-azerbaijan', [46.2919, 38.08]],
  ['nerkin-hand-clash', [46.53, 39.07]],
  ['nardaran', [50.00556, 40.55611]],
];
for (let i = 0; i < RUNS; i += 1) {
  const [id, lonLat] = PLACES[i % PLACES.length];
  await page.goto(`${origin}/`);
  await settled(page);
  clickMs.push(
    await page.evaluate(
      async ({ id, lonLat }) => {
        const map = window.__atlasMap;
        const canvas = map.getCanvas();
        const p = map.project(lonLat);
        const rect = canvas.getBoundingClientRect();
        const at = { clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true, button: 0 };
        const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t0 = performance.now();
        canvas.dispatchEvent(new MouseEvent('mousedown', at));
        canvas.dispatchEvent(new MouseEvent('mouseup', at));
        canvas.dispatchEvent(new MouseEvent('click', at));
        await new Promise((resolve) => {
          const done = () => document.querySelector(`[data-place-panel="${id}"] h2`) && resolve();
          const observer = new MutationObserver(done);
          observer.observe(document.body, { childList: true, subtree: true });
          done();
        });
        await painted();
        return performance.now() - t0;
      },
      { id, lonLat },
    ),
  );
}

const toggleMs = [];
await page.goto(`${origin}/`);
await settled(page);
for (let i = 0; i < RUNS * 2; i += 1) {
  const layer = ['aras', 'btc', 'strikes', 'syunik', 'zangezur'][i % 5];
  toggleMs.push(
    await page.evaluate(
      async ({ layer }) => {
        const map = window.__atlasMap;
        const box = document.querySelector(`[data-layer-toggle="${layer}"]`);
        const want = box.checked ? 'none' : 'visible';
        const styleLayer = map.getStyle().layers.find((l) => l.id.startsWith(`${layer}-`)).id;
        const t0 = performance.now();
        box.click();
        await new Promise((resolve) => {
          const check = () => ((map.getLayoutProperty(styleLayer, 'visibility') ?? 'visible') === want ? resolve() : requestAnimationFrame(check));
          check();
        });
        // The next frame MapLibre renders has the layer hidden; a task queued from its 'render' event
        // runs once that frame has been painted (waiting for another animation frame would time the
        // frame after it).
        await new Promise((r) => map.once('render', () => setTimeout(r, 0)));
        return performance.now() - t0;
      },
      { layer },
    ),
  );
}
await context.close();
const chromiumVersion = browser.version();
await browser.close();

// ── 3. Data sizes ─────────────────────────────────────────────────────────────
const data = Object.fromEntries(
  ['atlas', 'basemap'].map((name) => {
    const raw = readFileSync(path.join(root, 'out', 'data', `${name}.geojson`));
    return [name, { rawKB: kb(raw.length), gzKB: kb(gzipSync(raw, { level: 9 }).length) }];
  }),
);
const dataGzKB = data.atlas.gzKB + data.basemap.gzKB;

// ── 4. Lighthouse ─────────────────────────────────────────────────────────────
console.log('Running Lighthouse on / and /place/btc-pipeline…');
const lighthouseScores = {};
try {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  for (const url of [`${origin}/`, `${origin}/place/btc-pipeline`]) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    lighthouseScores[new URL(url).pathname] = Object.fromEntries(Object.entries(result.lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  }
  await chrome.kill();
} catch (error) {
  lighthouseScores.error = String(error?.message ?? error);
}

// ── 5. Load on loopback ──────────────────────────────────────────────────────
console.log('Load: 20 connections × 10 s on /, a place page and the GeoJSON…');
const load20 = {};
for (const p of ['/', '/place/btc-pipeline', '/data/atlas.geojson']) {
  const r = await autocannon({ url: `${origin}${p}`, connections: 20, duration: 10, headers: { 'accept-encoding': 'gzip' } });
  load20[p] = { requestsPerSec: Math.round(r.requests.average), p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}
server.kill();

// ── Report ──────────────────────────────────────────────────────────────────
const home = bytesSummary(appLoads);
const place = bytesSummary(placeLoads);
const figures = {
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
  runs: RUNS,
  bytesKB: {
    '/': Object.fromEntries(Object.entries(home).map(([k, s]) => [k, { median: kb(s.median), min: kb(s.min), max: kb(s.max) }])),
    '/place/btc-pipeline': Object.fromEntries(Object.entries(place).map(([k, s]) => [k, { median: kb(s.median), min: kb(s.min), max: kb(s.max) }])),
  },
  timeToMapMs: { app: stats(appLoads.map((l) => l.idleMs)), baseline: stats(baseLoads.map((l) => l.idleMs)), ratio: stats(ratios) },
  interactionMs: { clickToPanel: stats(clickMs), toggleToHidden: stats(toggleMs) },
  data,
  lighthouse: lighthouseScores,
  load: load20,
  budgets: BUDGET,
};

const rows = [
  ['Bytes, / total', `${kb(home.total.median)} KB (${kb(home.total.min)}–${kb(home.total.max)})`, `≤ ${BUDGET.totalKB} KB`, mark(kb(home.total.median) <= BUDGET.totalKB)],
  ['  HTML / JS / CSS', `${kb(home.html.median)} / ${kb(home.js.median)} / ${kb(home.css.median)} KB`, '', ''],
  ['  fonts / basemap / atlas', `${kb(home.fonts.median)} / ${kb(home.basemap.median)} / ${kb(home.atlas.median)} KB`, '', ''],
  ['  JS before the map chunk', `${kb(home.initialJs.median)} KB`, `≤ ${BUDGET.initialJsKB} KB`, mark(kb(home.initialJs.median) <= BUDGET.initialJsKB)],
  ['Bytes, /place/btc-pipeline', `${kb(place.total.median)} KB (${kb(place.total.min)}–${kb(place.total.max)})`, `≤ ${BUDGET.totalKB} KB`, mark(kb(place.total.median) <= BUDGET.totalKB)],
  ['  JS before the map chunk', `${kb(place.initialJs.median)} KB`, `≤ ${BUDGET.initialJsKB} KB`, mark(kb(place.initialJs.median) <= BUDGET.initialJsKB)],
  ['Time to drawn map, /', fmt(figures.timeToMapMs.app, ' ms', 0), '', ''],
  ['Time to drawn map, baseline', fmt(figures.timeToMapMs.baseline, ' ms', 0), '', ''],
  ['Ratio app / baseline (paired)', fmt(figures.timeToMapMs.ratio, '', 2), `≤ ${BUDGET.ratio}`, mark(figures.timeToMapMs.ratio.median <= BUDGET.ratio)],
  ['Click place → panel painted', fmt(figures.interactionMs.clickToPanel, ' ms', 0), `≤ ${BUDGET.interactionMs} ms`, mark(figures.interactionMs.clickToPanel.median <= BUDGET.interactionMs)],
  ['Layer checkbox → layer hidden', fmt(figures.interactionMs.toggleToHidden, ' ms', 0), `≤ ${BUDGET.interactionMs} ms`, mark(figures.interactionMs.toggleToHidden.median <= BUDGET.interactionMs)],
  ['Data atlas raw / gz', `${data.atlas.rawKB} / ${data.atlas.gzKB} KB`, '', ''],
  ['Data basemap raw / gz', `${data.basemap.rawKB} / ${data.basemap.gzKB} KB`, '', ''],
  ['Data gz together', `${dataGzKB.toFixed(1)} KB`, `≤ ${BUDGET.dataGzKB} KB`, mark(dataGzKB <= BUDGET.dataGzKB)],
  ...Object.entries(lighthouseScores).map(([p, s]) => [`Lighthouse ${p}`, typeof s === 'string' ? s : `perf ${s.performance} · a11y ${s.accessibility} · best ${s['best-practices']} · SEO ${s.seo}`, '', '']),
  ...Object.entries(load20).map(([p, r]) => [`Load ${p}`, `${r.requestsPerSec} req/s · p50 ${r.p50ms} ms · p99 ${r.p99ms} ms · errors ${r.errors}`, 'errors 0', mark(r.errors === 0)]),
];
const width = rows.reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, String(c).length)), []);
console.log(`\nSouth Caucasus Corridors Atlas — benchmark (${RUNS} runs each; median (min–max)); ${figures.machine.cpus} cores, ${figures.machine.memoryGB} GB, Node ${figures.machine.node}\n`);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(width[i])).join('  ').trimEnd());

const dir = path.join(root, '.bench');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\nFigures written to ${file}`);
