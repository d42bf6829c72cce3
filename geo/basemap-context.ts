import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { compactGeometry } from './atlas';
import { gazPoint } from './gazetteer';
import { ISO, country, polygonsOf } from './natural-earth';
import elevationPoints from './natural-earth/elevation-points.json';
import lakes from './natural-earth/lakes.json';
import populatedPlaces from './natural-earth/populated-places.json';
import rivers from './natural-earth/rivers.json';
import disputedAreas from './natural-earth/disputed-areas.json';

/**
 * The basemap's context, from Natural Earth 1:10m (vendored in `geo/natural-earth/`): rivers, lakes and
 * reservoirs, towns by rank, peaks with their height, mountain ranges and seas, country names placed
 * along the borders (so a zoomed-in view of a border river still says whose bank is whose), and the
 * ground held by Armenian forces around Karabakh from 1994 to 2020 as history (Natural Earth has no outline of the Soviet oblast).
 *
 * Every label carries `minz` (and country names `maxz`): the zoom from which (until which) it is drawn.
 * The style filters on them, and MapLibre's collision thins what is left.
 */

export type ContextProperties =
  | { role: 'lake'; name: string }
  | { role: 'river'; name: string; minz: number }
  | { role: 'held-1994'; name: string }
  | { role: 'label'; kind: 'country' | 'sea' | 'range' | 'lake' | 'history'; name: string; minz: number; maxz: number; rank: number }
  | { role: 'town'; name: string; minz: number; capital: boolean; rank: number }
  | { role: 'peak'; name: string; minz: number; rank: number };

type Props = Record<string, unknown>;
const features = <G extends Geometry>(fc: unknown) => (fc as FeatureCollection<G, Props>).features;

/** The area the detail (towns, border names) is built for: the Caucasus, Eastern Anatolia, Iranian Azerbaijan. */
export const DETAIL_BOX: [number, number, number, number] = [38.5, 36.0, 51.5, 44.5];
const inBox = ([lon, lat]: Position, [w, s, e, n]: readonly number[]) => lon! >= w! && lon! <= e! && lat! >= s! && lat! <= n!;

/** English exonyms where Natural Earth keeps a transliteration readers will not recognise. */
const TOWN_NAMES: Record<string, string> = {
  Ganca: 'Ganja',
  Naxcivan: 'Nakhchivan',
  Sumqayt: 'Sumgait',
  'Ali Bayramli': 'Shirvan',
  Gavarr: 'Gavar',
  Stepanakert: 'Khankendi (Stepanakert)',
  Groznyy: 'Grozny',
  Naltchik: 'Nalchik',
  Saki: 'Shaki',
  Goycay: 'Goychay',
  Oğuz: 'Oguz',
  Yevlax: 'Yevlakh',
};

/** Towns the articles name that Natural Earth's 1:10m places leave out, from the gazetteer. */
const GAZETTEER_TOWNS: { gazetteer: string; name: string; minz: number }[] = [
  { gazetteer: 'goris', name: 'Goris', minz: 7 },
  { gazetteer: 'meghri', name: 'Meghri', minz: 7 },
  { gazetteer: 'julfa', name: 'Julfa', minz: 7 },
  { gazetteer: 'ordubad', name: 'Ordubad', minz: 7 },
  { gazetteer: 'horadiz', name: 'Horadiz', minz: 8 },
  { gazetteer: 'jermuk', name: 'Jermuk', minz: 8 },
];

const PEAK_NAMES: Record<string, string> = {
  'Mount Ararat': 'Mount Ararat',
  'Aragats Lerr': 'Mount Aragats',
  'Gora Elbrus': 'Mount Elbrus',
  'Gora Shkhara': 'Shkhara',
  'Gora Tebulosmta': 'Tebulosmta',
  'Bazar Dyuzi': 'Bazardüzü',
  'Sabalon Kuh': 'Mount Sabalan',
  'Kackar Dagi': 'Kaçkar',
  'Mt. Damavand': 'Mount Damavand',
};

/** Ranges, seas and regions, placed by hand where the name reads along the feature (NE gives polygons). */
const NAMED_AREAS: { name: string; at: Position; kind: 'sea' | 'range'; minz: number; rank: number }[] = [
  { name: 'Caspian Sea', at: [50.8, 41.3], kind: 'sea', minz: 0, rank: 1 },
  { name: 'Caspian Sea', at: [51.0, 39.2], kind: 'sea', minz: 6.5, rank: 2 },
  { name: 'Caspian Sea', at: [50.0, 42.6], kind: 'sea', minz: 6.5, rank: 2 },
  { name: 'Black Sea', at: [35.0, 43.0], kind: 'sea', minz: 0, rank: 1 },
  { name: 'Black Sea', at: [40.2, 42.4], kind: 'sea', minz: 6, rank: 2 },
  { name: 'Mediterranean Sea', at: [31.5, 33.8], kind: 'sea', minz: 0, rank: 2 },
  { name: 'GREATER CAUCASUS', at: [45.2, 42.75], kind: 'range', minz: 5, rank: 1 },
  { name: 'GREATER CAUCASUS', at: [47.6, 41.55], kind: 'range', minz: 7, rank: 2 },
  { name: 'LESSER CAUCASUS', at: [45.6, 40.7], kind: 'range', minz: 6, rank: 1 },
  { name: 'ZANGEZUR MTS.', at: [45.9, 39.45], kind: 'range', minz: 8, rank: 2 },
  { name: 'TALYSH MTS.', at: [48.55, 38.75], kind: 'range', minz: 7, rank: 2 },
  { name: 'ELBURZ MTS.', at: [51.0, 36.35], kind: 'range', minz: 5.5, rank: 1 },
  { name: 'ZAGROS MTS.', at: [46.3, 34.6], kind: 'range', minz: 5, rank: 1 },
  { name: 'PONTIC MTS.', at: [39.5, 40.7], kind: 'range', minz: 5.5, rank: 1 },
  { name: 'ARMENIAN HIGHLANDS', at: [42.4, 39.4], kind: 'range', minz: 6, rank: 2 },
  { name: 'Absheron Peninsula', at: [50.05, 40.55], kind: 'range', minz: 8, rank: 2 },
  { name: 'Kura–Aras lowland', at: [47.9, 40.0], kind: 'range', minz: 7, rank: 2 },
];

/** Country names at the first, wide views: where they read well (a centroid often falls off-screen). */
const COUNTRY_NAMES: { name: string; iso: string | null; at: Position; rank: number }[] = [
  { name: 'ARMENIA', iso: ISO.armenia, at: [44.75, 40.55], rank: 1 },
  { name: 'AZERBAIJAN', iso: ISO.azerbaijan, at: [48.0, 40.85], rank: 1 },
  { name: 'GEORGIA', iso: ISO.georgia, at: [43.6, 42.2], rank: 1 },
  { name: 'IRAN', iso: ISO.iran, at: [49.5, 36.8], rank: 1 },
  { name: 'TURKEY', iso: ISO.turkey, at: [37.5, 39.3], rank: 1 },
  { name: 'RUSSIA', iso: ISO.russia, at: [44.5, 45.0], rank: 1 },
  { name: 'ISRAEL', iso: null, at: [34.9, 31.0], rank: 2 },
  { name: 'SYRIA', iso: null, at: [38.5, 35.2], rank: 2 },
  { name: 'IRAQ', iso: null, at: [43.5, 33.5], rank: 2 },
  // The ground beyond the region that the basemap covers so that long places can be framed (basemap-bounds.ts).
  { name: 'EGYPT', iso: null, at: [30.0, 26.5], rank: 3 },
  { name: 'JORDAN', iso: null, at: [36.7, 30.7], rank: 3 },
  { name: 'SAUDI ARABIA', iso: null, at: [44.5, 24.0], rank: 3 },
  { name: 'TURKMENISTAN', iso: null, at: [59.0, 39.2], rank: 3 },
  { name: 'KAZAKHSTAN', iso: null, at: [58.0, 48.5], rank: 3 },
  { name: 'UZBEKISTAN', iso: null, at: [62.5, 42.3], rank: 3 },
  { name: 'AFGHANISTAN', iso: null, at: [65.0, 33.5], rank: 3 },
  { name: 'PAKISTAN', iso: null, at: [66.0, 28.0], rank: 3 },
  { name: 'OMAN', iso: null, at: [56.5, 21.0], rank: 3 },
  { name: 'YEMEN', iso: null, at: [47.5, 16.0], rank: 3 },
  { name: 'SUDAN', iso: null, at: [30.0, 17.5], rank: 3 },
  { name: 'LIBYA', iso: null, at: [24.5, 27.0], rank: 3 },
  { name: 'UKRAINE', iso: null, at: [33.0, 49.0], rank: 3 },
  { name: 'BELARUS', iso: null, at: [27.5, 53.3], rank: 3 },
  { name: 'ROMANIA', iso: null, at: [25.5, 45.8], rank: 3 },
];

/**
 * Country names repeated just inside each border, so that a view of a few kilometres of the Aras still
 * says which bank is Iran's: two bands, sparse and set back at mid zooms, dense and close in at high ones.
 * Collision in the style keeps one or two per country on screen.
 */
const BORDER_BANDS = [
  { minz: 6, maxz: 8, spacingKm: 70, insetKm: 12 },
  { minz: 8, maxz: 24, spacingKm: 22, insetKm: 3.5 },
];
/** Where border names are placed: the countries of the corridors, within the corridor region. */
const BORDER_NAME_BOX = [43.0, 37.6, 50.5, 42.6];

/**
 * The ground a country name covers when drawn at `zoom` around `at`: its centre and four corners, from
 * the style's text size and letter spacing (components/map/basemap-layers.ts: ~12.5 px, 0.18 em) with
 * its halo, on MapLibre's 512-px tiles.
 */
export function countryNameBox(at: Position, name: string, zoom: number): Position[] {
  const metresPerPx = (78271.517 * Math.cos((at[1]! * Math.PI) / 180)) / 2 ** zoom;
  const halfWidthKm = ((name.length * 9.6 + 4) / 2) * (metresPerPx / 1000);
  const halfHeightKm = 9 * (metresPerPx / 1000);
  const [lon, lat] = at as [number, number];
  const dLat = halfHeightKm / 111.32;
  const dLon = halfWidthKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [at, [lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat]];
}

function borderNames(): Feature<Point, ContextProperties>[] {
  const out: Feature<Point, ContextProperties>[] = [];
  for (const { name, iso, rank } of COUNTRY_NAMES) {
    if (!iso) continue;
    const polygons = polygonsOf(country(iso)).filter((p) => turf.area(p) > 200e6);
    for (const polygon of polygons) {
      const ring = turf.lineString(polygon.geometry.coordinates[0]!);
      const length = turf.length(ring);
      for (const band of BORDER_BANDS) {
        for (let at = band.spacingKm / 2; at < length; at += band.spacingKm) {
          const here = turf.along(ring, at).geometry.coordinates;
          if (!inBox(here, BORDER_NAME_BOX)) continue;
          const before = turf.along(ring, Math.max(0, at - 2)).geometry.coordinates;
          const after = turf.along(ring, Math.min(length, at + 2)).geometry.coordinates;
          const bearing = turf.bearing(before, after);
          // The inside is to one side of the ring's direction: try both, set back further where the
          // border bends, and keep the first place where the whole name, drawn at the band's first
          // zoom, lies on land of this country (not across the border on a slanted stretch).
          const inside = [1, 1.5, 2, 3]
            .flatMap((k) => [90, -90].map((turn) => turf.destination(here, band.insetKm * k, bearing + turn).geometry.coordinates.map((c) => Math.round(c * 1e3) / 1e3)))
            .find((p) => countryNameBox(p, name, band.minz).every((corner) => turf.booleanPointInPolygon(corner, polygon)));
          if (!inside) continue;
          out.push({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: inside },
            properties: { role: 'label', kind: 'country', name, minz: band.minz, maxz: band.maxz, rank: rank + 1 },
          });
        }
      }
    }
  }
  return out;
}

function labelPoint(geometry: Polygon | MultiPolygon): Position {
  // The largest part's pole of inaccessibility would be better; the centre of mass of the largest part is close enough for lakes.
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts.map((c) => turf.polygon(c)).reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
  const p = turf.centerOfMass(largest).geometry.coordinates;
  return turf.booleanPointInPolygon(p, largest) ? p : turf.pointOnFeature(largest).geometry.coordinates;
}

const round = (p: Position) => p.map((c) => Math.round(c * 1e4) / 1e4);

/**
 * Natural Earth's "Nagorno-Karabakh" breakaway area (its data predates 2023): ~11,900 km², i.e. not the
 * Soviet oblast (4,400 km²) but the ground held by Armenian forces from the 1994 ceasefire until the 2020
 * war. Drawn as history, named for what it is, never as a current entity.
 */
export const KARABAKH_1994_LABEL = 'Armenian-held 1994–2020 (former line of control)';

export function karabakhHeld1994to2020(): Polygon | MultiPolygon {
  const found = features<Polygon | MultiPolygon>(disputedAreas).find((f) => f.properties.BRK_NAME === 'Nagorno-Karabakh');
  if (!found) throw new Error('Natural Earth: no Nagorno-Karabakh area');
  return found.geometry;
}

export function contextFeatures(bounds: readonly number[]): Feature<Geometry, ContextProperties>[] {
  const out: Feature<Geometry, ContextProperties>[] = [];
  const overlaps = (g: Geometry) => {
    const [w, s, e, n] = turf.bbox(g);
    return w < bounds[2]! && e > bounds[0]! && s < bounds[3]! && n > bounds[1]!;
  };

  for (const lake of features<Polygon | MultiPolygon>(lakes)) {
    const name = String(lake.properties.name ?? '');
    if (!overlaps(lake.geometry)) continue;
    const detail = inBox(labelPoint(lake.geometry), DETAIL_BOX);
    out.push({ type: 'Feature', geometry: compactGeometry(lake.geometry, detail ? 0.002 : 0.01), properties: { role: 'lake', name } });
    if (name) {
      const minz = detail ? Math.min(Number(lake.properties.min_zoom ?? 6), 6) : Number(lake.properties.min_zoom ?? 6) + 1;
      out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: round(labelPoint(lake.geometry)) }, properties: { role: 'label', kind: 'lake', name: name.replace('Mingevir', 'Mingachevir'), minz, maxz: 24, rank: 2 } });
    }
  }

  for (const river of features<LineString | MultiLineString>(rivers)) {
    if (river.properties.featurecla === 'Lake Centerline' || !overlaps(river.geometry)) continue;
    const name = String(river.properties.name ?? '');
    // The Aras where it is the border is drawn from the border itself (basemap.ts), on the same line as the corridors.
    const detail = turf.booleanIntersects(river, turf.bboxPolygon(DETAIL_BOX as [number, number, number, number]));
    const minz = detail ? 5 : Math.max(5, Number(river.properties.min_zoom ?? 6) - 1);
    out.push({ type: 'Feature', geometry: compactGeometry(river.geometry, detail ? 0.003 : 0.01), properties: { role: 'river', name: name.replace('Dicle', 'Tigris').replace('Firat', 'Euphrates'), minz } });
  }

  for (const town of features<Point>(populatedPlaces)) {
    const at = town.geometry.coordinates;
    if (!inBox(at, bounds)) continue;
    const capital = Number(town.properties.adm0cap) === 1;
    const detail = inBox(at, DETAIL_BOX);
    const nez = Number(town.properties.min_zoom ?? 8);
    // Capitals at every zoom; in the corridor region towns a little before Natural Earth's hint; elsewhere only cities.
    const minz = capital ? 0 : detail ? Math.max(5, nez - 0.5) : nez <= 5.1 ? 6 : 99;
    if (minz > 12) continue;
    const raw = String(town.properties.name);
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: round(at) }, properties: { role: 'town', name: TOWN_NAMES[raw] ?? raw, minz, capital, rank: capital ? 0 : minz } });
  }
  for (const town of GAZETTEER_TOWNS) {
    const p = gazPoint(town.gazetteer);
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { role: 'town', name: town.name, minz: town.minz, capital: false, rank: town.minz } });
  }

  for (const peak of features<Point>(elevationPoints)) {
    const raw = String(peak.properties.name ?? '');
    if (!raw || peak.properties.featurecla !== 'mountain' || !inBox(peak.geometry.coordinates, bounds)) continue;
    const elevation = Number(peak.properties.elevation);
    const name = `${PEAK_NAMES[raw] ?? raw} ${elevation.toLocaleString('en-GB')} m`;
    const minz = PEAK_NAMES[raw] ? (elevation > 5000 ? 5.5 : 6.5) : 7.5;
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: round(peak.geometry.coordinates) }, properties: { role: 'peak', name, minz, rank: minz } });
  }
  for (const area of NAMED_AREAS) {
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: area.at }, properties: { role: 'label', kind: area.kind, name: area.name, minz: area.minz, maxz: 24, rank: area.rank } });
  }
  for (const c of COUNTRY_NAMES) {
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: c.at }, properties: { role: 'label', kind: 'country', name: c.name, minz: 0, maxz: c.iso ? 6 : 24, rank: c.rank } });
  }
  out.push(...borderNames());

  const held = karabakhHeld1994to2020();
  out.push({ type: 'Feature', geometry: compactGeometry(held, 0.002), properties: { role: 'held-1994', name: KARABAKH_1994_LABEL } });
  out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: round(labelPoint(held)) }, properties: { role: 'label', kind: 'history', name: KARABAKH_1994_LABEL, minz: 7, maxz: 24, rank: 3 } });
  return out;
}
