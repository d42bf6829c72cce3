import { datePrecision } from './calendar';
import { isPassageId, isPlaceId } from './ids';
import { LAYER_IDS, type LayerId, isLayerId } from './layers';

// This module runs in the browser, in every page's first script: its checks are plain code, not a
// schema library (zod's small build cost ~13 KB gzipped of initial JS for three ranges).

/**
 * The URL contract, in one place: `/place/<id>` (the selected place), `?layers=<id>,<id>` (the
 * visible layers), `?until=<date>` (the map as of a date) and `#map=<zoom>/<lat>/<lon>` (the view, as
 * on openstreetmap.org). Every parser
 * returns null (meaning "use the default") for anything it cannot read; none of them throws.
 */

export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

/** The longest `layers` value worth reading: every id once, with commas. */
const MAX_LAYERS_PARAM = LAYER_IDS.join(',').length * 2;

/**
 * `?layers=` → the visible layers, in the registry's order. Absent → null (defaults). Unknown ids are
 * ignored; a value with no known id at all is malformed → null. An empty value means "none".
 */
export function parseLayers(value: string | null | undefined): LayerId[] | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_LAYERS_PARAM) return null;
  if (value.trim() === '') return [];
  const wanted = new Set(value.split(',').map((s) => s.trim()).filter(isLayerId));
  if (wanted.size === 0) return null;
  return LAYER_IDS.filter((id) => wanted.has(id));
}

/** The visible layers → the `layers` value, or null when they are the defaults (defaults stay out of the URL). */
export function serializeLayers(visible: readonly LayerId[]): string | null {
  const set = new Set(visible);
  const ordered = LAYER_IDS.filter((id) => set.has(id));
  const isDefault = ordered.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => set.has(id));
  return isDefault ? null : ordered.join(',');
}

export function visibleLayers(value: string | null | undefined): LayerId[] {
  return parseLayers(value) ?? [...DEFAULT_LAYERS];
}

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The range of each part of a view: MapLibre's zooms, Web Mercator's latitudes, the longitudes. */
export const MAP_VIEW_RANGES: Readonly<Record<keyof MapView, readonly [number, number]>> = {
  zoom: [0, 22],
  lat: [-85.05113, 85.05113],
  lon: [-180, 180],
};

const NUMBER = /^-?\d{1,3}(\.\d{1,10})?$/u;

/** `#map=6.5/40.1/45.2` (with or without the `#`, among other `&`-separated hash params) → the view, or null. */
export function parseMapHash(hash: string | null | undefined): MapView | null {
  if (!hash) return null;
  const params = hash.replace(/^#/u, '').split('&');
  const value = params.find((p) => p.startsWith('map='))?.slice(4);
  if (!value || value.length > 64) return null;
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const view: MapView = { zoom, lat, lon };
  const inRange = (Object.keys(MAP_VIEW_RANGES) as (keyof MapView)[]).every((k) => view[k] >= MAP_VIEW_RANGES[k][0] && view[k] <= MAP_VIEW_RANGES[k][1]);
  return inRange ? view : null;
}

/**
 * The view → `map=<zoom>/<lat>/<lon>`, rounded so that one unit of the last decimal is about a pixel
 * at that zoom (MapLibre's hash does the same): short links, and no drift when they are read back.
 */
export function formatMapHash(view: MapView): string {
  const zoom = Math.round(view.zoom * 100) / 100;
  const precision = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  // Wrap a world-wrapped longitude into [-180, 180]; a value already in range is left alone (so 180 stays 180).
  const lon = view.lon > 180 || view.lon < -180 ? ((((view.lon + 180) % 360) + 360) % 360) - 180 : view.lon;
  return `map=${decimal(zoom, 2)}/${decimal(view.lat, precision)}/${decimal(lon, precision)}`;
}

/** Fixed-point text without trailing zeros, never in exponent notation, never "-0". */
function decimal(value: number, digits: number): string {
  const text = value.toFixed(digits).replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '');
  return text === '-0' ? '0' : text;
}

/** `/place/<id>` → the id when it is well-formed, else null. Existence is the caller's question. */
export function parsePlacePath(pathname: string | null | undefined): string | null {
  if (!pathname) return null;
  const m = /^\/place\/([^/?#]+)\/?$/u.exec(pathname);
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  return isPlaceId(id) ? id : null;
}

/**
 * `?until=` → the date the map shows, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date; the
 * form is its precision), or null: absent or malformed means today.
 */
export function parseUntil(value: string | null | undefined): string | null {
  if (!value || value.length > 10) return null;
  return datePrecision(value) ? value : null;
}

/** The date → the `until` value, or null for today (defaults stay out of the URL). */
export function serializeUntil(until: string | null): string | null {
  return parseUntil(until);
}

/** Builds a URL of the atlas: the place (or none), the layers (kept out when default), the date (today when null) and the view. */
export function atlasHref({ placeId, layers, until, view }: { placeId: string | null; layers?: string | null; until?: string | null; view?: MapView | null }): string {
  const path = placeId ? `/place/${encodeURIComponent(placeId)}` : '/';
  const params = [layers !== null && layers !== undefined ? `layers=${layers}` : null, until ? `until=${until}` : null].filter(Boolean);
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  const hash = view ? `#${formatMapHash(view)}` : '';
  return `${path}${query}${hash}`;
}

/** `?passage=<passage id>` on a place URL: the panel opens scrolled to that passage, highlighted. */
export function passageHref(placeId: string, passageId: string): string {
  return `/place/${encodeURIComponent(placeId)}?passage=${encodeURIComponent(passageId)}`;
}

/** Reads `?passage=`: a well-formed passage id, else null. */
export function parsePassageParam(value: string | null | undefined): string | null {
  return value && value.length <= 64 && isPassageId(value) ? value : null;
}

/** The longest `?q=` read: a search, not a document. */
export const MAX_QUERY_PARAM = 100;

/**
 * `?q=<search>` on the atlas: what the search field opens with, so a search is a link. Absent, blank,
 * too long or holding control characters → null (no search). White space is collapsed and trimmed.
 */
export function parseQueryParam(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.length > MAX_QUERY_PARAM * 4) return null;
  if (/\p{Cc}/u.test(value.replace(/[\t\n\r]/gu, ' '))) return null;
  // A lone surrogate cannot be put back into a link (encodeURIComponent throws on it).
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(value)) return null;
  const q = value.replace(/\s+/gu, ' ').trim();
  return q.length > 0 && q.length <= MAX_QUERY_PARAM ? q : null;
}

/**
 * A search → its shareable link: on the atlas, `/?q=…` (or the atlas alone for no search); on the
 * results page, `/search?q=…` (or the page's empty state).
 */
export function searchHref(query: string | null, page: '/' | '/search' = '/'): string {
  const q = parseQueryParam(query);
  return q ? `${page}?q=${encodeURIComponent(q).replace(/%20/gu, '+')}` : page;
}
