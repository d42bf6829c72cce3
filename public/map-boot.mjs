// @ts-check
/**
 * The map's head start. Every atlas page loads this module from its <head>: it imports MapLibre and
 * creates the map as soon as both have arrived, while the app's own scripts are still loading and
 * hydrating. The React map component (`components/map/atlas-map.tsx`) then adopts that map instead of
 * building a second one; when there is none (the reader came from another page of the app, or this
 * module failed), it builds the map through the same `startMap` below.
 *
 * Plain JavaScript on purpose: it has to run before the app's bundle. Everything it needs — MapLibre's
 * URLs, the style, the map options, the icons — is written into the page by `components/map/map-boot.tsx`
 * from the same TypeScript the app uses (`components/map/map-config.ts`).
 */

/** Per map: whether it has been drawn once (`idle`) and whether a data source failed. */
const states = new WeakMap();

/** @param {string} url */
const absolute = (url) => (url.startsWith('/') ? `${location.origin}${url}` : url);

/** MapLibre's worker fetches GeoJSON and fonts itself, so their URLs must carry the origin. */
function withOrigin(style) {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => [id, typeof source.data === 'string' ? { ...source, data: absolute(source.data) } : source]),
  );
  const fontFaces = Object.fromEntries(
    Object.entries(style['font-faces'] ?? {}).map(([font, faces]) => [font, faces.map((face) => ({ ...face, url: absolute(face.url) }))]),
  );
  return { ...style, sources, 'font-faces': fontFaces };
}

/** An icon drawn on a canvas from its SVG path: white keyline, coloured even-odd fill. */
function drawIcon({ path, color, size }, pixelRatio) {
  const canvas = document.createElement('canvas');
  canvas.width = size * pixelRatio;
  canvas.height = size * pixelRatio;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.scale(pixelRatio, pixelRatio);
  const shape = new Path2D(path);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(shape);
  ctx.fillStyle = color;
  ctx.fill(shape, 'evenodd');
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Creates the map in a new element inside `host`, draws the atlas's icons when the style asks for
 * them, marks the first full draw (`atlas-map-idle`, read by `npm run bench`) and remembers data errors.
 */
export function startMap(maplibregl, icons, host, options) {
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  host.appendChild(container);
  const map = new maplibregl.Map({ ...options, container });
  const state = { loaded: false, idle: false, dataError: false };
  states.set(map, state);
  map.setMissingStyleImageResolver((id) => {
    const icon = icons[id];
    if (!icon || map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const image = drawIcon(icon, pixelRatio);
    if (image) map.addImage(id, image, { pixelRatio });
  });
  // A listener keeps MapLibre from logging the error; the app shows it as a notice instead.
  map.on('error', (event) => {
    if (event.sourceId) state.dataError = true;
  });
  map.once('load', () => {
    state.loaded = true;
  });
  map.once('idle', () => {
    state.idle = true;
    if (performance.getEntriesByName('atlas-map-idle').length === 0) performance.mark('atlas-map-idle');
  });
  return { map, container };
}

/** Whether the map has loaded and been drawn once, and whether a data source failed (maps made by `startMap`). */
export function mapState(map) {
  return states.get(map) ?? { loaded: false, idle: false, dataError: false };
}

/** Loads MapLibre from the app's own origin, points it at its worker and starts the worker at once. */
export async function loadMapLibre(config) {
  const maplibregl = await import(config.module);
  if (maplibregl.getWorkerUrl() !== absolute(config.worker)) {
    maplibregl.setWorkerUrl(absolute(config.worker));
    maplibregl.prewarm();
  }
  return maplibregl;
}

function hasWebGL() {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Resolves once the element is in the document (this module may run while the page is still parsing). */
function element(id) {
  const found = document.getElementById(id);
  if (found || document.readyState !== 'loading') return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = document.getElementById(id);
      if (el || document.readyState !== 'loading') {
        observer.disconnect();
        resolve(el);
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      observer.disconnect();
      resolve(document.getElementById(id));
    });
  });
}

/** Resolves once the page's stylesheets apply, so the map is sized and framed for the final layout. */
function stylesheets() {
  const pending = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  return Promise.all(pending.map((link) => new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  })));
}

/** The map this page started on its own, until the app adopts it (`takeEarlyMap`). */
let early = null;

/** Settles once the page's own attempt at a map has succeeded or given up. */
export const earlyMapSettled = (async () => {
  const configElement = await element('atlas-map-config');
  if (!configElement || !hasWebGL()) return;
  try {
    const config = JSON.parse(configElement.textContent ?? '');
    const [maplibregl, host] = await Promise.all([loadMapLibre(config), element('atlas-map-early'), stylesheets()]);
    if (!host || host.clientWidth === 0 || host.clientHeight === 0) return;
    const { map, container } = startMap(maplibregl, config.icons, host, { ...config.options, style: withOrigin(config.style) });
    early = { maplibregl, map, container };
  } catch {
    // Whatever went wrong here, the app builds the map itself and shows its own notice if it cannot.
  }
})();

/** Hands the page's map to the app, once; after that (a map component mounted again) it is null. */
export function takeEarlyMap() {
  const found = early;
  early = null;
  return found;
}
